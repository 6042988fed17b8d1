/**
 * The request desk's rules (issue 14), pure: a request's clock as the desk shows it (working days
 * left, overdue, due soon), the desk's views as filters, the written notice's completeness rule, and
 * the extension's problems in words. No Strapi, no I/O; the calendar is the working-time clock.
 */
import { DateTime } from 'luxon';
import { DUE_SOON_WORKING_DAYS, REQUEST_OPEN_STATES, type NoticeOutcome, type RequestDeskView, type RequestExclusionOption, type RequestLetter, type RequestState } from '../../../shared/requests';
import { exclusionStatus } from '../dip/exclusion-status';
import type { WorkingClock } from '../workflow/clock';
import { addWorkingDays, answerDeadline, extensionProblems, workingDaysBetween, type ExtensionProblem } from './deadlines';

export type Text = { id: string; en: string };

/** What the desk reads of a request to put it on its clock. */
export interface ClockFacts {
  receivedAt: Date;
  extensionDays: number | null | undefined;
  state: RequestState;
  /** The PPID's signature of the notice: the answer's time. */
  signedAt: Date | null | undefined;
}

export interface DeskClock {
  receivedOn: string;
  dueOn: string;
  dueAt: Date;
  extended: boolean;
  /** Working days left to the deadline (0 on its last day, negative when overdue); null once answered or closed. */
  workingDaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  answered: boolean;
  /** Whether the answer was (or, while open, still can be) on time; null while open. */
  onTime: boolean | null;
  /** Waiting for the requester to complete it (awaitingRequester): never due soon or overdue meanwhile. */
  onHold: boolean;
}

const localDay = (clock: WorkingClock, at: Date) => DateTime.fromJSDate(at, { zone: clock.settings.timezone }).toISODate() as string;

/**
 * The one rule on a request's legal clock while it waits for the requester: a request asked to
 * complete itself (state `incomplete`) is on hold, neither due soon nor overdue, and its miss is not
 * recorded (the checker and the desk read this; the completeness window and its close are the
 * checker's own rule). The clock itself is not restarted by the completion: the 10 working days run
 * from `receivedAt`, the registration the receipt was given for, which is the date the receipt letter,
 * the extension, the on-time record, the registers and the report all count from.
 */
export const awaitingRequester = (state: RequestState): boolean => state === 'incomplete';

/** A request on its clock at `now`. */
export function deskClock(clock: WorkingClock, r: ClockFacts, now: Date): DeskClock {
  const extensionDays = r.extensionDays ?? 0;
  const d = answerDeadline(clock, r.receivedAt, extensionDays);
  const answered = !!r.signedAt || r.state === 'delivering' || r.state === 'delivered';
  const finished = answered || r.state === 'closed';
  let workingDaysLeft: number | null = null;
  if (!finished) {
    const today = localDay(clock, now);
    workingDaysLeft = today <= d.dueOn ? workingDaysBetween(clock, today, d.dueOn) : -workingDaysBetween(clock, d.dueOn, today);
  }
  const held = awaitingRequester(r.state);
  const overdue = !finished && !held && now.getTime() > d.dueAt.getTime();
  const onTime = r.signedAt ? r.signedAt.getTime() <= d.dueAt.getTime() : null;
  return {
    receivedOn: d.receivedOn,
    dueOn: d.dueOn,
    dueAt: d.dueAt,
    extended: extensionDays > 0,
    workingDaysLeft,
    overdue,
    dueSoon: !finished && !held && !overdue && workingDaysLeft !== null && workingDaysLeft <= DUE_SOON_WORKING_DAYS,
    answered,
    onTime,
    onHold: held && !finished,
  };
}

/** States in which a request's answer is still to come (not yet signed, delivered or closed). */
export const UNANSWERED_STATES: readonly RequestState[] = REQUEST_OPEN_STATES.filter((s) => s !== 'delivering');

/**
 * The day up to which a deadline is "due soon" at `now`: the DUE_SOON_WORKING_DAYS-th working day
 * after today (local). A request still on its clock whose last day is on or before it is due soon.
 */
export const dueSoonBy = (clock: WorkingClock, now: Date): string => addWorkingDays(clock, localDay(clock, now), DUE_SOON_WORKING_DAYS);

/**
 * A desk view as a filter over the stored request (the query engine's where syntax), so that the
 * list and its counts are counted by the database: the same sorting as `deskClock` gives one request
 * (answered once signed or delivering; overdue after the stored deadline's end; due soon when its
 * last day is within DUE_SOON_WORKING_DAYS working days).
 */
export function viewWhere(view: RequestDeskView, at: { now: Date; dueSoonBy: string }): Record<string, unknown> {
  const onClock = { state: { $in: [...UNANSWERED_STATES] }, signedAt: { $null: true } };
  // A request waiting for the requester is on hold (awaitingRequester): open, but never due soon or overdue.
  const running = { state: { $in: UNANSWERED_STATES.filter((s) => !awaitingRequester(s)) }, signedAt: { $null: true } };
  switch (view) {
    case 'open':
      return onClock;
    case 'due_soon':
      return { ...running, dueAt: { $gte: at.now }, dueOn: { $lte: at.dueSoonBy } };
    case 'overdue':
      return { ...running, dueAt: { $lt: at.now } };
    case 'incomplete':
      return { state: 'incomplete' };
    case 'answered':
      return { $or: [{ signedAt: { $notNull: true } }, { state: { $in: ['delivering', 'delivered'] } }] };
    case 'all':
      return {};
  }
}

/** A unit as the disposition may name it: the organisation's row with its parent. */
export interface UnitChoiceRow {
  id: number;
  code: string;
  name: string;
  active?: boolean | null;
  parentId: number | null;
}

/** The units of the agency a request was filed with (its PPID unit's agency, the unit itself included), active or not. */
function agencyUnits(units: UnitChoiceRow[], requestUnitId: number | null | undefined): UnitChoiceRow[] {
  if (!requestUnitId) return [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const rootOf = (id: number) => {
    const seen = new Set<number>();
    let u = byId.get(id);
    while (u && u.parentId !== null && byId.has(u.parentId) && !seen.has(u.id)) {
      seen.add(u.id);
      u = byId.get(u.parentId);
    }
    return u?.id ?? null;
  };
  const agency = rootOf(requestUnitId);
  return agency === null ? [] : units.filter((u) => rootOf(u.id) === agency);
}

/**
 * The units a request may be sent to (disposisi): the active units of the agency the request was
 * filed with (its PPID unit's agency, the unit itself included), in the organisation's order by code.
 */
export function dispositionUnits(units: UnitChoiceRow[], requestUnitId: number | null | undefined): { id: number; code: string; name: string }[] {
  return agencyUnits(units, requestUnitId)
    .filter((u) => u.active !== false)
    .map((u) => ({ id: u.id, code: u.code, name: u.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** An enacted (published) exclusion as the refusal's picker reads it; days are local 'YYYY-MM-DD'. */
export interface ExclusionChoiceRow {
  id: number;
  documentId: string;
  title: string;
  article17Letter: string;
  decreeNumber: string | null;
  unitId: number | null;
  exclusionEndsOn: string | null;
  reopenedOn: string | null;
}

/**
 * The entries a refusal may cite on `today`: the agency's list of excluded information in force,
 * i.e. the enacted exclusions (the caller passes published rows only) held by a unit of the agency
 * the request was filed with, neither re-opened nor past the last day of their exclusion period
 * (dip/exclusion-status.ts; one that is ending soon still counts); by Pasal 17 letter, then title.
 */
export function citableExclusions(rows: ExclusionChoiceRow[], units: UnitChoiceRow[], requestUnitId: number | null | undefined, today: string): (RequestExclusionOption & { id: number })[] {
  const agency = new Set(agencyUnits(units, requestUnitId).map((u) => u.id));
  return rows
    .filter((r) => r.unitId !== null && agency.has(r.unitId))
    .filter((r) => {
      const status = exclusionStatus({ exclusionEndsOn: r.exclusionEndsOn, reopenedOn: r.reopenedOn }, today, 0);
      return status !== 'ended' && status !== 'reopened';
    })
    .map((r) => ({ id: r.id, documentId: r.documentId, title: r.title, article17Letter: r.article17Letter, decreeNumber: r.decreeNumber ?? null }))
    .sort((a, b) => a.article17Letter.localeCompare(b.article17Letter) || a.title.localeCompare(b.title, 'id'));
}

/** The written notice as the desk prepared it. */
export interface NoticeDraft {
  outcome: NoticeOutcome | null | undefined;
  noticeBody?: string | null;
  refusalArticle?: string | null;
  /** The excluded information cited (its consequence test), with its Pasal 17 letter. */
  exclusion?: { article17Letter?: string | null } | null;
  referralBody?: string | null;
}

export type NoticeProblem = 'outcome_missing' | 'refusal_article_missing' | 'exclusion_missing' | 'exclusion_letter_mismatch' | 'referral_missing' | 'withheld_missing';

export const NOTICE_PROBLEMS: Record<NoticeProblem, { path: string; text: Text }> = {
  outcome_missing: { path: 'outcome', text: { id: 'Pilih keputusan pemberitahuan tertulis.', en: "Choose the written notice's outcome." } },
  refusal_article_missing: {
    path: 'refusalArticle',
    text: { id: 'Penolakan harus menyebut huruf Pasal 17 UU 14/2008 yang menjadi dasarnya.', en: 'A refusal must cite the letter of UU 14/2008 Pasal 17 it rests on.' },
  },
  exclusion_missing: {
    path: 'exclusionDocumentId',
    text: { id: 'Penolakan harus merujuk informasi dikecualikan yang telah diuji konsekuensi.', en: 'A refusal must cite an excluded information entry with its consequence test.' },
  },
  exclusion_letter_mismatch: {
    path: 'refusalArticle',
    text: { id: 'Huruf Pasal 17 penolakan tidak sama dengan huruf pada uji konsekuensi informasi dikecualikan yang dirujuk.', en: "The refusal's Pasal 17 letter differs from the letter of the cited excluded information's consequence test." },
  },
  referral_missing: {
    path: 'referralBody',
    text: { id: 'Sebutkan badan publik lain yang menguasai informasi (rujukan).', en: 'Name the other public body holding the information (the referral).' },
  },
  withheld_missing: {
    path: 'noticeBody',
    text: { id: 'Pemberitahuan untuk informasi yang diberikan sebagian harus menyebut bagian yang dikecualikan.', en: 'A notice granting part of the information must say what is withheld.' },
  },
};

const blank = (s: string | null | undefined) => !String(s ?? '').trim();

/** What the notice still lacks before it can go to the PPID's signature; empty when complete. */
export function noticeProblems(n: NoticeDraft): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  if (!n.outcome) return ['outcome_missing'];
  if (n.outcome === 'refused') {
    if (blank(n.refusalArticle)) problems.push('refusal_article_missing');
    if (!n.exclusion) problems.push('exclusion_missing');
    else if (n.exclusion.article17Letter && n.refusalArticle && n.exclusion.article17Letter !== n.refusalArticle) problems.push('exclusion_letter_mismatch');
  }
  if (n.outcome === 'held_elsewhere' && blank(n.referralBody)) problems.push('referral_missing');
  if (n.outcome === 'granted_part' && blank(n.noticeBody)) problems.push('withheld_missing');
  return problems;
}

export const EXTENSION_PROBLEMS: Record<ExtensionProblem, { path: string; text: Text }> = {
  already_extended: { path: 'days', text: { id: 'Jangka waktu permohonan ini sudah pernah diperpanjang: perpanjangan hanya sekali.', en: "This request's deadline was already extended: it can be extended once only." } },
  not_whole_days: { path: 'days', text: { id: 'Perpanjangan dihitung dalam hari kerja (bilangan bulat, paling sedikit 1).', en: 'An extension is a whole number of working days (at least 1).' } },
  too_long: { path: 'days', text: { id: 'Perpanjangan paling lama 7 hari kerja (UU 14/2008 Pasal 22 ayat 8).', en: 'An extension is at most 7 working days (UU 14/2008 Pasal 22 (8)).' } },
  reason_missing: { path: 'reason', text: { id: 'Perpanjangan harus disertai alasan tertulis.', en: 'An extension needs a written reason.' } },
  deadline_passed: { path: 'days', text: { id: 'Batas waktu 10 hari kerja sudah lewat: perpanjangan harus diberikan sebelumnya.', en: 'The 10 working-day deadline has passed: an extension must be given before it.' } },
};

/** The extension's problems (deadlines.ts), each with where it is and what it says. */
export function extensionCheck(
  clock: WorkingClock,
  request: { receivedAt: Date; extensionDays: number | null | undefined },
  ask: { days: number; reason: string | null | undefined },
  now: Date,
): { problem: ExtensionProblem; path: string; text: Text }[] {
  return extensionProblems(clock, request, ask, now).map((problem) => ({ problem, ...EXTENSION_PROBLEMS[problem] }));
}

/**
 * Which of a request's letters exist now: the receipt always; the notice of what is missing while
 * the request waits for (or was closed without) it; the extension notice once extended; the written
 * notice once signed, and the refusal decision when that notice refuses.
 */
export function lettersOf(r: {
  state: RequestState;
  missingItems?: string | null;
  extensionDays?: number | null;
  signedAt?: Date | string | null;
  outcome?: NoticeOutcome | null;
}): Record<RequestLetter, boolean> {
  return {
    receipt: true,
    incomplete: !blank(r.missingItems) && (r.state === 'incomplete' || r.state === 'closed'),
    extension: (r.extensionDays ?? 0) > 0,
    notice: !!r.signedAt,
    refusal: !!r.signedAt && r.outcome === 'refused',
  };
}
