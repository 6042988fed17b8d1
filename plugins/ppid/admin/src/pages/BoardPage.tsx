import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useSearchParams } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';

import { WORKFLOW_TYPES, type BoardColumnResponse, type BoardResponse, type BoardStage, type WorkflowType } from '../api/types';
import { StageBadge } from '../components/Badges';
import { DueText } from '../components/DueText';
import { ItemLink } from '../components/ItemLink';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { adminUrl } from '../../../shared/routes';
import { BOARD_PAGE_SIZE } from '../../../shared/board';
import { columnPages, columnPageUrl } from '../utils/boardColumn';
import { errorMessage } from '../utils/errors';

const isWorkflowType = (value: string | null): value is WorkflowType => (WORKFLOW_TYPES as readonly (string | null)[]).includes(value);

type FetchClient = { get: <T>(url: string) => Promise<{ data: T }> };

/**
 * A column's further pages, loaded one at a time on request and appended to the first page that came
 * with the board; forgotten when the board is read again.
 */
function useColumnPages(stage: BoardStage, type: WorkflowType, workflow: { key: string; version: number }) {
  const { get } = useFetchClient() as unknown as FetchClient;
  const [more, setMore] = React.useState<BoardColumnResponse[]>([]);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  React.useEffect(() => {
    setMore([]);
    setError(undefined);
  }, [stage]);
  const pages = columnPages(stage, more);
  const loadMore = async () => {
    if (pages.nextPage === null || loading) return;
    setLoading(true);
    setError(undefined);
    try {
      const url = columnPageUrl({ type, workflow: workflow.key, version: workflow.version, stage: stage.key, pageSize: stage.pagination.pageSize }, pages.nextPage);
      const response = await get<BoardColumnResponse>(url);
      setMore((loaded) => [...loaded, response.data]);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };
  return { ...pages, loading, error, loadMore };
}

const StageColumn = ({ stage, type, workflow }: { stage: BoardStage; type: WorkflowType; workflow: { key: string; version: number } }) => {
  const { t, pick, positionLabel, relative, dateTime } = usePpidIntl();
  const terminal = stage.kind === 'published' || stage.kind === 'cancelled';
  const column = useColumnPages(stage, type, workflow);
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
              {t('board.count', '{count, plural, one {# item} other {# items}}', { count: column.total })}
            </Typography>
          </Flex>
          {stage.actor ? (
            <Typography variant="pi" textColor="neutral600">
              {positionLabel(stage.actor)}
            </Typography>
          ) : null}
        </Flex>
        {column.items.length === 0 ? (
          <Typography variant="pi" textColor="neutral500">
            {t('board.emptyStage', 'No items')}
          </Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {column.items.map((item) => (
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
          </Flex>
        )}
        {column.items.length > 0 && column.total > column.items.length ? (
          <Typography variant="pi" textColor="neutral600">
            {t('board.shown', 'Showing {shown, number} of {total, number}', { shown: column.items.length, total: column.total })}
          </Typography>
        ) : null}
        {column.error ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {errorMessage(column.error) ?? t('error.generic', 'Something went wrong. Please try again.')}
          </Typography>
        ) : null}
        {column.nextPage !== null ? (
          <Button variant="tertiary" size="S" fullWidth loading={column.loading} disabled={column.loading} onClick={() => void column.loadMore()}>
            {t('board.loadMore', 'Load more ({count, number} left)', { count: column.remaining })}
          </Button>
        ) : null}
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
  const { data, error, isLoading, isFetching, refetch } = useGet<BoardResponse>(adminUrl('board', {}, { type, pageSize: BOARD_PAGE_SIZE }));
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
                  <StageColumn key={stage.key} stage={stage} type={type} workflow={workflow} />
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
