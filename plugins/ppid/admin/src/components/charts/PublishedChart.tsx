import * as React from 'react';
import { Box, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { ComplianceChartsResponse } from '../../api/types';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { formatNumber, formatPercent } from '../../utils/numbers';
import { formatMonth } from '../../utils/time';
import { CHART_COLORS, ChartArea, ChartCard } from './ChartCard';

type Data = ComplianceChartsResponse['data'];

/** The per-month series of one unit (or of all units, `unit` null), every month of the window. */
export function monthSeries(published: Data['published'], unit: number | null) {
  if (unit === null) return published.totals;
  return published.months.map((month) => {
    const cell = published.cells.find((c) => c.unitId === unit && c.month === month);
    return { month, planned: cell?.planned ?? 0, published: cell?.published ?? 0 };
  });
}

/** Totals per unit over the window: planned, published and the share of the plan met. */
export function unitTotals(data: Data) {
  return data.units
    .map((u) => {
      const cells = data.published.cells.filter((c) => c.unitId === u.id);
      const planned = cells.reduce((s, c) => s + c.planned, 0);
      const published = cells.reduce((s, c) => s + c.published, 0);
      return { unit: u, planned, published, percent: planned > 0 ? Math.round((1000 * published) / planned) / 10 : null };
    })
    .filter((r) => r.planned > 0 || r.published > 0);
}

/** Announcements published per month against the signed content plans, for all units or one. */
export const PublishedChart = ({ data }: { data: Data }) => {
  const { t, locale } = usePpidIntl();
  const [unit, setUnit] = React.useState<number | null>(null);
  const rows = unitTotals(data);
  const series = monthSeries(data.published, unit).map((r) => ({ ...r, label: formatMonth(r.month, locale) }));
  const planned = t('charts.published.planned', 'Planned');
  const published = t('charts.published.published', 'Published');
  const number = (v: unknown) => formatNumber(Number(v), locale);

  return (
    <ChartCard title={t('charts.published.title', 'Content published against the plan')} description={t('charts.published.description', 'Announcements published per month, against the items of the signed content plans (web SOP A1).')}>
      <Box maxWidth="24rem">
        <SingleSelect aria-label={t('charts.published.unit', 'Unit')} size="S" value={unit === null ? 'all' : String(unit)} onChange={(v: string | number) => setUnit(v === 'all' ? null : Number(v))}>
          <SingleSelectOption value="all">{t('charts.allUnits', 'All units')}</SingleSelectOption>
          {data.units.map((u) => (
            <SingleSelectOption key={u.id} value={String(u.id)}>
              {u.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Box>
      <ChartArea label={t('charts.published.title', 'Content published against the plan')}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={series} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} tickFormatter={number} />
            <Tooltip formatter={number} />
            <Legend />
            <Bar dataKey="planned" name={planned} fill={CHART_COLORS.planned} />
            <Bar dataKey="published" name={published} fill={CHART_COLORS.published} />
          </BarChart>
        </ResponsiveContainer>
      </ChartArea>
      <Table colCount={4} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('charts.col.unit', 'Unit')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{planned}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{published}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('charts.published.share', 'Of the plan')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.length === 0 ? (
            <Tr>
              <Td colSpan={4}>
                <Typography textColor="neutral600">{t('charts.published.none', 'Nothing planned or published in this period.')}</Typography>
              </Td>
            </Tr>
          ) : (
            rows.map((r) => (
              <Tr key={r.unit.id}>
                <Td>
                  <Typography textColor="neutral800">{r.unit.name}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(r.planned, locale)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(r.published, locale)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatPercent(r.percent, locale)}</Typography>
                </Td>
              </Tr>
            ))
          )}
        </Tbody>
      </Table>
    </ChartCard>
  );
};
