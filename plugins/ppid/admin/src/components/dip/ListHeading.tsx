import { Flex, Typography } from '@strapi/design-system';

import type { LocalizedName } from '../../api/types';
import { DueText } from '../DueText';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { EditionStateBadge } from './ListsTable';

type Stage = { stageName: LocalizedName; status: string; dueAt: string | null; overdue: boolean };

/**
 * A yearly list's heading (a DIP edition, a list of excluded information): its title and state, and
 * where it stands on its workflow with the due time while active. Without a workflow, "No workflow"
 * when `saysNoWorkflow`, else nothing.
 */
export const ListHeading = ({ title, state, stage, saysNoWorkflow = false }: { title: string; state: string; stage: Stage | null | undefined; saysNoWorkflow?: boolean }) => {
  const { t, pick } = usePpidIntl();
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Flex gap={2} alignItems="center">
        <Typography variant="beta" tag="h2">{title}</Typography>
        <EditionStateBadge state={state} />
      </Flex>
      {stage || saysNoWorkflow ? (
        <Flex gap={3} wrap="wrap" alignItems="center">
          <Typography>{stage ? t('dipRegister.stage', 'Stage: {stage}', { stage: pick(stage.stageName) }) : t('dipRegister.noWorkflow', 'No workflow')}</Typography>
          {stage?.status === 'active' ? <DueText dueAt={stage.dueAt} overdue={stage.overdue} /> : null}
        </Flex>
      ) : null}
    </Flex>
  );
};
