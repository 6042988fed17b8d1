/**
 * What a workflow step tells the world: the outbox rows of the people who must act next (written
 * inside the step's transaction) and the `ppid.*` webhook events (emitted after it committed). A
 * step collects both in a `Pending`, `enqueue`s it in its transaction and `flush`es it after.
 */
import type { Core } from '@strapi/strapi';
import type { WorkflowSubject } from '../content-types/workflow';
import type { WorkflowDefinition } from '../workflow/definition';
import { SUBJECTS } from '../workflow/subjects';
import { getConfig, getService, iso } from '../utils';
import { actorsAt, type People } from './workflow-people';

type Row = Record<string, any>;

export const WEBHOOK_EVENTS = {
  transition: 'ppid.workflow.transition',
  stageEntered: 'ppid.workflow.stage-entered',
  returned: 'ppid.workflow.returned',
  published: 'ppid.workflow.published',
  fastPublished: 'ppid.serta-merta.published',
  retroApproved: 'ppid.serta-merta.approved',
  withdrawn: 'ppid.workflow.withdrawn',
  deleted: 'ppid.workflow.deleted',
} as const;

/** Webhook events to emit and people to notify once a step has been written. */
export type Pending = { events: [string, Row][]; notify: Row[] };

export const newPending = (): Pending => ({ events: [], notify: [] });

/** Mails to the people who must act at the stage an item has just entered. */
export function stageNotifications(p: People, def: WorkflowDefinition, stageKey: string, unitId: number | null, item: Row, logId: number, extra: Row = {}): Row[] {
  const stage = def.stages.find((s) => s.key === stageKey);
  if (!stage?.actor) return [];
  return actorsAt(p, unitId, stage).map((h) => ({ userId: h.userId, template: 'stage-entered', logId, stageName: stage.name, item, ...extra }));
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notifications = () => getService(strapi, 'notifications');

  /** Emits the events of `pending` and wakes the outbox dispatcher (after the transaction). */
  async function flush(pending: Pending) {
    for (const [event, payload] of pending.events) {
      try {
        strapi.eventHub.emit(event, payload);
      } catch (error) {
        strapi.log.warn(`ppid: webhook event ${event} failed: ${(error as Error).message}`);
      }
    }
    const outbox = notifications();
    if (pending.notify.length && outbox?.dispatch) {
      setImmediate(() => outbox.dispatch().catch((e: Error) => strapi.log.warn(`ppid: notification dispatch failed: ${e.message}`)));
    }
  }

  /** Writes the outbox rows of `pending.notify` (inside the caller's transaction). */
  async function enqueue(pending: Pending) {
    const outbox = notifications();
    if (!pending.notify.length || !outbox?.enqueue) return;
    const ids = [...new Set(pending.notify.map((n) => n.userId))];
    const users: Row[] = await strapi.db.query('admin::user').findMany({ where: { id: { $in: ids }, isActive: true }, select: ['id', 'email', 'preferedLanguage'] });
    const byId = new Map(users.map((u) => [u.id, u]));
    const adminBase = `${String(strapi.config.get('admin.absoluteUrl', '') ?? '').replace(/\/$/, '')}`;
    const rows = pending.notify
      .filter((n) => byId.get(n.userId)?.email)
      .map((n) => {
        const user = byId.get(n.userId)!;
        const locale = String(user.preferedLanguage ?? '').startsWith('en') ? ('en' as const) : ('id' as const);
        return {
          userId: user.id,
          email: user.email,
          locale,
          template: n.template,
          dedupeKey: `${n.logId}:${n.template}:${user.id}`,
          payload: {
            title: n.item.title,
            unitName: n.item.unit?.name ?? '',
            stageName: n.stageName?.[locale] ?? '',
            dueAt: n.dueAt ? iso(n.dueAt) : '',
            timezone: getConfig(strapi).timezone,
            actorName: n.actorName ?? '',
            reason: n.reason ?? '',
            adminUrl: `${adminBase}/content-manager/collection-types/${SUBJECTS[n.item.type as WorkflowSubject].uid}/${n.item.documentId}`,
          },
        };
      });
    if (rows.length) await outbox.enqueue(rows);
  }

  return { enqueue, flush };
};
