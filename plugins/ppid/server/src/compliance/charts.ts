/**
 * The compliance dashboard's charts (issue 12 point 4) as pure functions over aggregate rows the
 * service reads: the months of the window in the agency's time zone, content published per unit and
 * month against the signed content plans (website/figures.ts planVsActual), workflow time standards
 * met per stage, and open alerts by rule and unit. No clock, no database.
 */
import { DateTime } from 'luxon';
import { planVsActual, type PlanRow, type PlanVsActualCell, type PublishedRow } from '../website/figures';

export type Text = { id: string; en: string };

export interface ChartMonth {
  /** "YYYY-MM" in the agency's time zone. */
  month: string;
  /** First instant of the month and first instant of the next one (half-open range). */
  start: Date;
  end: Date;
}

/** The `count` calendar months up to and including the month of `now`, oldest first, in `tz`. */
export function chartMonths(now: Date, tz: string, count: number): ChartMonth[] {
  const current = DateTime.fromJSDate(now, { zone: tz }).startOf('month');
  return Array.from({ length: count }, (_, i) => {
    const start = current.minus({ months: count - 1 - i });
    return { month: start.toFormat('yyyy-MM'), start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
  });
}

export interface PublishedChart {
  months: string[];
  /** One cell per unit and month of the window that has a plan or a publication. */
  cells: PlanVsActualCell[];
  /** Per month over all units (every month of the window, zeros included). */
  totals: { month: string; planned: number; published: number }[];
}

/** Publications against the plan, kept to the window's months. */
export function publishedAgainstPlan(months: readonly string[], plan: readonly PlanRow[], published: readonly PublishedRow[]): PublishedChart {
  const inWindow = new Set(months);
  const cells = planVsActual(
    plan.filter((p) => inWindow.has(p.month)),
    published.filter((p) => inWindow.has(p.month))
  );
  const totals = months.map((month) => ({ month, planned: 0, published: 0 }));
  const byMonth = new Map(totals.map((t) => [t.month, t]));
  for (const c of cells) {
    const t = byMonth.get(c.month)!;
    t.planned += c.planned;
    t.published += c.published;
  }
  return { months: [...months], cells, totals };
}

export interface StageCountRow {
  workflowKey: string;
  stage: string;
  /** Visits that left the stage in the window. */
  completed: number;
  /** Of those, visits left on or before their due time. */
  met: number;
  /** Of those, visits of a stage without a time standard. */
  unmeasured: number;
}

export interface StageStandardBar extends StageCountRow {
  stageName: Text;
  workflowName: Text;
  /** met / (completed - unmeasured) in percent, one decimal; null when nothing was measured. */
  percentMet: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Time standards met per stage: the counts with the stage's and workflow's names (from the newest
 * definition; a stage no longer defined keeps its key), in the order of the definitions' stages.
 */
export function standardsPerStage(
  rows: readonly StageCountRow[],
  workflows: ReadonlyMap<string, { name: Text; stages: { key: string; name: Text }[] }>
): StageStandardBar[] {
  const order = (r: StageCountRow) => {
    const idx = workflows.get(r.workflowKey)?.stages.findIndex((s) => s.key === r.stage) ?? -1;
    return idx < 0 ? Number.MAX_SAFE_INTEGER : idx;
  };
  return rows
    .filter((r) => r.completed > 0)
    .map((r) => {
      const wf = workflows.get(r.workflowKey);
      const stage = wf?.stages.find((s) => s.key === r.stage);
      const measured = r.completed - r.unmeasured;
      return {
        ...r,
        stageName: stage?.name ?? { id: r.stage, en: r.stage },
        workflowName: wf?.name ?? { id: r.workflowKey, en: r.workflowKey },
        percentMet: measured > 0 ? round1((100 * r.met) / measured) : null,
      };
    })
    .sort((a, b) => a.workflowKey.localeCompare(b.workflowKey) || order(a) - order(b) || a.stage.localeCompare(b.stage));
}

export interface AlertCountRow {
  rule: string;
  unitId: number | null;
  count: number;
}

export interface AlertsChart {
  /** Rules with open alerts, most alerts first, each with its count per unit (null: no unit). */
  rules: { rule: string; total: number; units: { unitId: number | null; count: number }[] }[];
  /** Units with open alerts, most alerts first. */
  units: { unitId: number | null; total: number }[];
  total: number;
}

/** Open (and acknowledged) alerts by rule and by unit, from counts grouped by rule and unit. */
export function alertsByRuleAndUnit(rows: readonly AlertCountRow[]): AlertsChart {
  const rules = new Map<string, { rule: string; total: number; units: Map<number | null, number> }>();
  const units = new Map<number | null, number>();
  let total = 0;
  for (const r of rows) {
    if (r.count <= 0) continue;
    const entry = rules.get(r.rule) ?? { rule: r.rule, total: 0, units: new Map() };
    entry.total += r.count;
    entry.units.set(r.unitId, (entry.units.get(r.unitId) ?? 0) + r.count);
    rules.set(r.rule, entry);
    units.set(r.unitId, (units.get(r.unitId) ?? 0) + r.count);
    total += r.count;
  }
  // Units by id, the alerts without a unit last.
  const unitOrder = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
  return {
    rules: [...rules.values()]
      .map((r) => ({
        rule: r.rule,
        total: r.total,
        units: [...r.units].map(([unitId, count]) => ({ unitId, count })).sort((a, b) => b.count - a.count || unitOrder(a.unitId, b.unitId)),
      }))
      .sort((a, b) => b.total - a.total || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
    units: [...units].map(([unitId, t]) => ({ unitId, total: t })).sort((a, b) => b.total - a.total || unitOrder(a.unitId, b.unitId)),
    total,
  };
}
