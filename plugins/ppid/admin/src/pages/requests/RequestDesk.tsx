/**
 * The request desk (Layanan Informasi > Permohonan): the views of REQUEST_DESK_VIEWS with their
 * counts, a search by number or name, and one row per request with its clock; "Catat permohonan"
 * opens the desk's registration form (walk-in, letter, e-mail).
 */
import * as React from 'react';
import { Badge, Box, Button, Flex, Link, Td, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';

import { PAGE_SIZE, requestsApi } from '../../api/requests';
import { Pager } from '../../components/Pager';
import { SimpleTable } from '../../components/SimpleTable';
import { EmptyBlock, FetchedList } from '../../components/States';
import { useGet } from '../../hooks/useGet';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { REQUEST_DESK_VIEWS, type RequestDeskResponse, type RequestDeskView } from '../../../../shared/requests';
import { SERVICE_BASE } from './paths';
import { DeskSearch, ExtendedBadge, WorkingDaysLeft } from './parts';
import { RegisterRequestForm } from './RegisterRequestForm';

const isView = (v: string | null): v is RequestDeskView => (REQUEST_DESK_VIEWS as readonly (string | null)[]).includes(v);

export const RequestDesk = () => {
  const { t, pick, day, dateTime } = usePpidIntl();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view: RequestDeskView = isView(params.get('view')) ? (params.get('view') as RequestDeskView) : 'open';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = React.useState(q);
  const [registering, setRegistering] = React.useState(params.get('new') === '1');
  const desk = useGet<RequestDeskResponse>(requestsApi.desk(view, q, page));
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) (v ? next.set(k, v) : next.delete(k));
    setParams(next);
  };
  const counts: Partial<RequestDeskResponse['meta']['counts']> = desk.data?.meta.counts ?? {};
  const rows = desk.data?.data ?? [];

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" gap={4} wrap="wrap">
        <Flex gap={2} wrap="wrap" role="group" aria-label={t('requests.views', 'Views')}>
          {REQUEST_DESK_VIEWS.map((v) => (
            <Button key={v} size="S" variant={v === view ? 'default' : 'tertiary'} aria-pressed={v === view} onClick={() => set({ view: v, page: null })}>
              {t(`requests.view.${v}`, v)}
              {counts[v] !== undefined ? ` (${counts[v]})` : ''}
            </Button>
          ))}
        </Flex>
        <Button startIcon={<Plus />} onClick={() => setRegistering(true)}>
          {t('requests.register', 'Register a request')}
        </Button>
      </Flex>
      {registering ? (
        <RegisterRequestForm onCancel={() => setRegistering(false)} onRegistered={(documentId) => navigate(`${SERVICE_BASE}/${documentId}`)} />
      ) : null}
      <DeskSearch search={search} setSearch={setSearch} onSearch={(q) => set({ q, page: null })} label={t('requests.search.label', 'Search requests')} placeholder={t('requests.search.placeholder', 'Number or requester name')} />
      <FetchedList
        list={desk}
        count={rows.length}
        empty={<EmptyBlock content={q ? t('requests.empty.search', 'No request matches “{q}”.', { q }) : t('requests.empty', 'No request in this view.')} />}
      >
        <Box>
          <SimpleTable
            rowCount={rows.length}
            columns={[
              t('requests.col.number', 'Number'),
              t('requests.col.requester', 'Requester'),
              t('requests.col.received', 'Received'),
              t('requests.col.stage', 'Stage'),
              t('requests.col.due', 'Due'),
              t('requests.col.outcome', 'Outcome'),
            ]}
          >
            {rows.map((row) => (
              <Tr key={row.documentId}>
                <Td>
                  <Link tag={RouterLink} to={`${SERVICE_BASE}/${row.documentId}`}>{row.registrationNumber}</Link>
                </Td>
                <Td>
                  <Typography>{row.requesterName}</Typography>
                  <Typography variant="pi" textColor="neutral600" tag="div">{t(`requests.channel.${row.channel}`, row.channel)}</Typography>
                </Td>
                <Td>
                  <Typography variant="pi" title={dateTime(row.receivedAt) ?? undefined}>{dateTime(row.receivedAt)}</Typography>
                </Td>
                <Td>
                  <Typography variant="pi">{pick(row.stageName, row.state)}</Typography>
                  {row.holderUnit ? <Typography variant="pi" textColor="neutral600" tag="div">{row.holderUnit.name}</Typography> : null}
                </Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography variant="pi">{day(row.dueOn)}</Typography>
                    <WorkingDaysLeft left={row.workingDaysLeft} overdue={row.overdue} />
                    {row.extended ? <ExtendedBadge /> : null}
                  </Flex>
                </Td>
                <Td>
                  {row.outcome ? <Typography variant="pi">{t(`requests.outcome.${row.outcome}`, row.outcome)}</Typography> : <Typography variant="pi" textColor="neutral600">—</Typography>}
                  {row.objections > 0 ? (
                    <Box paddingTop={1}>
                      <Badge variant="warning">{t('requests.objectionCount', '{count, plural, one {# objection} other {# objections}}', { count: row.objections })}</Badge>
                    </Box>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </SimpleTable>
          <Pager page={page} pageSize={PAGE_SIZE} total={desk.data?.meta.pagination.total ?? 0} onPage={(p) => set({ page: String(p) })} />
        </Box>
      </FetchedList>
    </Flex>
  );
};
