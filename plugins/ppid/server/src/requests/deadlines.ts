/**
 * Legal deadlines of the information service (UU 14/2008), counted in the agency's working days.
 *
 * Pure: no Strapi, no I/O; the calendar comes from the workflow's working-time clock (weekends,
 * Indonesian public holidays, the agency's cuti bersama), read in the agency's time zone.
 *
 * - A written notice answers a request within 10 working days of its receipt (Pasal 22 ayat 7).
 * - The PPID may extend that once, by at most 7 working days, with a written reason, given before
 *   the first deadline has passed (Pasal 22 ayat 8).
 * - A requester may object within 30 working days of finding the ground (Pasal 36 ayat 1); the
 *   Atasan PPID answers within 30 working days of receiving the objection (Pasal 36 ayat 2).
 * - A requester may take the objection decision to the Komisi Informasi within 14 working days of
 *   receiving it (Pasal 37 ayat 2).
 *
 * Counting: the day of receipt is day 0. A request received on a day that is not a working day, or
 * at or after the office's closing time, counts as received on the next working day. Deadline N is
 * the Nth working day after the day of receipt and lasts to the end of that day (23:59:59.999 local):
 * an answer given any time on the last day is on time.
 */
import { DateTime } from 'luxon';
import { addDays } from '../domain/time';
import type { WorkingClock } from '../workflow/clock';

export const ANSWER_WORKING_DAYS = 10;
export const EXTENSION_MAX_WORKING_DAYS = 7;
export const OBJECTION_FILING_WORKING_DAYS = 30;
export const OBJECTION_ANSWER_WORKING_DAYS = 30;
export const DISPUTE_FILING_WORKING_DAYS = 14;

/** The longest walk in calendar days (a deadline never needs more than a few months). */
const MAX_WALK_DAYS = 400;

const local = (clock: WorkingClock, at: Date) => DateTime.fromJSDate(at, { zone: clock.settings.timezone });

/** The calendar day after a local 'YYYY-MM-DD'. */
const nextDay = (day: string) => addDays(day, 1);

function assertDay(day: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !DateTime.fromISO(day, { zone: 'UTC' }).isValid) throw new Error(`Not a local date (YYYY-MM-DD): ${day}`);
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(clock: WorkingClock, day: string): string {
  assertDay(day);
  let d = day;
  for (let i = 0; i < MAX_WALK_DAYS; i++, d = nextDay(d)) if (clock.isWorkingDay(d)) return d;
  throw new Error(`No working day within ${MAX_WALK_DAYS} days of ${day}`);
}

/** The working day a request received at `receivedAt` counts as received on (day 0). */
export function receiptDay(clock: WorkingClock, receivedAt: Date): string {
  if (Number.isNaN(receivedAt.getTime())) throw new Error('Invalid receipt time');
  const at = local(clock, receivedAt);
  const day = at.toISODate() as string;
  const afterClosing = at.toFormat('HH:mm') >= clock.settings.officeHours.end;
  return afterClosing ? workingDayOnOrAfter(clock, nextDay(day)) : workingDayOnOrAfter(clock, day);
}

/** The `n`th working day after `day` (n = 0: `day` itself). */
export function addWorkingDays(clock: WorkingClock, day: string, n: number): string {
  assertDay(day);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Working days must be a whole number >= 0: ${n}`);
  let d = day;
  let left = n;
  for (let i = 0; left > 0; i++) {
    if (i > MAX_WALK_DAYS) throw new Error(`No deadline within ${MAX_WALK_DAYS} days of ${day}`);
    d = nextDay(d);
    if (clock.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when `to` <= `from`). */
export function workingDaysBetween(clock: WorkingClock, from: string, to: string): number {
  assertDay(from);
  assertDay(to);
  let count = 0;
  for (let d = from, i = 0; d < to; i++) {
    if (i > 5000) throw new Error(`Range too long: ${from} to ${to}`);
    d = nextDay(d);
    if (clock.isWorkingDay(d)) count += 1;
  }
  return count;
}

/** The last instant of a local day: the deadline's end. */
export function endOfDay(clock: WorkingClock, day: string): Date {
  assertDay(day);
  return DateTime.fromISO(day, { zone: clock.settings.timezone }).endOf('day').toJSDate();
}

export interface Deadline {
  /** Day 0 of the count. */
  receivedOn: string;
  /** The last day on which the answer is on time. */
  dueOn: string;
  /** The end of `dueOn` in the agency's zone. */
  dueAt: Date;
}

/** A deadline `days` working days after receipt at `receivedAt`. */
export function deadline(clock: WorkingClock, receivedAt: Date, days: number): Deadline {
  const receivedOn = receiptDay(clock, receivedAt);
  const dueOn = addWorkingDays(clock, receivedOn, days);
  return { receivedOn, dueOn, dueAt: endOfDay(clock, dueOn) };
}

/** The request's deadline: 10 working days, plus the extension's days once granted. */
export function answerDeadline(clock: WorkingClock, receivedAt: Date, extensionDays = 0): Deadline {
  return deadline(clock, receivedAt, ANSWER_WORKING_DAYS + extensionDays);
}

export type ExtensionProblem = 'already_extended' | 'too_long' | 'reason_missing' | 'deadline_passed' | 'not_whole_days';

/**
 * Whether the PPID may extend a request's deadline now. Problems, in the order a person fixes them;
 * empty when the extension is allowed.
 */
export function extensionProblems(
  clock: WorkingClock,
  request: { receivedAt: Date; extensionDays: number | null | undefined },
  ask: { days: number; reason: string | null | undefined },
  now: Date,
): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  if (request.extensionDays) problems.push('already_extended');
  if (!Number.isInteger(ask.days) || ask.days < 1) problems.push('not_whole_days');
  else if (ask.days > EXTENSION_MAX_WORKING_DAYS) problems.push('too_long');
  if (!String(ask.reason ?? '').trim()) problems.push('reason_missing');
  if (now.getTime() > answerDeadline(clock, request.receivedAt).dueAt.getTime()) problems.push('deadline_passed');
  return problems;
}

/** Was the answer given at `answeredAt` on time? (A missed deadline is recorded, never a refusal.) */
export function answeredOnTime(clock: WorkingClock, receivedAt: Date, extensionDays: number, answeredAt: Date): boolean {
  return answeredAt.getTime() <= answerDeadline(clock, receivedAt, extensionDays).dueAt.getTime();
}
