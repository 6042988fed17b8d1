/**
 * The request panel's forms: what the requester must still provide, the disposition to the unit
 * holding the information, the written notice (a refusal cites its Pasal 17 letter and the
 * excluded-list entry), the extension (once, 1-7 working days, with a reason) and an objection
 * registered at the desk (Pasal 35 grounds). Each is checked here, then by the server, whose
 * problems are shown under their fields.
 */
import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, NumberInput, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';

import { requestsApi, validateExtension, validateNotice, validateObjection, type Problem, type Problems } from '../../api/requests';
import { useSend } from '../../hooks/useSend';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import {
  NOTICE_OUTCOMES,
  OBJECTION_GROUNDS,
  OBJECTION_GROUND_LABELS,
  REQUEST_LIMITS,
  type NoticeInput,
  type ObjectionGround,
  type RequestDetail,
  type RequestExclusionOption,
} from '../../../../shared/requests';

/** How the desk receives a request or an objection (the website files its own). */
export const DESK_CHANNELS = ['walk_in', 'letter', 'email'] as const;

const ARTICLE_17 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

type Done = () => Promise<void> | void;

/**
 * The entries a refusal may cite: the server's `choices.exclusions` (the request's public body's list
 * of excluded information in force; the server refuses any other), of the chosen Pasal 17 letter.
 */
export const exclusionsFor = (request: RequestDetail, letter?: string): RequestExclusionOption[] =>
  request.choices.exclusions.filter((e) => !letter || e.article17Letter === letter);

/** The entry the notice cites, while a refusal may still cite it (else the picker asks for a choice). */
export const citedChoice = (request: RequestDetail): string | undefined => {
  const cited = request.notice.exclusion?.documentId;
  return exclusionsFor(request).some((e) => e.documentId === cited) ? cited : undefined;
};

/** An entry as the picker names it: its title, the Pasal 17 letter (already worded) and the decree's number. */
export const exclusionLabel = (e: RequestExclusionOption, letter: string): string => `${e.title} (${[letter, e.decreeNumber].filter(Boolean).join('; ')})`;

/** Client problems (translation keys) and the server's (messages) for one form, read by field. */
export function useProblems() {
  const { t } = usePpidIntl();
  const [client, setClient] = React.useState<Problems>({});
  const [server, setServer] = React.useState<Record<string, string>>({});
  const error = (field: string): string | undefined => {
    const p: Problem | undefined = client[field];
    return p ? t(p.key, p.key, p.values) : server[field];
  };
  return { error, setClient, setServer, formError: server._form };
}

export const FormBox = ({ title, hint, onSubmit, children, submit, busy, formError }: { title: string; hint?: string; onSubmit: () => void; children: React.ReactNode; submit: string; busy: boolean; formError?: string }) => (
  <Box
    tag="form"
    noValidate
    aria-label={title}
    onSubmit={(e: React.FormEvent) => {
      e.preventDefault();
      onSubmit();
    }}
    padding={4}
    hasRadius
    borderColor="neutral200"
  >
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="omega" fontWeight="bold" tag="h3">{title}</Typography>
      {hint ? <Typography variant="pi" textColor="neutral600">{hint}</Typography> : null}
      {formError ? <Typography variant="pi" textColor="danger600" role="alert">{formError}</Typography> : null}
      {children}
      <Flex>
        <Button type="submit" size="S" loading={busy}>{submit}</Button>
      </Flex>
    </Flex>
  </Box>
);

export const MissingItemsForm = ({ request, onDone }: { request: RequestDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [text, setText] = React.useState(request.completeness.missingItems ?? '');
  const submit = async () => {
    const problems: Problems = !text.trim() ? { missingItems: { key: 'requests.form.required' } } : text.length > REQUEST_LIMITS.reasonMax ? { missingItems: { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.reasonMax } } } : {};
    setClient(problems);
    if (Object.keys(problems).length) return;
    const res = await send('put', requestsApi.missingItems(request.documentId), { missingItems: text.trim() }, t('requests.missing.saved', 'The missing items are recorded; the requester is told.'), 'missing');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('requests.missing.title', 'Incomplete request')} hint={t('requests.missing.hint', 'What the requester must still provide. They have {days} working days to complete it; otherwise it is closed with a notice.', { days: REQUEST_LIMITS.completionWorkingDays })} onSubmit={() => void submit()} submit={t('requests.missing.submit', 'Record missing items')} busy={busy === 'missing'} formError={formError}>
      <Field.Root name="missingItems" required error={error('missingItems')}>
        <Field.Label>{t('requests.missing.label', 'Missing items')}</Field.Label>
        <Textarea value={text} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)} />
        <Field.Error />
      </Field.Root>
    </FormBox>
  );
};

export const DispositionForm = ({ request, onDone }: { request: RequestDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [unit, setUnit] = React.useState<string>(request.holderUnit ? String(request.holderUnit.id) : '');
  // The server gives the active units of the request's public body (a Staf PPID cannot read the organisation).
  const units = request.choices.units;
  const unknown = units.length === 0;
  const submit = async () => {
    setClient(unit ? {} : { holderUnitId: { key: 'requests.disposition.unitRequired' } });
    if (!unit) return;
    const res = await send('put', requestsApi.disposition(request.documentId), { holderUnitId: Number(unit) }, t('requests.disposition.saved', 'The request is assigned to the unit.'), 'disposition');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('requests.disposition.title', 'Disposition')} hint={t('requests.disposition.hint', 'The unit that holds the information prepares the answer.')} onSubmit={() => void submit()} submit={t('requests.disposition.submit', 'Assign')} busy={busy === 'disposition'} formError={formError}>
      <Field.Root name="holderUnitId" required error={error('holderUnitId')}>
        <Field.Label>{t('requests.disposition.unit', 'Unit holding the information')}</Field.Label>
        <SingleSelect value={unit} placeholder={t('requests.disposition.choose', 'Choose a unit')} onChange={(v: string | number) => setUnit(String(v))}>
          {units.map((u) => (
            <SingleSelectOption key={u.id} value={String(u.id)}>{u.code ? `${u.name} (${u.code})` : u.name}</SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      {unknown ? <Typography variant="pi" textColor="neutral600">{t('requests.disposition.noUnits', 'This public body has no active unit to send the request to; those who manage the organisation can add one.')}</Typography> : null}
    </FormBox>
  );
};

export const NoticeForm = ({ request, onDone }: { request: RequestDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const n = request.notice;
  const [form, setForm] = React.useState<Partial<NoticeInput>>({
    outcome: n.outcome ?? undefined,
    noticeNumber: n.noticeNumber ?? '',
    noticeBody: n.noticeBody ?? '',
    refusalArticle: n.refusalArticle ?? undefined,
    exclusionDocumentId: citedChoice(request),
    referralBody: n.referralBody ?? '',
    fee: n.fee ?? undefined,
  });
  const set = (patch: Partial<NoticeInput>) => setForm((f) => ({ ...f, ...patch }));
  const exclusions = exclusionsFor(request, form.refusalArticle);
  const submit = async () => {
    const problems = validateNotice(form);
    setClient(problems);
    if (Object.keys(problems).length) return;
    const body: NoticeInput = {
      outcome: form.outcome!,
      ...(form.noticeBody?.trim() ? { noticeBody: form.noticeBody.trim() } : {}),
      ...(form.noticeNumber?.trim() ? { noticeNumber: form.noticeNumber.trim() } : {}),
      ...(form.outcome === 'refused' ? { refusalArticle: form.refusalArticle, exclusionDocumentId: form.exclusionDocumentId } : {}),
      ...(form.outcome === 'held_elsewhere' ? { referralBody: form.referralBody?.trim() } : {}),
      ...(form.fee ? { fee: form.fee } : {}),
    };
    const res = await send('put', requestsApi.notice(request.documentId), body, t('requests.notice.saved', 'The written notice is saved; it goes to signature through the workflow.'), 'notice');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('requests.notice.title', 'Written notice')} hint={t('requests.notice.hint', 'The answer to the request (Pasal 22 ayat 7).')} onSubmit={() => void submit()} submit={t('requests.notice.submit', 'Save the notice')} busy={busy === 'notice'} formError={formError}>
      <Field.Root name="outcome" required error={error('outcome')}>
        <Field.Label>{t('requests.notice.outcome', 'Decision')}</Field.Label>
        <SingleSelect value={form.outcome ?? ''} placeholder={t('requests.notice.choose', 'Choose')} onChange={(v: string | number) => set({ outcome: String(v) as NoticeInput['outcome'] })}>
          {NOTICE_OUTCOMES.map((o) => (
            <SingleSelectOption key={o} value={o}>{t(`requests.outcome.${o}`, o)}</SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      {form.outcome === 'refused' ? (
        <>
          <Field.Root name="refusalArticle" required error={error('refusalArticle')} hint={t('requests.notice.articleHint', 'The exception of UU 14/2008 Pasal 17 the refusal rests on.')}>
            <Field.Label>{t('requests.notice.article', 'Pasal 17 letter')}</Field.Label>
            <SingleSelect value={form.refusalArticle ?? ''} placeholder={t('requests.notice.choose', 'Choose')} onChange={(v: string | number) => set({ refusalArticle: String(v), exclusionDocumentId: undefined })}>
              {ARTICLE_17.map((l) => (
                <SingleSelectOption key={l} value={l}>{t('exclusions.letter', 'Art. 17 ({letter})', { letter: l })}</SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Field.Root name="exclusionDocumentId" required error={error('exclusionDocumentId')} hint={t('requests.notice.exclusionHint', 'The entry of the list of excluded information, with its consequence test.')}>
            <Field.Label>{t('requests.notice.exclusion', 'Excluded information')}</Field.Label>
            <SingleSelect
              value={form.exclusionDocumentId ?? ''}
              placeholder={exclusions.length ? t('requests.notice.choose', 'Choose') : t('requests.notice.noExclusion', 'No entry of the list for this letter')}
              onChange={(v: string | number) => {
                const chosen = exclusionsFor(request).find((e) => e.documentId === String(v));
                set({ exclusionDocumentId: String(v), refusalArticle: chosen?.article17Letter ?? form.refusalArticle });
              }}
            >
              {exclusions.map((e) => (
                <SingleSelectOption key={e.documentId} value={e.documentId}>{exclusionLabel(e, t('exclusions.letter', 'Art. 17 ({letter})', { letter: e.article17Letter }))}</SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </>
      ) : null}
      {form.outcome === 'held_elsewhere' ? (
        <Field.Root name="referralBody" required error={error('referralBody')}>
          <Field.Label>{t('requests.notice.referral', 'Public body holding the information')}</Field.Label>
          <TextInput value={form.referralBody ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ referralBody: e.target.value })} />
          <Field.Error />
        </Field.Root>
      ) : null}
      <Field.Root name="noticeNumber" error={error('noticeNumber')}>
        <Field.Label>{t('requests.notice.number', 'Letter number')}</Field.Label>
        <TextInput value={form.noticeNumber ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ noticeNumber: e.target.value })} />
        <Field.Error />
      </Field.Root>
      <Field.Root name="noticeBody" required={form.outcome === 'granted_part'} error={error('noticeBody')} hint={form.outcome === 'granted_part' ? t('requests.notice.withheldHint', 'Say which part is withheld and why.') : undefined}>
        <Field.Label>{t('requests.notice.body', 'Text of the notice')}</Field.Label>
        <Textarea value={form.noticeBody ?? ''} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set({ noticeBody: e.target.value })} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Field.Root name="fee" error={error('fee')} hint={t('requests.notice.feeHint', 'Cost of copying or sending in rupiah; empty when free.')}>
        <Field.Label>{t('requests.notice.fee', 'Fee (Rp)')}</Field.Label>
        <NumberInput value={form.fee} onValueChange={(v: number | undefined) => set({ fee: v })} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </FormBox>
  );
};

export const ExtensionForm = ({ request, onDone }: { request: RequestDetail; onDone: Done }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [days, setDays] = React.useState<number | undefined>(7);
  const [reason, setReason] = React.useState('');
  const submit = async () => {
    const problems = validateExtension({ days: days ?? 0, reason });
    setClient(problems);
    if (Object.keys(problems).length) return;
    const res = await send('post', requestsApi.extension(request.documentId), { days, reason: reason.trim() }, t('requests.extension.saved', 'The deadline is extended; the requester is told in writing.'), 'extension');
    if (res.ok) await onDone();
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('requests.extension.title', 'Extension')} hint={t('requests.extension.hint', 'Once, by at most 7 working days, with the reason given to the requester (Pasal 22 ayat 8).')} onSubmit={() => void submit()} submit={t('requests.extension.submit', 'Extend the deadline')} busy={busy === 'extension'} formError={formError}>
      <Field.Root name="days" required error={error('days')}>
        <Field.Label>{t('requests.extension.days', 'Working days (1-7)')}</Field.Label>
        <NumberInput value={days} onValueChange={(v: number | undefined) => setDays(v)} />
        <Field.Error />
      </Field.Root>
      <Field.Root name="reason" required error={error('reason')}>
        <Field.Label>{t('requests.extension.reason', 'Reason')}</Field.Label>
        <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
        <Field.Error />
      </Field.Root>
    </FormBox>
  );
};

/** "Catat keberatan": an objection to this request received at the desk. */
export const ObjectionForm = ({ request, onDone }: { request: RequestDetail; onDone: (documentId: string) => Promise<void> | void }) => {
  const { t } = usePpidIntl();
  const { send, busy } = useSend();
  const { error, setClient, setServer, formError } = useProblems();
  const [grounds, setGrounds] = React.useState<ObjectionGround[]>([]);
  const [reasons, setReasons] = React.useState('');
  const toggle = (g: ObjectionGround, on: boolean) => setGrounds((list) => (on ? OBJECTION_GROUNDS.filter((x) => x === g || list.includes(x)) : list.filter((x) => x !== g)));
  const submit = async () => {
    const input = { grounds, reasons };
    const problems = validateObjection(input);
    setClient(problems);
    if (Object.keys(problems).length) return;
    const res = await send<{ data: { documentId: string } }>('post', requestsApi.registerObjection(request.documentId), { ...input, reasons: reasons.trim() }, t('objections.registered', 'Objection registered.'), 'objection');
    if (res.ok) await onDone(res.data.data.documentId);
    else setServer(res.fields);
  };
  return (
    <FormBox title={t('objections.register', 'Register an objection')} hint={t('objections.form.hint', 'Grounds of UU 14/2008 Pasal 35 ayat (1); the Atasan PPID decides within 30 working days.')} onSubmit={() => void submit()} submit={t('objections.form.submit', 'Register the objection')} busy={busy === 'objection'} formError={formError}>
      <Field.Root name="grounds" required error={error('grounds')}>
        <Field.Label>{t('objections.form.grounds', 'Grounds (Pasal 35 ayat 1)')}</Field.Label>
        <Flex direction="column" alignItems="flex-start" gap={2}>
          {OBJECTION_GROUNDS.map((g) => (
            <Checkbox key={g} checked={grounds.includes(g)} onCheckedChange={(on: boolean | 'indeterminate') => toggle(g, on === true)}>
              {`${g}. ${t(`objections.ground.${g}`, OBJECTION_GROUND_LABELS[g])}`}
            </Checkbox>
          ))}
        </Flex>
        <Field.Error />
      </Field.Root>
      <Field.Root name="reasons" required error={error('reasons')}>
        <Field.Label>{t('objections.form.reasons', 'Reasons')}</Field.Label>
        <Textarea value={reasons} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReasons(e.target.value)} />
        <Field.Error />
      </Field.Root>
    </FormBox>
  );
};
