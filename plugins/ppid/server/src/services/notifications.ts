/**
 * The notification outbox of the review workflows.
 *
 * - `enqueue()` is called by the workflow engine inside the transaction of a stage transition: the
 *   rows exist exactly when the transition does. A `dedupeKey` that is already queued is skipped.
 * - `dispatch()` sends the due rows through Strapi's email plugin (or, without an SMTP server outside
 *   production, keeps them in the dev mailbox: services/dev-mailbox.ts; the row then counts as sent). Each row is first CLAIMED with one
 *   conditional UPDATE (pending -> sending, only if nobody changed it since it was read), so several
 *   Strapi instances, or two overlapping passes, never send the same row twice. A failure goes back to
 *   pending with a backoff, and to failed after `maxAttempts`. A row left in `sending` for longer than
 *   the claim (the process died mid-send) goes back to pending: delivery is at least once.
 * - `start()` / `stop()` schedule and unschedule the dispatcher (config `plugin::ppid.notifications`).
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { cronPlan, nextAttemptDelayMs, SENDING_LEASE_MS, truncate, type NotificationLocale } from '../notifications/outbox';
import { isTemplate, normaliseLocale, render } from '../notifications/templates';
import { isRequesterTemplate } from '../notifications/requester-mail';
import { getService } from '../utils';

const MODEL = uid('notification');
export const CRON_JOB = 'ppid-notifications';
const ERROR_MAX = 2000;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export type EnqueueRow = {
  /** The admin user to notify (kept as the `recipient` relation); none for a requester (the public). */
  userId?: number | null;
  /** Where to send it: the user's address at the time of the event. */
  email: string;
  locale?: NotificationLocale;
  template: string;
  payload: Record<string, unknown>;
  /** Unique per event and person, e.g. `${transitionLogId}:${userId}`. */
  dedupeKey: string;
};

export type EnqueueResult = { created: number; skipped: number };
export type DispatchResult = { sent: number; failed: number; retried: number };
type Outcome = keyof DispatchResult;

type OutboxRow = {
  id: number;
  email: string;
  language: string | null;
  template: string;
  payload: Record<string, unknown> | null;
  attempts: number | null;
};

const errorMessage = (error: unknown) => truncate((error instanceof Error ? error.message : String(error)) || 'Unknown error', ERROR_MAX);

function check(row: EnqueueRow, index: number) {
  const fail = (message: string) => {
    throw new Error(`ppid notifications: row ${index}: ${message}`);
  };
  if (!row || typeof row !== 'object') fail('must be an object');
  if (typeof row.dedupeKey !== 'string' || row.dedupeKey.trim() === '' || row.dedupeKey.length > 255) fail('"dedupeKey" must be a non-empty string of at most 255 characters');
  if (typeof row.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(row.email.trim()) || row.email.length > 255) fail(`"email" must be an e-mail address, got "${row.email}"`);
  if (!isTemplate(row.template)) fail(`unknown notification template "${row.template}"`);
  if (row.userId !== undefined && row.userId !== null && !(Number.isInteger(row.userId) && row.userId > 0)) fail('"userId" must be an admin user id');
  if (row.payload !== undefined && row.payload !== null && (typeof row.payload !== 'object' || Array.isArray(row.payload))) fail('"payload" must be an object');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = () => strapi.db.query(MODEL as any);

  const settings = () => {
    const config = (strapi.config.get('plugin::ppid.notifications') ?? {}) as Partial<{ enabled: boolean; intervalSeconds: number; maxAttempts: number }>;
    return {
      enabled: config.enabled !== false,
      intervalSeconds: config.intervalSeconds ?? 60,
      maxAttempts: config.maxAttempts ?? 5,
    };
  };

  let savepoints = 0;

  /**
   * Inserts one row under a savepoint. When a concurrent transaction queued the same dedupeKey
   * first, the unique index refuses the insert: the savepoint keeps the caller's transaction usable
   * (PostgreSQL aborts a transaction on any error otherwise) and the row counts as skipped.
   */
  async function insertOnce(trx: any, data: Record<string, unknown>): Promise<boolean> {
    savepoints += 1;
    const name = `ppid_outbox_${savepoints}`;
    await trx.raw(`SAVEPOINT ${name}`);
    try {
      await outbox().create({ data });
      await trx.raw(`RELEASE SAVEPOINT ${name}`);
      return true;
    } catch (error) {
      await trx.raw(`ROLLBACK TO SAVEPOINT ${name}`);
      await trx.raw(`RELEASE SAVEPOINT ${name}`);
      const clash = await outbox().findOne({ where: { dedupeKey: data.dedupeKey }, select: ['id'] });
      if (clash) return false;
      throw error;
    }
  }

  /**
   * Queues notifications. Joins the caller's `strapi.db.transaction` when there is one (the rows are
   * then rolled back with it), else runs in its own. Throws on a malformed row (a programming error,
   * e.g. an unknown template), before writing anything.
   */
  async function enqueue(rows: EnqueueRow[]): Promise<EnqueueResult> {
    if (!Array.isArray(rows)) throw new Error('ppid notifications: enqueue() takes a list of rows');
    if (rows.length === 0) return { created: 0, skipped: 0 };
    rows.forEach(check);
    const now = new Date();
    return strapi.db.transaction(async ({ trx }) => {
      const keys = [...new Set(rows.map((r) => r.dedupeKey))];
      const existing = await outbox().findMany({ where: { dedupeKey: { $in: keys } }, select: ['dedupeKey'] });
      const queued = new Set(existing.map((r: { dedupeKey: string }) => r.dedupeKey));
      let created = 0;
      let skipped = 0;
      for (const row of rows) {
        if (queued.has(row.dedupeKey)) {
          skipped += 1;
          continue;
        }
        queued.add(row.dedupeKey);
        const language = normaliseLocale(row.locale);
        const payload = row.payload ?? {};
        const inserted = await insertOnce(trx, {
          recipient: row.userId ?? null,
          email: row.email.trim(),
          language,
          template: row.template,
          payload,
          // Rendered now as well: a payload the template cannot render fails here, in the caller.
          subject: render(row.template, payload, language).subject,
          state: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          dedupeKey: row.dedupeKey,
        });
        if (inserted) created += 1;
        else skipped += 1;
      }
      return { created, skipped };
    });
  }

  /** Marks the end of an attempt, only if the row is still ours (state `sending`). */
  async function finish(id: number, data: Record<string, unknown>) {
    await outbox().updateMany({ where: { id, state: 'sending' }, data });
  }

  /** Sends one claimed row and records the outcome. */
  async function deliver(row: OutboxRow, clock: () => Date, maxAttempts: number): Promise<Outcome> {
    const attempts = (row.attempts ?? 0) + 1;
    let mail: ReturnType<typeof render>;
    try {
      mail = render(row.template, row.payload ?? {}, row.language ?? 'id');
    } catch (error) {
      // Rendering is deterministic: trying again cannot help.
      await finish(row.id, { state: 'failed', attempts, lastError: errorMessage(error), nextAttemptAt: null });
      return 'failed';
    }
    try {
      // A requester's mail carries its letters, rendered now (the row only names them).
      const attachments = isRequesterTemplate(row.template) ? await getService(strapi, 'requester-mail').attachments(row.payload, clock()) : [];
      const message = { to: row.email, subject: mail.subject, text: mail.text, html: mail.html, ...(attachments.length ? { attachments } : {}) };
      const mailbox = getService(strapi, 'dev-mailbox');
      if (mailbox.active()) await mailbox.store({ ...message, template: row.template, notificationId: row.id });
      else await strapi.plugin('email').service('email').send(message);
    } catch (error) {
      const lastError = errorMessage(error);
      if (attempts >= maxAttempts) {
        await finish(row.id, { state: 'failed', attempts, lastError, nextAttemptAt: null });
        strapi.log.error(`[ppid] notification ${row.id} to ${row.email} failed after ${attempts} attempts: ${lastError}`);
        return 'failed';
      }
      const nextAttemptAt = new Date(clock().getTime() + nextAttemptDelayMs(attempts));
      await finish(row.id, { state: 'pending', attempts, lastError, nextAttemptAt });
      strapi.log.warn(`[ppid] notification ${row.id} to ${row.email}: attempt ${attempts} failed, next at ${nextAttemptAt.toISOString()}: ${lastError}`);
      return 'retried';
    }
    await finish(row.id, { state: 'sent', attempts, sentAt: clock(), subject: mail.subject, lastError: null, nextAttemptAt: null });
    return 'sent';
  }

  /**
   * Rows whose claim ran out (the sender died mid-send) go back to pending, due at once; the
   * interrupted try counts as an attempt, so a row that kills its sender every time still ends.
   */
  async function releaseAbandoned(now: Date, maxAttempts: number) {
    const stuck: { id: number; attempts: number | null }[] = await outbox().findMany({
      where: { state: 'sending', nextAttemptAt: { $lte: now } },
      select: ['id', 'attempts'],
    });
    for (const row of stuck) {
      const attempts = (row.attempts ?? 0) + 1;
      const failed = attempts >= maxAttempts;
      const { count } = await outbox().updateMany({
        where: { id: row.id, state: 'sending', attempts: row.attempts ?? 0, nextAttemptAt: { $lte: now } },
        data: {
          state: failed ? 'failed' : 'pending',
          attempts,
          lastError: 'Interrupted while sending (claim expired); delivery unknown',
          nextAttemptAt: failed ? null : now,
        },
      });
      if (count === 1) strapi.log.warn(`[ppid] notification ${row.id}: sending was interrupted, ${failed ? 'marked failed' : 'queued again'}`);
    }
  }

  /**
   * One pass over the outbox: sends the due rows, oldest due first. `now` is the pass's clock
   * (tests move it forward); it advances in real time while the pass runs.
   */
  async function dispatch({ now = new Date(), limit = DEFAULT_LIMIT }: { now?: Date; limit?: number } = {}): Promise<DispatchResult> {
    const started = Date.now();
    const clock = () => new Date(now.getTime() + (Date.now() - started));
    const { maxAttempts } = settings();
    const take = Math.min(Math.max(1, Math.floor(Number(limit) || DEFAULT_LIMIT)), MAX_LIMIT);
    const result: DispatchResult = { sent: 0, failed: 0, retried: 0 };

    await releaseAbandoned(now, maxAttempts);
    const due: OutboxRow[] = await outbox().findMany({
      where: { state: 'pending', $or: [{ nextAttemptAt: { $lte: now } }, { nextAttemptAt: { $null: true } }] },
      select: ['id', 'email', 'language', 'template', 'payload', 'attempts'],
      orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
      limit: take,
    });

    for (const row of due) {
      try {
        // The claim: only one UPDATE can move this row, as read, from pending to sending.
        const { count } = await outbox().updateMany({
          where: { id: row.id, state: 'pending', attempts: row.attempts ?? 0 },
          data: { state: 'sending', nextAttemptAt: new Date(clock().getTime() + SENDING_LEASE_MS) },
        });
        if (count !== 1) continue; // another pass or instance has it
        result[await deliver(row, clock, maxAttempts)] += 1;
      } catch (error) {
        // A database error on one row must not stop the pass; a row left in `sending` is released
        // when its claim runs out.
        strapi.log.error(`[ppid] notification ${row.id}: ${errorMessage(error)}`);
      }
    }
    return result;
  }

  let scheduled = false;
  let running: Promise<unknown> | null = null;

  /** Schedules the dispatcher when `notifications.enabled`; true when scheduled. */
  function start(): boolean {
    const { enabled, intervalSeconds } = settings();
    if (!enabled) return false;
    if (scheduled) return true;
    const plan = cronPlan(intervalSeconds);
    let ticks = 0;
    strapi.cron.add({
      [CRON_JOB]: {
        task: async () => {
          const tick = ticks;
          ticks += 1;
          // One pass at a time in this process (the claims already keep passes from double sending).
          if (tick % plan.every !== 0 || running) return;
          running = dispatch()
            .catch((error) => strapi.log.error(`[ppid] notification pass failed: ${errorMessage(error)}`))
            .finally(() => {
              running = null;
            });
          await running;
        },
        options: { rule: plan.rule },
      },
    });
    scheduled = true;
    return true;
  }

  /** Unschedules the dispatcher and waits for a pass in progress. */
  async function stop(): Promise<void> {
    if (scheduled) {
      strapi.cron.remove(CRON_JOB);
      scheduled = false;
    }
    if (running) await running;
  }

  return { enqueue, dispatch, start, stop };
};
