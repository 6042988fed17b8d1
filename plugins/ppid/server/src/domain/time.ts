import { DateTime } from 'luxon';

export const DEFAULT_TIMEZONE = 'Asia/Jakarta';

/** [start, end) of a calendar year in the agency's time zone, as UTC instants. */
export function yearRange(year: number, timezone: string = DEFAULT_TIMEZONE): { start: Date; end: Date } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: timezone });
  return { start: start.toJSDate(), end: start.plus({ years: 1 }).toJSDate() };
}

/** Today's calendar date (YYYY-MM-DD) in the agency's time zone. */
export function today(now: Date = new Date(), timezone: string = DEFAULT_TIMEZONE): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate() as string;
}

/** The calendar day `days` after (or before, when negative) a 'YYYY-MM-DD' day; time zones do not enter. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isValidTimezone(timezone: string): boolean {
  return DateTime.now().setZone(timezone).isValid;
}
