import * as React from 'react';
import { Box, Button, Field, Flex, Link, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';

import { websiteApi, type Evaluation, type EvaluationInput, type EvaluationKind, type EvaluationRow, type Paged } from '../api/website';
import { EvaluationFigures } from '../components/EvaluationFigures';
import { Pager } from '../components/Pager';
import { BackLink, Field as Value } from '../components/RecordParts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useAgencyZone } from '../hooks/useAgencyZone';
import { useGet } from '../hooks/useGet';
import { usePostAction } from '../hooks/usePostAction';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { PLUGIN_ID } from '../pluginId';

const BASE = `/plugins/${PLUGIN_ID}/evaluations`;

/** Today's local day "YYYY-MM-DD" in the agency's zone (not the browser's). */
export function localDay(now: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The default period of a kind, ending the day before `today` (a local day): six months (C1) or the previous month (C2). */
export function defaultPeriod(kind: EvaluationKind, today: string): { periodStart: string; periodEnd: string } {
  const [y, m, d] = today.split('-').map(Number);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  if (kind === 'head_monthly') {
    return { periodStart: iso(new Date(Date.UTC(y, m - 2, 1))), periodEnd: iso(new Date(Date.UTC(y, m - 1, 0))) };
  }
  return { periodStart: iso(new Date(Date.UTC(y, m - 7, d))), periodEnd: iso(new Date(Date.UTC(y, m - 1, d - 1))) };
}

/** The form of a new evaluation, offering only the kinds this person makes (`creates`, never empty). */
const NewEvaluation = ({ creates, onCreated }: { creates: EvaluationKind[]; onCreated: (documentId: string) => void }) => {
  const { t } = usePpidIntl();
  const zone = useAgencyZone();
  const { run, busy } = usePostAction();
  const today = () => localDay(new Date(), zone);
  const [form, setForm] = React.useState<EvaluationInput>({ kind: creates[0], ...defaultPeriod(creates[0], today()), findings: '', recommendations: '' });
  const set = (patch: Partial<EvaluationInput>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const created = await run<{ data: Evaluation }>('create', websiteApi.evaluations, { ...form, recommendations: form.recommendations || undefined }, t('evaluations.created', 'Evaluation created with the figures of its period.'));
    if (created) onCreated(created.data.documentId);
  };
  return (
    <Box tag="form" onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={6}>
      <Typography variant="delta" tag="h2">{t('evaluations.new', 'New evaluation')}</Typography>
      <Flex gap={4} wrap="wrap" alignItems="flex-end" paddingTop={4}>
        <Field.Root name="kind" width="28rem">
          <Field.Label>{t('evaluations.kind', 'Kind')}</Field.Label>
          <SingleSelect value={form.kind} onChange={(v: string | number) => set({ kind: v as EvaluationKind, ...defaultPeriod(v as EvaluationKind, today()) })}>
            {creates.map((k) => <SingleSelectOption key={k} value={k}>{t(`evaluations.kind.${k}`, k)}</SingleSelectOption>)}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="periodStart">
          <Field.Label>{t('evaluations.from', 'From')}</Field.Label>
          <TextInput type="date" value={form.periodStart} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ periodStart: e.target.value })} />
        </Field.Root>
        <Field.Root name="periodEnd">
          <Field.Label>{t('evaluations.to', 'To')}</Field.Label>
          <TextInput type="date" value={form.periodEnd} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ periodEnd: e.target.value })} />
        </Field.Root>
      </Flex>
      <Box paddingTop={4}>
        <Field.Root name="findings" required hint={t('evaluations.findingsHint', 'The figures of the period are added by the server and cannot be edited.')}>
          <Field.Label>{t('evaluations.findings', 'Findings')}</Field.Label>
          <Textarea value={form.findings} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set({ findings: e.target.value })} />
          <Field.Hint />
        </Field.Root>
      </Box>
      <Box paddingTop={4}>
        <Field.Root name="recommendations">
          <Field.Label>{t('evaluations.recommendations', 'Recommendations')}</Field.Label>
          <Textarea value={form.recommendations ?? ''} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set({ recommendations: e.target.value })} />
        </Field.Root>
      </Box>
      <Flex paddingTop={4}>
        <Button type="submit" loading={busy === 'create'} disabled={!form.findings.trim()}>{t('evaluations.create', 'Create with figures')}</Button>
      </Flex>
    </Box>
  );
};

const EvaluationsList = ({ creates }: { creates: EvaluationKind[] }) => {
  const { t, day } = usePpidIntl();
  const navigate = useNavigate();
  const [page, setPage] = React.useState(1);
  const list = useGet<Paged<EvaluationRow>>(websiteApi.evaluationsList(page));
  const rows = list.data?.data ?? [];
  let body: React.ReactNode;
  if (list.isLoading) body = <LoadingBlock />;
  else if (list.error && !list.data) body = <ErrorBlock error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0) body = <EmptyBlock content={t('evaluations.empty', 'No evaluations yet.')} />;
  else
    body = (
      <Table colCount={3} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('evaluations.title', 'Evaluation')}</Typography></Th>
            <Th><Typography variant="sigma">{t('evaluations.period', 'Period')}</Typography></Th>
            <Th><Typography variant="sigma">{t('evaluations.evaluator', 'Evaluator')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r) => (
            <Tr key={r.documentId}>
              <Td><Link tag={RouterLink} to={`${BASE}/${r.documentId}`}>{r.title}</Link></Td>
              <Td><Typography>{`${day(r.periodStart) ?? '—'} – ${day(r.periodEnd) ?? '—'}`}</Typography></Td>
              <Td><Typography>{r.evaluator?.name ?? '—'}</Typography></Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );
  return (
    <Box>
      {creates.length ? <NewEvaluation creates={creates} onCreated={(documentId) => navigate(`${BASE}/${documentId}`)} /> : null}
      {body}
      {list.data ? <Pager {...list.data.meta} onPage={setPage} /> : null}
    </Box>
  );
};

const EvaluationView = ({ documentId }: { documentId: string }) => {
  const { t, day, dateTime } = usePpidIntl();
  const item = useGet<{ data: Evaluation }>(websiteApi.evaluation(documentId));
  const e = item.data?.data;
  return (
    <Box>
      <BackLink to={BASE}>{t('evaluations.back', 'All evaluations')}</BackLink>
      {item.isLoading ? <LoadingBlock /> : !e ? <ErrorBlock error={item.error} onRetry={() => void item.refetch()} /> : (
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <Typography variant="beta" tag="h2">{e.title}</Typography>
          <Box tag="dl" paddingTop={4}>
            <Value label={t('evaluations.kind', 'Kind')}>{t(`evaluations.kind.${e.kind}`, e.kind)}</Value>
            <Value label={t('evaluations.period', 'Period')}>{`${day(e.periodStart) ?? '—'} – ${day(e.periodEnd) ?? '—'}`}</Value>
            <Value label={t('evaluations.evaluator', 'Evaluator')}>{e.evaluator?.name}</Value>
            {e.evaluatee ? <Value label={t('evaluations.evaluatee', 'Evaluated')}>{e.evaluatee.name}</Value> : null}
            <Value label={t('evaluations.findings', 'Findings')}>{e.findings}</Value>
            {e.recommendations ? <Value label={t('evaluations.recommendations', 'Recommendations')}>{e.recommendations}</Value> : null}
            <Value label={t('evaluations.takenAt', 'Figures taken')}>{dateTime(e.figuresTakenAt)}</Value>
          </Box>
          {e.figures ? <EvaluationFigures figures={e.figures} /> : <Typography textColor="neutral600">{t('evaluations.noFigures', 'This evaluation was written without figures.')}</Typography>}
        </Box>
      )}
    </Box>
  );
};

/**
 * Evaluations of the website work (web SOP C1, C2), created with the figures of their period by
 * the positions that make them (`creates`: C1 for the Koordinator, C2 for the head).
 */
export const EvaluationsPage = ({ creates }: { creates: EvaluationKind[] }) => {
  const { documentId } = useParams<{ documentId?: string }>();
  return <Box paddingTop={6}>{documentId ? <EvaluationView documentId={documentId} /> : <EvaluationsList creates={creates} />}</Box>;
};
