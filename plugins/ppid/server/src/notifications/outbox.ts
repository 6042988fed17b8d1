/**
 * The pure rules of the notification outbox: its states, the retry backoff, which rows are due, and
 * how an interval in seconds becomes a cron rule. No Strapi here (services/notifications.ts uses it).
 */

export const NOTIFICATION_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

export const NOTIFICATION_LOCALES = ['id', 'en'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

const MINUTE = 60_000;
const FIRST_DELAY_MS = MINUTE;
const MAX_DELAY_MS = 60 * MINUTE;

/**
 * How long to wait before the next try, given how many tries have failed so far:
 * 1 minute after the first failure, then 2, 4, 8 ... minutes, never more than an hour.
 */
export function nextAttemptDelayMs(attempts: number): number {
  const failures = Number.isFinite(attempts) ? Math.max(1, Math.floor(attempts)) : 1;
  // 2^6 minutes already passes the cap: no need to compute (or overflow) larger powers.
  if (failures > 7) return MAX_DELAY_MS;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_DELAY_MS);
}

/** How long a row may stay in `sending` before it counts as abandoned (the sender died mid-send). */
export const SENDING_LEASE_MS = 10 * MINUTE;

type DateLike = Date | string | number | null | undefined;

const toTime = (value: DateLike): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
};

/** A pending row is due when its next attempt time has come (a row without one is due at once). */
export function isDue(row: { state: string; nextAttemptAt?: DateLike }, now: Date = new Date()): boolean {
  if (row.state !== 'pending') return false;
  const at = toTime(row.nextAttemptAt);
  return at === null || at <= now.getTime();
}

/**
 * A cron rule for "every `intervalSeconds` seconds". Cron fields only step evenly inside their own
 * range (a `*\/90` in the seconds field is invalid, a `*\/45` fires at :00 and :45), so the rule fires
 * every `tickSeconds`, the largest period cron can express exactly that divides the interval, and the
 * job runs on every `every`-th tick: 90 s is a 30 s rule and every third tick, 7 s a 1 s rule and
 * every seventh.
 */
export function cronPlan(intervalSeconds: number): { rule: string; tickSeconds: number; every: number } {
  const interval = Math.max(1, Math.floor(intervalSeconds));
  const divisorsOf = (n: number) => Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);
  const candidates: { seconds: number; rule: string }[] = [
    ...divisorsOf(60)
      .filter((s) => s < 60)
      .map((s) => ({ seconds: s, rule: s === 1 ? '* * * * * *' : `*/${s} * * * * *` })),
    ...divisorsOf(60)
      .filter((m) => m < 60)
      .map((m) => ({ seconds: m * 60, rule: m === 1 ? '0 * * * * *' : `0 */${m} * * * *` })),
    ...divisorsOf(24)
      .filter((h) => h < 24)
      .map((h) => ({ seconds: h * 3600, rule: h === 1 ? '0 0 * * * *' : `0 0 */${h} * * *` })),
    { seconds: 86_400, rule: '0 0 0 * * *' },
  ];
  const best = candidates.filter((c) => interval % c.seconds === 0).sort((a, b) => b.seconds - a.seconds)[0];
  return { rule: best.rule, tickSeconds: best.seconds, every: interval / best.seconds };
}

/** A text column holds at most `max` characters: keep the start, mark the cut. */
export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
