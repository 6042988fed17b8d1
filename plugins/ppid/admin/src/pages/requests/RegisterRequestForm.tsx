/**
 * "Catat permohonan": a request received at the desk (walk-in, letter, e-mail), with every field of
 * the request form of Perki 1/2021 in the law's words. Checked here against REQUEST_LIMITS first;
 * the server's problems are shown under their fields.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';

import { DESK_CHANNELS } from './RequestForms';
import { identityFileProblem, registrationPayload, requestsApi, validateRegistration, type Problem } from '../../api/requests';
import { useAgencyZone } from '../../hooks/useAgencyZone';
import { useSend, type SendResult } from '../../hooks/useSend';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { fromZonedInput, joinZonedInput, splitZonedInput, toZonedInput, zoneAbbreviation } from '../../utils/zonedTime';
import {
  DELIVERY_METHODS,
  IDENTITY_KINDS,
  INFORMATION_FORMS,
  REQUESTER_KINDS,
  REQUEST_LIMITS,
  type RegisteredResponse,
  type RequestRegistrationInput,
} from '../../../../shared/requests';

type Send = <T>(method: 'post' | 'put', url: string, body: unknown, done: string, key?: string) => Promise<SendResult<T>>;
type Fields = keyof RequestRegistrationInput;
export type Outcome = { documentId: string } | { problems: Partial<Record<Fields | 'identityDocument', Problem>>; server: Record<string, string> };


export const emptyRegistration = (): RequestRegistrationInput => ({
  channel: 'walk_in',
  requesterKind: 'person',
  requesterName: '',
  onBehalfOf: '',
  identityKind: 'ktp',
  identityNumber: '',
  address: '',
  phone: '',
  email: '',
  occupation: '',
  informationRequested: '',
  purpose: '',
  informationForm: 'copy_soft',
  deliveryMethod: 'email',
});

type IdentityFile = Blob & { name?: string };

/** Checks the form (and the identity document), then POSTs it: the new request's documentId, else the problems to show. */
export async function submitRegistration(form: RequestRegistrationInput, send: Send, done: string, file: IdentityFile | null = null): Promise<Outcome> {
  const problems: Partial<Record<Fields | 'identityDocument', Problem>> = { ...validateRegistration(form) };
  const fileProblem = identityFileProblem(file);
  if (fileProblem) problems.identityDocument = fileProblem;
  if (Object.keys(problems).length > 0) return { problems, server: {} };
  const res = await send<RegisteredResponse>('post', requestsApi.register(), registrationPayload(form, file), done, 'register');
  if (res.ok) return { documentId: res.data.data.documentId };
  return { problems: {}, server: res.fields };
}

interface FormProps {
  onRegistered: (documentId: string) => void;
  onCancel: () => void;
  /** The form's first values and problems (tests; a retry). */
  initial?: RequestRegistrationInput;
  initialProblems?: Outcome;
}

export const RegisterRequestForm = ({ onRegistered, onCancel, initial, initialProblems }: FormProps) => {
  const { t } = usePpidIntl();
  const zone = useAgencyZone();
  const { send, busy } = useSend();
  const [form, setForm] = React.useState<RequestRegistrationInput>(initial ?? emptyRegistration());
  const now = splitZonedInput(toZonedInput(new Date(), zone));
  const [date, setDate] = React.useState(now.date);
  const [time, setTime] = React.useState(now.time);
  const [shown, setShown] = React.useState<Outcome | null>(initialProblems ?? null);
  const [file, setFile] = React.useState<IdentityFile | null>(null);
  const set = (patch: Partial<RequestRegistrationInput>) => setForm((f) => ({ ...f, ...patch }));
  const problems = shown && 'problems' in shown ? shown : { problems: {}, server: {} as Record<string, string> };
  const error = (field: string): string | undefined => {
    const p = (problems.problems as Record<string, Problem | undefined>)[field];
    if (p) return t(p.key, p.key, p.values);
    return problems.server[field];
  };
  const wallClock = joinZonedInput(date, time);
  const receivedAt = wallClock ? fromZonedInput(wallClock, zone) : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!receivedAt) {
      setShown({ problems: {}, server: { receivedAt: t('requests.form.receivedAtInvalid', 'Enter the date as DD/MM/YYYY and the time as HH:MM.') } });
      return;
    }
    const outcome = await submitRegistration({ ...form, receivedAt }, send, t('requests.registered', 'Request registered.'), file);
    if ('documentId' in outcome) onRegistered(outcome.documentId);
    else setShown(outcome);
  };

  const text = (name: Fields, label: string, opts: { required?: boolean; hint?: string; max?: number; type?: string } = {}) => (
    <Field.Root name={name} required={opts.required} error={error(name)} hint={opts.hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput type={opts.type ?? 'text'} maxLength={opts.max} value={(form[name] as string) ?? ''} onChange={(ev: React.ChangeEvent<HTMLInputElement>) => set({ [name]: ev.target.value } as Partial<RequestRegistrationInput>)} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
  const area = (name: Fields, label: string, max: number, hint?: string) => (
    <Field.Root name={name} required error={error(name)} hint={hint ?? t('requests.form.max', 'At most {max} characters.', { max })}>
      <Field.Label>{label}</Field.Label>
      <Textarea value={(form[name] as string) ?? ''} onChange={(ev: React.ChangeEvent<HTMLTextAreaElement>) => set({ [name]: ev.target.value } as Partial<RequestRegistrationInput>)} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
  const select = <V extends string>(name: Fields, label: string, values: readonly V[], prefix: string) => (
    <Field.Root name={name} required error={error(name)}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={form[name] as string} onChange={(v: string | number) => set({ [name]: String(v) } as Partial<RequestRegistrationInput>)}>
        {values.map((v) => (
          <SingleSelectOption key={v} value={v}>{t(`${prefix}.${v}`, v)}</SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
    </Field.Root>
  );

  return (
    <Box tag="form" noValidate onSubmit={submit} background="neutral0" hasRadius shadow="tableShadow" padding={6} aria-label={t('requests.register', 'Register a request')}>
      <Typography variant="delta" tag="h2">{t('requests.register', 'Register a request')}</Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">{t('requests.form.intro', 'A request received at the desk, by letter or by e-mail. The registration number and the receipt follow at once.')}</Typography>
      {problems.server._form ? <Typography variant="pi" textColor="danger600" role="alert">{problems.server._form}</Typography> : null}
      <Grid.Root gap={4} paddingTop={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{select('channel', t('requests.form.channel', 'Received by'), DESK_CHANNELS, 'requests.channel')}</Grid.Item>
        <Grid.Item col={4} s={6} direction="column" alignItems="stretch">
          <Field.Root name="receivedDate" required error={error('receivedAt')} hint={t('requests.form.dateHint', 'DD/MM/YYYY')}>
            <Field.Label>{t('requests.form.receivedOn', 'Received on')}</Field.Label>
            <TextInput value={date} onChange={(ev: React.ChangeEvent<HTMLInputElement>) => setDate(ev.target.value)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} s={6} direction="column" alignItems="stretch">
          <Field.Root name="receivedTime" required hint={zoneAbbreviation(zone)}>
            <Field.Label>{t('requests.form.receivedTime', 'Time')}</Field.Label>
            <TextInput value={time} onChange={(ev: React.ChangeEvent<HTMLInputElement>) => setTime(ev.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>

        <Grid.Item col={12} direction="column" alignItems="flex-start"><Typography variant="sigma" tag="h3">{t('requests.form.requester', 'The requester')}</Typography></Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{select('requesterKind', t('requests.form.requesterKind', 'Requester'), REQUESTER_KINDS, 'requests.kind')}</Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">{text('requesterName', t('requests.form.requesterName', 'Name'), { required: true, max: REQUEST_LIMITS.nameMax })}</Grid.Item>
        {form.requesterKind !== 'person' ? (
          <Grid.Item col={12} direction="column" alignItems="stretch">
            {text('onBehalfOf', form.requesterKind === 'organisation' ? t('requests.form.organisation', 'Name of the legal entity') : t('requests.form.onBehalfOf', 'Acting on behalf of'), { required: true, max: REQUEST_LIMITS.nameMax })}
          </Grid.Item>
        ) : null}
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{select('identityKind', t('requests.form.identityKind', 'Identity document'), IDENTITY_KINDS, 'requests.identity')}</Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">{text('identityNumber', t('requests.form.identityNumber', 'Identity number'), { required: true, max: 40, hint: form.identityKind === 'ktp' ? t('requests.form.nikHint', 'NIK: 16 digits') : undefined })}</Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Field.Root name="identityDocument" error={error('identityDocument')} hint={t('requests.form.identityDocumentHint', 'A scan or photo of the identity document: PDF, JPEG or PNG, at most {max} MB.', { max: REQUEST_LIMITS.identityFileMaxBytes / (1024 * 1024) })}>
            <Field.Label>{t('requests.identityDocument', 'Copy of the identity document')}</Field.Label>
            <input type="file" accept={REQUEST_LIMITS.identityFileTypes.join(',')} onChange={(ev: React.ChangeEvent<HTMLInputElement>) => setFile(ev.target.files?.[0] ?? null)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">{area('address', t('requests.form.address', 'Address'), 500)}</Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{text('phone', t('requests.form.phone', 'Telephone'), { max: 30 })}</Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{text('email', t('requests.form.email', 'E-mail'), { type: 'email' })}</Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">{text('occupation', t('requests.form.occupation', 'Occupation'), { max: 100 })}</Grid.Item>

        <Grid.Item col={12} direction="column" alignItems="flex-start"><Typography variant="sigma" tag="h3">{t('requests.form.what', 'The information requested')}</Typography></Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">{area('informationRequested', t('requests.form.information', 'Information requested'), REQUEST_LIMITS.informationMax)}</Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">{area('purpose', t('requests.form.purpose', 'Purpose of the request'), REQUEST_LIMITS.purposeMax)}</Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">{select('informationForm', t('requests.form.informationForm', 'How to obtain the information'), INFORMATION_FORMS, 'requests.form.informationForm')}</Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">{select('deliveryMethod', t('requests.form.deliveryMethod', 'How to receive a copy'), DELIVERY_METHODS, 'requests.delivery')}</Grid.Item>
      </Grid.Root>
      <Flex gap={2} paddingTop={6}>
        <Button type="submit" loading={busy === 'register'}>{t('requests.form.submit', 'Register and number')}</Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>{t('requests.form.cancel', 'Cancel')}</Button>
      </Flex>
    </Box>
  );
};
