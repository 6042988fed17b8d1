import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { ComplianceChartsResponse } from '../../api/types';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { formatNumber } from '../../utils/numbers';
import { ChartArea, ChartCard, SERIES_COLORS } from './ChartCard';

type Data = ComplianceChartsResponse['data'];

const unitKey = (unitId: number | null) => (unitId === null ? 'none' : `u${unitId}`);

/** Open and acknowledged alerts per rule, stacked by unit, and the same counts as a table. */
export const AlertsChart = ({ data }: { data: Data }) => {
  const { t, locale } = usePpidIntl();
  const unitName = (unitId: number | null) => (unitId === null ? t('charts.alerts.noUnit', 'Whole agency') : (data.units.find((u) => u.id === unitId)?.name ?? String(unitId)));
  const ruleName = (rule: string) => t(`compliance.rule.${rule}`, rule);
  const series = data.alerts.rules.map((r) => ({ label: ruleName(r.rule), ...Object.fromEntries(r.units.map((u) => [unitKey(u.unitId), u.count])) }));
  const title = t('charts.alerts.title', 'Open alerts by rule and unit');
  const number = (v: unknown) => formatNumber(Number(v), locale);

  return (
    <ChartCard
      title={title}
      description={t('charts.alerts.description', '{total, plural, =0 {No open alerts.} one {# open or acknowledged alert.} other {# open or acknowledged alerts.}}', { total: data.alerts.total })}
    >
      {series.length ? (
        <ChartArea label={title} height={Math.max(160, 36 * series.length + 70)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={series} layout="vertical" margin={{ top: 8, right: 24, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tickFormatter={number} />
              <YAxis type="category" dataKey="label" width={300} />
              <Tooltip formatter={number} />
              <Legend />
              {data.alerts.units.map((u, i) => (
                <Bar key={unitKey(u.unitId)} dataKey={unitKey(u.unitId)} name={unitName(u.unitId)} stackId="units" fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartArea>
      ) : null}
      {data.alerts.rules.length ? (
        <Table colCount={3} rowCount={data.alerts.rules.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('charts.col.rule', 'Obligation')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('charts.col.alerts', 'Alerts')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('charts.col.units', 'Per unit')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {data.alerts.rules.map((r) => (
              <Tr key={r.rule}>
                <Td>
                  <Typography textColor="neutral800">{ruleName(r.rule)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(r.total, locale)}</Typography>
                </Td>
                <Td>
                  <Typography variant="pi" textColor="neutral700">
                    {r.units.map((u) => `${unitName(u.unitId)}: ${formatNumber(u.count, locale)}`).join(' · ')}
                  </Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
    </ChartCard>
  );
};
