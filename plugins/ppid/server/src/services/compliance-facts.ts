/**
 * The facts the compliance rules (compliance/rules.ts) judge, gathered with a fixed set of aggregate
 * queries: their number does not grow with the number of units or rows.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS } from '../content-types/workflow';
import type { Position } from '../domain/constants';
import { addDays, today as localToday } from '../domain/time';
import type { StageDef, WorkflowDefinition } from '../workflow/definition';
import { SUBJECTS } from '../workflow/subjects';
import { actingUnit, inForce } from '../workflow/actors';
import { emptyFacts, lastMonth, lookbackOf, monthsBefore, quarterOf, type Facts } from '../compliance/rules';
import type { ComplianceSettings, RuleName } from '../compliance/settings';
import { getConfig, getService } from '../utils';

type Row = Record<string, any>;

/** The checker's settings (`plugin::ppid.compliance`). */
export const complianceSettings = (strapi: Core.Strapi): ComplianceSettings => getConfig(strapi).compliance;
/** The checker's time zone: its own, else the plugin's. */
export const complianceTimezone = (strapi: Core.Strapi): string => complianceSettings(strapi).timezone || getConfig(strapi).timezone;

/** A date the database returned (Date, ISO string, or epoch milliseconds as a string), or null. */
export const toDate = (v: unknown): Date | null => {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as any));
  return Number.isNaN(d.getTime()) ? null : d;
};
const toDay = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const meta = (u: string) => strapi.db.metadata.get(u as any) as any;
  const table = (u: string) => meta(u).tableName as string;
  /** The link table of a relation attribute: { name, own (this side's id column), other (target id column) }. */
  const link = (u: string, attr: string) => {
    const jt = meta(u).attributes[attr].joinTable;
    return { name: jt.name as string, own: jt.joinColumn.name as string, other: jt.inverseJoinColumn.name as string };
  };
  const settings = () => complianceSettings(strapi);
  const timezone = () => complianceTimezone(strapi);
  const definition = (key: string, version: number) => getService(strapi, 'workflow-definitions').definition(key, version);

  const ANN = uid('announcement');
  /**
   * The unit whose holders act at a stage for an item of `unitId` (the item's, or the website desk
   * for the web SOP's Koordinator): an alert addressed to the stage's actor is scoped there.
   */
  const actingUnits = (now: Date) => {
    let people: ReturnType<ReturnType<typeof getService<'workflow-people'>>['people']> | null = null;
    return async (unitId: number | null, stage: StageDef | undefined | null): Promise<number | null> => {
      if (unitId === null || !stage?.actorAt || stage.actorAt === 'item') return unitId;
      people ??= getService(strapi, 'workflow-people').people(now);
      const p = await people;
      return actingUnit(p.units, p.assignments, unitId, stage.actorAt, p.date) ?? unitId;
    };
  };
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
    const actingUnitOf = actingUnits(now);
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

    if (need('stage-without-actor')) {
      const gaps = await getService(strapi, 'workflow-definitions').coverage(now);
      facts.uncovered = gaps.flatMap((g) =>
        g.units.map((u) => ({ contentType: g.contentType, workflowKey: g.workflowKey, workflowName: g.workflowName, stage: g.stage, stageName: g.stageName, actor: g.actor as Position, unitId: u.id }))
      );
    }
    if (need('content-minimum')) {
      const since = monthsBefore(now, lookbackMonths('content-minimum'), tz);
      const [a, d] = await Promise.all([latestPublishedByUnit(ANN, 'unit', since), latestPublishedByUnit(DIP, 'holderUnit', since)]);
      const best = new Map<number, Date>();
      for (const r of [...a, ...d]) if (!best.has(r.unitId) || best.get(r.unitId)! < r.at) best.set(r.unitId, r.at);
      facts.lastPublished = [...best].map(([unitId, at]) => ({ unitId, at }));
    }
    if (need('berkala-freshness')) {
      const lu = link(ANN, 'unit');
      const lc = link(ANN, 'berkalaCategory');
      const rows: Row[] = await knex()(`${table(ANN)} as a`)
        .join(`${lu.name} as lu`, `lu.${lu.own}`, 'a.id')
        .join(`${lc.name} as lc`, `lc.${lc.own}`, 'a.id')
        .join(`${table(uid('berkala-category'))} as c`, 'c.id', `lc.${lc.other}`)
        .whereNotNull('a.published_at')
        .where('a.published_at', '>=', monthsBefore(now, lookbackMonths('berkala-freshness'), tz))
        .where('a.info_class', 'berkala')
        .groupBy(`lu.${lu.other}`, 'c.code', 'c.name')
        .select(`lu.${lu.other} as unitId`, 'c.code as code', 'c.name as name')
        .max({ at: 'a.published_at' });
      facts.berkala = rows.map((r) => ({ unitId: Number(r.unitId), categoryCode: r.code, categoryName: r.name, at: toDate(r.at)! }));
    }
    if (need('service-report')) {
      // The current issued reports of last year (the rule's year), per agency.
      const u = uid('service-report');
      const l = link(u, 'agency');
      const year = Number(localToday(now, tz).slice(0, 4)) - 1;
      const rows: Row[] = await knex()(`${table(u)} as r`)
        .join(`${l.name} as l`, `l.${l.own}`, 'r.id')
        .where({ 'r.state': 'current', 'r.year': year })
        .distinct(`l.${l.other} as agencyId`);
      facts.serviceReports = rows.map((r) => ({ agencyId: Number(r.agencyId), year }));
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
    if (need('content-plan', 'evaluation-coordinator')) {
      // Where the website's Sub Koordinator sits today: its Kepala Bidang is the Koordinator (web SOP).
      const day = localToday(now, tz);
      const held = await getService(strapi, 'workflow-people').loadAssignments();
      facts.websiteDesks = [...new Set(held.filter((a: any) => a.position === 'sub_koordinator' && inForce(a, day)).map((a: any) => Number(a.unitId)))];
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
    if (need('backlog-overdue')) {
      const BL = uid('backlog-item');
      const lu = link(BL, 'unit');
      const inst = table(uid('workflow-instance'));
      const rows: Row[] = await knex()(`${table(BL)} as b`)
        .leftJoin(`${lu.name} as l`, `l.${lu.own}`, 'b.id')
        .leftJoin(`${inst} as i`, (j: any) => j.on('i.subject_document_id', '=', 'b.document_id').andOn('i.subject_type', '=', knex().raw('?', ['backlog-item'])))
        .whereNotNull('b.due_on')
        .where('b.due_on', '<', localToday(now, tz))
        .whereNotIn('b.state', ['done', 'rejected'])
        .where((w: any) => w.whereNull('i.status').orWhere('i.status', 'active'))
        .select('b.document_id', 'b.title', 'b.due_on', `l.${lu.other} as unitId`, 'i.stage', 'i.workflow_key', 'i.workflow_version');
      for (const r of rows) {
        const def = r.workflow_key ? await definition(r.workflow_key, Number(r.workflow_version)) : null;
        const stage = def?.stages.find((x) => x.key === r.stage) ?? null;
        facts.backlogDue.push({
          documentId: r.document_id,
          title: r.title ?? null,
          unitId: await actingUnitOf(r.unitId === null || r.unitId === undefined ? null : Number(r.unitId), stage),
          dueOn: toDay(r.due_on),
          stage: r.stage ?? null,
          stageName: stage?.name ?? null,
          actor: (stage?.actor as Position) ?? null,
        });
      }
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
        if (!defs.has(k)) defs.set(k, await definition(r.workflow_key, Number(r.workflow_version)));
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
          unitId: await actingUnitOf(r.unit_id === null ? null : Number(r.unit_id), stage),
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
          // Requests and objections (issue 14) have no title: their registration number names them.
          .select('document_id', strapi.getModel(spec.uid as any).attributes.title ? 'title' : 'registration_number as title');
        for (const f of found) out.set(`${type}:${f.document_id}`, f.title);
      }
    }
    return out;
  }
  return { gatherFacts };
};
