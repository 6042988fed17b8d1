/**
 * The checker's rules for the information service (UU 14/2008 Pasal 22, 35-36; Perki 1/2021):
 * - the request's clock is the desk's (requests/desk.ts `deskClock`): a request waiting for the
 *   requester to complete it is on hold, neither due soon nor overdue, and its miss is not recorded;
 * - `request-due-soon`: an open request with DUE_SOON_WORKING_DAYS working days or fewer left →
 *   a reminder to the people serving it (PPID Pelaksana, PPID Utama);
 * - `request-overdue`: an open request past its deadline → a critical alert to the Atasan PPID (the
 *   head) and the PPID Utama, and the miss is recorded on the request (`lateRecordedAt`,
 *   `answeredOnTime = false`). A missed deadline is recorded, never turned into a refusal or a close;
 * - the completeness window passed (`completeBy` before today while the request waits for the
 *   requester) → the request is closed through the workflow's cancel transition, with a reason;
 * - `objection-overdue`: an objection not decided within its 30 working days → alert (head, PPID Utama);
 * - identity data past its retention period (days after the request and its objections finished) →
 *   erased, the register row kept.
 *
 * Pure: the caller reads the rows and passes the clock and `now`; the answer is what to do.
 */
import { REQUEST_OPEN_STATES, type RequestState } from '../../../shared/requests';
import type { Finding } from '../compliance/rules';
import type { WorkingClock } from '../workflow/clock';
import { deadline, OBJECTION_ANSWER_WORKING_DAYS } from './deadlines';
import { deskClock } from './desk';
import { DateTime } from 'luxon';

export const REQUEST_RULES = ['request-due-soon', 'request-overdue', 'objection-overdue'] as const;
export type RequestRuleName = (typeof REQUEST_RULES)[number];

/** A finding of these rules (the compliance alert's shape; its rule is one of REQUEST_RULES). */
export type RequestFinding = Omit<Finding, 'rule'> & { rule: RequestRuleName };

export interface OpenRequest {
  documentId: string;
  registrationNumber: string;
  unitId: number | null;
  state: RequestState;
  receivedAt: Date;
  extensionDays: number;
  /** Local 'YYYY-MM-DD': the last day to complete an incomplete request. */
  completeBy: string | null;
  lateRecordedAt: Date | null;
  /** The PPID's signature of the notice (the answer), when given. */
  signedAt?: Date | null;
}

export interface OpenObjection {
  documentId: string;
  registrationNumber: string;
  unitId: number | null;
  filedAt: Date;
}

export interface FinishedRequest {
  documentId: string;
  /** When the request (delivery or close) and every objection on it finished; null while one is open. */
  finishedAt: Date | null;
}

export interface RequestCheckResult {
  findings: RequestFinding[];
  /** Overdue requests whose miss is not recorded yet. */
  recordLate: string[];
  /** Incomplete requests whose window has passed: to close (cancel transition) with `closeReason`. */
  close: Array<{ documentId: string; reason: string }>;
  /** Finished requests whose identity data is to be erased. */
  erase: string[];
}

const localDay = (clock: WorkingClock, at: Date) => DateTime.fromJSDate(at, { zone: clock.settings.timezone }).toISODate() as string;

/** The reason logged on a request closed because it was never completed (both languages in one line, as the log keeps one). */
export const closeReason = (completeBy: string) =>
  `Permohonan tidak dilengkapi sampai batas waktu ${completeBy}; ditutup dengan pemberitahuan kekurangan kelengkapan. / Not completed by ${completeBy}; closed with the incomplete notice.`;

export function requestChecks(
  clock: WorkingClock,
  now: Date,
  rows: { requests: OpenRequest[]; objections: OpenObjection[]; finished: FinishedRequest[] },
  opts: { retentionDays: number }
): RequestCheckResult {
  const today = localDay(clock, now);
  const out: RequestCheckResult = { findings: [], recordLate: [], close: [], erase: [] };
  for (const r of rows.requests) {
    if (!REQUEST_OPEN_STATES.includes(r.state)) continue;
    if (r.state === 'incomplete' && r.completeBy && r.completeBy < today) {
      out.close.push({ documentId: r.documentId, reason: closeReason(r.completeBy) });
      continue;
    }
    // The desk's clock (requests/desk.ts): answered requests and those waiting for the requester are never due.
    const k = deskClock(clock, { receivedAt: r.receivedAt, extensionDays: r.extensionDays, state: r.state, signedAt: r.signedAt ?? null }, now);
    if (k.answered || k.onHold) continue;
    const due = { dueOn: k.dueOn, dueAt: k.dueAt };
    const base = { subjectType: 'item' as const, subjectKey: `info-request:${r.documentId}`, unitId: r.unitId, scope: 'unit' as const };
    const details = { type: 'info-request', documentId: r.documentId, registrationNumber: r.registrationNumber, dueOn: due.dueOn, dueAt: due.dueAt.toISOString() };
    if (k.overdue) {
      if (!r.lateRecordedAt) out.recordLate.push(r.documentId);
      out.findings.push({
        ...base,
        rule: 'request-overdue',
        severity: 'critical',
        title: {
          id: `Permohonan informasi ${r.registrationNumber} melewati batas waktu (${due.dueOn}) tanpa pemberitahuan tertulis`,
          en: `Information request ${r.registrationNumber} passed its deadline (${due.dueOn}) without a written notice`,
        },
        details: { ...details, escalated: true },
        recipients: ['kepala', 'ppid_utama'],
      });
      continue;
    }
    const left = k.workingDaysLeft ?? 0;
    if (k.dueSoon) {
      out.findings.push({
        ...base,
        rule: 'request-due-soon',
        severity: 'warning',
        title: {
          id: `Permohonan informasi ${r.registrationNumber} jatuh tempo ${due.dueOn} (${left} hari kerja lagi)`,
          en: `Information request ${r.registrationNumber} is due on ${due.dueOn} (${left} working days left)`,
        },
        details: { ...details, workingDaysLeft: left },
        recipients: ['ppid_pelaksana', 'ppid_utama'],
      });
    }
  }
  for (const o of rows.objections) {
    const due = deadline(clock, o.filedAt, OBJECTION_ANSWER_WORKING_DAYS);
    if (now.getTime() <= due.dueAt.getTime()) continue;
    out.findings.push({
      rule: 'objection-overdue',
      subjectType: 'item',
      subjectKey: `objection:${o.documentId}`,
      unitId: o.unitId,
      scope: 'unit',
      severity: 'critical',
      title: {
        id: `Keberatan ${o.registrationNumber} belum diputus Atasan PPID melewati batas waktu (${due.dueOn})`,
        en: `Objection ${o.registrationNumber} was not decided by the Atasan PPID by its deadline (${due.dueOn})`,
      },
      details: { type: 'objection', documentId: o.documentId, registrationNumber: o.registrationNumber, dueOn: due.dueOn, dueAt: due.dueAt.toISOString() },
      recipients: ['kepala', 'ppid_utama'],
    });
  }
  const horizon = DateTime.fromJSDate(now).minus({ days: opts.retentionDays }).toJSDate();
  for (const f of rows.finished) if (f.finishedAt && f.finishedAt.getTime() < horizon.getTime()) out.erase.push(f.documentId);
  return out;
}

/** When a request and its objections finished: the latest of their ends; null while any is open. */
export function finishedAt(request: { state: string; deliveredAt?: Date | null; closedAt?: Date | null; signedAt?: Date | null }, objections: Array<{ state: string; deliveredAt?: Date | null; decidedAt?: Date | null; updatedAt?: Date | null }>): Date | null {
  if (request.state !== 'delivered' && request.state !== 'closed') return null;
  const ends: Date[] = [];
  const end = request.deliveredAt ?? request.closedAt ?? request.signedAt ?? null;
  if (!end) return null;
  ends.push(end);
  for (const o of objections) {
    if (o.state !== 'decided' && o.state !== 'withdrawn') return null;
    const e = o.deliveredAt ?? o.decidedAt ?? o.updatedAt ?? null;
    if (e) ends.push(e);
  }
  return new Date(Math.max(...ends.map((d) => d.getTime())));
}
