/**
 * Time display helpers: relative due times ("2 jam lagi" / "in 2 hr", "3 hari yang lalu" / "3 days ago") and working-time durations.
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

/** How a distance in time reads, for the two languages of the admin (others fall back to Intl). */
type Phrasing = {
  now: string;
  soon: string;
  lateNow: string;
  amount: (n: string, unit: Intl.RelativeTimeFormatUnit, count: number) => string;
  future: (amount: string) => string;
  past: (amount: string) => string;
  late: (amount: string) => string;
};

const PHRASING: Record<'id' | 'en', Phrasing> = {
  // Indonesian as civil servants write it: "baru saja", "2 jam lagi", "3 hari yang lalu", "terlambat 2 hari".
  id: {
    now: 'baru saja',
    soon: 'kurang dari 1 menit lagi',
    lateNow: 'terlambat kurang dari 1 menit',
    amount: (n, unit) => `${n} ${unit === 'minute' ? 'menit' : unit === 'hour' ? 'jam' : 'hari'}`,
    future: (a) => `${a} lagi`,
    past: (a) => `${a} yang lalu`,
    late: (a) => `terlambat ${a}`,
  },
  en: {
    now: 'just now',
    soon: 'in under a minute',
    lateNow: 'under a minute late',
    amount: (n, unit, count) => `${n} ${unit === 'minute' ? 'min' : unit === 'hour' ? 'hr' : count === 1 ? 'day' : 'days'}`,
    future: (a) => `in ${a}`,
    past: (a) => `${a} ago`,
    late: (a) => `${a} late`,
  },
};

const phrasingOf = (locale: string): Phrasing | null => {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'id' || language === 'en' ? PHRASING[language] : null;
};

const validDate = (iso: string | null | undefined) => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * A time relative to `now`: "2 jam lagi" / "in 2 hr", "3 hari yang lalu" / "3 days ago", and under a
 * minute "baru saja" / "just now"; null for a missing or invalid date.
 */
export function formatRelative(iso: string | null | undefined, locale: string, now: Date = new Date()): string | null {
  const target = validDate(iso);
  if (!target) return null;
  const diff = target.getTime() - now.getTime();
  const words = phrasingOf(locale);
  if (Math.abs(diff) < MINUTE) return diff > 0 && words ? words.soon : words?.now ?? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'minute');
  const { value, unit } = relativeParts(target, now);
  if (!words) {
    try {
      return new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' }).format(value, unit);
    } catch {
      return new Intl.RelativeTimeFormat('en', { numeric: 'always', style: 'short' }).format(value, unit);
    }
  }
  const amount = words.amount(new Intl.NumberFormat(locale).format(Math.abs(value)), unit, Math.abs(value));
  return value > 0 ? words.future(amount) : words.past(amount);
}

/**
 * How late something due at `iso` is: "terlambat 2 hari" / "2 days late"; null when it is not yet
 * due, or for a missing or invalid date (or a language without its own phrasing).
 */
export function formatLate(iso: string | null | undefined, locale: string, now: Date = new Date()): string | null {
  const due = validDate(iso);
  const words = phrasingOf(locale);
  if (!due || !words || due.getTime() > now.getTime()) return null;
  if (now.getTime() - due.getTime() < MINUTE) return words.lateNow;
  const { value, unit } = relativeParts(due, now);
  return words.late(words.amount(new Intl.NumberFormat(locale).format(Math.abs(value)), unit, Math.abs(value)));
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
