/**
 * What a request for information and an objection must contain, read the same way at the desk and
 * from the public form (Perki 1/2021 Pasal 4 and Pasal 35-36): who asks (and for whom), how to reach
 * them, their identity, what they ask for and why, how they want it and how they receive it; an
 * objection's grounds (UU 14/2008 Pasal 35 ayat 1 a-g) and its reasons.
 *
 * Pure: no Strapi. Each check answers the fields' problems with their paths and a message in both
 * languages, so the desk shows them next to the field and the public page in Bahasa Indonesia.
 * Also pure here: when an objection may still be filed (the window of Pasal 36 ayat 1).
 */
import { z } from 'zod';
import {
  DELIVERY_METHODS,
  IDENTITY_KINDS,
  INFORMATION_FORMS,
  OBJECTION_GROUNDS,
  REQUESTER_KINDS,
  REQUEST_CHANNELS,
  REQUEST_LIMITS,
  type DeliveryMethod,
  type IdentityKind,
  type InformationForm,
  type ObjectionGround,
  type RequestChannel,
  type RequesterKind,
} from '../../../shared/requests';
import type { WorkingClock } from '../workflow/clock';
import { deadline, OBJECTION_FILING_WORKING_DAYS, type Deadline } from './deadlines';

export type Text = { id: string; en: string };
export interface IntakeProblem {
  path: string[];
  message: Text;
}
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: IntakeProblem[] };

export interface RequestInput {
  requesterKind: RequesterKind;
  requesterName: string;
  onBehalfOf: string | null;
  identityKind: IdentityKind;
  identityNumber: string;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string | null;
  informationRequested: string;
  purpose: string;
  informationForm: InformationForm;
  deliveryMethod: DeliveryMethod;
}

export interface DeskRequestInput extends RequestInput {
  channel: Exclude<RequestChannel, 'website'>;
  /** When the letter or e-mail arrived (the desk may register it later the same way); now when absent. */
  receivedAt: Date | null;
}

export interface ObjectionInput {
  grounds: ObjectionGround[];
  reasons: string;
}

/** The public form's objection: the requester proves the request is theirs with their identity number. */
export interface PublicObjectionInput extends ObjectionInput {
  identityNumber: string;
}

const t = (id: string, en: string): Text => ({ id, en });

/** Trimmed text; empty becomes null for optional fields. */
const required = (what: Text, max: number) =>
  z
    .string({ error: () => `${what.id} wajib diisi|${what.en} is required` })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, `${what.id} wajib diisi|${what.en} is required`).max(max, `${what.id} paling banyak ${max} karakter|${what.en} must be at most ${max} characters`));
const optional = (what: Text, max: number) =>
  z
    .string({ error: () => `${what.id} harus berupa teks|${what.en} must be text` })
    .nullish()
    .transform((s) => (s ?? '').trim() || null)
    .pipe(z.string().max(max, `${what.id} paling banyak ${max} karakter|${what.en} must be at most ${max} characters`).nullable());
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: Text, fallback: T[number]) =>
  z
    .enum(values, { error: () => `${what.id} harus salah satu dari: ${values.join(', ')}|${what.en} must be one of: ${values.join(', ')}` })
    .optional()
    .transform((v) => v ?? fallback);

const F = {
  requesterKind: t('Jenis pemohon', 'The kind of requester'),
  requesterName: t('Nama pemohon', "The requester's name"),
  onBehalfOf: t('Nama yang diwakili atau nama badan', 'Whom the requester acts for, or the organisation'),
  identityKind: t('Jenis identitas', 'The kind of identity document'),
  identityNumber: t('Nomor identitas', 'The identity number'),
  address: t('Alamat', 'The address'),
  phone: t('Nomor telepon', 'The phone number'),
  email: t('Alamat e-mail', 'The e-mail address'),
  occupation: t('Pekerjaan', 'The occupation'),
  informationRequested: t('Rincian informasi yang dibutuhkan', 'The information requested'),
  purpose: t('Tujuan penggunaan informasi', 'What the information is for'),
  informationForm: t('Cara memperoleh informasi', 'How the requester wants the information'),
  deliveryMethod: t('Cara mendapatkan salinan informasi', 'How the requester receives it'),
  channel: t('Cara permohonan diterima', 'How the request arrived'),
  receivedAt: t('Waktu diterima', 'When it was received'),
  grounds: t('Alasan keberatan', 'The grounds of the objection'),
  reasons: t('Uraian keberatan', 'The reasons for the objection'),
};

const requestShape = {
  requesterKind: oneOf(REQUESTER_KINDS, F.requesterKind, 'person'),
  requesterName: required(F.requesterName, REQUEST_LIMITS.nameMax),
  onBehalfOf: optional(F.onBehalfOf, REQUEST_LIMITS.nameMax),
  identityKind: oneOf(IDENTITY_KINDS, F.identityKind, 'ktp'),
  identityNumber: required(F.identityNumber, 40),
  address: required(F.address, 500),
  phone: optional(F.phone, 30),
  email: optional(F.email, 254),
  occupation: optional(F.occupation, 100),
  informationRequested: required(F.informationRequested, REQUEST_LIMITS.informationMax),
  purpose: required(F.purpose, REQUEST_LIMITS.purposeMax),
  informationForm: oneOf(INFORMATION_FORMS, F.informationForm, 'copy_soft'),
  deliveryMethod: oneOf(DELIVERY_METHODS, F.deliveryMethod, 'email'),
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,28}$/;

/** Rules across fields: identity number shapes, contacts, whom the requester acts for. */
function crossChecks(v: RequestInput): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  if (v.identityKind === 'ktp' && !/^\d{16}$/.test(v.identityNumber.replace(/\s/g, ''))) {
    problems.push({ path: ['identityNumber'], message: t('NIK pada KTP terdiri atas 16 angka', 'A KTP number (NIK) has 16 digits') });
  }
  if (v.email && !EMAIL.test(v.email)) problems.push({ path: ['email'], message: t('Alamat e-mail tidak valid', 'The e-mail address is not valid') });
  if (v.phone && !PHONE.test(v.phone)) problems.push({ path: ['phone'], message: t('Nomor telepon hanya berisi angka (boleh diawali +)', 'A phone number has digits only (a leading + is allowed)') });
  if (!v.phone && !v.email) {
    problems.push({ path: ['phone'], message: t('Isi nomor telepon atau alamat e-mail agar PPID dapat menghubungi pemohon', 'Give a phone number or an e-mail address so the PPID can reach the requester') });
  }
  if (v.deliveryMethod === 'email' && !v.email) {
    problems.push({ path: ['email'], message: t('Alamat e-mail wajib diisi bila informasi dikirim melalui e-mail', 'An e-mail address is required to receive the information by e-mail') });
  }
  if (v.requesterKind !== 'person' && !v.onBehalfOf) {
    problems.push({
      path: ['onBehalfOf'],
      message: t('Isi nama orang atau badan yang diwakili (kuasa) atau nama badan hukum', 'Name the person or body the requester acts for, or the organisation'),
    });
  }
  return problems;
}

/** Reads a zod message "id|en" back into both languages. */
const splitMessage = (m: string): Text => {
  const [id, en] = m.split('|');
  return en === undefined ? { id: m, en: m } : { id, en };
};

function fromZod(error: z.ZodError): IntakeProblem[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      const keys = (i as { keys?: string[] }).keys ?? [];
      return { path: keys.length ? [keys[0]] : [], message: t(`Kolom tidak dikenal: ${keys.join(', ')}`, `Unknown field(s): ${keys.join(', ')}`) };
    }
    return { path: i.path.map(String), message: splitMessage(i.message) };
  });
}

function run<T>(schema: z.ZodType<T>, input: unknown, more: (v: T) => IntakeProblem[] = () => []): Checked<T> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, problems: [{ path: [], message: t('Data permohonan harus berupa objek JSON', 'The data must be a JSON object') }] };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error) };
  const problems = more(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

const normaliseIdentity = (v: RequestInput): RequestInput => ({
  ...v,
  identityNumber: v.identityKind === 'ktp' ? v.identityNumber.replace(/\s/g, '') : v.identityNumber,
  email: v.email ? v.email.toLowerCase() : null,
});

/** A request from the public form (the channel is the website; the identity document is checked by the caller). */
export function checkPublicRequest(input: unknown): Checked<RequestInput> {
  const checked = run(z.strictObject(requestShape), input, crossChecks);
  return checked.ok ? { ok: true, value: normaliseIdentity(checked.value) } : checked;
}

const DESK_CHANNELS = REQUEST_CHANNELS.filter((c) => c !== 'website') as [Exclude<RequestChannel, 'website'>, ...Exclude<RequestChannel, 'website'>[]];

/** A request registered at the desk: walk-in, letter or e-mail, optionally received earlier than now. */
export function checkDeskRequest(input: unknown, now: Date): Checked<DeskRequestInput> {
  const schema = z.strictObject({
    ...requestShape,
    channel: oneOf(DESK_CHANNELS, F.channel, 'walk_in'),
    receivedAt: z
      .string({ error: () => `${F.receivedAt.id} harus berupa waktu ISO 8601|${F.receivedAt.en} must be an ISO 8601 time` })
      .nullish()
      .transform((s) => (s ? new Date(s) : null)),
  });
  const checked = run(schema, input, (v) => {
    const problems = crossChecks(v);
    const at = v.receivedAt;
    if (at && Number.isNaN(at.getTime())) problems.push({ path: ['receivedAt'], message: t('Waktu diterima tidak valid', 'The time received is not valid') });
    else if (at && at.getTime() > now.getTime() + 60_000) problems.push({ path: ['receivedAt'], message: t('Waktu diterima tidak boleh di masa depan', 'The time received cannot be in the future') });
    else if (at && now.getTime() - at.getTime() > 30 * 86_400_000) {
      problems.push({ path: ['receivedAt'], message: t('Waktu diterima paling lama 30 hari yang lalu', 'The time received can be at most 30 days ago') });
    }
    return problems;
  });
  return checked.ok ? { ok: true, value: { ...(normaliseIdentity(checked.value) as DeskRequestInput), receivedAt: checked.value.receivedAt } } : checked;
}

const objectionShape = {
  grounds: z
    .array(z.enum(OBJECTION_GROUNDS, { error: () => `Alasan keberatan adalah huruf a sampai g Pasal 35 ayat (1)|Grounds are the letters a to g of Pasal 35 (1)` }), {
      error: () => `${F.grounds.id} wajib dipilih|${F.grounds.en} are required`,
    })
    .min(1, `Pilih sedikitnya satu alasan keberatan|Choose at least one ground`)
    .max(OBJECTION_GROUNDS.length),
  reasons: required(F.reasons, REQUEST_LIMITS.reasonMax),
};

function groundsOnce(v: { grounds: ObjectionGround[] }): IntakeProblem[] {
  const seen = new Set<string>();
  const dup = v.grounds.find((g) => (seen.has(g) ? true : (seen.add(g), false)));
  return dup ? [{ path: ['grounds'], message: t(`Alasan "${dup}" dipilih lebih dari sekali`, `Ground "${dup}" is chosen more than once`) }] : [];
}

/** An objection recorded at the desk. */
export function checkObjection(input: unknown): Checked<ObjectionInput> {
  return run(z.strictObject(objectionShape), input, groundsOnce);
}

/** An objection recorded at the desk, with how it arrived (in person by default). */
export function checkDeskObjection(input: unknown): Checked<ObjectionInput & { channel: Exclude<RequestChannel, 'website'> }> {
  return run(z.strictObject({ ...objectionShape, channel: oneOf(DESK_CHANNELS, F.channel, 'walk_in') }), input, groundsOnce);
}

/** An objection filed from the tracking page: with the identity number the request was registered with. */
export function checkPublicObjection(input: unknown): Checked<PublicObjectionInput> {
  return run(z.strictObject({ ...objectionShape, identityNumber: required(F.identityNumber, 40) }), input, groundsOnce);
}

/** Identity numbers compared as people type them: spaces, dots and dashes ignored, any case. */
export const normaliseIdentityNumber = (s: string) => s.replace(/[\s.-]/g, '').toUpperCase();

// ------------------------------------------------------------------ the objection's filing window

export interface RequestForObjection {
  receivedAt: Date;
  extensionDays: number;
  /** When the written notice was signed (the answer) and delivered. */
  signedAt: Date | null;
  deliveredAt: Date | null;
  /** Closed without an answer (never completed). */
  closedAt: Date | null;
  /** Its objections' states. */
  objectionStates: string[];
}

export type FilingVerdict =
  | { ok: true; window: Deadline }
  | { ok: false; reason: 'undecided_objection' | 'not_yet' | 'window_passed'; message: Text };

const UNDECIDED_DONE = new Set(['decided', 'withdrawn']);

/**
 * Whether the requester may object now (Pasal 36 ayat 1: within 30 working days of the ground):
 * from the written notice's delivery (or its signature), from the closing of the request, or, when
 * no notice came, from the end of the missed answer deadline. Before any of these there is nothing
 * to object to yet; one objection at a time.
 */
export function objectionFiling(clock: WorkingClock, r: RequestForObjection, now: Date, answerDueAt: Date): FilingVerdict {
  if (r.objectionStates.some((s) => !UNDECIDED_DONE.has(s))) {
    return {
      ok: false,
      reason: 'undecided_objection',
      message: t('Permohonan ini masih memiliki keberatan yang belum diputus', 'This request already has an objection that has not been decided'),
    };
  }
  const ground = r.deliveredAt ?? r.signedAt ?? r.closedAt ?? (now.getTime() > answerDueAt.getTime() ? answerDueAt : null);
  if (!ground) {
    return {
      ok: false,
      reason: 'not_yet',
      message: t(
        'Keberatan dapat diajukan setelah pemberitahuan tertulis diterima atau batas waktu jawaban terlewati',
        'An objection can be filed once the written notice is received or the answer deadline has passed',
      ),
    };
  }
  const window = deadline(clock, ground, OBJECTION_FILING_WORKING_DAYS);
  if (now.getTime() > window.dueAt.getTime()) {
    return {
      ok: false,
      reason: 'window_passed',
      message: t(
        `Batas waktu pengajuan keberatan (30 hari kerja) telah lewat pada ${window.dueOn}`,
        `The time to file an objection (30 working days) ended on ${window.dueOn}`,
      ),
    };
  }
  return { ok: true, window };
}

/** The problems as Strapi's ValidationError details, in one language. */
export const problemDetails = (problems: IntakeProblem[], lang: 'id' | 'en') => ({
  errors: problems.map((p) => ({ path: p.path, message: p.message[lang], name: 'ValidationError' })),
});
