/**
 * "No stage without someone who can act": for a workflow and the units whose items follow it, the
 * stages at which nobody holds the acting position today, and for which units. Pure: saving a
 * definition or a binding answers with it, the checker raises an alert for each.
 */
import { stageActors, type Assignment, type UnitNode } from './actors';
import type { WorkflowDefinition } from './definition';

export type Uncovered = { stage: string; actor: string; actorAt?: string; units: { id: number; code: string; name: string }[] };

export function uncoveredStages(def: WorkflowDefinition, unitIds: number[], units: Map<number, UnitNode>, assignments: Assignment[], date: string): Uncovered[] {
  const out: Uncovered[] = [];
  for (const stage of def.stages) {
    if (!stage.actor) continue;
    const missing = unitIds
      .filter((id) => stageActors(units, assignments, id, stage, date).length === 0)
      .map((id) => units.get(id))
      .filter((u): u is UnitNode => !!u)
      .map((u) => ({ id: u.id, code: u.code, name: u.name }));
    if (missing.length) out.push({ stage: stage.key, actor: stage.actor, ...(stage.actorAt ? { actorAt: stage.actorAt } : {}), units: missing });
  }
  return out;
}
