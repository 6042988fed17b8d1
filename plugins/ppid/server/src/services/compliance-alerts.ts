/**
 * Compliance alerts: the findings of a run become alert records (one open alert per rule and
 * subject, updated while it lasts, resolved when the condition clears), escalations and the daily
 * digest go out through the outbox, and people list, count and acknowledge them.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { ALERT_SEVERITIES } from '../content-types/compliance';
import type { Position } from '../domain/constants';
import { today as localToday } from '../domain/time';
import { holdersOf, type UnitNode } from '../workflow/actors';
import { SUBJECTS } from '../workflow/subjects';
import { alertRecipients, diffAlerts, digestByPerson, openKey, type CurrentAlert } from '../compliance/alerts';
import type { Finding } from '../compliance/rules';
import type { RuleName } from '../compliance/settings';
import { refuse } from '../errors';
import { getService } from '../utils';
import { complianceSettings, complianceTimezone, toDate } from './compliance-facts';

type Row = Record<string, any>;
const ALERT = uid('compliance-alert');
const RUN = uid('compliance-run');

export const COMPLIANCE_EVENTS = { alertOpened: 'ppid.compliance.alert-opened', alertResolved: 'ppid.compliance.alert-resolved' } as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const table = (u: string) => (strapi.db.metadata.get(u as any) as any).tableName as string;
  const settings = () => complianceSettings(strapi);
  const timezone = () => complianceTimezone(strapi);
  const people = () => getService(strapi, 'workflow-people');
  const notifications = () => getService(strapi, 'notifications');

  // ---------------------------------------------------------------- alerts

  async function currentAlerts(rules: readonly RuleName[]): Promise<Row[]> {
    return strapi.db.query(ALERT).findMany({
      where: { state: { $in: ['open', 'acknowledged'] }, rule: { $in: [...rules] } },
      select: ['id', 'rule', 'subjectKey', 'severity', 'title', 'recipients', 'state'],
    });
  }

  /** Writes the diff: one batched insert, one UPDATE per changed alert, one UPDATE for the rest. */
  async function sync(findings: Finding[], rules: readonly RuleName[], now: Date) {
    const current = (await currentAlerts(rules)) as CurrentAlert[];
    const diff = diffAlerts(current, findings, rules);
    const query = strapi.db.query(ALERT);
    await strapi.db.transaction(async () => {
      for (let i = 0; i < diff.open.length; i += 500) {
        await query.createMany({
          data: diff.open.slice(i, i + 500).map((f) => ({
            rule: f.rule,
            subjectType: f.subjectType,
            subjectKey: f.subjectKey,
            openKey: openKey(f.rule, f.subjectKey),
            unitId: f.unitId,
            severity: f.severity,
            state: 'open',
            title: f.title,
            details: { ...f.details, scope: f.scope },
            recipients: f.recipients,
            firstSeenAt: now,
            lastSeenAt: now,
          })),
        });
      }
      for (const { id, finding } of diff.update) {
        await query.update({ where: { id }, data: { severity: finding.severity, title: finding.title, details: { ...finding.details, scope: finding.scope }, recipients: finding.recipients, lastSeenAt: now } });
      }
      for (let i = 0; i < diff.resolve.length; i += 500) {
        await query.updateMany({ where: { id: { $in: diff.resolve.slice(i, i + 500) } }, data: { state: 'resolved', resolvedAt: now, openKey: null } });
      }
      // Every alert of these rules still current was seen by this run: one statement, whatever their number.
      if (diff.seen.length) await query.updateMany({ where: { state: { $in: ['open', 'acknowledged'] }, rule: { $in: [...rules] }, lastSeenAt: { $lt: now } }, data: { lastSeenAt: now } });
    });
    // An overdue step that has just become escalated: the position above hears of it now, not tomorrow.
    const before = new Map(current.map((a) => [a.id, a.severity]));
    const escalatedNow = (f: Finding) => f.rule === 'sla-overdue' && f.details.escalated === true && typeof f.details.escalatedTo === 'string';
    await notifyEscalations([...diff.open.filter(escalatedNow), ...diff.update.filter((u) => escalatedNow(u.finding) && before.get(u.id) !== 'critical').map((u) => u.finding)]);
    for (const f of diff.open) strapi.eventHub.emit(COMPLIANCE_EVENTS.alertOpened, { rule: f.rule, subject: f.subjectKey, severity: f.severity, title: f.title, at: now.toISOString() });
    if (diff.resolve.length) strapi.eventHub.emit(COMPLIANCE_EVENTS.alertResolved, { ids: diff.resolve, at: now.toISOString() });
    return { opened: diff.open.length, updated: diff.update.length, resolved: diff.resolve.length };
  }

  /** One mail per holder of the escalation position, once per overdue step (outbox dedupe key). */
  async function notifyEscalations(findings: Finding[]) {
    if (!findings.length) return;
    const [unitsMap, assignments] = await Promise.all([people().loadUnits(), people().loadAssignments()]);
    const date = localToday(new Date(), timezone());
    const targets = findings.flatMap((f) =>
      f.unitId === null ? [] : holdersOf(unitsMap, assignments, f.unitId, f.details.escalatedTo as Position, date).map((h) => ({ f, userId: h.userId }))
    );
    if (!targets.length) return;
    const users: Row[] = await strapi.db.query('admin::user').findMany({ where: { id: { $in: [...new Set(targets.map((t) => t.userId))] }, isActive: true }, select: ['id', 'email', 'preferedLanguage'] });
    const byId = new Map(users.map((u) => [u.id, u]));
    const adminBase = String(strapi.config.get('admin.absoluteUrl', '') ?? '').replace(/\/$/, '');
    const rows = targets
      .filter((t) => byId.get(t.userId)?.email)
      .map(({ f, userId }) => {
        const user = byId.get(userId)!;
        const spec = SUBJECTS[f.details.type as keyof typeof SUBJECTS];
        return {
          userId,
          email: user.email,
          locale: String(user.preferedLanguage ?? '').startsWith('en') ? ('en' as const) : ('id' as const),
          template: 'sla-escalated',
          dedupeKey: `sla-escalated:${f.subjectKey}:${userId}`,
          payload: {
            title: f.details.itemTitle,
            stageName: f.details.stageName,
            unitName: unitsMap.get(f.unitId!)?.name ?? '',
            dueAt: f.details.dueAt,
            timezone: timezone(),
            adminUrl: spec ? `${adminBase}/content-manager/collection-types/${spec.uid}/${f.details.documentId}` : '',
          },
        };
      });
    if (rows.length) await notifications().enqueue(rows);
  }

  // ---------------------------------------------------------------- digest

  /** One digest per person: their open (not acknowledged) alerts, through the outbox, once a day. */
  async function sendDigests(now: Date): Promise<number> {
    const alerts: Row[] = await strapi.db.query(ALERT).findMany({ where: { state: 'open' }, select: ['id', 'rule', 'severity', 'title', 'unitId', 'recipients', 'details'] });
    if (!alerts.length) return 0;
    const [unitsMap, assignments] = await Promise.all([people().loadUnits(), people().loadAssignments()]);
    const date = localToday(now, timezone());
    const recipientsOf = (a: Row): number[] => alertRecipients(a, unitsMap, assignments, date);
    const perPerson = digestByPerson(alerts as (Row & { id: number; severity: string })[], recipientsOf);
    if (!perPerson.size) return 0;
    const users: Row[] = await strapi.db.query('admin::user').findMany({ where: { id: { $in: [...perPerson.keys()] }, isActive: true }, select: ['id', 'email', 'preferedLanguage'] });
    const adminUrl = `${String(strapi.config.get('admin.absoluteUrl', '') ?? '').replace(/\/$/, '')}/plugins/ppid/compliance`;
    const rows = users
      .filter((u) => u.email)
      .map((u) => ({
        userId: u.id,
        email: u.email,
        locale: String(u.preferedLanguage ?? '').startsWith('en') ? ('en' as const) : ('id' as const),
        template: 'compliance-digest',
        dedupeKey: `compliance-digest:${date}:${u.id}`,
        payload: { items: perPerson.get(u.id)!.map((a) => ({ severity: a.severity, title: a.title })), adminUrl, date },
      }));
    const result = await notifications().enqueue(rows);
    return result.created;
  }

  // ---------------------------------------------------------------- reading and acknowledging

  async function listAlerts(q: { state?: string; rule?: string; severity?: string; unit?: string; page: number; pageSize: number }) {
    const where: Row = {};
    if (q.state && q.state !== 'all') where.state = q.state;
    else if (!q.state) where.state = { $in: ['open', 'acknowledged'] };
    if (q.rule) where.rule = q.rule;
    if (q.severity) where.severity = q.severity;
    if (q.unit) {
      const unit = await strapi.db.query(uid('unit')).findOne({ where: { code: q.unit }, select: ['id'] });
      where.unitId = unit ? unit.id : -1;
    }
    const [rows, total, units] = await Promise.all([
      strapi.db.query(ALERT).findMany({ where, orderBy: [{ state: 'desc' }, { firstSeenAt: 'desc' }, { id: 'desc' }], offset: (q.page - 1) * q.pageSize, limit: q.pageSize }),
      strapi.db.query(ALERT).count({ where }),
      people().loadUnits(),
    ]);
    // Worst first within a page.
    const rank = (s: string) => ALERT_SEVERITIES.indexOf(s as any);
    rows.sort((a: Row, b: Row) => (a.state === b.state ? rank(b.severity) - rank(a.severity) : 0));
    return {
      data: rows.map((r: Row) => alertView(r, units)),
      meta: { pagination: { page: q.page, pageSize: q.pageSize, pageCount: Math.ceil(total / q.pageSize), total } },
    };
  }

  const alertView = (r: Row, units: Map<number, UnitNode>) => {
    const unit = r.unitId ? units.get(r.unitId) : null;
    const { scope, ...details } = r.details ?? {};
    return {
      id: r.id,
      rule: r.rule,
      subject: { type: r.subjectType, key: r.subjectKey },
      unit: unit ? { code: unit.code, name: unit.name } : null,
      severity: r.severity,
      state: r.state,
      title: r.title,
      details,
      scope: scope ?? 'unit',
      recipients: r.recipients ?? [],
      firstSeenAt: toDate(r.firstSeenAt)?.toISOString() ?? null,
      lastSeenAt: toDate(r.lastSeenAt)?.toISOString() ?? null,
      resolvedAt: toDate(r.resolvedAt)?.toISOString() ?? null,
      acknowledgedAt: toDate(r.acknowledgedAt)?.toISOString() ?? null,
      acknowledgedBy: r.acknowledgedById ?? null,
      acknowledgedNote: r.acknowledgedNote ?? null,
    };
  };

  /** Someone responsible has seen it: acknowledged alerts stay current (and resolve) but leave the digest. */
  async function acknowledge(id: number, userId: number, note: string | null, now = new Date()) {
    const { count } = await strapi.db.query(ALERT).updateMany({
      where: { id, state: 'open' },
      data: { state: 'acknowledged', acknowledgedAt: now, acknowledgedById: userId, acknowledgedNote: note },
    });
    const row = await strapi.db.query(ALERT).findOne({ where: { id } });
    if (!row) refuse(404, `No compliance alert ${id}`);
    if (count === 0) refuse(400, `Alert ${id} is ${row.state}: only an open alert can be acknowledged`, { state: row.state });
    return alertView(row, await people().loadUnits());
  }

  async function summary() {
    const rows: Row[] = await knex()(table(ALERT)).whereIn('state', ['open', 'acknowledged']).groupBy('rule', 'severity', 'state').select('rule', 'severity', 'state').count({ n: '*' });
    const lastRuns: Row[] = await strapi.db.query(RUN).findMany({ orderBy: [{ id: 'desc' }], limit: 20 });
    return {
      alerts: rows.map((r) => ({ rule: r.rule, severity: r.severity, state: r.state, count: Number(r.n) })),
      runs: lastRuns.map((r) => ({
        window: r.windowKey,
        kind: r.kind,
        state: r.state,
        holder: r.holder,
        startedAt: toDate(r.startedAt)?.toISOString() ?? null,
        finishedAt: toDate(r.finishedAt)?.toISOString() ?? null,
        stats: r.stats ?? null,
        error: r.error ?? null,
      })),
      schedule: { enabled: settings().enabled, dailyAt: settings().dailyAt, timezone: timezone(), slaIntervalMinutes: settings().slaIntervalMinutes },
    };
  }

  /** Open and acknowledged alerts now (after a run). */
  const countCurrent = () => strapi.db.query(ALERT).count({ where: { state: { $in: ['open', 'acknowledged'] } } });

  return { sync, sendDigests, countCurrent, listAlerts, acknowledge, summary };
};
