import * as React from 'react';
import { Box, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';

import type { ComplianceChartsResponse } from '../api/types';
import { AlertsChart } from '../components/charts/AlertsChart';
import { PublishedChart } from '../components/charts/PublishedChart';
import { StandardsChart } from '../components/charts/StandardsChart';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { formatMonth } from '../utils/time';
import { adminUrl } from '../../../shared/routes';

export const CHART_WINDOWS = [6, 12, 24] as const;
export const chartsUrl = (months: number) => adminUrl('complianceCharts', {}, { months });

/**
 * The compliance dashboard's charts (GET /ppid/compliance/charts): content published against the
 * plan, time standards met per stage, open alerts by rule and unit, over the last 6, 12 or 24 months
 * in the agency's time zone. Each chart has its table, which also serves screen readers.
 */
export const ComplianceCharts = () => {
  const { t, locale } = usePpidIntl();
  const [months, setMonths] = React.useState<number>(12);
  const charts = useGet<ComplianceChartsResponse>(chartsUrl(months));
  const data = charts.data?.data;

  let body: React.ReactNode;
  if (charts.isLoading) body = <LoadingBlock />;
  else if (!data) body = <ErrorBlock error={charts.error} onRetry={() => void charts.refetch()} />;
  else
    body = (
      <Grid.Root gap={4}>
        <Grid.Item col={12} s={12} direction="column" alignItems="stretch">
          <PublishedChart data={data} />
        </Grid.Item>
        {/* Full width each: their tables have five columns, which half a laptop screen cuts off. */}
        <Grid.Item col={12} s={12} direction="column" alignItems="stretch">
          <StandardsChart bars={data.timeStandards} />
        </Grid.Item>
        <Grid.Item col={12} s={12} direction="column" alignItems="stretch">
          <AlertsChart data={data} />
        </Grid.Item>
      </Grid.Root>
    );

  return (
    <Box paddingTop={6} paddingBottom={4}>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} paddingBottom={4} wrap="wrap">
        <Typography variant="pi" textColor="neutral600">
          {data
            ? t('charts.period', '{from} – {to} ({tz})', { from: formatMonth(data.period.from, locale), to: formatMonth(data.period.to, locale), tz: data.period.timezone })
            : ''}
        </Typography>
        <Box minWidth="14rem">
          <SingleSelect aria-label={t('charts.window', 'Period')} size="S" value={String(months)} onChange={(v: string | number) => setMonths(Number(v))}>
            {CHART_WINDOWS.map((m) => (
              <SingleSelectOption key={m} value={String(m)}>
                {t('charts.window.months', 'Last {months} months', { months: m })}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
      </Flex>
      {body}
    </Box>
  );
};
