/**
 * Web SOP B: the minutes and forms as archived records. Pure rules over rows as read: when a
 * record is frozen (a signed form, minutes reported to the head), the step that reports minutes,
 * and who may read a record's printout. The signature rule itself is forms.ts `nextSignature`.
 */
import type { Position } from '../domain/constants';
import { FORM_SIGNERS, isFrozen, SIGNER_POSITION, type FormKind, type Signature, type Text, type Verdict } from './forms';

/** The records of this module, by content type name. */
export type RecordType = 'meeting-minute' | 'update-request' | 'approval-form';
export const RECORD_TYPES: readonly RecordType[] = ['meeting-minute', 'update-request', 'approval-form'];

/** The admin route segment of each form kind (`/ppid/forms/:kind/...`). */
export const FORM_ROUTE_KINDS = { 'update-requests': 'update_request', 'approval-forms': 'approval_form' } as const satisfies Record<string, FormKind>;
export type FormRouteKind = keyof typeof FORM_ROUTE_KINDS;
export const FORM_TYPE: Record<FormKind, RecordType> = { update_request: 'update-request', approval_form: 'approval-form' };

/** Backlog items in these states are closed: minutes cannot take them as follow-ups. */
export const CLOSED_BACKLOG_STATES: readonly string[] = ['done', 'rejected'];
export const isClosedBacklogState = (state: unknown) => CLOSED_BACKLOG_STATES.includes(String(state));

/** Who reports minutes to the head (SOP B2): the Koordinator (Kepala Bidang) or the Sub Koordinator. */
export const REPORT_POSITIONS: readonly Position[] = ['kabid', 'sub_koordinator'];

/** The signatures stored on a form row, whatever the column holds (null, a list, garbage). */
export function signaturesOf(value: unknown): Signature[] {
  if (!Array.isArray(value)) return [];
  return value.filter((s): s is Signature => !!s && typeof s === 'object' && typeof s.role === 'string' && Number.isInteger(s.userId) && typeof s.at === 'string');
}

/**
 * Why the record can no longer change on any path, or null. A form with a signature is frozen
 * (forms.ts `isFrozen`); minutes are frozen once reported to the head.
 */
export function frozenReason(type: RecordType, row: Record<string, unknown> | null | undefined): Text | null {
  if (!row) return null;
  if (type === 'meeting-minute') {
    return row.reportedToHeadAt
      ? { id: 'Notulen ini sudah dilaporkan kepada pimpinan dan tidak dapat diubah atau dihapus.', en: 'These minutes were reported to the head and cannot be changed or deleted.' }
      : null;
  }
  return isFrozen(signaturesOf(row.signatures))
    ? { id: 'Formulir ini sudah ditandatangani dan tidak dapat diubah atau dihapus.', en: 'This form is signed and cannot be changed or deleted.' }
    : null;
}

/**
 * Reporting minutes to the head: once, by a holder of the Koordinator or Sub Koordinator position
 * for the minutes' unit (`holds`). Returns who and when.
 */
export function reportMinutes(reported: { at: unknown } | null, userId: number, holds: boolean, now: Date): Verdict<{ userId: number; at: string }> {
  if (reported?.at) return { ok: false, status: 409, reason: { id: 'Notulen ini sudah dilaporkan kepada pimpinan.', en: 'These minutes were already reported to the head.' } };
  if (!holds)
    return {
      ok: false,
      status: 403,
      reason: { id: 'Hanya Koordinator (Kepala Bidang) atau Sub Koordinator yang dapat melaporkan notulen kepada pimpinan.', en: 'Only the Coordinator (head of division) or the Sub-coordinator may report minutes to the head.' },
    };
  return { ok: true, value: { userId, at: now.toISOString() } };
}

/** Minutes as a backlog item's write sees them: which, and whether reported to the head (frozen). */
export type LinkedMinutes = { documentId: string; reported: boolean };

/**
 * Linking minutes from the backlog item's side (its `minutes` relation) obeys the minutes' own
 * checks: a closed item (done, rejected) takes no follow-up minutes, and minutes reported to the
 * head are frozen, so they neither gain nor lose a follow-up. Null when the edit may go through.
 */
export function itemMinutesRefusal(itemState: unknown, added: readonly LinkedMinutes[], removed: readonly LinkedMinutes[]): Text | null {
  if (added.length && isClosedBacklogState(itemState)) {
    return { id: 'Item backlog ini sudah selesai; notulen tidak dapat dikaitkan lagi.', en: 'This backlog item is closed; minutes cannot be linked to it any more.' };
  }
  const frozen = [...added, ...removed].find((m) => m.reported);
  return frozen
    ? { id: `Notulen ${frozen.documentId} sudah dilaporkan kepada pimpinan; tindak lanjutnya tidak dapat diubah.`, en: `Minutes ${frozen.documentId} were reported to the head; their follow-ups cannot change.` }
    : null;
}

/** The positions that sign (forms) or report (minutes) a record: besides its unit's staff, they read it. */
export function signingPositions(type: RecordType): Position[] {
  if (type === 'meeting-minute') return [...REPORT_POSITIONS];
  const kind: FormKind = type === 'update-request' ? 'update_request' : 'approval_form';
  return FORM_SIGNERS[kind].map((role) => SIGNER_POSITION[role]);
}

/** May this person read the record's printout: a member of its unit, or a holder of its signing positions. */
export const mayRead = (who: { superAdmin: boolean; member: boolean; signer: boolean }) => who.superAdmin || who.member || who.signer;
