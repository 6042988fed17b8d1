import * as React from 'react';
import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useSearchParams } from 'react-router-dom';

import type { InboxResponse } from '../api/types';
import { StageBadge } from '../components/Badges';
import { DueText } from '../components/DueText';
import { ItemLink } from '../components/ItemLink';
import { RelativeTime } from '../components/RelativeTime';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { adminUrl } from '../../../shared/routes';
import { Pager } from '../components/Pager';
import { WrapText } from '../components/WrapText';

/** Items per page of the inbox (the server sorts and pages: overdue first, then the earliest due). */
export const INBOX_PAGE_SIZE = 25;

/** "Awaiting my action": the items whose current stage the admin may act on, overdue first, page by page. */
export const InboxPage = () => {
  const { t, pick, typeLabel } = usePpidIntl();
  // The page is in the address (?page=2): a deep link and the back button keep it.
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const { data, error, isLoading, isFetching, refetch } = useGet<InboxResponse>(adminUrl('inbox', {}, { page, pageSize: INBOX_PAGE_SIZE }));
  const items = data?.data ?? [];
  const goTo = (next: number) => {
    const params = new URLSearchParams(searchParams);
    if (next <= 1) params.delete('page');
    else params.set('page', String(next));
    setSearchParams(params);
  };

  const refresh = (
    <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void refetch()} loading={isFetching && !isLoading}>
      {t('action.refresh', 'Refresh')}
    </Button>
  );

  let body: React.ReactNode;
  if (isLoading) body = <LoadingBlock />;
  else if (error && !data) body = <ErrorBlock error={error} onRetry={() => void refetch()} />;
  else if (items.length === 0) body = <EmptyBlock content={t('inbox.empty', 'Nothing is waiting for you. Items appear here when a stage you act on is reached.')} />;
  else
    body = (
      <Table colCount={6} rowCount={items.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('inbox.col.item', 'Item')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('inbox.col.unit', 'Unit')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('inbox.col.stage', 'Stage')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('inbox.col.task', 'Task')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('inbox.col.entered', 'In stage since')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('inbox.col.due', 'Due')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {items.map((item) => (
            <Tr key={`${item.type}:${item.documentId}:${item.task}`}>
              <Td>
                <WrapText>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <ItemLink type={item.type} documentId={item.documentId} title={item.title || t('item.untitled', '(untitled)')} />
                    <Typography variant="pi" textColor="neutral600">
                      {typeLabel(item.type)}
                    </Typography>
                  </Flex>
                </WrapText>
              </Td>
              <Td>
                <WrapText min="8rem" max="16rem">
                  <Typography textColor="neutral800">{item.unit?.name ?? '—'}</Typography>
                </WrapText>
              </Td>
              <Td>
                <StageBadge>{pick(item.stageName, item.stage)}</StageBadge>
              </Td>
              <Td>
                {item.task === 'retro_approval' ? (
                  <Badge variant="warning">{t('inbox.task.retro_approval', 'Retrospective approval')}</Badge>
                ) : (
                  <Badge variant="primary">{t('inbox.task.transition', 'Review or forward')}</Badge>
                )}
              </Td>
              <Td>
                <RelativeTime at={item.enteredAt} />
              </Td>
              <Td>
                <DueText dueAt={item.dueAt} overdue={item.overdue} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );

  return (
    <Box paddingTop={6}>
      <Flex justifyContent="space-between" alignItems="center" paddingBottom={4} gap={4} wrap="wrap">
        <Flex gap={2} alignItems="center" aria-live="polite">
          {data ? (
            <>
              <Typography variant="omega" textColor="neutral700">
                {t('inbox.summary', '{total, plural, one {# item} other {# items}} awaiting your action', { total: data.meta?.total ?? items.length })}
              </Typography>
              {(data.meta?.overdue ?? 0) > 0 ? (
                <Badge variant="danger">{t('inbox.summaryOverdue', '{count} overdue', { count: data.meta.overdue })}</Badge>
              ) : null}
            </>
          ) : (
            <VisuallyHidden>{t('inbox.title', 'Awaiting my action')}</VisuallyHidden>
          )}
        </Flex>
        {refresh}
      </Flex>
      {error && data ? (
        <Box paddingBottom={4}>
          <ErrorBlock error={error} compact onRetry={() => void refetch()} />
        </Box>
      ) : null}
      {body}
      {data?.meta?.pagination ? <Pager page={page} pageSize={data.meta.pagination.pageSize} total={data.meta.pagination.total} onPage={goTo} /> : null}
    </Box>
  );
};
