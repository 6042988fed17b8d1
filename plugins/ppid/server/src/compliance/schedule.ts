/**
 * Schedule windows: every scheduled run belongs to one window, named by a key that every instance
 * computes the same way (`daily:2026-12-01`, `sla:2026-12-01T00:05:00.000Z`). The run row of a
 * window is unique: whichever instance inserts it first runs the window, the others skip it. A
 * window missed while the server was down is the latest one at start: the runner checks it then.
 */
import { DateTime } from 'luxon';

export type Window = { kind: 'daily' | 'sla'; key: string; scheduledAt: Date };

/** The latest daily window that has started at `now`: today's at `at` local time, else yesterday's. */
export function dailyWindow(now: Date, at: string, timezone: string): Window {
  const [hour, minute] = at.split(':').map(Number);
  const t = DateTime.fromJSDate(now, { zone: timezone });
  let scheduled = t.set({ hour, minute, second: 0, millisecond: 0 });
  if (scheduled > t) scheduled = scheduled.minus({ days: 1 }).set({ hour, minute, second: 0, millisecond: 0 });
  return { kind: 'daily', key: `daily:${scheduled.toISODate()}`, scheduledAt: scheduled.toJSDate() };
}

/** The SLA window containing `now`: `now` floored to the interval (minutes dividing 60). */
export function slaWindow(now: Date, intervalMinutes: number): Window {
  const step = intervalMinutes * 60_000;
  const scheduledAt = new Date(Math.floor(now.getTime() / step) * step);
  return { kind: 'sla', key: `sla:${scheduledAt.toISOString()}`, scheduledAt };
}

/** Cron rules (croner, 5 fields) for the daily run and the SLA pass. */
export function cronRules(dailyAt: string, slaIntervalMinutes: number): { daily: string; sla: string | null } {
  const [hour, minute] = dailyAt.split(':').map(Number);
  return { daily: `${minute} ${hour} * * *`, sla: slaIntervalMinutes > 0 ? `*/${slaIntervalMinutes} * * * *` : null };
}
