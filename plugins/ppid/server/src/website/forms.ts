/**
 * Web SOP B/A2: who signs which form, and what a valid set of meeting minutes is. Pure rules: the
 * caller passes the positions the person holds (from workflow-people, never a typed name) and the
 * records as read; each function returns either the change to make or a refusal with a reason in
 * Bahasa Indonesia and English, so the controller can answer 400/403 and change nothing.
 */
import type { Position } from '../domain/constants';

export type Text = { id: string; en: string };
/** A refusal may name the input field it is about (`field`), for the 400's path. */
export type Verdict<T> = { ok: true; value: T } | { ok: false; status: 400 | 403 | 409; reason: Text; field?: string };

export type FormKind = 'update_request' | 'approval_form';
/**
 * The Koordinator of the web SOP is the Kepala Bidang of the division the website belongs to
 * ("ditandatangani oleh koordinator (Kepala Bidang)"), modelled as the `kabid` position there.
 */
export type SignerRole = 'sub_koordinator' | 'web_developer' | 'koordinator';

/**
 * Signatures each form needs, in order:
 * - update request (Form daftar update konten, B3-B4): drawn up by the Sub Koordinator, received
 *   by the Web Developer who programs the fixes;
 * - approval form (Form Persetujuan, B5): the content the Sub Koordinator set, approved by the
 *   Koordinator before it goes online.
 */
export const FORM_SIGNERS: Record<FormKind, readonly SignerRole[]> = {
  update_request: ['sub_koordinator', 'web_developer'],
  approval_form: ['sub_koordinator', 'koordinator'],
};

export const SIGNER_POSITION: Record<SignerRole, Position> = {
  sub_koordinator: 'sub_koordinator',
  web_developer: 'web_developer',
  koordinator: 'kabid',
};

export interface Signature {
  role: SignerRole;
  userId: number;
  /** ISO instant. */
  at: string;
}

/**
 * The next signature on a form: the first role still unsigned, which the person must hold. A form
 * whose signatures are complete is closed; the same person cannot sign twice in two roles.
 * `holds(role)` says whether the person holds the role's position for the website (the Koordinator:
 * kabid of the website's division).
 */
export function nextSignature(kind: FormKind, signatures: readonly Signature[], userId: number, holds: (role: SignerRole) => boolean, now: Date): Verdict<Signature> {
  const needed = FORM_SIGNERS[kind];
  const done = new Set(signatures.map((s) => s.role));
  const role = needed.find((r) => !done.has(r));
  if (!role) return { ok: false, status: 409, reason: { id: 'Formulir ini sudah ditandatangani lengkap dan tidak dapat diubah.', en: 'This form is fully signed and cannot change.' } };
  if (signatures.some((s) => s.userId === userId))
    return { ok: false, status: 400, reason: { id: 'Anda sudah menandatangani formulir ini.', en: 'You have already signed this form.' } };
  if (!holds(role))
    return {
      ok: false,
      status: 403,
      reason: { id: `Tanda tangan berikutnya harus oleh ${ROLE_LABEL[role].id}.`, en: `The next signature must be by the ${ROLE_LABEL[role].en}.` },
    };
  return { ok: true, value: { role, userId, at: now.toISOString() } };
}

export const ROLE_LABEL: Record<SignerRole, Text> = {
  sub_koordinator: { id: 'Sub Koordinator', en: 'Sub-coordinator' },
  web_developer: { id: 'Web Developer', en: 'Web developer' },
  koordinator: { id: 'Koordinator (Kepala Bidang)', en: 'Coordinator (head of division)' },
};

/**
 * The form's who/when fields, derived from its signatures and written only with them (they are
 * COMPUTED_FIELDS: nobody types them): an update request is requested by its Sub Koordinator and
 * received by the Web Developer who signed its receipt ("received" once both signed); an approval
 * form is approved by the Koordinator who signed it ("approved" once both signed).
 */
export function signedFields(kind: FormKind, signatures: readonly Signature[]): Record<string, number | string | null> {
  const by = (role: SignerRole) => signatures.find((s) => s.role === role);
  const complete = FORM_SIGNERS[kind].every((r) => by(r));
  if (kind === 'update_request') {
    const developer = by('web_developer');
    return { requestedBy: by('sub_koordinator')?.userId ?? null, developer: developer?.userId ?? null, receivedAt: developer?.at ?? null, state: complete ? 'received' : 'submitted' };
  }
  const koordinator = by('koordinator');
  return { approvedBy: koordinator?.userId ?? null, decidedAt: koordinator?.at ?? null, state: complete ? 'approved' : 'pending' };
}

/**
 * A form carries every signature its kind needs (FORM_SIGNERS): an approval form signed by the Sub
 * Koordinator and the Koordinator is the "form persetujuan" under which the Operator enters content (B5).
 */
export const isFullySigned = (kind: FormKind, signatures: readonly Signature[] | null | undefined) =>
  Array.isArray(signatures) && FORM_SIGNERS[kind].every((role) => signatures.some((s) => s.role === role));

/** A form with at least one signature is frozen: its content can no longer change on any path. */
export const isFrozen = (signatures: readonly Signature[] | null | undefined) => Array.isArray(signatures) && signatures.length > 0;

export interface Attendee {
  name: string;
  position: string;
  userId?: number | null;
}

export interface MinutesInput {
  date: string;
  place: string;
  attendees: Attendee[];
  agenda: string;
  decisions: string;
  /** Backlog items the minutes follow up (documentIds). */
  followUps: string[];
}

/**
 * Checks minutes before they are stored: a date "YYYY-MM-DD", a place, at least one attendee with a
 * name and a position, an agenda, and follow-ups only to backlog items still open (`isClosed`).
 */
export function checkMinutes(input: MinutesInput, isClosed: (documentId: string) => boolean | undefined): Verdict<MinutesInput> {
  const bad = (field: keyof MinutesInput, id: string, en: string): Verdict<MinutesInput> => ({ ok: false, status: 400, reason: { id, en }, field });
  const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date ?? '')) return bad('date', 'Tanggal rapat wajib diisi (YYYY-MM-DD).', 'The meeting date is required (YYYY-MM-DD).');
  if (!filled(input.place)) return bad('place', 'Tempat rapat wajib diisi.', 'The meeting place is required.');
  if (!Array.isArray(input.attendees) || input.attendees.length === 0) return bad('attendees', 'Notulen harus mencantumkan peserta rapat.', 'The minutes must list the attendees.');
  const incomplete = input.attendees.findIndex((a) => !filled(a?.name) || !filled(a?.position));
  if (incomplete >= 0) return bad('attendees', `Peserta ke-${incomplete + 1}: nama dan jabatan wajib diisi.`, `Attendee ${incomplete + 1}: name and position are required.`);
  if (!filled(input.agenda)) return bad('agenda', 'Agenda rapat wajib diisi.', 'The agenda is required.');
  for (const d of input.followUps ?? []) {
    const closed = isClosed(d);
    if (closed === undefined) return bad('followUps', `Item backlog ${d} tidak ditemukan.`, `Backlog item ${d} was not found.`);
    if (closed) return bad('followUps', `Item backlog ${d} sudah selesai; tindak lanjut tidak dapat dikaitkan.`, `Backlog item ${d} is closed; a follow-up cannot be linked to it.`);
  }
  return { ok: true, value: { ...input, place: input.place.trim(), agenda: input.agenda.trim(), followUps: [...new Set(input.followUps ?? [])] } };
}

/**
 * The Web Developer's receipt (tanda terima) of a backlog item: only a holder of `web_developer`,
 * once. Returns who and when.
 */
export function receipt(existing: { userId: number; at: string } | null | undefined, userId: number, isWebDeveloper: boolean, now: Date): Verdict<{ userId: number; at: string }> {
  if (existing) return { ok: false, status: 400, reason: { id: 'Tanda terima sudah dicatat.', en: 'The receipt is already recorded.' } };
  if (!isWebDeveloper)
    return { ok: false, status: 403, reason: { id: 'Hanya Web Developer yang dapat menandatangani tanda terima.', en: 'Only the Web Developer can acknowledge receipt.' } };
  return { ok: true, value: { userId, at: now.toISOString() } };
}
