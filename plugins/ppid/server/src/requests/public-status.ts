/**
 * What the public tracking page shows for a registration number (shared PublicRequestStatus):
 * status and dates, never the requester's name, contact, identity or the information asked for.
 * Pure: built from an explicit list of fields, so nothing else of the stored row can slip through.
 */
import { DateTime } from 'luxon';
import type { NoticeOutcome, ObjectionState, PublicRequestStatus, RequestState } from '../../../shared/requests';

type Text = { id: string; en: string };

export const REQUEST_STATE_LABELS: Record<RequestState, Text> = {
  registered: { id: 'Terdaftar', en: 'Registered' },
  checking: { id: 'Diperiksa kelengkapannya', en: 'Being checked for completeness' },
  incomplete: { id: 'Menunggu kelengkapan dari pemohon', en: 'Waiting for the requester to complete it' },
  assigned: { id: 'Diproses unit pengelola informasi', en: 'With the unit holding the information' },
  signing: { id: 'Pemberitahuan tertulis sedang ditandatangani', en: 'The written notice is being signed' },
  delivering: { id: 'Pemberitahuan tertulis sedang disampaikan', en: 'The written notice is being delivered' },
  delivered: { id: 'Selesai: pemberitahuan tertulis telah disampaikan', en: 'Done: the written notice was delivered' },
  closed: { id: 'Ditutup karena tidak dilengkapi', en: 'Closed: never completed' },
};

export const OBJECTION_STATE_LABELS: Record<ObjectionState, Text> = {
  registered: { id: 'Keberatan terdaftar', en: 'Objection registered' },
  examining: { id: 'Keberatan ditanggapi PPID', en: 'The PPID is responding to the objection' },
  deciding: { id: 'Diputus oleh Atasan PPID', en: 'Before the Atasan PPID for a decision' },
  delivering: { id: 'Keputusan sedang disampaikan', en: 'The decision is being delivered' },
  decided: { id: 'Keberatan telah diputus', en: 'The objection was decided' },
  withdrawn: { id: 'Keberatan dicabut', en: 'The objection was withdrawn' },
};

type Row = Record<string, any>;

/** A stored time as the agency's local date (YYYY-MM-DD), or null. */
export const localDay = (at: Date | string | null | undefined, timezone: string): string | null =>
  at ? (DateTime.fromJSDate(new Date(at), { zone: timezone }).toISODate() as string) : null;

const day = (d: unknown): string => String(d ?? '').slice(0, 10);

function objectionsOf(rows: Row[], timezone: string): PublicRequestStatus['objections'] {
  return [...rows]
    .sort((a, b) => String(a.registrationNumber).localeCompare(String(b.registrationNumber)))
    .map((o) => ({
      registrationNumber: String(o.registrationNumber),
      state: o.state as ObjectionState,
      filedOn: localDay(o.filedAt, timezone) as string,
      dueOn: day(o.dueOn),
      decidedOn: localDay(o.decidedAt, timezone),
    }));
}

/** A request's public status. `canObject`: whether the tracking page may offer to file an objection now. */
export function requestStatus(row: Row, objections: Row[], canObject: boolean, timezone: string): PublicRequestStatus {
  const state = row.state as RequestState;
  return {
    registrationNumber: String(row.registrationNumber),
    kind: 'request',
    state,
    stateLabel: REQUEST_STATE_LABELS[state] ?? { id: state, en: state },
    receivedOn: localDay(row.receivedAt, timezone) as string,
    dueOn: day(row.dueOn),
    extended: (row.extensionDays ?? 0) > 0,
    answeredOn: localDay(row.signedAt, timezone),
    // The outcome is the requester's to know once the notice reached them.
    outcome: state === 'delivered' ? ((row.outcome as NoticeOutcome | null) ?? null) : null,
    canObject,
    objections: objectionsOf(objections, timezone),
  };
}

/** An objection's public status (its own number: KEB-...). */
export function objectionStatus(row: Row, timezone: string): PublicRequestStatus {
  const state = row.state as ObjectionState;
  return {
    registrationNumber: String(row.registrationNumber),
    kind: 'objection',
    state,
    stateLabel: OBJECTION_STATE_LABELS[state] ?? { id: state, en: state },
    receivedOn: localDay(row.filedAt, timezone) as string,
    dueOn: day(row.dueOn),
    extended: false,
    answeredOn: localDay(row.decidedAt, timezone),
    outcome: null,
    canObject: false,
    objections: [],
  };
}
