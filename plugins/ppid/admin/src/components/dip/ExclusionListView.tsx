import * as React from 'react';
import { Box, Flex } from '@strapi/design-system';

import { dipApi, type DipListRow, type DipListsResponse } from '../../api/dip';
import type { AvailableTransition, ItemWorkflowResponse } from '../../api/types';
import { ConfirmModal } from '../ConfirmModal';
import { StepButtons, StepDialog } from '../ListSteps';
import { Field } from '../RecordParts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../States';
import { useCan } from '../../hooks/useCan';
import { useGet } from '../../hooks/useGet';
import { usePostAction } from '../../hooks/usePostAction';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { ListHeading } from './ListHeading';
import { SignPanel } from './SignPanel';

/** The action waiting for its confirmation or reason. */
type Pending = { kind: 'step'; revision: number; step: AvailableTransition } | { kind: 'sign'; revision: number; decreeNumber: string };

/** The list itself: year, agency, the head's signature, the number of excluded information. */
const ListFields = ({ list }: { list: DipListRow }) => {
  const { t, day } = usePpidIntl();
  return (
    <Box tag="dl">
      <Field label={t('dipRegister.year', 'Year')}>{String(list.year)}</Field>
      <Field label={t('dipRegister.agency', 'Agency')}>{list.agency?.name}</Field>
      <Field label={t('dipRegister.signature', 'Signature')}>
        {list.decreeNumber
          ? t('dipRegister.decree', 'Decree {number}, signed {day} by {name}', { number: list.decreeNumber, day: day(list.signedAt) ?? '—', name: list.signerName ?? '—' })
          : t('dipRegister.notSigned', 'Not signed yet')}
      </Field>
      {list.entryCount !== null ? <Field label={t('dipRegister.col.entries', 'Entries')}>{String(list.entryCount)}</Field> : null}
    </Box>
  );
};

/**
 * One year's list of excluded information (SOP 001 step 6): where it stands, the steps open to the
 * viewer (compilation, the Ketua PPID's check of the consequence tests, returns) and, for the head,
 * the signature that archives it. Every action goes to the server, whose refusal is shown as sent.
 */
export const ExclusionListView = ({ documentId }: { documentId: string }) => {
  const { t, pick } = usePpidIntl();
  const canAct = useCan('workflow.transition').allowed;
  const lists = useGet<DipListsResponse>(dipApi.lists());
  const item = useGet<ItemWorkflowResponse>(dipApi.item('exclusion-list', documentId));
  const { run, busy } = usePostAction();
  const [pending, setPending] = React.useState<Pending | null>(null);

  if (lists.isLoading || item.isLoading) return <LoadingBlock />;
  if (!lists.data) return <ErrorBlock error={lists.error} onRetry={() => void lists.refetch()} />;
  const list = lists.data.data.exclusionLists.find((l) => l.documentId === documentId);
  if (!list) return <EmptyBlock content={t('exclusionLists.notFound', 'This list of excluded information does not exist, or you may not see it.')} />;
  const workflow = item.data?.data;
  const state = workflow?.state ?? null;
  const steps = canAct && state ? (workflow?.transitions ?? []).filter((s) => s.allowed && !s.signs) : [];
  const signing = canAct && state && workflow?.transitions.some((s) => s.allowed && s.signs) ? state : null;
  const close = () => setPending(null);
  const done = async (key: string, url: string, body: unknown, message: string) => {
    const ok = (await run(key, url, body, message)) !== undefined;
    if (ok) await Promise.all([lists.refetch(), item.refetch()]);
    return ok;
  };
  const stepDone = (step: AvailableTransition) => t('dipRegister.stepDone', 'Done: {step}.', { step: pick(step.label) });
  // Where the list stands: the workflow view's state (fresher), else the register's row.
  const stage = state ?? list.workflow;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap" paddingBottom={4}>
          <ListHeading title={list.title} state={list.state} stage={stage} saysNoWorkflow />
          <StepButtons steps={steps} busy={busy !== null} onPick={(step) => (state ? setPending({ kind: 'step', revision: state.revision, step }) : undefined)} />
        </Flex>
        <ListFields list={list} />
      </Box>
      {!workflow ? <ErrorBlock compact error={item.error} onRetry={() => void item.refetch()} /> : null}

      {signing ? (
        <SignPanel
          busy={busy === 'sign'}
          texts={{
            title: t('exclusionLists.sign.title', 'Sign and archive'),
            hint: t('exclusionLists.sign.hint', 'Your signature approves and archives this list: its content is frozen and can no longer change. The signature block is taken from your position.'),
            action: t('exclusionLists.sign.action', 'Sign and archive the list'),
          }}
          onSign={(decreeNumber) => setPending({ kind: 'sign', revision: signing.revision, decreeNumber })}
        />
      ) : null}

      <StepDialog
        step={pending?.kind === 'step' ? pending.step : null}
        description={pending?.kind === 'step' ? t('dipRegister.confirmEdition', '{title}: {step}?', { title: list.title, step: pick(pending.step.label) }) : ''}
        onClose={close}
        onConfirm={async (reason) =>
          pending?.kind === 'step'
            ? done('step', dipApi.transition('exclusion-list', documentId), { transition: pending.step.key, revision: pending.revision, ...(reason !== undefined ? { reason } : {}) }, stepDone(pending.step))
            : false
        }
      />
      <ConfirmModal
        open={pending?.kind === 'sign'}
        onOpenChange={(open) => (open ? undefined : close())}
        title={t('exclusionLists.sign.title', 'Sign and archive')}
        description={t('exclusionLists.sign.confirm', 'Sign {title} with decree number {number}? The list is archived and can no longer change.', {
          title: list.title,
          number: pending?.kind === 'sign' ? pending.decreeNumber : '',
        })}
        confirmLabel={t('exclusionLists.sign.action', 'Sign and archive the list')}
        confirmVariant="success"
        onConfirm={async () =>
          pending?.kind === 'sign'
            ? done('sign', dipApi.signExclusionList(documentId), { revision: pending.revision, decreeNumber: pending.decreeNumber }, t('exclusionLists.signed', 'Signed: the list is archived.'))
            : false
        }
      />
    </Flex>
  );
};
