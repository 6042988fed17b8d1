/** The unit hierarchy as plain data. */
export type UnitNode = { id: number; code: string; parentId: number | null };

/** The unit and every unit below it (ids), in breadth-first order; [] when the root is unknown. */
export function subtree(units: UnitNode[], rootId: number): number[] {
  if (!units.some((u) => u.id === rootId)) return [];
  const children = new Map<number, number[]>();
  for (const u of units) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out: number[] = [];
  const seen = new Set<number>();
  const queue = [rootId];
  while (queue.length) {
    const id = queue.shift() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Would making `parentId` the parent of `unitId` create a cycle (including a unit its own parent)? */
export function wouldCycle(units: UnitNode[], unitId: number, parentId: number): boolean {
  return subtree(units, unitId).includes(parentId);
}
