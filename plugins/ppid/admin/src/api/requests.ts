/**
 * The request desk's admin routes (issue 14) as the pages call them, and the pure checks of its forms.
 * The shapes are the shared contract (shared/requests.ts); the server validates again and its 400
 * names the field (`error.details.errors[].path`), which the forms show under that field.
 */
import { adminUrl } from '../../../shared/routes';
import {
  REQUEST_LIMITS,
  type NoticeInput,
  type ObjectionRegistrationInput,
  type RequestDeskView,
  type RequestRegistrationInput,
  type ExtensionInput,
  type ObjectionState,
} from '../../../shared/requests';
import { validationProblems } from '../utils/errors';

export const PAGE_SIZE = 20;

export const requestsApi = {
  desk: (view: RequestDeskView, q: string, page: number) =>
    adminUrl('requests', {}, { view, page, pageSize: PAGE_SIZE, ...(q.trim() ? { q: q.trim() } : {}) }),
  register: () => adminUrl('registerRequest'),
  request: (documentId: string) => adminUrl('request', { documentId }),
  missingItems: (documentId: string) => adminUrl('requestMissingItems', { documentId }),
  disposition: (documentId: string) => adminUrl('requestDisposition', { documentId }),
  notice: (documentId: string) => adminUrl('requestNotice', { documentId }),
  extension: (documentId: string) => adminUrl('requestExtension', { documentId }),
  letter: (documentId: string, letter: string) => adminUrl('requestLetter', { documentId, letter }),
  /** The requester's identity document (private store): fetched with the admin's token, saved as a file. */
  identityDocument: (documentId: string) => adminUrl('requestIdentityDocument', { documentId }),
  registerObjection: (documentId: string) => adminUrl('registerObjection', { documentId }),
  objections: (state: ObjectionState | null, page: number, q = '') =>
    adminUrl('objections', {}, { page, pageSize: PAGE_SIZE, ...(state ? { state } : {}), ...(q.trim() ? { q: q.trim() } : {}) }),
  objection: (documentId: string) => adminUrl('objection', { documentId }),
  objectionResponse: (documentId: string) => adminUrl('objectionResponse', { documentId }),
  objectionDecision: (documentId: string) => adminUrl('objectionDecision', { documentId }),
  objectionDispute: (documentId: string) => adminUrl('objectionDispute', { documentId }),
  objectionLetter: (documentId: string, letter: string) => adminUrl('objectionLetter', { documentId, letter }),
  requestRegister: (format: string, year: number) => adminUrl('requestRegister', { format }, { year }),
  objectionRegister: (format: string, year: number) => adminUrl('objectionRegister', { format }, { year }),
  organisation: () => adminUrl('organisation'),
  report: (year: number) => adminUrl('serviceReport', { year }),
  reportFile: (year: number, format: string) => adminUrl('serviceReportFile', { year, format }),
  /** The issued reports (shared/service-reports.ts): the history, and issuing a year. */
  issuedReports: () => adminUrl('issuedServiceReports'),
  issueReport: (year: number) => adminUrl('issueServiceReport', { year }),
};

/** A form's problems by field name: a message key of the admin's translations and its values. */
export type Problem = { key: string; values?: Record<string, number> };
export type Problems<K extends string = string> = Partial<Record<K, Problem>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,28}$/;
const required = (value: string | undefined) => !value || !value.trim();
const tooLong = (value: string | undefined, max: number) => !!value && value.length > max;

/** The desk registration form's client-side checks (the server's REQUEST_LIMITS and required fields). */
export function validateRegistration(input: RequestRegistrationInput): Problems<keyof RequestRegistrationInput> {
  const p: Problems<keyof RequestRegistrationInput> = {};
  const need = { key: 'requests.form.required' };
  if (required(input.requesterName)) p.requesterName = need;
  else if (tooLong(input.requesterName, REQUEST_LIMITS.nameMax)) p.requesterName = { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.nameMax } };
  if (input.requesterKind !== 'person' && required(input.onBehalfOf)) p.onBehalfOf = need;
  else if (tooLong(input.onBehalfOf, REQUEST_LIMITS.nameMax)) p.onBehalfOf = { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.nameMax } };
  if (required(input.identityNumber)) p.identityNumber = need;
  else if (tooLong(input.identityNumber, 40)) p.identityNumber = { key: 'requests.form.tooLong', values: { max: 40 } };
  else if (input.identityKind === 'ktp' && !/^\d{16}$/.test(input.identityNumber.trim())) p.identityNumber = { key: 'requests.form.nik' };
  if (required(input.address)) p.address = need;
  else if (tooLong(input.address, 500)) p.address = { key: 'requests.form.tooLong', values: { max: 500 } };
  if (input.email && !EMAIL.test(input.email.trim())) p.email = { key: 'requests.form.emailInvalid' };
  if (input.deliveryMethod === 'email' && required(input.email)) p.email = { key: 'requests.form.emailForDelivery' };
  if (input.phone && !PHONE.test(input.phone.trim())) p.phone = { key: 'requests.form.phoneInvalid' };
  if (required(input.phone) && required(input.email)) p.phone = { key: 'requests.form.contactRequired' };
  if (required(input.informationRequested)) p.informationRequested = need;
  else if (tooLong(input.informationRequested, REQUEST_LIMITS.informationMax)) p.informationRequested = { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.informationMax } };
  if (required(input.purpose)) p.purpose = need;
  else if (tooLong(input.purpose, REQUEST_LIMITS.purposeMax)) p.purpose = { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.purposeMax } };
  return p;
}

/** The identity document's checks (REQUEST_LIMITS): its type and size; null when fine. */
export function identityFileProblem(file: { type: string; size: number } | null): Problem | null {
  if (!file) return null;
  if (!(REQUEST_LIMITS.identityFileTypes as readonly string[]).includes(file.type)) return { key: 'requests.form.fileType' };
  if (file.size > REQUEST_LIMITS.identityFileMaxBytes) return { key: 'requests.form.fileSize', values: { max: REQUEST_LIMITS.identityFileMaxBytes / (1024 * 1024) } };
  return null;
}

/**
 * What POST /ppid/requests is sent: the JSON body, or with an identity document a multipart body
 * (`data` as JSON, the file as `files.identityDocument`).
 */
export function registrationPayload(input: RequestRegistrationInput, file: Blob & { name?: string } | null): RequestRegistrationInput | FormData {
  const body = registrationBody(input);
  if (!file) return body;
  const form = new FormData();
  form.append('data', JSON.stringify(body));
  form.append('files.identityDocument', file, file.name ?? 'identitas');
  return form;
}

/** The body sent: trimmed, empty optional fields left out. */
export function registrationBody(input: RequestRegistrationInput): RequestRegistrationInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== '' && v !== undefined) out[key] = v;
  }
  if (input.requesterKind === 'person') delete out.onBehalfOf;
  return out as unknown as RequestRegistrationInput;
}

/**
 * The written notice's checks (the server's requests/desk.ts `noticeProblems`): a refusal names its
 * Pasal 17 letter and excluded-list entry, a referral the other body, a partial grant what is withheld.
 */
export function validateNotice(input: Partial<NoticeInput>): Problems<keyof NoticeInput> {
  const p: Problems<keyof NoticeInput> = {};
  const need = { key: 'requests.form.required' };
  if (!input.outcome) p.outcome = need;
  if (input.outcome === 'granted_part' && required(input.noticeBody)) p.noticeBody = { key: 'requests.notice.withheldRequired' };
  if (input.outcome === 'refused') {
    if (!input.refusalArticle) p.refusalArticle = { key: 'requests.notice.articleRequired' };
    if (!input.exclusionDocumentId) p.exclusionDocumentId = { key: 'requests.notice.exclusionRequired' };
  }
  if (input.outcome === 'held_elsewhere' && required(input.referralBody)) p.referralBody = need;
  if (input.fee !== undefined && (!Number.isInteger(input.fee) || input.fee < 0)) p.fee = { key: 'requests.notice.fee.invalid' };
  return p;
}

/** The extension's checks: 1-7 whole working days and a reason. */
export function validateExtension(input: { days: number; reason: string }): Problems<keyof ExtensionInput> {
  const p: Problems<keyof ExtensionInput> = {};
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 7) p.days = { key: 'requests.extension.daysRange' };
  if (required(input.reason)) p.reason = { key: 'requests.form.required' };
  else if (tooLong(input.reason, REQUEST_LIMITS.reasonMax)) p.reason = { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.reasonMax } };
  return p;
}

/** The objection's checks: at least one Pasal 35 ground, and the reasons. */
export function validateObjection(input: ObjectionRegistrationInput): Problems<keyof ObjectionRegistrationInput> {
  const p: Problems<keyof ObjectionRegistrationInput> = {};
  if (input.grounds.length === 0) p.grounds = { key: 'objections.form.groundsRequired' };
  if (required(input.reasons)) p.reasons = { key: 'requests.form.required' };
  else if (tooLong(input.reasons, REQUEST_LIMITS.reasonMax)) p.reasons = { key: 'requests.form.tooLong', values: { max: REQUEST_LIMITS.reasonMax } };
  return p;
}

/** The server's 400 as messages by field (its first path segment); the rest under `_form`. */
export function serverProblems(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const problem of validationProblems(error)) {
    const field = typeof problem.path[0] === 'string' ? problem.path[0] : '_form';
    out[field] = out[field] ? `${out[field]} ${problem.message}` : problem.message;
  }
  return out;
}
