import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useSearchParams } from 'react-router-dom';

import { WORKFLOW_TYPES, type BoardResponse, type BoardStage, type WorkflowType } from '../api/types';
import { StageBadge } from '../components/Badges';
import { DueText } from '../components/DueText';
import { ItemLink } from '../components/ItemLink';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { adminUrl } from '../../../shared/routes';

/** Cards shown per column; final stages collect items for ever, the rest is counted. */
const MAX_CARDS = 30;

const isWorkflowType = (value: string | null): value is WorkflowType => (WORKFLOW_TYPES as readonly (string | null)[]).includes(value);

const StageColumn = ({ stage, type }: { stage: BoardStage; type: WorkflowType }) => {
  const { t, pick, positionLabel, relative, dateTime } = usePpidIntl();
  const terminal = stage.kind === 'published' || stage.kind === 'cancelled';
  return (
    <Box
      tag="section"
      aria-label={pick(stage.name, stage.key)}
      width="28rem"
      shrink={0}
      background="neutral100"
      hasRadius
      padding={3}
      borderColor="neutral150"
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2} alignItems="center" wrap="wrap">
            <StageBadge kind={stage.kind}>{pick(stage.name, stage.key)}</StageBadge>
            <Typography variant="pi" textColor="neutral600">
              {t('board.count', '{count, plural, one {# item} other {# items}}', { count: stage.items.length })}
            </Typography>
          </Flex>
          {stage.actor ? (
            <Typography variant="pi" textColor="neutral600">
              {positionLabel(stage.actor)}
            </Typography>
          ) : null}
        </Flex>
        {stage.items.length === 0 ? (
          <Typography variant="pi" textColor="neutral500">
            {t('board.emptyStage', 'No items')}
          </Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {stage.items.slice(0, MAX_CARDS).map((item) => (
              <Box
                tag="li"
                key={item.documentId}
                background="neutral0"
                hasRadius
                shadow="tableShadow"
                padding={3}
                borderColor={item.overdue && !terminal ? 'danger200' : undefined}
              >
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <ItemLink type={type} documentId={item.documentId} title={item.title || t('item.untitled', '(untitled)')} />
                  {item.unit ? (
                    <Typography variant="pi" textColor="neutral600">
                      {item.unit.name}
                    </Typography>
                  ) : null}
                  {!terminal ? <DueText dueAt={item.dueAt} overdue={item.overdue} /> : null}
                  <Typography variant="pi" textColor="neutral500" title={dateTime(item.enteredAt) ?? undefined}>
                    {t('board.since', 'Entered this stage {relative}', { relative: relative(item.enteredAt) ?? '—' })}
                  </Typography>
                </Flex>
              </Box>
            ))}
            {stage.items.length > MAX_CARDS ? (
              <Typography tag="li" variant="pi" textColor="neutral600">
                {t('board.more', 'and {count} more', { count: stage.items.length - MAX_CARDS })}
              </Typography>
            ) : null}
          </Flex>
        )}
      </Flex>
    </Box>
  );
};

/** The stage board: for one content type, each workflow's stages as columns and its items as cards. */
export const BoardPage = () => {
  const { t, pick, typeLabel } = usePpidIntl();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('type');
  const type: WorkflowType = isWorkflowType(requested) ? requested : 'announcement';
  const { data, error, isLoading, isFetching, refetch } = useGet<BoardResponse>(adminUrl('board', {}, { type }));
  const workflows = data?.data?.workflows ?? [];

  let body: React.ReactNode;
  if (isLoading) body = <LoadingBlock />;
  else if (error && !data) body = <ErrorBlock error={error} onRetry={() => void refetch()} />;
  else if (workflows.length === 0)
    body = <EmptyBlock content={t('board.empty', 'No workflow carries this content type yet. Bind one in the Workflows tab.')} />;
  else
    body = (
      <Flex direction="column" alignItems="stretch" gap={8}>
        {workflows.map((workflow) => (
          <Box key={`${workflow.key}@${workflow.version}`} tag="section" aria-label={pick(workflow.name, workflow.key)}>
            <Flex gap={2} alignItems="baseline" paddingBottom={3} wrap="wrap">
              <Typography variant="beta" tag="h2">
                {pick(workflow.name, workflow.key)}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {t('workflow.keyVersion', '{key} · version {version}', { key: workflow.key, version: workflow.version })}
              </Typography>
            </Flex>
            <Box overflow="auto" paddingBottom={2} tabIndex={0} role="region" aria-label={t('board.scroll', 'Stages (scroll horizontally)')}>
              <Flex gap={3} alignItems="flex-start">
                {workflow.stages.map((stage) => (
                  <StageColumn key={stage.key} stage={stage} type={type} />
                ))}
              </Flex>
            </Box>
          </Box>
        ))}
      </Flex>
    );

  return (
    <Box paddingTop={6}>
      <Flex justifyContent="space-between" alignItems="flex-end" paddingBottom={6} gap={4} wrap="wrap">
        <Box minWidth="28rem">
          <Field.Root name="type" id="ppid-board-type">
            <Field.Label>{t('board.type', 'Content type')}</Field.Label>
            <SingleSelect
              value={type}
              onChange={(value: string | number) => setSearchParams({ type: String(value) }, { replace: true })}
            >
              {WORKFLOW_TYPES.map((key) => (
                <SingleSelectOption key={key} value={key}>
                  {typeLabel(key)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void refetch()} loading={isFetching && !isLoading}>
          {t('action.refresh', 'Refresh')}
        </Button>
      </Flex>
      {error && data ? (
        <Box paddingBottom={4}>
          <ErrorBlock error={error} compact onRetry={() => void refetch()} />
        </Box>
      ) : null}
      {body}
    </Box>
  );
};
