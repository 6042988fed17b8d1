/**
 * The compliance dashboard's figures (GET /ppid/compliance/charts): a fixed set of aggregate queries
 * (one grouped count per month of the window, one for the plans, one for the stage visits, one for
 * the alerts) whose results the pure functions of compliance/charts.ts shape. No row is loaded one
 * by one: the cost follows the number of units, stages and months, not of items.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { alertsByRuleAndUnit, chartMonths, publishedAgainstPlan, standardsPerStage, type StageCountRow, type Text } from '../compliance/charts';
import { getService } from '../utils';
import { complianceTimezone } from './compliance-facts';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const meta = (u: string) => strapi.db.metadata.get(u as any) as any;
  const table = (u: string) => meta(u).tableName as string;
  const link = (u: string, attr: string) => {
    const jt = meta(u).attributes[attr].joinTable;
    return { name: jt.name as string, own: jt.joinColumn.name as string, other: jt.inverseJoinColumn.name as string };
  };

  /** Announcements published per unit in each month of the window (one grouped count per month). */
  async function publishedPerMonth(months: ReturnType<typeof chartMonths>) {
    const ANN = uid('announcement');
    const l = link(ANN, 'unit');
    const counts = await Promise.all(
      months.map(async (m) => {
        const rows: Row[] = await knex()(`${table(ANN)} as a`)
          .join(`${l.name} as l`, `l.${l.own}`, 'a.id')
          .where('a.published_at', '>=', m.start)
          .where('a.published_at', '<', m.end)
          .groupBy(`l.${l.other}`)
          .select(`l.${l.other} as unitId`)
          .count({ n: '*' });
        return rows.map((r) => ({ unitId: Number(r.unitId), month: m.month, count: Number(r.n) }));
      })
    );
    return counts.flat();
  }

  /** Items of signed or submitted content plans per unit (the item's, else the plan's) and month. */
  async function plannedPerMonth(fromYear: number, toYear: number) {
    const ITEM = uid('content-plan-item');
    const PLAN = uid('content-plan');
    const lp = link(ITEM, 'plan');
    const liu = link(ITEM, 'unit');
    const lpu = link(PLAN, 'unit');
    const unit = knex().raw('coalesce(??, ??)', [`liu.${liu.other}`, `lpu.${lpu.other}`]);
    const rows: Row[] = await knex()(`${table(ITEM)} as i`)
      .join(`${lp.name} as lp`, `lp.${lp.own}`, 'i.id')
      .join(`${table(PLAN)} as p`, 'p.id', `lp.${lp.other}`)
      .leftJoin(`${liu.name} as liu`, `liu.${liu.own}`, 'i.id')
      .leftJoin(`${lpu.name} as lpu`, `lpu.${lpu.own}`, 'p.id')
      .whereIn('p.state', ['signed', 'submitted'])
      .whereBetween('p.year', [fromYear, toYear])
      .groupBy(unit) // a raw grouping takes no other column: knex ignores the rest of the call
      .groupBy('p.year', 'i.target_month')
      .select(knex().raw('coalesce(??, ??) as ??', [`liu.${liu.other}`, `lpu.${lpu.other}`, 'unitId']), 'p.year as year', 'i.target_month as targetMonth')
      .count({ n: '*' });
    return rows
      .filter((r) => r.unitId !== null && r.unitId !== undefined)
      .map((r) => ({ unitId: Number(r.unitId), month: `${r.year}-${String(r.targetMonth).padStart(2, '0')}`, count: Number(r.n) }));
  }

  /** Stage visits that ended in the window, per workflow and stage: completed, met in time, unmeasured. */
  async function stageCounts(since: Date, until: Date) {
    const rows: Row[] = await knex()(table(uid('workflow-transition')))
      .whereNotNull('from_stage')
      .where('left_at', '>=', since)
      .where('left_at', '<', until)
      .groupBy('workflow_key', 'from_stage')
      .select('workflow_key as workflowKey', 'from_stage as stage')
      .max({ version: 'workflow_version' })
      .count({ completed: '*' })
      .select(knex().raw('sum(case when due_at is null then 1 else 0 end) as ??', ['unmeasured']))
      .select(knex().raw('sum(case when due_at is not null and left_at <= due_at then 1 else 0 end) as ??', ['met']));
    return rows.map((r) => ({
      workflowKey: String(r.workflowKey),
      stage: String(r.stage),
      version: Number(r.version),
      completed: Number(r.completed),
      met: Number(r.met ?? 0),
      unmeasured: Number(r.unmeasured ?? 0),
    }));
  }

  async function alertCounts() {
    const rows: Row[] = await knex()(table(uid('compliance-alert')))
      .whereIn('state', ['open', 'acknowledged'])
      .groupBy('rule', 'unit_id')
      .select('rule', 'unit_id as unitId')
      .count({ n: '*' });
    return rows.map((r) => ({ rule: String(r.rule), unitId: r.unitId === null || r.unitId === undefined ? null : Number(r.unitId), count: Number(r.n) }));
  }

  /** The dashboard's figures for the `monthCount` months up to the current one (agency time zone). */
  async function charts(monthCount: number, now = new Date()) {
    const tz = complianceTimezone(strapi);
    const months = chartMonths(now, tz, monthCount);
    const first = months[0];
    const last = months[months.length - 1];
    const [published, planned, stages, alerts, units]: [Row[], Row[], (StageCountRow & { version: number })[], Row[], Row[]] = await Promise.all([
      publishedPerMonth(months),
      plannedPerMonth(Number(first.month.slice(0, 4)), Number(last.month.slice(0, 4))),
      stageCounts(first.start, last.end),
      alertCounts(),
      knex()(table(uid('unit'))).select('id', 'code', 'name'),
    ]);

    const definitions = getService(strapi, 'workflow-definitions');
    const newest = new Map<string, number>();
    for (const s of stages) newest.set(s.workflowKey, Math.max(newest.get(s.workflowKey) ?? 0, s.version));
    const workflows = new Map<string, { name: Text; stages: { key: string; name: Text }[] }>();
    for (const [key, version] of newest) {
      const def = await definitions.definition(key, version);
      if (def) workflows.set(key, { name: def.name, stages: def.stages.map((s) => ({ key: s.key, name: s.name })) });
    }

    const publishedChart = publishedAgainstPlan(
      months.map((m) => m.month),
      planned.map((p) => ({ unitId: p.unitId, month: p.month, count: p.count })),
      published.map((p) => ({ unitId: p.unitId, month: p.month, count: p.count }))
    );
    const alertsChart = alertsByRuleAndUnit(alerts as { rule: string; unitId: number | null; count: number }[]);
    const used = new Set<number>([...publishedChart.cells.map((c) => c.unitId), ...alertsChart.units.flatMap((u) => (u.unitId === null ? [] : [u.unitId]))]);
    return {
      period: { from: first.month, to: last.month, timezone: tz },
      units: units
        .filter((u) => used.has(Number(u.id)))
        .map((u) => ({ id: Number(u.id), code: String(u.code), name: String(u.name) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
      published: publishedChart,
      timeStandards: standardsPerStage(
        stages.map(({ version: _v, ...s }) => s),
        workflows
      ),
      alerts: alertsChart,
    };
  }

  return { charts };
};
