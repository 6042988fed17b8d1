import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { StageStandardBar } from '../../api/types';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { formatNumber, formatPercent } from '../../utils/numbers';
import { WrapText } from '../WrapText';
import { CHART_COLORS, ChartArea, ChartCard } from './ChartCard';

/** The share of stage visits that left the stage within its time standard, per workflow stage. */
export const StandardsChart = ({ bars }: { bars: StageStandardBar[] }) => {
  const { t, pick, locale } = usePpidIntl();
  const measured = bars.filter((b) => b.percentMet !== null);
  const series = measured.map((b) => ({ label: `${pick(b.workflowName)} · ${pick(b.stageName)}`, percent: b.percentMet }));
  const title = t('charts.standards.title', 'Time standards met per stage');

  return (
    <ChartCard title={title} description={t('charts.standards.description', 'Steps taken in the period, and how many left their stage within the SOP time standard.')}>
      {series.length ? (
        <ChartArea label={title} height={Math.max(160, 36 * series.length + 40)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={series} layout="vertical" margin={{ top: 8, right: 24, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => formatPercent(v, locale)} />
              <YAxis type="category" dataKey="label" width={260} />
              <Tooltip formatter={(v: unknown) => formatPercent(Number(v), locale)} />
              <Bar dataKey="percent" name={t('charts.standards.met', 'Within the standard')} fill={CHART_COLORS.met} />
            </BarChart>
          </ResponsiveContainer>
        </ChartArea>
      ) : null}
      <Table colCount={5} rowCount={bars.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('charts.col.stage', 'Stage')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('charts.standards.completed', 'Steps taken')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('charts.standards.met', 'Within the standard')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('charts.standards.unmeasured', 'No standard')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('charts.standards.share', 'Share met')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {bars.length === 0 ? (
            <Tr>
              <Td colSpan={5}>
                <Typography textColor="neutral600">{t('charts.standards.none', 'No step was taken in this period.')}</Typography>
              </Td>
            </Tr>
          ) : (
            bars.map((b) => (
              <Tr key={`${b.workflowKey}:${b.stage}`}>
                <Td>
                  <WrapText>
                    <Typography textColor="neutral800">{pick(b.stageName)}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {` · ${pick(b.workflowName)}`}
                    </Typography>
                  </WrapText>
                </Td>
                <Td>
                  <Typography>{formatNumber(b.completed, locale)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(b.met, locale)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(b.unmeasured, locale)}</Typography>
                </Td>
                <Td>
                  <Typography>{formatPercent(b.percentMet, locale)}</Typography>
                </Td>
              </Tr>
            ))
          )}
        </Tbody>
      </Table>
    </ChartCard>
  );
};
