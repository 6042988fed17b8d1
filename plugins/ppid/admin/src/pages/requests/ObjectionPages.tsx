/**
 * The objections (Layanan Informasi > Keberatan): their list, and one objection's panel with the
 * PPID's response, the Atasan PPID's written decision, the dispute at the Komisi Informasi and the
 * letters. The server decides who may write what (the decision is the Atasan PPID's).
 */
import * as React from 'react';
import { Badge, Box, Button, Flex, Link, SingleSelect, SingleSelectOption, TextInput, Textarea, Field as DsField } from '@strapi/design-system';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';

import { PAGE_SIZE, requestsApi, type Problems } from '../../api/requests';
import { Pager } from '../../components/Pager';
import { BackLink, Field } from '../../components/RecordParts';
import { EmptyBlock, ErrorBlock, FetchedList, LoadingBlock } from '../../components/States';
import { useGet } from '../../hooks/useGet';
import { useSend } from '../../hooks/useSend';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { joinZonedInput } from '../../utils/zonedTime';
import {
  OBJECTION_DECISIONS,
  OBJECTION_GROUND_LABELS,
  OBJECTION_LETTERS,
  OBJECTION_STATES,
  type ObjectionState,
  type ObjectionDecision,
  type ObjectionDetail,
  type ObjectionDetailResponse,
  type ObjectionListResponse,
} from '../../../../shared/requests';
import { requestPath, SERVICE_BASE } from './paths';
import { DeskSearch, Letters, Section, WorkflowSteps } from './parts';
import { ObjectionRows, printable } from './RequestPanel';
import { FormBox, useProblems } from './RequestForms';

const isState = (v: string | null): v is ObjectionState => (OBJECTION_STATES as readonly (string | null)[]).includes(v);

/** The objections the viewer handles, by state (with each state's count), searchable, the earliest due first. */
export const ObjectionList = () => {
  const { t } = usePpidIntl();
  const [params, setParams] = useSearchParams();
  const raw = params.get('state');
  const state = isState(raw) ? raw : null;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = React.useState(q);
  const list = useGet<ObjectionListResponse>(requestsApi.objections(state, page, q));
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) (v ? next.set(k, v) : next.delete(k));
    setParams(next);
  };
  const counts: Partial<ObjectionListResponse['meta']['counts']> = list.data?.meta.counts ?? {};
  const count = (key: ObjectionState | 'all') => (counts[key] !== undefined ? ` (${counts[key]})` : '');
  const rows = list.data?.data ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2} wrap="wrap" role="group" aria-label={t('requests.views', 'Views')}>
        <Button size="S" variant={state === null ? 'default' : 'tertiary'} aria-pressed={state === null} onClick={() => set({ state: null, page: null })}>
          {t('requests.view.all', 'All')}
          {count('all')}
        </Button>
        {OBJECTION_STATES.map((s) => (
          <Button key={s} size="S" variant={s === state ? 'default' : 'tertiary'} aria-pressed={s === state} onClick={() => set({ state: s, page: null })}>
            {t(`objections.state.${s}`, s)}
            {count(s)}
          </Button>
        ))}
      </Flex>
      <DeskSearch search={search} setSearch={setSearch} onSearch={(q) => set({ q, page: null })} label={t('objections.search.label', 'Search objections')} placeholder={t('objections.search.placeholder', 'Objection number, request number or requester name')} />
      <FetchedList
        list={list}
        count={rows.length}
        empty={<EmptyBlock content={q ? t('objections.empty.search', 'No objection matches “{q}”.', { q }) : t('objections.empty', 'No objection.')} />}
      >
        <Box>
          <ObjectionRows rows={rows} />
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data?.meta.pagination.total ?? 0} onPage={(p) => set({ page: String(p) })} />
        </Box>
      </FetchedList>
    </Flex>
  );
};

type Done = () => Promise<void>;

const ResponseForm = ({ objection, onDone }: { objection: ObjectionDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [text, setText] = React.useState(objection.ppidResponse ?? '');
  const submit = async () => {
    const problems: Problems = text.trim() ? {} : { ppidResponse: { key: 'requests.form.required' } };
    setClient(problems);
    if (!text.trim()) return;
    const res = await send('put', requestsApi.objectionResponse(objection.documentId), { ppidResponse: text.trim() }, t('objections.response.saved', 'The PPID’s response is saved.'), 'response');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('objections.response.title', 'Response of the PPID')} hint={t('objections.response.hint', 'The PPID’s written response to the objection, read by the Atasan PPID before deciding.')} onSubmit={() => void submit()} submit={t('objections.response.submit', 'Save the response')} busy={busy === 'response'} formError={formError}>
      <DsField.Root name="ppidResponse" required error={error('ppidResponse')}>
        <DsField.Label>{t('objections.response.label', 'Response')}</DsField.Label>
        <Textarea value={text} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)} />
        <DsField.Error />
      </DsField.Root>
    </FormBox>
  );
};

const DecisionForm = ({ objection, onDone }: { objection: ObjectionDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [decision, setDecision] = React.useState<ObjectionDecision | ''>(objection.decision ?? '');
  const [number, setNumber] = React.useState(objection.decisionNumber ?? '');
  const [body, setBody] = React.useState(objection.decisionBody ?? '');
  const submit = async () => {
    const need = { key: 'requests.form.required' };
    const problems: Problems = {};
    if (!decision) problems.decision = need;
    if (!body.trim()) problems.decisionBody = need;
    setClient(problems);
    if (Object.keys(problems).length) return;
    const res = await send('put', requestsApi.objectionDecision(objection.documentId), { decision, ...(number.trim() ? { decisionNumber: number.trim() } : {}), decisionBody: body.trim() }, t('objections.decision.saved', 'The decision is saved; it goes to signature through the workflow.'), 'decision');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('objections.decision.title', 'Decision of the Atasan PPID')} hint={t('objections.decision.hint', 'The written decision on the objection (Pasal 36), by the Atasan PPID.')} onSubmit={() => void submit()} submit={t('objections.decision.submit', 'Save the decision')} busy={busy === 'decision'} formError={formError}>
      <DsField.Root name="decision" required error={error('decision')}>
        <DsField.Label>{t('objections.col.decision', 'Decision')}</DsField.Label>
        <SingleSelect value={decision} placeholder={t('requests.notice.choose', 'Choose')} onChange={(v: string | number) => setDecision(String(v) as ObjectionDecision)}>
          {OBJECTION_DECISIONS.map((d) => <SingleSelectOption key={d} value={d}>{t(`objections.decision.${d}`, d)}</SingleSelectOption>)}
        </SingleSelect>
        <DsField.Error />
      </DsField.Root>
      <DsField.Root name="decisionNumber" error={error('decisionNumber')}>
        <DsField.Label>{t('objections.decision.number', 'Decision number')}</DsField.Label>
        <TextInput value={number} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNumber(e.target.value)} />
        <DsField.Error />
      </DsField.Root>
      <DsField.Root name="decisionBody" required error={error('decisionBody')}>
        <DsField.Label>{t('objections.decision.body', 'Considerations and decision')}</DsField.Label>
        <Textarea value={body} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBody(e.target.value)} />
        <DsField.Error />
      </DsField.Root>
    </FormBox>
  );
};

const DisputeForm = ({ objection, onDone }: { objection: ObjectionDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [number, setNumber] = React.useState('');
  const [filed, setFiled] = React.useState('');
  const [summary, setSummary] = React.useState('');
  const submit = async () => {
    const day = joinZonedInput(filed, '00:00').slice(0, 10);
    const problems: Problems = {};
    if (!number.trim()) problems.disputeNumber = { key: 'requests.form.required' };
    if (!day) problems.disputeFiledOn = { key: 'objections.dispute.dateInvalid' };
    if (summary.length > 4000) problems.disputeRulingSummary = { key: 'requests.form.tooLong', values: { max: 4000 } };
    setClient(problems);
    if (Object.keys(problems).length) return;
    const res = await send('post', requestsApi.objectionDispute(objection.documentId), { disputeNumber: number.trim(), disputeFiledOn: day, ...(summary.trim() ? { disputeRulingSummary: summary.trim() } : {}) }, t('objections.dispute.saved', 'The dispute is recorded.'), 'dispute');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('objections.dispute.title', 'Dispute at the Komisi Informasi')} hint={t('objections.dispute.hint', 'When the requester takes the objection to the Komisi Informasi (Pasal 37): its register number, the day it was filed and, later, the ruling.')} onSubmit={() => void submit()} submit={t('objections.dispute.submit', 'Record the dispute')} busy={busy === 'dispute'} formError={formError}>
      <DsField.Root name="disputeNumber" required error={error('disputeNumber')}>
        <DsField.Label>{t('objections.dispute.number', 'Dispute number')}</DsField.Label>
        <TextInput value={number} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNumber(e.target.value)} />
        <DsField.Error />
      </DsField.Root>
      <DsField.Root name="disputeFiledOn" required error={error('disputeFiledOn')} hint={t('requests.form.dateHint', 'DD/MM/YYYY')}>
        <DsField.Label>{t('objections.dispute.filedOn', 'Filed on')}</DsField.Label>
        <TextInput value={filed} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFiled(e.target.value)} />
        <DsField.Hint />
        <DsField.Error />
      </DsField.Root>
      <DsField.Root name="disputeRulingSummary" error={error('disputeRulingSummary')}>
        <DsField.Label>{t('objections.dispute.ruling', 'Summary of the ruling')}</DsField.Label>
        <Textarea value={summary} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setSummary(e.target.value)} />
        <DsField.Error />
      </DsField.Root>
    </FormBox>
  );
};

export const ObjectionPanel = ({ documentId }: { documentId: string }) => {
  const { t, day, dateTime } = usePpidIntl();
  const detail = useGet<ObjectionDetailResponse>(requestsApi.objection(documentId));
  const back = <BackLink to={`${SERVICE_BASE}/objections`}>{t('objections.back', 'Back to the objections')}</BackLink>;
  if (detail.isLoading) return <LoadingBlock />;
  const o = detail.data?.data;
  if (!o) return <>{back}<ErrorBlock error={detail.error} onRetry={() => void detail.refetch()} /></>;
  const reload = async () => {
    await detail.refetch();
  };
  const open = !['decided', 'withdrawn'].includes(o.state);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {back}
      <Section title={t('objections.panel.title', 'Objection {number}', { number: o.registrationNumber })} actions={<Badge>{t(`objections.state.${o.state}`, o.state)}</Badge>}>
        <WorkflowSteps type="objection" documentId={o.documentId} onDone={reload} />
      </Section>
      <Section title={t('objections.about', 'The objection')}>
        <Box tag="dl">
          <Field label={t('objections.request', 'Request')}>
            {o.request ? <Link tag={RouterLink} to={requestPath(o.request.documentId)}>{o.request.registrationNumber}</Link> : '—'}
          </Field>
          <Field label={t('requests.form.requesterName', 'Name')}>{o.request?.requesterName ?? ''}</Field>
          <Field label={t('requests.form.channel', 'Received by')}>{t(`requests.channel.${o.channel}`, o.channel)}</Field>
          <Field label={t('objections.col.filed', 'Filed')}>{dateTime(o.filedAt) ?? '—'}</Field>
          <Field label={t('objections.form.grounds', 'Grounds (Pasal 35 ayat 1)')}>{o.grounds.map((g) => `${g}. ${t(`objections.ground.${g}`, OBJECTION_GROUND_LABELS[g])}`).join('\n')}</Field>
          <Field label={t('objections.form.reasons', 'Reasons')}>{o.reasons}</Field>
          <Field label={t('objections.due', 'Decision due (30 working days)')}>{day(o.dueOn) ?? '—'}</Field>
          {o.overdue ? <Box paddingBottom={3}><Badge variant="danger">{t('requests.view.overdue', 'Overdue')}</Badge></Box> : null}
          {o.decidedOnTime === true ? <Box paddingBottom={3}><Badge variant="success">{t('objections.decidedOnTime', 'Decided on time')}</Badge></Box> : null}
          {o.decidedOnTime === false ? <Box paddingBottom={3}><Badge variant="danger">{t('objections.decidedLate', 'Decided late')}</Badge></Box> : null}
          {o.ppidResponse ? <Field label={t('objections.response.title', 'Response of the PPID')}>{o.ppidResponse}</Field> : null}
          {o.decision ? (
            <Field label={t('objections.decision.title', 'Decision of the Atasan PPID')}>
              {`${t(`objections.decision.${o.decision}`, o.decision)}${o.decisionNumber ? ` · ${o.decisionNumber}` : ''}\n${o.decisionBody ?? ''}${o.decidedAt ? `\n${dateTime(o.decidedAt)} · ${o.decidedBy ?? '—'}` : ''}`}
            </Field>
          ) : null}
          {o.dispute ? (
            <Field label={t('objections.dispute.title', 'Dispute at the Komisi Informasi')}>
              {`${o.dispute.disputeNumber} · ${day(o.dispute.disputeFiledOn) ?? ''}${o.dispute.disputeRulingSummary ? `\n${o.dispute.disputeRulingSummary}` : ''}`}
            </Field>
          ) : null}
        </Box>
      </Section>
      {open ? (
        <Section title={t('objections.actions', 'Handle the objection')}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {['registered', 'examining'].includes(o.state) ? <ResponseForm objection={o} onDone={reload} /> : null}
            {o.state === 'deciding' ? <DecisionForm objection={o} onDone={reload} /> : null}
          </Flex>
        </Section>
      ) : null}
      {!o.dispute && o.state !== 'withdrawn' && (o.state === 'decided' || !!o.decidedAt || o.overdue) ? (
        <Section title={t('objections.dispute.title', 'Dispute at the Komisi Informasi')}>
          <DisputeForm objection={o} onDone={reload} />
        </Section>
      ) : null}
      <Section title={t('requests.letters', 'Letters')}>
        <Letters letters={printable(o.letters, OBJECTION_LETTERS)} url={(letter) => requestsApi.objectionLetter(o.documentId, letter)} prefix="objections" number={o.registrationNumber} />
      </Section>
    </Flex>
  );
};
