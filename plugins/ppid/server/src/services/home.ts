/**
 * The PPID home for one member of staff (the admin's home page widgets): what awaits them (from the
 * inbox, overdue first), their units' items still in review that are not theirs to act on, and the
 * compliance alerts addressed to them (worst first). Read-only; every list is capped, with totals.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { ALERT_SEVERITIES } from '../content-types/compliance';
import { alertRecipients } from '../compliance/alerts';
import type { WorkflowDefinition } from '../workflow/definition';
import { memberUnits } from '../workflow/actors';
import { getService, iso } from '../utils';
import { INSTANCE } from './workflow-instances';
import type { People, User } from './workflow-people';

type Row = Record<string, any>;
export const HOME_LIMIT = 5;
const ALERT = uid('compliance-alert');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends 'workflow-views' | 'workflow-people' | 'workflow-items' | 'workflow-definitions' | 'workflow-clock'>(name: K) => getService(strapi, name);

  async function unitItems(p: People, user: User, awaiting: Set<string>, now: Date) {
    const mine = memberUnits(p.units, p.assignments, user.id, p.date);
    if (!mine.size) return { total: 0, overdue: 0, items: [] };
    const rows: Row[] = await strapi.db.query(INSTANCE).findMany({
      where: { status: 'active', unitId: { $in: [...mine] } },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
    const others = rows.filter((r) => !awaiting.has(`${r.subjectType}:${r.subjectDocumentId}`));
    const clock = service('workflow-clock').clock();
    const overdueOf = (r: Row) => clock.isOverdue(r.dueAt ? new Date(r.dueAt) : null, now);
    // Overdue first, then the earliest due, items without a due time last.
    others.sort((a, b) => Number(overdueOf(b)) - Number(overdueOf(a)) || String(iso(a.dueAt) ?? '9').localeCompare(String(iso(b.dueAt) ?? '9')) || a.id - b.id);
    const shown = others.slice(0, HOME_LIMIT);
    const titles = await service('workflow-items').titlesOf(shown);
    const defs = new Map<string, WorkflowDefinition | null>();
    for (const r of shown) {
      const k = `${r.workflowKey}@${r.workflowVersion}`;
      if (!defs.has(k)) defs.set(k, (await service('workflow-definitions').definition(r.workflowKey, r.workflowVersion)) as WorkflowDefinition | null);
    }
    return {
      total: others.length,
      overdue: others.filter(overdueOf).length,
      items: shown.map((r) => {
        const unit = r.unitId ? p.units.get(r.unitId) : null;
        const stage = defs.get(`${r.workflowKey}@${r.workflowVersion}`)?.stages.find((s) => s.key === r.stage);
        return {
          type: r.subjectType,
          documentId: r.subjectDocumentId,
          title: titles.get(`${r.subjectType}:${r.subjectDocumentId}`) ?? null,
          unit: unit ? { code: unit.code, name: unit.name } : null,
          stage: r.stage,
          stageName: stage?.name ?? null,
          dueAt: iso(r.dueAt),
          overdue: overdueOf(r),
        };
      }),
    };
  }

  async function alertsFor(p: People, user: User) {
    const rows: Row[] = await strapi.db.query(ALERT).findMany({
      where: { state: { $in: ['open', 'acknowledged'] } },
      select: ['id', 'rule', 'severity', 'state', 'title', 'unitId', 'recipients', 'details', 'firstSeenAt'],
    });
    const rank = (s: string) => ALERT_SEVERITIES.indexOf(s as any);
    const mine = rows
      .filter((a) => alertRecipients(a, p.units, p.assignments, p.date).includes(user.id))
      .sort((a, b) => rank(b.severity) - rank(a.severity) || Number(a.state !== 'open') - Number(b.state !== 'open') || b.id - a.id);
    return {
      total: mine.length,
      critical: mine.filter((a) => a.severity === 'critical').length,
      items: mine.slice(0, HOME_LIMIT).map((a) => {
        const unit = a.unitId ? p.units.get(a.unitId) : null;
        return {
          id: a.id,
          rule: a.rule,
          severity: a.severity,
          state: a.state,
          title: a.title,
          unit: unit ? { code: unit.code, name: unit.name } : null,
          firstSeenAt: iso(a.firstSeenAt),
        };
      }),
    };
  }

  return {
    async home(user: User, now = new Date()) {
      const views = service('workflow-views');
      // One snapshot of the organisation for the three lists.
      const p = await service('workflow-people').people(now);
      // All of what awaits them (not one page) decides which of their units' items are someone else's.
      const all = await views.awaiting(user, now, p);
      const awaitingKeys = new Set(all.ranked.map((t) => `${t.inst.subjectType}:${t.inst.subjectDocumentId}`));
      const inbox = await views.inboxPage(all, 1, HOME_LIMIT);
      const [inReview, alerts] = await Promise.all([unitItems(p, user, awaitingKeys, now), alertsFor(p, user)]);
      return {
        data: {
          awaiting: { total: inbox.meta.total, overdue: inbox.meta.overdue, items: inbox.data },
          inReview,
          alerts,
        },
      };
    },
  };
};
