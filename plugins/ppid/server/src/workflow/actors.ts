/**
 * Who holds a position for an item: the holders of that position in the item's unit or, when
 * nobody holds it there on that day, in the nearest unit above it (the Kepala Dinas sits at the
 * agency, not in each division). Acting holders (Plt/Plh) count within their dates, like
 * definitive ones. Pure: the engine passes the unit tree and the assignments in.
 */
import type { Position } from '../domain/constants';

export type UnitNode = { id: number; code: string; name: string; parentId: number | null };
export type Assignment = {
  userId: number;
  position: Position;
  unitId: number;
  holding: 'definitive' | 'plt' | 'plh';
  startsOn: string;
  endsOn: string | null;
};
export type Holder = { userId: number; position: Position; holding: Assignment['holding']; unitId: number };

/** Is the assignment in force on a local date ('YYYY-MM-DD'; both ends inclusive)? */
export const inForce = (a: Pick<Assignment, 'startsOn' | 'endsOn'>, date: string) =>
  a.startsOn.slice(0, 10) <= date && (a.endsOn === null || a.endsOn.slice(0, 10) >= date);

/** The unit and its ancestors, nearest first (stops on a cycle or a missing parent). */
export function unitChain(units: Map<number, UnitNode>, unitId: number): UnitNode[] {
  const chain: UnitNode[] = [];
  const seen = new Set<number>();
  let current = units.get(unitId);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.parentId === null ? undefined : units.get(current.parentId);
  }
  return chain;
}

/** The holders of `position` for an item of `unitId` on `date`: the nearest unit that has any. */
export function holdersOf(
  units: Map<number, UnitNode>,
  assignments: Assignment[],
  unitId: number,
  position: Position,
  date: string
): Holder[] {
  for (const unit of unitChain(units, unitId)) {
    const here = assignments.filter((a) => a.unitId === unit.id && a.position === position && inForce(a, date));
    if (here.length) {
      // One person holding the position twice (definitive and Plh) is one holder: keep the first.
      const byUser = new Map<number, Holder>();
      for (const a of here) if (!byUser.has(a.userId)) byUser.set(a.userId, { userId: a.userId, position, holding: a.holding, unitId: unit.id });
      return [...byUser.values()];
    }
  }
  return [];
}
