/**
 * The scheduled compliance checker (Strapi glue around compliance/): a daily window (default 07:00
 * in the agency's time zone) and an SLA pass every few minutes, both strapi.cron jobs removed on
 * destroy. Every window has one run row, unique by its key, which is also its lease: the instance
 * that inserts it runs the window; another takes it over only when the lease has run out (the
 * holder died). The latest daily window is checked at start (catch-up). A run gathers the facts
 * (compliance-facts), runs the pure rules and writes the alerts (compliance-alerts).
 */
import { randomBytes } from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { evaluate } from '../compliance/rules';
import { cronRules, dailyWindow, slaWindow, type Window } from '../compliance/schedule';
import { RULES, SLA_RULES, type RuleName } from '../compliance/settings';
import { getService } from '../utils';
import { complianceSettings, complianceTimezone } from './compliance-facts';

const RUN = uid('compliance-run');
export const CRON_DAILY = 'ppid-compliance-daily';
export const CRON_SLA = 'ppid-compliance-sla';

export type RunResult = {
  window: string;
  kind: string;
  skipped?: boolean;
  rules: RuleName[];
  findings: number;
  opened: number;
  updated: number;
  resolved: number;
  open: number;
  digests: number;
  queries?: number;
  ms: number;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const holder = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const settings = () => complianceSettings(strapi);
  const timezone = () => complianceTimezone(strapi);

  /** Takes the window: inserts its run row, or takes over a run whose lease ran out. */
  async function claim(windowKey: string, kind: string, now: Date): Promise<number | null> {
    const lockedUntil = new Date(now.getTime() + settings().leaseMinutes * 60_000);
    try {
      const row = await strapi.db.query(RUN).create({ data: { windowKey, kind, state: 'running', holder, lockedUntil, startedAt: now, checkedAt: now } });
      return row.id;
    } catch (error) {
      const existing = await strapi.db.query(RUN).findOne({ where: { windowKey }, select: ['id', 'state', 'lockedUntil'] });
      if (!existing) throw error;
      if (existing.state === 'done') return null;
      // The holder died (or the run failed): take the window over, if nobody else just did.
      const { count } = await strapi.db.query(RUN).updateMany({
        where: { id: existing.id, state: { $in: ['running', 'failed'] }, lockedUntil: { $lt: now } },
        data: { state: 'running', holder, lockedUntil, startedAt: now, checkedAt: now, error: null },
      });
      return count === 1 ? existing.id : null;
    }
  }

  /** Checks `rules` now: facts, findings, alerts, and (daily) the digests. */
  async function check(rules: readonly RuleName[], now: Date, { digest }: { digest: boolean }) {
    const alerts = getService(strapi, 'compliance-alerts');
    const facts = await getService(strapi, 'compliance-facts').gatherFacts(rules, now);
    const clock = getService(strapi, 'workflow-clock').clock();
    const findings = evaluate(rules, facts, { now, timezone: timezone(), settings: settings(), addWorking: (s, a, u) => clock.addWorking(s, a, u) });
    const enabled = rules.filter((r) => settings().rules[r].enabled);
    // Disabled rules' alerts are resolved too: a rule switched off is no longer an obligation.
    const written = await alerts.sync(findings, rules, now);
    // The information service's deadlines (request-clock): with the daily and manual runs, before the digests.
    let requestFindings = 0;
    if (rules !== SLA_RULES) {
      const r = await getService(strapi, 'request-clock').run(now);
      Object.assign(written, { opened: written.opened + r.opened, updated: written.updated + r.updated, resolved: written.resolved + r.resolved });
      requestFindings = r.findings;
    }
    const digests = digest && settings().digest ? await alerts.sendDigests(now) : 0;
    const open = await alerts.countCurrent();
    return { rules: enabled, findings: findings.length + requestFindings, ...written, open, digests };
  }

  async function runWindow(window: Window, now = new Date()): Promise<RunResult> {
    const started = Date.now();
    const rules = window.kind === 'sla' ? SLA_RULES : RULES;
    const id = await claim(window.key, window.kind, now);
    const base = { window: window.key, kind: window.kind, rules: [...rules] };
    if (id === null) return { ...base, skipped: true, findings: 0, opened: 0, updated: 0, resolved: 0, open: 0, digests: 0, ms: Date.now() - started };
    try {
      const stats = await check(rules, now, { digest: window.kind === 'daily' });
      const result = { ...base, ...stats, ms: Date.now() - started };
      await strapi.db.query(RUN).update({ where: { id }, data: { state: 'done', finishedAt: new Date(), stats: result } });
      return result;
    } catch (error) {
      await strapi.db.query(RUN).update({ where: { id }, data: { state: 'failed', finishedAt: new Date(), lockedUntil: new Date(), error: String((error as Error).message).slice(0, 2000) } });
      throw error;
    }
  }

  /** An on-demand run of every rule (admin route, `npm run ppid:check`): its own window, no digest. */
  async function runNow({ now = new Date(), digest = false }: { now?: Date; digest?: boolean } = {}): Promise<RunResult> {
    const started = Date.now();
    const key = `manual:${now.toISOString()}:${randomBytes(3).toString('hex')}`;
    const id = await claim(key, 'manual', now);
    try {
      const stats = await check(RULES, now, { digest });
      const result = { window: key, kind: 'manual', ...stats, ms: Date.now() - started };
      await strapi.db.query(RUN).update({ where: { id }, data: { state: 'done', finishedAt: new Date(), stats: result } });
      return result;
    } catch (error) {
      await strapi.db.query(RUN).update({ where: { id }, data: { state: 'failed', finishedAt: new Date(), lockedUntil: new Date(), error: String((error as Error).message).slice(0, 2000) } });
      throw error;
    }
  }

  const daily = (now = new Date()) => dailyWindow(now, settings().dailyAt, timezone());
  const sla = (now = new Date()) => slaWindow(now, settings().slaIntervalMinutes || 5);

  /** The latest daily window, if no instance has run it yet (the server was down at its time). */
  async function catchUp(now = new Date()): Promise<RunResult> {
    return runWindow(daily(now), now);
  }

  let scheduled = false;
  let inflight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    inflight.add(p);
    p.finally(() => inflight.delete(p)).catch(() => undefined);
    return p;
  };
  const safely = (label: string, fn: () => Promise<unknown>) =>
    track(fn().catch((error) => strapi.log.error(`[ppid] compliance ${label} failed: ${(error as Error).message}`)));

  /** Schedules the daily run and the SLA pass (when `compliance.enabled`) and catches up. */
  function start(): boolean {
    const s = settings();
    if (!s.enabled || scheduled) return scheduled;
    const rules = cronRules(s.dailyAt, s.slaIntervalMinutes);
    strapi.cron.add({ [CRON_DAILY]: { task: () => safely('daily run', () => runWindow(daily())), options: { rule: rules.daily, tz: timezone() } } });
    if (rules.sla) strapi.cron.add({ [CRON_SLA]: { task: () => safely('SLA pass', () => runWindow(sla())), options: { rule: rules.sla } } });
    scheduled = true;
    // Catch up once the server listens: after every bootstrap (the app's demo seed included), so the
    // window is not spent on a database that is still being filled. A process that never listens
    // (`npm run ppid:check`, scripts) runs its own check.
    const server = strapi.server?.httpServer;
    const catchUpSoon = () => setImmediate(() => safely('catch-up', () => catchUp()));
    if (server?.listening) catchUpSoon();
    else server?.once('listening', catchUpSoon);
    return true;
  }

  async function stop() {
    if (scheduled) {
      strapi.cron.remove(CRON_DAILY);
      strapi.cron.remove(CRON_SLA);
      scheduled = false;
    }
    await Promise.allSettled([...inflight]);
    inflight = new Set();
  }

  return { check, runWindow, runNow, catchUp, start, stop, daily, sla, holder };
};
