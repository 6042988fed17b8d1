/**
 * Web SOP A1: one content plan per quarter for the whole website, rows per unit (what, which
 * information class/category, planned month). Pure checks on the rows and the quarter they belong to.
 */
import type { Verdict } from './forms';
import type { PLAN_STATUSES } from '../domain/constants';
import type { WorkflowDefinition } from '../workflow/definition';

export type PlanState = (typeof PLAN_STATUSES)[number];

/**
 * The state a content plan shows at `stageKey` of its workflow: "submitted" once handed to the head
 * (the final stage), "signed" at the hand-over stage (a `publishing` stage: the signed table, frozen),
 * "draft" while it is written or signed, and again when cancelled or started over.
 */
export function planStateAt(def: WorkflowDefinition, stageKey: string): PlanState {
  const kind = def.stages.find((s) => s.key === stageKey)?.kind;
  if (kind === 'published') return 'submitted';
  return kind === 'publishing' ? 'signed' : 'draft';
}

export interface PlanRowInput {
  unitId: number;
  title: string;
  infoClass: string;
  categoryId?: number | null;
  /** "YYYY-MM" */
  month: string;
}

/** The quarter of a "YYYY-MM" month. */
export const quarterOf = (month: string) => ({ year: Number(month.slice(0, 4)), quarter: Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1 });

/** The three months of a quarter, "YYYY-MM". */
export const monthsOfQuarter = (year: number, quarter: number) => [0, 1, 2].map((i) => `${year}-${String((quarter - 1) * 3 + 1 + i).padStart(2, '0')}`);

/** Rows are valid for a plan of `year`/`quarter`: every row names a unit, a title and a month inside the quarter. */
export function checkPlanRows(year: number, quarter: number, rows: readonly PlanRowInput[], unitIds: ReadonlySet<number>): Verdict<PlanRowInput[]> {
  const months = new Set(monthsOfQuarter(year, quarter));
  if (!rows.length) return { ok: false, status: 400, reason: { id: 'Rencana konten harus berisi minimal satu baris.', en: 'The content plan needs at least one row.' } };
  for (const [i, r] of rows.entries()) {
    const n = i + 1;
    if (!unitIds.has(r.unitId)) return { ok: false, status: 400, reason: { id: `Baris ${n}: unit tidak dikenal.`, en: `Row ${n}: unknown unit.` } };
    if (!r.title?.trim()) return { ok: false, status: 400, reason: { id: `Baris ${n}: judul konten wajib diisi.`, en: `Row ${n}: the content title is required.` } };
    if (!months.has(r.month))
      return { ok: false, status: 400, reason: { id: `Baris ${n}: bulan ${r.month} di luar triwulan ${quarter} ${year}.`, en: `Row ${n}: month ${r.month} is outside Q${quarter} ${year}.` } };
  }
  return { ok: true, value: rows.map((r) => ({ ...r, title: r.title.trim() })) };
}
