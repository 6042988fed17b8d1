/**
 * The working-time clock behind workflow time standards ("15 menit", "1 jam", "1 hari").
 *
 * Pure: no Strapi, no I/O. A clock is built from `ClockSettings` and answers in instants (`Date`).
 *
 * Semantics
 * - Only office time counts: the local interval [officeHours.start, officeHours.end] of a working
 *   day. A working day is a local date whose ISO weekday is in `workDays` (default Mon-Fri), that is
 *   not an Indonesian public holiday (when `holidays` is true; `date-holidays` 'ID', `type ===
 *   'public'` only) and that is not listed in `extraHolidays` (cuti bersama, regional holidays).
 *   Every local date and wall time is read in `settings.timezone` (instants converted with luxon).
 * - `addWorking(start, amount, unit)` returns the first instant at which `amount` office time has
 *   elapsed since `start`:
 *   - minutes / hours: that many office minutes. A start outside office hours (before opening,
 *     after closing, weekend, holiday) starts counting at the next opening; a start exactly at
 *     closing time is outside office hours. A due time landing exactly on closing time stays at
 *     closing time (15:00 + 1 jam with the office closing at 16:00 is due 16:00 the same day).
 *   - days: N working days = N x `dayMinutes` office minutes, so "1 hari" from Monday 10:00 is due
 *     Tuesday 10:00, from Friday 10:00 Monday 10:00, from Saturday Monday at closing time, and a
 *     start the evening before a holiday skips the holiday.
 *   - Fractional amounts are allowed (1.5 jam = 90 minutes); the result is exact to the millisecond.
 *   - amount 0 is due at `start` itself (nothing has to elapse).
 * - `workingMinutesBetween(start, end)` counts the office time inside [start, end] in whole minutes,
 *   rounded down; 0 when end <= start. It is the inverse of `addWorking`:
 *   `workingMinutesBetween(s, addWorking(s, n, 'minutes')) === n` for whole n.
 * - `isOverdue(due, now)` is true when `now` is strictly after `due`; never when `due` is null.
 * - `holidayName(date)` names the public holiday on that date (names joined with ', ' when two fall
 *   on one date); null on other dates, when `holidays` is false, and for `extraHolidays` (which
 *   carry no name).
 * - Efficiency: both walks go day by day (never minute by minute), consuming a whole office day at
 *   once. Public holidays are computed once per year and cached (shared by all clocks); each clock
 *   memoises its days' office windows. A walk is capped at MAX_DAYS (3660) calendar days, about ten
 *   years, and throws a clear Error beyond that (for addWorking and workingMinutesBetween alike).
 * - Bad input throws an Error naming the problem: settings (time zone, 'HH:mm' office hours,
 *   start >= end, workDays, extraHolidays, holidays flag), amount (finite number >= 0), unit, dates.
 *
 * `TimeUnit` matches `TimeStandard['unit']` in ./definition.
 */
import { DateTime, IANAZone } from 'luxon';
import Holidays from 'date-holidays';

export type TimeUnit = 'minutes' | 'hours' | 'days';

export interface ClockSettings {
  /** IANA, e.g. 'Asia/Jakarta'. */
  timezone: string;
  /** Local 'HH:mm', start < end. */
  officeHours: { start: string; end: string };
  /** ISO weekdays, 1=Mon..7=Sun; default [1,2,3,4,5]. */
  workDays?: number[];
  /** Use date-holidays 'ID' public holidays. */
  holidays: boolean;
  /** Extra non-working local dates 'YYYY-MM-DD' (cuti bersama, regional). */
  extraHolidays?: string[];
}

export interface WorkingClock {
  readonly settings: ClockSettings;
  /** Minutes of one office day (end - start). */
  readonly dayMinutes: number;
  /** Is this local date ('YYYY-MM-DD') a working day? */
  isWorkingDay(date: string): boolean;
  /** The name of the holiday on that local date, or null. */
  holidayName(date: string): string | null;
  /** The instant a time standard started at `start` falls due, counting only office time. */
  addWorking(start: Date, amount: number, unit: TimeUnit): Date;
  /** Office minutes between two instants (0 when end <= start); whole minutes, rounded down. */
  workingMinutesBetween(start: Date, end: Date): number;
  /** Is `now` past `due`? (due null: never) */
  isOverdue(due: Date | null, now: Date): boolean;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The longest walk, in calendar days (about ten years). */
const MAX_DAYS = 3660;
/** Memoised office days per clock before the memo starts over (about 50 years). */
const MEMO_LIMIT = 20_000;
const DEFAULT_WORK_DAYS = [1, 2, 3, 4, 5];
const UNIT_MINUTES: Record<TimeUnit, number | null> = { minutes: 1, hours: 60, days: null };

// ---------------------------------------------------------------------------------------------
// Public holidays, once per year for all clocks.

let calendar: Holidays | undefined;
const holidayCache = new Map<number, Map<string, string>>();

function publicHolidays(year: number): Map<string, string> {
  let byDate = holidayCache.get(year);
  if (!byDate) {
    if (!calendar) calendar = new Holidays('ID');
    byDate = new Map<string, string>();
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      const before = byDate.get(date);
      byDate.set(date, before && before !== holiday.name ? `${before}, ${holiday.name}` : holiday.name);
    }
    holidayCache.set(year, byDate);
  }
  return byDate;
}

// ---------------------------------------------------------------------------------------------
// Local dates as day numbers (days since 1970-01-01 on the local calendar).

function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0-99 as they are
  return Math.round(d.getTime() / DAY_MS);
}

function dateOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1=Mon..7=Sun (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** A value as it should read in an error message. */
function show(value: unknown): string {
  if (typeof value === 'number' || value === undefined || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : 'Invalid Date';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function parseDate(value: unknown, what: string): number {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (m) {
    const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    if (dateOf(n) === value) return n;
  }
  throw new Error(`${what} must be a real local date 'YYYY-MM-DD', got ${show(value)}`);
}

function parseTime(value: unknown, what: string): number {
  const m = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!m) throw new Error(`${what} must be a 24-hour time 'HH:mm' (e.g. '08:00'), got ${show(value)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function instant(value: unknown, what: string): number {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new Error(`${what} must be a valid Date, got ${show(value)}`);
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Settings.

function normaliseSettings(settings: ClockSettings): ClockSettings {
  if (!settings || typeof settings !== 'object') throw new Error('Clock settings are required');
  const { timezone, officeHours, holidays } = settings;
  if (typeof timezone !== 'string' || !IANAZone.isValidZone(timezone)) {
    throw new Error(`settings.timezone must be a valid IANA time zone (e.g. 'Asia/Jakarta'), got ${show(timezone)}`);
  }
  if (!officeHours || typeof officeHours !== 'object') throw new Error('settings.officeHours { start, end } is required');
  const open = parseTime(officeHours.start, 'settings.officeHours.start');
  const close = parseTime(officeHours.end, 'settings.officeHours.end');
  if (open >= close) {
    throw new Error(`settings.officeHours.start (${officeHours.start}) must be before settings.officeHours.end (${officeHours.end})`);
  }
  const workDays = settings.workDays ?? DEFAULT_WORK_DAYS;
  if (!Array.isArray(workDays) || workDays.length === 0) {
    throw new Error('settings.workDays must list at least one ISO weekday (1=Mon..7=Sun)');
  }
  for (const d of workDays) {
    if (!Number.isInteger(d) || d < 1 || d > 7) throw new Error(`settings.workDays must hold ISO weekdays 1..7, got ${show(d)}`);
  }
  if (typeof holidays !== 'boolean') throw new Error(`settings.holidays must be true or false, got ${show(holidays)}`);
  const extraHolidays = settings.extraHolidays ?? [];
  if (!Array.isArray(extraHolidays)) throw new Error('settings.extraHolidays must be a list of dates');
  extraHolidays.forEach((d, i) => parseDate(d, `settings.extraHolidays[${i}]`));

  return Object.freeze({
    timezone,
    officeHours: Object.freeze({ start: officeHours.start, end: officeHours.end }),
    workDays: Object.freeze([...new Set(workDays)].sort((a, b) => a - b)) as number[],
    holidays,
    extraHolidays: Object.freeze([...extraHolidays]) as string[],
  });
}

// ---------------------------------------------------------------------------------------------

export function createClock(input: ClockSettings): WorkingClock {
  const settings = normaliseSettings(input);
  const zone = IANAZone.create(settings.timezone);
  const openMinute = parseTime(settings.officeHours.start, 'settings.officeHours.start');
  const closeMinute = parseTime(settings.officeHours.end, 'settings.officeHours.end');
  const dayMinutes = closeMinute - openMinute;
  const workDays = new Set(settings.workDays);
  const extra = new Set(settings.extraHolidays);

  const workingDay = (n: number): boolean => {
    if (!workDays.has(weekdayOf(n))) return false;
    const date = dateOf(n);
    if (extra.has(date)) return false;
    return !(settings.holidays && publicHolidays(Number(date.slice(0, 4))).has(date));
  };

  /** The local date (day number) an instant falls on. */
  const localDay = (ms: number): number => {
    const local = DateTime.fromMillis(ms).setZone(zone);
    return dayNumber(local.year, local.month, local.day);
  };

  /** Opening and closing instants of local day n. */
  const officeWindow = (n: number): [number, number] => {
    const d = new Date(n * DAY_MS);
    const at = (minuteOfDay: number) =>
      DateTime.fromObject(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 },
        { zone },
      ).toMillis();
    return [at(openMinute), at(closeMinute)];
  };

  /** Office window of local day n, or null when it is not a working day; memoised per clock. */
  const memo = new Map<number, readonly [number, number] | null>();
  const officeDay = (n: number): readonly [number, number] | null => {
    let office = memo.get(n);
    if (office === undefined) {
      office = workingDay(n) ? officeWindow(n) : null;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(n, office);
    }
    return office;
  };

  const tooFar = (what: string) =>
    new Error(`${what} spans more than ${MAX_DAYS} calendar days (about ten years); refusing to compute it`);

  return {
    settings,
    dayMinutes,

    isWorkingDay(date: string): boolean {
      return workingDay(parseDate(date, 'date'));
    },

    holidayName(date: string): string | null {
      parseDate(date, 'date');
      if (!settings.holidays) return null;
      return publicHolidays(Number(date.slice(0, 4))).get(date) ?? null;
    },

    addWorking(start: Date, amount: number, unit: TimeUnit): Date {
      const from = instant(start, 'start');
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
        throw new Error(`amount must be a finite number >= 0, got ${show(amount)}`);
      }
      if (typeof unit !== 'string' || !Object.prototype.hasOwnProperty.call(UNIT_MINUTES, unit)) {
        throw new Error(`Unknown time unit ${show(unit)} (expected 'minutes', 'hours' or 'days')`);
      }
      const minutes = amount * (UNIT_MINUTES[unit] ?? dayMinutes);
      let remaining = Math.round(minutes * MINUTE_MS);
      if (remaining === 0) return new Date(from);

      let t = from;
      let n = localDay(from);
      for (let walked = 0; walked < MAX_DAYS; walked++, n++) {
        const office = officeDay(n);
        if (!office) continue;
        const [open, close] = office;
        if (t < open) t = open;
        if (t >= close) continue;
        const available = close - t;
        if (remaining <= available) return new Date(t + remaining);
        remaining -= available;
        t = close;
      }
      throw tooFar(`A time standard of ${amount} ${unit}`);
    },

    workingMinutesBetween(start: Date, end: Date): number {
      const a = instant(start, 'start');
      const b = instant(end, 'end');
      if (b <= a) return 0;
      const first = localDay(a);
      const last = localDay(b);
      if (last - first + 1 > MAX_DAYS) throw tooFar('The interval');
      let total = 0;
      for (let n = first; n <= last; n++) {
        const office = officeDay(n);
        if (!office) continue;
        const [open, close] = office;
        const lo = Math.max(open, a);
        const hi = Math.min(close, b);
        if (hi > lo) total += hi - lo;
      }
      return Math.floor(total / MINUTE_MS);
    },

    isOverdue(due: Date | null, now: Date): boolean {
      const current = instant(now, 'now');
      if (due === null || due === undefined) return false;
      return current > instant(due, 'due');
    },
  };
}

/** Formats working minutes for people, e.g. 1 day 2 h 5 min given dayMinutes: { days, hours, minutes }. */
export function splitWorkingMinutes(minutes: number, dayMinutes: number): { days: number; hours: number; minutes: number } {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new Error(`minutes must be a finite number >= 0, got ${show(minutes)}`);
  }
  if (typeof dayMinutes !== 'number' || !Number.isFinite(dayMinutes) || dayMinutes <= 0) {
    throw new Error(`dayMinutes must be a finite number > 0, got ${show(dayMinutes)}`);
  }
  const whole = Math.floor(minutes);
  const days = Math.floor(whole / dayMinutes);
  const rest = whole - days * dayMinutes;
  const hours = Math.floor(rest / 60);
  return { days, hours, minutes: Math.floor(rest - hours * 60) };
}
