import * as React from 'react';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Badge, type BadgeProps, Box, Button, Flex, SingleSelect, SingleSelectOption, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, Check, Play } from '@strapi/icons';

import type { AlertSeverity, AlertsResponse, ComplianceAlert, ComplianceSummary } from '../api/types';
import { RelativeTime } from '../components/RelativeTime';
import { SimpleTable } from '../components/SimpleTable';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';
import { adminUrl } from '../../../shared/routes';
import { ComplianceCharts } from './ComplianceCharts';
import { Pager } from '../components/Pager';

export const COMPLIANCE_MANAGE = [{ action: 'plugin::ppid.compliance.manage', subject: null }];

export const SEVERITY_VARIANT: Record<AlertSeverity, NonNullable<BadgeProps['variant']>> = { critical: 'danger', warning: 'warning', info: 'secondary' };
const STATES = ['current', 'open', 'acknowledged', 'resolved', 'all'] as const;
type StateFilter = (typeof STATES)[number];

type PostClient = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };

/** The query of the alerts list for a state filter ("current" = open and acknowledged, the route's default). */
export const alertsUrl = (state: StateFilter, page: number) => adminUrl('complianceAlerts', {}, { state: state === 'current' ? undefined : state, page, pageSize: 25 });

/**
 * Compliance: the obligations the scheduled checker found unmet (content minimum, content plans,
 * monthly uploads, berkala renewals, overdue steps, evaluations, the DIP edition, excluded
 * information periods, serta merta approvals, the annual report), worst first; managers run the
 * check now and acknowledge alerts.
 */
export const CompliancePage = () => {
  const { t, pick, relative } = usePpidIntl();
  const { post } = useFetchClient() as PostClient;
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: rbacLoading } = useRBAC(COMPLIANCE_MANAGE) as { allowedActions: Record<string, boolean>; isLoading: boolean };
  const canManage = !rbacLoading && !!allowedActions.canManage;
  const [state, setState] = React.useState<StateFilter>('current');
  const [page, setPage] = React.useState(1);
  const [busy, setBusy] = React.useState<string | null>(null);
  const alerts = useGet<AlertsResponse>(alertsUrl(state, page));
  const summary = useGet<ComplianceSummary>(adminUrl('complianceSummary'));
  const lastRun = summary.data?.data.runs[0];

  const refresh = () => Promise.all([alerts.refetch(), summary.refetch()]);
  const act = async (key: string, fn: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await fn();
      toggleNotification({ type: 'success', message: done });
      await refresh();
    } catch (err) {
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
    } finally {
      setBusy(null);
    }
  };

  const rows: ComplianceAlert[] = alerts.data?.data ?? [];
  const columns = [t('compliance.col.severity', 'Severity'), t('compliance.col.finding', 'Finding'), t('compliance.col.unit', 'Unit'), t('compliance.col.since', 'Since'), t('compliance.col.state', 'State')];
  if (canManage) columns.push(t('compliance.col.actions', 'Actions'));
  let body: React.ReactNode;
  if (alerts.isLoading) body = <LoadingBlock />;
  else if (alerts.error && !alerts.data) body = <ErrorBlock error={alerts.error} onRetry={() => void alerts.refetch()} />;
  else if (rows.length === 0) body = <EmptyBlock content={t('compliance.empty', 'No alerts here. Every obligation checked is met.')} />;
  else
    body = (
      <SimpleTable rowCount={rows.length} columns={columns}>
        {rows.map((a) => (
          <Tr key={a.id}>
            <Td>
              <Badge variant={SEVERITY_VARIANT[a.severity]}>{t(`compliance.severity.${a.severity}`, a.severity)}</Badge>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography textColor="neutral800">{pick(a.title, a.rule)}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t(`compliance.rule.${a.rule}`, a.rule)}
                  {a.acknowledgedNote ? ` · ${a.acknowledgedNote}` : ''}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{a.unit?.name ?? '—'}</Typography>
            </Td>
            <Td>
              <RelativeTime at={a.firstSeenAt} />
            </Td>
            <Td>
              <Badge variant={a.state === 'open' ? 'primary' : a.state === 'acknowledged' ? 'alternative' : 'success'}>{t(`compliance.state.${a.state}`, a.state)}</Badge>
            </Td>
            {canManage ? (
              <Td>
                {a.state === 'open' ? (
                  <Button
                    variant="tertiary"
                    size="S"
                    startIcon={<Check />}
                    loading={busy === `ack:${a.id}`}
                    disabled={busy !== null}
                    onClick={() => void act(`ack:${a.id}`, () => post(adminUrl('acknowledgeAlert', { id: a.id }), {}), t('compliance.acknowledged', 'Alert acknowledged: it stays listed until the obligation is met.'))}
                  >
                    {t('compliance.acknowledge', 'Acknowledge')}
                  </Button>
                ) : null}
              </Td>
            ) : null}
          </Tr>
        ))}
      </SimpleTable>
    );

  return (
    <Box paddingTop={6}>
      <ComplianceCharts />
      <Flex justifyContent="space-between" alignItems="flex-end" paddingBottom={4} gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="omega" textColor="neutral700">
            {t('compliance.total', '{total, plural, one {# alert} other {# alerts}}', { total: alerts.data?.meta.pagination.total ?? 0 })}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {lastRun
              ? t('compliance.lastRun', 'Last check {when} ({kind})', { when: relative(lastRun.finishedAt ?? lastRun.startedAt) ?? '—', kind: t(`compliance.kind.${lastRun.kind}`, lastRun.kind) })
              : t('compliance.never', 'Not checked yet')}
            {summary.data?.data.schedule
              ? ` · ${
                  summary.data.data.schedule.enabled
                    ? t('compliance.schedule', 'daily at {at} ({tz})', { at: summary.data.data.schedule.dailyAt, tz: summary.data.data.schedule.timezone })
                    : t('compliance.unscheduled', 'schedule off')
                }`
              : ''}
          </Typography>
        </Flex>
        <Flex gap={2} alignItems="flex-end">
          <Box minWidth="18rem">
            <SingleSelect
              aria-label={t('compliance.filter', 'Show')}
              size="S"
              value={state}
              onChange={(value: string | number) => {
                setState(String(value) as StateFilter);
                setPage(1);
              }}
            >
              {STATES.map((s) => (
                <SingleSelectOption key={s} value={s}>
                  {t(`compliance.filter.${s}`, s)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void refresh()} loading={alerts.isFetching && !alerts.isLoading}>
            {t('action.refresh', 'Refresh')}
          </Button>
          {canManage ? (
            <Button
              size="S"
              startIcon={<Play />}
              loading={busy === 'run'}
              disabled={busy !== null}
              onClick={() => void act('run', () => post(adminUrl('runCompliance'), {}), t('compliance.ran', 'The check ran: the list is up to date.'))}
            >
              {t('compliance.runNow', 'Check now')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {body}
      {alerts.data ? <Pager page={page} pageSize={alerts.data.meta.pagination.pageSize} total={alerts.data.meta.pagination.total} onPage={setPage} /> : null}
    </Box>
  );
};
