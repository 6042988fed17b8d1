/**
 * Time display helpers: relative due times ("in 2 hr", "3 days ago") and working-time durations.
 * Pure functions of their arguments, so they can be tested without a browser.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type RelativeParts = { value: number; unit: Intl.RelativeTimeFormatUnit };

/** The largest sensible unit for the distance from `now` to `target` (negative values are in the past). */
export function relativeParts(target: Date, now: Date): RelativeParts {
  const diff = target.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  if (abs < HOUR) return { value: sign * Math.round(abs / MINUTE), unit: 'minute' };
  if (abs < 2 * DAY) return { value: sign * Math.round(abs / HOUR), unit: 'hour' };
  return { value: sign * Math.round(abs / DAY), unit: 'day' };
}

/** "in 2 hr" / "dalam 2 jam"; null for a missing or invalid date. */
export function formatRelative(iso: string | null | undefined, locale: string, now: Date = new Date()): string | null {
  if (!iso) return null;
  const target = new Date(iso);
  if (Number.isNaN(target.getTime())) return null;
  const { value, unit } = relativeParts(target, now);
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }).format(value, unit);
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' }).format(value, unit);
  }
}

/** The short name of a time zone at a moment, in the locale ("WIB", "WITA"; "GMT+7" in English); null if unknown. */
export function zoneName(date: Date, locale: string, timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * A date and time in the admin's locale and the agency's time zone, with the zone's name, e.g.
 * "21 Nov 2026, 14.05 WIB" (in the browser's zone when none is given); null for a missing or
 * invalid date.
 */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    const text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
    const zone = timeZone ? zoneName(date, locale, timeZone) : null;
    return zone ? `${text} ${zone}` : text;
  } catch {
    return date.toISOString();
  }
}

/**
 * A calendar date of the agency ("YYYY-MM-DD", as the server sends dates without a time) in the
 * admin's locale, e.g. "5 Des 2026": formatted as a UTC day, so no browser zone shifts it; null for
 * a missing or invalid date.
 */
export function formatDay(day: string | null | undefined, locale: string): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}/.test(day)) return null;
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return day.slice(0, 10);
  }
}

/** Whole hours and remaining minutes of a duration in minutes (negative and invalid values count as 0). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const safe = Number.isFinite(total) && total > 0 ? Math.round(total) : 0;
  return { hours: Math.floor(safe / 60), minutes: safe % 60 };
}

/** A month "YYYY-MM" in the admin's locale ("Nov 2026", "Nov 2026" in id-ID); the input when invalid. */
export function formatMonth(month: string, locale: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  } catch {
    return month;
  }
}
