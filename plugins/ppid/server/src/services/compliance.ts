/**
 * The scheduled compliance checker (Strapi glue around compliance/): gathers the facts with a fixed
 * set of aggregate queries (their number does not grow with the number of units or rows), runs the
 * pure rules, turns findings into alert records (one open alert per rule and subject, resolved when
 * the condition clears), and mails each responsible person one digest a day through the outbox.
 *
 * Runs: a daily window (default 07:00 in the agency's time zone) and an SLA pass every few minutes,
 * both strapi.cron jobs removed on destroy. Every window has one run row, unique by its key, which is
 * also its lease: the instance that inserts it runs the window; another takes it over only when the
 * lease has run out (the holder died). The latest daily window is checked at start (catch-up).
 */
import { randomBytes } from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS } from '../content-types/workflow';
import { ALERT_SEVERITIES, ALERT_STATES } from '../content-types/compliance';
import type { Position } from '../domain/constants';
import { today as localToday, yearRange } from '../domain/time';
import { holdersOf, inForce, unitChain, type Assignment, type UnitNode } from '../workflow/actors';
import type { WorkflowDefinition } from '../workflow/definition';
import { SUBJECTS } from '../workflow/subjects';
import { diffAlerts, digestByPerson, openKey, type CurrentAlert } from '../compliance/alerts';
import { emptyFacts, evaluate, lastMonth, lookbackOf, monthsBefore, quarterOf, type Facts, type Finding } from '../compliance/rules';
import { cronRules, dailyWindow, slaWindow, type Window } from '../compliance/schedule';
import { RULES, SLA_RULES, type ComplianceSettings, type RuleName } from '../compliance/settings';
import { refuse } from '../errors';
import { getConfig, getService } from '../utils';

type Row = Record<string, any>;
const ALERT = uid('compliance-alert');
const RUN = uid('compliance-run');
export const CRON_DAILY = 'ppid-compliance-daily';
export const CRON_SLA = 'ppid-compliance-sla';

export const COMPLIANCE_EVENTS = { alertOpened: 'ppid.compliance.alert-opened', alertResolved: 'ppid.compliance.alert-resolved' } as const;

const toDate = (v: unknown): Date | null => {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as any));
  return Number.isNaN(d.getTime()) ? null : d;
};
const toDay = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

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
  const knex = () => strapi.db.connection;
  const meta = (u: string) => strapi.db.metadata.get(u as any) as any;
  const table = (u: string) => meta(u).tableName as string;
  /** The link table of a relation attribute: { name, own (this side's id column), other (target id column) }. */
  const link = (u: string, attr: string) => {
    const jt = meta(u).attributes[attr].joinTable;
    return { name: jt.name as string, own: jt.joinColumn.name as string, other: jt.inverseJoinColumn.name as string };
  };

  const pluginConfig = () => getConfig(strapi);
  const settings = (): ComplianceSettings => pluginConfig().compliance;
  const timezone = () => settings().timezone || pluginConfig().timezone;
  const definitions = () => getService(strapi, 'workflow-definitions');
  const people = () => getService(strapi, 'workflow-people');

  // ---------------------------------------------------------------- facts (aggregate queries)

  const ANN = uid('announcement');
  const DIP = uid('dip-entry');

  /**
   * max(published_at) per unit of a draft & publish type, among publications since `since`: a range
   * on the published_at index, so the cost follows recent activity, not the size of the archive.
   */
  async function latestPublishedByUnit(u: string, unitAttr: string, since: Date) {
    const l = link(u, unitAttr);
    const rows: Row[] = await knex()(`${table(u)} as a`)
      .join(`${l.name} as l`, `l.${l.own}`, 'a.id')
      .where('a.published_at', '>=', since)
      .groupBy(`l.${l.other}`)
      .select(`l.${l.other} as unitId`)
      .max({ at: 'a.published_at' });
    return rows.map((r) => ({ unitId: Number(r.unitId), at: toDate(r.at)! })).filter((r) => r.at);
  }

  const lookbackMonths = (rule: 'content-minimum' | 'berkala-freshness') => lookbackOf(settings(), rule);

  async function gatherFacts(names: readonly RuleName[], now: Date): Promise<Facts> {
    const need = (...rules: RuleName[]) => rules.some((r) => names.includes(r) && settings().rules[r].enabled);
    const tz = timezone();
    const facts = emptyFacts();
    const parent = link(uid('unit'), 'parent');
    const unitRows: Row[] = await knex()(`${table(uid('unit'))} as u`)
      .leftJoin(`${parent.name} as p`, `p.${parent.own}`, 'u.id')
      .select('u.id', 'u.code', 'u.name', 'u.publishes', 'u.active', `p.${parent.other} as parentId`);
    facts.units = unitRows.map((r) => ({
      id: Number(r.id),
      code: r.code,
      name: r.name,
      parentId: r.parentId === null || r.parentId === undefined ? null : Number(r.parentId),
      publishes: r.publishes === null || r.publishes === undefined ? true : Boolean(r.publishes),
      active: r.active === null || r.active === undefined ? true : Boolean(r.active),
    }));

    if (need('content-minimum')) {
      const since = monthsBefore(now, lookbackMonths('content-minimum'), tz);
      const [a, d] = await Promise.all([latestPublishedByUnit(ANN, 'unit', since), latestPublishedByUnit(DIP, 'holderUnit', since)]);
      const best = new Map<number, Date>();
      for (const r of [...a, ...d]) if (!best.has(r.unitId) || best.get(r.unitId)! < r.at) best.set(r.unitId, r.at);
      facts.lastPublished = [...best].map(([unitId, at]) => ({ unitId, at }));
    }
    if (need('berkala-freshness', 'service-report')) {
      const lu = link(ANN, 'unit');
      const lc = link(ANN, 'berkalaCategory');
      const cats = table(uid('berkala-category'));
      const base = () =>
        knex()(`${table(ANN)} as a`)
          .join(`${lu.name} as lu`, `lu.${lu.own}`, 'a.id')
          .join(`${lc.name} as lc`, `lc.${lc.own}`, 'a.id')
          .join(`${cats} as c`, 'c.id', `lc.${lc.other}`)
          .whereNotNull('a.published_at');
      if (need('berkala-freshness')) {
        const rows: Row[] = await base()
          .where('a.published_at', '>=', monthsBefore(now, lookbackMonths('berkala-freshness'), tz))
          .where('a.info_class', 'berkala')
          .groupBy(`lu.${lu.other}`, 'c.code', 'c.name')
          .select(`lu.${lu.other} as unitId`, 'c.code as code', 'c.name as name')
          .max({ at: 'a.published_at' });
        facts.berkala = rows.map((r) => ({ unitId: Number(r.unitId), categoryCode: r.code, categoryName: r.name, at: toDate(r.at)! }));
      }
      if (need('service-report')) {
        const { start } = yearRange(Number(localToday(now, tz).slice(0, 4)), tz);
        const rows: Row[] = await base()
          .where('c.code', settings().rules['service-report'].category)
          .where('a.published_at', '>=', start)
          .groupBy(`lu.${lu.other}`)
          .select(`lu.${lu.other} as unitId`)
          .max({ at: 'a.published_at' });
        facts.serviceReports = rows.map((r) => ({ unitId: Number(r.unitId), at: toDate(r.at)! }));
      }
    }
    if (need('content-plan')) {
      const q = quarterOf(now, tz);
      const u = uid('content-plan');
      const l = link(u, 'unit');
      const rows: Row[] = await knex()(`${table(u)} as p`)
        .join(`${l.name} as l`, `l.${l.own}`, 'p.id')
        .where({ 'p.year': q.year, 'p.quarter': q.quarter })
        .whereIn('p.state', ['signed', 'submitted'])
        .distinct(`l.${l.other} as unitId`);
      facts.plannedUnits = rows.map((r) => Number(r.unitId));
    }
    if (need('monthly-upload')) {
      const month = lastMonth(now, tz);
      const lu = link(ANN, 'unit');
      const af = uid('approval-form');
      const la = link(af, 'unit');
      const [published, approved]: Row[][] = await Promise.all([
        knex()(`${table(ANN)} as a`)
          .join(`${lu.name} as l`, `l.${lu.own}`, 'a.id')
          .where('a.published_at', '>=', month.start)
          .where('a.published_at', '<', month.end)
          .groupBy(`l.${lu.other}`)
          .select(`l.${lu.other} as unitId`)
          .count({ n: '*' }),
        knex()(`${table(af)} as f`)
          .join(`${la.name} as l`, `l.${la.own}`, 'f.id')
          .whereIn('f.state', ['approved', 'published'])
          .where('f.decided_at', '>=', month.start)
          .where('f.decided_at', '<', month.end)
          .groupBy(`l.${la.other}`)
          .select(`l.${la.other} as unitId`)
          .count({ n: '*' }),
      ]);
      facts.uploadsLastMonth = [...published, ...approved].map((r) => ({ unitId: Number(r.unitId), count: Number(r.n) }));
    }
    if (need('evaluation-coordinator', 'evaluation-head')) {
      const u = uid('evaluation');
      const l = link(u, 'unit');
      const rows: Row[] = await knex()(`${table(u)} as e`)
        .leftJoin(`${l.name} as l`, `l.${l.own}`, 'e.id')
        .where('e.state', 'final')
        .groupBy(`l.${l.other}`, 'e.kind')
        .select(`l.${l.other} as unitId`, 'e.kind as kind')
        .max({ periodEnd: 'e.period_end' });
      facts.evaluations = rows.map((r) => ({ unitId: r.unitId === null ? null : Number(r.unitId), kind: r.kind, periodEnd: toDay(r.periodEnd) }));
    }
    if (need('dip-edition')) {
      const u = uid('dip-edition');
      const l = link(u, 'agency');
      const year = Number(localToday(now, tz).slice(0, 4));
      const rows: Row[] = await knex()(`${table(u)} as d`)
        .join(`${l.name} as l`, `l.${l.own}`, 'd.id')
        .where({ 'd.state': 'enacted', 'd.year': year })
        .distinct(`l.${l.other} as unitId`);
      facts.enactedEditionAgencies = rows.map((r) => Number(r.unitId));
    }
    if (need('exclusion-expiry')) {
      const u = uid('exclusion');
      const l = link(u, 'unit');
      const horizon = addDays(localToday(now, tz), settings().rules['exclusion-expiry'].warnDays);
      const rows: Row[] = await knex()(`${table(u)} as x`)
        .leftJoin(`${l.name} as l`, `l.${l.own}`, 'x.id')
        .whereNotNull('x.published_at')
        .whereNull('x.reopened_on')
        .where('x.exclusion_ends_on', '<=', horizon)
        .select('x.document_id as documentId', 'x.title as title', 'x.exclusion_ends_on as endsOn', `l.${l.other} as unitId`);
      facts.exclusions = rows.map((r) => ({ documentId: r.documentId, title: r.title, endsOn: toDay(r.endsOn), unitId: r.unitId === null ? null : Number(r.unitId) }));
    }
    if (need('sla-overdue', 'serta-merta-retro')) {
      const inst = table(uid('workflow-instance'));
      const [overdue, retro]: Row[][] = await Promise.all([
        need('sla-overdue')
          ? knex()(inst).where('status', 'active').whereNotNull('due_at').where('due_at', '<', now).select('subject_type', 'subject_document_id', 'unit_id', 'stage', 'workflow_key', 'workflow_version', 'due_at')
          : Promise.resolve([]),
        need('serta-merta-retro')
          ? knex()(inst).where('retro_status', 'pending').select('subject_type', 'subject_document_id', 'unit_id', 'workflow_key', 'workflow_version', 'retro_due_at')
          : Promise.resolve([]),
      ]);
      const defs = new Map<string, WorkflowDefinition | null>();
      const defOf = async (r: Row) => {
        const k = `${r.workflow_key}@${r.workflow_version}`;
        if (!defs.has(k)) defs.set(k, await definitions().definition(r.workflow_key, Number(r.workflow_version)));
        return defs.get(k)!;
      };
      const titles = await titlesOf([...overdue, ...retro]);
      for (const r of overdue) {
        const def = await defOf(r);
        const stage = def?.stages.find((s) => s.key === r.stage);
        facts.overdue.push({
          type: r.subject_type,
          documentId: r.subject_document_id,
          title: titles.get(`${r.subject_type}:${r.subject_document_id}`) ?? null,
          unitId: r.unit_id === null ? null : Number(r.unit_id),
          stage: r.stage,
          stageName: stage?.name ?? { id: r.stage, en: r.stage },
          actor: (stage?.actor as Position) ?? null,
          dueAt: toDate(r.due_at)!,
        });
      }
      for (const r of retro) {
        const def = await defOf(r);
        facts.retroPending.push({
          type: r.subject_type,
          documentId: r.subject_document_id,
          title: titles.get(`${r.subject_type}:${r.subject_document_id}`) ?? null,
          unitId: r.unit_id === null ? null : Number(r.unit_id),
          dueAt: toDate(r.retro_due_at),
          approvers: (def?.fastTrack?.retroApprovers ?? ['kepala']) as Position[],
        });
      }
    }
    return facts;
  }

  /** Titles of workflow items (draft rows), in chunks: bounded by the items in trouble, not the table. */
  async function titlesOf(rows: Row[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const type of WORKFLOW_SUBJECTS) {
      const ids = [...new Set(rows.filter((r) => r.subject_type === type).map((r) => r.subject_document_id))];
      const spec = SUBJECTS[type];
      for (let i = 0; i < ids.length; i += 500) {
        const found: Row[] = await knex()(table(spec.uid))
          .whereIn('document_id', ids.slice(i, i + 500))
          .modify((q: any) => (spec.draftAndPublish ? q.whereNull('published_at') : q))
          .select('document_id', 'title');
        for (const f of found) out.set(`${type}:${f.document_id}`, f.title);
      }
    }
    return out;
  }

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
    const [unitsMap, assignments]: [Map<number, UnitNode>, Assignment[]] = await Promise.all([people().loadUnits(), people().loadAssignments()]);
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
    if (rows.length) await getService(strapi, 'notifications').enqueue(rows);
  }

  // ---------------------------------------------------------------- digest

  /** One digest per person: their open (not acknowledged) alerts, through the outbox, once a day. */
  async function sendDigests(now: Date): Promise<number> {
    const alerts: Row[] = await strapi.db.query(ALERT).findMany({ where: { state: 'open' }, select: ['id', 'rule', 'severity', 'title', 'unitId', 'recipients', 'details'] });
    if (!alerts.length) return 0;
    const [unitsMap, assignments]: [Map<number, UnitNode>, Assignment[]] = await Promise.all([people().loadUnits(), people().loadAssignments()]);
    const date = localToday(now, timezone());
    const rootOf = (id: number) => unitChain(unitsMap, id).at(-1)?.id ?? id;
    const recipientsOf = (a: Row): number[] => {
      const positions: Position[] = Array.isArray(a.recipients) ? a.recipients : [];
      if (a.unitId === null || a.unitId === undefined) return assignments.filter((x) => positions.includes(x.position) && inForce(x, date)).map((x) => x.userId);
      if (a.details?.scope === 'agency') {
        const root = rootOf(a.unitId);
        return assignments.filter((x) => positions.includes(x.position) && inForce(x, date) && rootOf(x.unitId) === root).map((x) => x.userId);
      }
      return positions.flatMap((p) => holdersOf(unitsMap, assignments, a.unitId, p, date).map((h) => h.userId));
    };
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
    const result = await getService(strapi, 'notifications').enqueue(rows);
    return result.created;
  }

  // ---------------------------------------------------------------- runs and leases

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
    const facts = await gatherFacts(rules, now);
    const clock = getService(strapi, 'workflow-clock').clock();
    const findings = evaluate(rules, facts, { now, timezone: timezone(), settings: settings(), addWorking: (s, a, u) => clock.addWorking(s, a, u) });
    const enabled = rules.filter((r) => settings().rules[r].enabled);
    // Disabled rules' alerts are resolved too: a rule switched off is no longer an obligation.
    const written = await sync(findings, rules, now);
    const digests = digest && settings().digest ? await sendDigests(now) : 0;
    const open = await strapi.db.query(ALERT).count({ where: { state: { $in: ['open', 'acknowledged'] } } });
    return { rules: enabled, findings: findings.length, ...written, open, digests };
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
      people().loadUnits() as Promise<Map<number, UnitNode>>,
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

  return { gatherFacts, check, runWindow, runNow, catchUp, start, stop, listAlerts, acknowledge, summary, daily, sla, holder, states: ALERT_STATES };
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
