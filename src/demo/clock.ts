/**
 * Dates for the demo data, relative to "today" in the agency's time zone. No randomness: two runs
 * on the same day produce the same data.
 */
export interface Clock {
  /** Today, YYYY-MM-DD, in the agency's time zone. */
  today: string;
  year: number;
  month: number;
  quarter: number;
  /** The calendar date `offset` days from today (negative = past). */
  day(offset: number): string;
  /** An instant `offset` days from today at a wall-clock time (HH:MM) in the agency's time zone. */
  at(offset: number, time?: string): string;
  /** A calendar date. */
  date(year: number, month: number, day: number): string;
  /** The calendar date `days` after (or before) a calendar date. */
  plus(date: string, days: number): string;
  /** The earlier of two calendar dates. */
  min(a: string, b: string): string;
  /** How many days a calendar date lies from today (negative = past): `day(offsetOf(d)) === d`. */
  offsetOf(date: string): number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const fmt = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** "+07:00" for Asia/Jakarta on that date (handles zones with daylight saving too). */
function zoneOffset(timezone: string, instant: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(part ?? '');
  return match ? `${match[1]}:${match[2] ?? '00'}` : 'Z';
}

export function makeClock(timezone: string, now: Date = new Date()): Clock {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month] = today.split('-').map(Number);
  const base = Date.parse(`${today}T00:00:00Z`);

  const day = (offset: number) => fmt(new Date(base + offset * 86_400_000));
  return {
    today,
    year,
    month,
    quarter: Math.ceil(month / 3),
    day,
    at(offset, time = '09:00') {
      const date = day(offset);
      const offsetText = zoneOffset(timezone, new Date(`${date}T12:00:00Z`));
      return new Date(`${date}T${time}:00${offsetText === 'Z' ? 'Z' : offsetText}`).toISOString();
    },
    date: (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
    plus: (date, days) => fmt(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)),
    min: (a, b) => (a < b ? a : b),
    offsetOf: (date) => Math.round((Date.parse(`${date}T00:00:00Z`) - base) / 86_400_000),
  };
}
