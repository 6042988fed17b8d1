/**
 * Register & Laporan: the request and objection registers of a year (XLSX, CSV, PDF), and the
 * annual service report's figures (GET /ppid/reports/service/:year) as tables, with its PDF and XLSX,
 * and the issued reports (IssuedReports.tsx): issue the year's report, the history of issues.
 */
import * as React from 'react';
import { Box, Field, Flex, Grid, SingleSelect, SingleSelectOption, Td, Tr, Typography } from '@strapi/design-system';

import { requestsApi } from '../../api/requests';
import { DownloadButtons } from '../../components/DownloadButtons';
import { SimpleTable } from '../../components/SimpleTable';
import { ErrorBlock, LoadingBlock } from '../../components/States';
import { useGet } from '../../hooks/useGet';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { OBJECTION_GROUND_LABELS, type ServiceReportFigures, type ServiceReportResponse } from '../../../../shared/requests';
import { IssuedReports } from './IssuedReports';
import { Section } from './parts';

const REGISTER_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
const REPORT_FORMATS = ['pdf', 'xlsx'] as const;

/** A two-column table of label → count. */
const Counts = ({ title, rows }: { title: string; rows: [string, number | string][] }) => {
  const { t } = usePpidIntl();
  return (
    <Box>
      <Typography variant="omega" fontWeight="bold" tag="h3">{title}</Typography>
      <Box paddingTop={2}>
        <SimpleTable rowCount={rows.length} columns={[t('reports.col.item', 'Item'), t('reports.col.count', 'Count')]}>
          {rows.map(([label, value]) => (
            <Tr key={label}>
              <Td><Typography variant="pi">{label}</Typography></Td>
              <Td><Typography variant="pi" fontWeight="bold">{String(value)}</Typography></Td>
            </Tr>
          ))}
        </SimpleTable>
      </Box>
    </Box>
  );
};

export const ReportFigures = ({ report }: { report: ServiceReportFigures }) => {
  const { t, locale } = usePpidIntl();
  const r = report.requests;
  const o = report.objections;
  const month = (i: number) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(report.year, i, 1)));
  const none = '—';
  return (
    <Grid.Root gap={6}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Counts
          title={t('reports.requests', 'Requests')}
          rows={[
            [t('reports.total', 'Total'), r.total],
            [t('reports.onTime', 'Answered on time'), r.onTime],
            [t('reports.late', 'Late'), r.late],
            [t('reports.onTimeRate', 'On time (%)'), r.onTimeRate ?? none],
            [t('reports.averageDays', 'Average working days to answer'), r.averageWorkingDays ?? none],
            [t('reports.extended', 'Extended'), r.extended],
            [t('reports.pending', 'Not answered yet'), r.pending],
            [t('reports.closedIncomplete', 'Closed as incomplete'), r.closedIncomplete],
          ]}
        />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Counts title={t('reports.byOutcome', 'By decision')} rows={Object.entries(r.byOutcome).map(([k, v]) => [t(`requests.outcome.${k}`, k), v])} />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Counts title={t('reports.byMonth', 'By month received')} rows={r.byMonth.map((v, i) => [month(i), v])} />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Counts title={t('reports.byChannel', 'By channel')} rows={Object.entries(r.byChannel).map(([k, v]) => [t(`requests.channel.${k}`, k), v])} />
          <Counts title={t('reports.refusals', 'Refusals by Pasal 17 letter')} rows={Object.entries(r.refusalsByArticle).filter(([, v]) => v > 0).map(([k, v]) => [t('exclusions.letter', 'Art. 17 ({letter})', { letter: k }), v])} />
        </Flex>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Counts
          title={t('objections.title', 'Objections')}
          rows={[
            [t('reports.total', 'Total'), o.total],
            [t('reports.pending', 'Not answered yet'), o.pending],
            [t('reports.disputes', 'Taken to the Komisi Informasi'), o.disputes],
            ...Object.entries(o.byDecision).map(([k, v]) => [t(`objections.decision.${k}`, k), v] as [string, number]),
          ]}
        />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Counts title={t('reports.byGround', 'Objections by ground (Pasal 35)')} rows={Object.entries(o.byGround).map(([k, v]) => [`${k}. ${t(`objections.ground.${k}`, OBJECTION_GROUND_LABELS[k as keyof typeof OBJECTION_GROUND_LABELS])}`, v])} />
      </Grid.Item>
    </Grid.Root>
  );
};

export const ServiceReports = ({ now = new Date() }: { now?: Date }) => {
  const { t, timeZone } = usePpidIntl();
  // The agency's year (its zone, not the browser's).
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(now));
  const [year, setYear] = React.useState(thisYear);
  const report = useGet<ServiceReportResponse>(requestsApi.report(year));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const label = (f: string) => f.toUpperCase();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root name="year" width="16rem">
        <Field.Label>{t('reports.year', 'Year')}</Field.Label>
        <SingleSelect value={String(year)} onChange={(v: string | number) => setYear(Number(v))}>
          {years.map((y) => <SingleSelectOption key={y} value={String(y)}>{String(y)}</SingleSelectOption>)}
        </SingleSelect>
      </Field.Root>
      <Section title={t('reports.registers', 'Registers {year}', { year })}>
        <Flex direction="column" alignItems="flex-start" gap={4}>
          <Box>
            <Typography variant="omega" fontWeight="bold" tag="h3">{t('reports.requestRegister', 'Register of requests')}</Typography>
            <Box paddingTop={2}>
              <DownloadButtons formats={REGISTER_FORMATS} url={(f) => requestsApi.requestRegister(f, year)} fallback={(f) => `register-permohonan-${year}.${f}`} label={label} />
            </Box>
          </Box>
          <Box>
            <Typography variant="omega" fontWeight="bold" tag="h3">{t('reports.objectionRegister', 'Register of objections')}</Typography>
            <Box paddingTop={2}>
              <DownloadButtons formats={REGISTER_FORMATS} url={(f) => requestsApi.objectionRegister(f, year)} fallback={(f) => `register-keberatan-${year}.${f}`} label={label} />
            </Box>
          </Box>
        </Flex>
      </Section>
      <Section
        title={t('reports.title', 'Public information service report {year}', { year })}
        actions={<DownloadButtons formats={REPORT_FORMATS} url={(f) => requestsApi.reportFile(year, f)} fallback={(f) => `laporan-layanan-informasi-${year}.${f}`} label={label} />}
      >
        {report.isLoading ? <LoadingBlock /> : null}
        {report.error && !report.data ? <ErrorBlock compact error={report.error} onRetry={() => void report.refetch()} /> : null}
        {report.data ? <ReportFigures report={report.data.data} /> : null}
      </Section>
      <IssuedReports year={year} thisYear={thisYear} />
    </Flex>
  );
};
