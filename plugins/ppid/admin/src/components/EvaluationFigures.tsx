import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { EvaluationFigures as Figures } from '../api/website';
import { usePpidIntl } from '../hooks/usePpidIntl';

const pct = (v: number | null) => (v === null ? '—' : `${v.toLocaleString('id-ID')}%`);

const Grid = ({ head, rows }: { head: string[]; rows: (string | number)[][] }) => (
  <Table colCount={head.length} rowCount={rows.length + 1}>
    <Thead>
      <Tr>{head.map((h) => <Th key={h}><Typography variant="sigma">{h}</Typography></Th>)}</Tr>
    </Thead>
    <Tbody>
      {rows.map((r, i) => (
        <Tr key={i}>{r.map((c, j) => <Td key={j}><Typography>{c}</Typography></Td>)}</Tr>
      ))}
    </Tbody>
  </Table>
);

/** The frozen figures of an evaluation: plan versus published per unit, time standards, backlog, proofs. */
export const EvaluationFigures = ({ figures }: { figures: Figures }) => {
  const { t, pick, typeLabel } = usePpidIntl();
  const unit = (id: number) => figures.units.find((u) => u.id === id)?.name ?? `#${id}`;
  const section = (title: string) => <Box paddingTop={6} paddingBottom={2}><Typography variant="delta" tag="h3">{title}</Typography></Box>;
  const b = figures.backlog;
  return (
    <Box>
      {section(t('evaluations.planVsActual', 'Content published against the plan, per unit'))}
      <Grid
        head={[t('minutes.unit', 'Unit'), t('evaluations.planned', 'Planned'), t('evaluations.published', 'Published'), '%']}
        rows={figures.planVsActual.perUnit.map((u) => [unit(u.unitId), u.planned, u.published, pct(u.percent)])}
      />
      {section(t('evaluations.standards', 'Time standards met per stage'))}
      <Grid
        head={[t('evaluations.workflow', 'Items'), t('evaluations.stage', 'Stage'), t('evaluations.completed', 'Completed'), t('evaluations.met', 'On time'), '%']}
        rows={figures.stageStandards.flatMap((s) => s.stages.map((st) => [typeLabel(s.subjectType), pick(st.name, st.stage), st.completed, st.met, pct(st.percentMet)]))}
      />
      {section(t('evaluations.backlog', 'Backlog items'))}
      <Grid
        head={[t('evaluations.opened', 'Opened'), t('evaluations.closed', 'Closed'), t('evaluations.openAtEnd', 'Open at the end'), t('evaluations.leadTime', 'Lead time (days, mean / median)')]}
        rows={[[b.opened, b.closed, b.openAtEnd, `${b.leadTimeDaysMean ?? '—'} / ${b.leadTimeDaysMedian ?? '—'}`]]}
      />
      {section(t('evaluations.proofs', 'Proofs of publication per channel'))}
      <Grid head={[t('evaluations.channel', 'Channel'), t('evaluations.count', 'Proofs')]} rows={figures.proofsPerChannel.map((p) => [t(`channel.${p.channel}`, p.channel), p.count])} />
    </Box>
  );
};
