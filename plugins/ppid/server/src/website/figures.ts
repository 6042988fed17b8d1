/**
 * Web SOP C1/C2: the figures an evaluation form is pre-filled with, as pure functions over rows the
 * service reads. Months are "YYYY-MM" strings already in the agency's time zone (the caller converts),
 * so these functions know no clock and no database.
 */
import type { Channel } from '../domain/constants';

export interface PlanRow {
  unitId: number;
  /** Planned month "YYYY-MM". */
  month: string;
  /** How many items the row plans (one per row unless stated). */
  count?: number;
}

export interface PublishedRow {
  unitId: number;
  /** Month of publication "YYYY-MM" in the agency's time zone. */
  month: string;
  /** How many items the row stands for (one unless stated: an aggregate query's count). */
  count?: number;
}

export interface PlanVsActualCell {
  unitId: number;
  month: string;
  planned: number;
  published: number;
  /** published / planned as a percentage rounded to one decimal; null when nothing was planned. */
  percent: number | null;
}

const key = (unitId: number, month: string) => `${unitId}|${month}`;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Plan versus actual per unit and month: every cell that has a plan or a publication, sorted. */
export function planVsActual(plan: readonly PlanRow[], published: readonly PublishedRow[]): PlanVsActualCell[] {
  const cells = new Map<string, PlanVsActualCell>();
  const cell = (unitId: number, month: string) => {
    const k = key(unitId, month);
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { unitId, month, planned: 0, published: 0, percent: null }));
    return c;
  };
  for (const p of plan) cell(p.unitId, p.month).planned += p.count ?? 1;
  for (const p of published) cell(p.unitId, p.month).published += p.count ?? 1;
  return [...cells.values()]
    .map((c) => ({ ...c, percent: c.planned > 0 ? round1((100 * c.published) / c.planned) : null }))
    .sort((a, b) => a.unitId - b.unitId || a.month.localeCompare(b.month));
}

/** Totals per unit over the period (the row the form shows under each unit's months). */
export function planVsActualPerUnit(cells: readonly PlanVsActualCell[]): Omit<PlanVsActualCell, 'month'>[] {
  const per = new Map<number, { planned: number; published: number }>();
  for (const c of cells) {
    const t = per.get(c.unitId) ?? { planned: 0, published: 0 };
    t.planned += c.planned;
    t.published += c.published;
    per.set(c.unitId, t);
  }
  return [...per.entries()]
    .sort(([a], [b]) => a - b)
    .map(([unitId, t]) => ({ unitId, ...t, percent: t.planned > 0 ? round1((100 * t.published) / t.planned) : null }));
}

export interface StageVisit {
  stage: string;
  /** When the item entered and left the stage; a visit still open has no `leftAt` and is not counted. */
  enteredAt: Date;
  leftAt: Date | null;
  /** When the stage's time standard fell due for this visit (null: the stage has no time standard). */
  dueAt: Date | null;
}

export interface StageStandardFigure {
  stage: string;
  completed: number;
  /** Visits that left the stage on or before their due time. */
  met: number;
  /** Visits whose stage has no time standard. */
  unmeasured: number;
  percentMet: number | null;
}

/** Workflow time standards met per stage, over visits that left the stage within the period. */
export function stageStandards(visits: readonly StageVisit[], from: Date, to: Date): StageStandardFigure[] {
  const per = new Map<string, StageStandardFigure>();
  for (const v of visits) {
    if (!v.leftAt || v.leftAt < from || v.leftAt > to) continue;
    const f = per.get(v.stage) ?? { stage: v.stage, completed: 0, met: 0, unmeasured: 0, percentMet: null };
    f.completed += 1;
    if (!v.dueAt) f.unmeasured += 1;
    else if (v.leftAt.getTime() <= v.dueAt.getTime()) f.met += 1;
    per.set(v.stage, f);
  }
  return [...per.values()]
    .map((f) => {
      const measured = f.completed - f.unmeasured;
      return { ...f, percentMet: measured > 0 ? round1((100 * f.met) / measured) : null };
    })
    .sort((a, b) => a.stage.localeCompare(b.stage));
}

export interface BacklogRow {
  openedAt: Date;
  /** When the item reached its final stage (done); null while open. */
  closedAt: Date | null;
  dueOn?: string | null;
}

export interface BacklogFigures {
  opened: number;
  closed: number;
  /** Open at the end of the period. */
  openAtEnd: number;
  /** Lead time of the items closed in the period, in whole days: mean and median (null if none closed). */
  leadTimeDaysMean: number | null;
  leadTimeDaysMedian: number | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** Backlog items opened and closed in [from, to], open at `to`, and the lead time of those closed. */
export function backlogFigures(items: readonly BacklogRow[], from: Date, to: Date): BacklogFigures {
  const inPeriod = (d: Date) => d >= from && d <= to;
  const opened = items.filter((i) => inPeriod(i.openedAt)).length;
  const closedItems = items.filter((i) => i.closedAt && inPeriod(i.closedAt));
  const openAtEnd = items.filter((i) => i.openedAt <= to && (!i.closedAt || i.closedAt > to)).length;
  const leads = closedItems.map((i) => (i.closedAt!.getTime() - i.openedAt.getTime()) / DAY).sort((a, b) => a - b);
  const mean = leads.length ? round1(leads.reduce((s, x) => s + x, 0) / leads.length) : null;
  const median = leads.length
    ? round1(leads.length % 2 ? leads[(leads.length - 1) / 2] : (leads[leads.length / 2 - 1] + leads[leads.length / 2]) / 2)
    : null;
  return { opened, closed: closedItems.length, openAtEnd, leadTimeDaysMean: mean, leadTimeDaysMedian: median };
}

export interface ProofRow {
  channel: Channel;
  at: Date;
}

/** Proofs of publication per channel within the period: every channel listed, zero where none. */
export function proofsPerChannel(proofs: readonly ProofRow[], channels: readonly Channel[], from: Date, to: Date): { channel: Channel; count: number }[] {
  const counts = new Map<Channel, number>(channels.map((c) => [c, 0]));
  for (const p of proofs) if (p.at >= from && p.at <= to && counts.has(p.channel)) counts.set(p.channel, counts.get(p.channel)! + 1);
  return channels.map((channel) => ({ channel, count: counts.get(channel)! }));
}
