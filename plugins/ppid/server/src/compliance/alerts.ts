/**
 * From findings to alert records, as a pure diff: which alerts to open, which to update (severity,
 * title or recipients changed), which are still seen, and which to resolve because their condition
 * cleared. Only alerts of the rules that ran are touched (the SLA pass runs two rules and must not
 * resolve the others). Open and acknowledged alerts count as current: acknowledging does not close.
 */
import type { Position } from '../domain/constants';
import { holdersOf, inForce, unitChain, type Assignment, type UnitNode } from '../workflow/actors';
import type { Finding } from './rules';
import type { RuleName } from './settings';

export interface CurrentAlert {
  id: number;
  rule: string;
  subjectKey: string;
  severity: string;
  title: { id: string; en: string };
  recipients: string[] | null;
}

export interface AlertDiff {
  open: Finding[];
  update: { id: number; finding: Finding }[];
  seen: number[];
  resolve: number[];
}

/** The unique key of an open alert: one per rule and subject. */
export const openKey = (rule: string, subjectKey: string) => `${rule}|${subjectKey}`;

const same = (a: CurrentAlert, f: Finding) =>
  a.severity === f.severity && a.title?.id === f.title.id && a.title?.en === f.title.en && JSON.stringify(a.recipients ?? []) === JSON.stringify(f.recipients);

export function diffAlerts(current: CurrentAlert[], findings: Finding[], rulesRun: readonly RuleName[]): AlertDiff {
  const ran = new Set<string>(rulesRun);
  const byKey = new Map(current.filter((a) => ran.has(a.rule)).map((a) => [openKey(a.rule, a.subjectKey), a]));
  const diff: AlertDiff = { open: [], update: [], seen: [], resolve: [] };
  const found = new Set<string>();
  for (const f of findings) {
    const key = openKey(f.rule, f.subjectKey);
    if (found.has(key)) continue; // a rule reporting a subject twice is one alert
    found.add(key);
    const existing = byKey.get(key);
    if (!existing) diff.open.push(f);
    else {
      diff.seen.push(existing.id);
      if (!same(existing, f)) diff.update.push({ id: existing.id, finding: f });
    }
  }
  for (const [key, a] of byKey) if (!found.has(key)) diff.resolve.push(a.id);
  return diff;
}

export type Severity = Finding['severity'];
const RANK: Record<string, number> = { info: 0, warning: 1, critical: 2 };
export const atLeast = (severity: string, floor: Severity) => (RANK[severity] ?? 0) >= RANK[floor];

/** Alerts grouped per person for the daily digest: each person once, their alerts worst first. */
export function digestByPerson<A extends { id: number; severity: string }>(alerts: A[], recipientsOf: (a: A) => number[]): Map<number, A[]> {
  const out = new Map<number, A[]>();
  for (const a of alerts) for (const user of new Set(recipientsOf(a))) out.set(user, [...(out.get(user) ?? []), a]);
  for (const list of out.values()) list.sort((x, y) => (RANK[y.severity] ?? 0) - (RANK[x.severity] ?? 0) || x.id - y.id);
  return out;
}

/**
 * Who an alert is addressed to on `date`: the holders of its recipient positions. An alert without a
 * unit goes to every holder of those positions; an agency-scoped alert to the holders anywhere in
 * the unit's agency; a unit alert to the holders for the unit (there, or in the nearest unit above
 * it, as for workflow actors). One rule for the digest and for the home page.
 */
export function alertRecipients(
  alert: { unitId?: number | null; recipients?: unknown; details?: { scope?: string } | null },
  units: Map<number, UnitNode>,
  assignments: Assignment[],
  date: string
): number[] {
  const positions: Position[] = Array.isArray(alert.recipients) ? (alert.recipients as Position[]) : [];
  const rootOf = (id: number) => unitChain(units, id).at(-1)?.id ?? id;
  const held = (x: Assignment) => positions.includes(x.position) && inForce(x, date);
  let ids: number[];
  if (alert.unitId === null || alert.unitId === undefined) ids = assignments.filter(held).map((x) => x.userId);
  else if (alert.details?.scope === 'agency') {
    const root = rootOf(alert.unitId);
    ids = assignments.filter((x) => held(x) && rootOf(x.unitId) === root).map((x) => x.userId);
  } else ids = positions.flatMap((p) => holdersOf(units, assignments, alert.unitId as number, p, date).map((h) => h.userId));
  return [...new Set(ids)];
}
