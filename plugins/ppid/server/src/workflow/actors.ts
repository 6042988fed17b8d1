/**
 * Who holds a position for an item, and which units a person works for. Pure: the engine passes
 * the unit tree and the assignments in.
 *
 * - A unit position (Kabid, Fungsional, Operator...) is held in a unit and acts for that unit and
 *   the units below it: the holders for an item are those of the item's unit or, when nobody holds
 *   the position there on that day, of the nearest unit above it.
 * - An agency position (Kepala, Sekretaris, PPID Utama, Ketua PPID, the website team: see
 *   AGENCY_POSITIONS) acts for every unit of its agency, wherever the person's desk sits.
 * Acting holders (Plt/Plh) count within their dates, like definitive ones.
 */
import { isAgencyPosition, type Position } from '../domain/constants';
import type { ActorPlace } from '../../../shared/lists';

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

/** The agency a unit belongs to: the root of its chain. */
export const agencyOf = (units: Map<number, UnitNode>, unitId: number): number | null => unitChain(units, unitId).at(-1)?.id ?? null;

/** The unit and every unit below it (ids). */
export function unitsBelow(units: Map<number, UnitNode>, rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units.values()) if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Set<number>();
  const queue = units.has(rootId) ? [rootId] : [];
  while (queue.length) {
    const id = queue.shift() as number;
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

const oneEach = (found: Assignment[], position: Position): Holder[] => {
  // One person holding the position twice (definitive and Plh) is one holder: keep the first.
  const byUser = new Map<number, Holder>();
  for (const a of found) if (!byUser.has(a.userId)) byUser.set(a.userId, { userId: a.userId, position, holding: a.holding, unitId: a.unitId });
  return [...byUser.values()];
};

/** The holders of `position` for an item of `unitId` on `date` (see the module comment). */
export function holdersOf(
  units: Map<number, UnitNode>,
  assignments: Assignment[],
  unitId: number,
  position: Position,
  date: string
): Holder[] {
  if (isAgencyPosition(position)) {
    const agency = agencyOf(units, unitId);
    if (agency === null) return [];
    const inAgency = unitsBelow(units, agency);
    return oneEach(
      assignments.filter((a) => a.position === position && inAgency.has(a.unitId) && inForce(a, date)),
      position
    );
  }
  for (const unit of unitChain(units, unitId)) {
    const here = assignments.filter((a) => a.unitId === unit.id && a.position === position && inForce(a, date));
    if (here.length) return oneEach(here, position);
  }
  return [];
}

/**
 * Web SOP: the agency's website desk is the unit where its website Sub Koordinator sits; its Kepala
 * Bidang is the SOP's Koordinator ("Koordinator (Kepala Bidang)"). With several desks recorded in an
 * agency, the first by id. Per agency (root unit id) → desk unit id, from the units where the
 * position is held.
 */
export function websiteDeskByAgency(units: Map<number, UnitNode>, deskUnitIds: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const id of [...deskUnitIds].sort((a, b) => a - b)) {
    const agency = agencyOf(units, id);
    if (agency !== null && !out.has(agency)) out.set(agency, id);
  }
  return out;
}

/** The position whose desk is the website desk. */
export const WEBSITE_DESK_POSITION: Position = 'sub_koordinator';

/** The website desk of the agency `unitId` belongs to on `date`, or null when it has no website Sub Koordinator. */
export function websiteDeskOf(units: Map<number, UnitNode>, assignments: Assignment[], unitId: number, date: string): number | null {
  const agency = agencyOf(units, unitId);
  if (agency === null) return null;
  const desks = assignments.filter((a) => a.position === WEBSITE_DESK_POSITION && inForce(a, date)).map((a) => a.unitId);
  return websiteDeskByAgency(units, desks).get(agency) ?? null;
}

/**
 * Where a stage's actor is looked for (StageDef `actorAt`): the item's own unit by default; the
 * website desk of the item's agency for the web SOP's Koordinator, whatever unit the item names
 * (null: the agency has no website desk, so nobody acts there).
 */
export function actingUnit(units: Map<number, UnitNode>, assignments: Assignment[], unitId: number, place: ActorPlace | undefined, date: string): number | null {
  return place === 'website-desk' ? websiteDeskOf(units, assignments, unitId, date) : unitId;
}

/** The holders who act at a stage (its `actor`, looked for where its `actorAt` says) for an item of `unitId`. */
export function stageActors(
  units: Map<number, UnitNode>,
  assignments: Assignment[],
  unitId: number,
  stage: { actor?: Position; actorAt?: ActorPlace } | undefined,
  date: string
): Holder[] {
  if (!stage?.actor) return [];
  const at = actingUnit(units, assignments, unitId, stage.actorAt, date);
  return at === null ? [] : holdersOf(units, assignments, at, stage.actor, date);
}

/**
 * Web SOP: the records the website team works on for the whole agency. The Sub Koordinator and the
 * Web Developer are agency positions anyway; the Koordinator (the Kabid of the website desk) works
 * on these records for every unit of the agency too, as their steps and signatures are his.
 */
export const WEBSITE_TYPES: readonly string[] = ['backlog-item', 'content-plan', 'content-plan-item', 'meeting-minute', 'update-request', 'approval-form', 'evaluation'];
export const isWebsiteType = (type: string | null | undefined) => !!type && WEBSITE_TYPES.includes(type.replace(/^plugin::ppid\./, ''));

/**
 * The units whose website records `userId` works on as the web SOP's Koordinator on `date`: every
 * unit of each agency where they are the Kabid of the website desk (empty otherwise).
 */
export function koordinatorUnits(units: Map<number, UnitNode>, assignments: Assignment[], userId: number, date: string): Set<number> {
  const out = new Set<number>();
  const agencies = new Set(
    assignments.filter((a) => a.userId === userId && a.position === 'kabid' && inForce(a, date)).map((a) => agencyOf(units, a.unitId))
  );
  for (const agency of agencies) {
    if (agency === null) continue;
    const desk = websiteDeskOf(units, assignments, agency, date);
    if (desk === null || !holdersOf(units, assignments, desk, 'kabid', date).some((h) => h.userId === userId)) continue;
    for (const id of unitsBelow(units, agency)) out.add(id);
  }
  return out;
}

/**
 * The units a person works for on `date`: for each position in force, its unit and the units below
 * it, or the whole agency for an agency position. What they may read and edit in the Content
 * Manager follows this set (the `unit-member` RBAC condition).
 */
export function memberUnits(units: Map<number, UnitNode>, assignments: Assignment[], userId: number, date: string): Set<number> {
  const out = new Set<number>();
  for (const a of assignments) {
    if (a.userId !== userId || !inForce(a, date)) continue;
    const root = isAgencyPosition(a.position) ? agencyOf(units, a.unitId) : a.unitId;
    if (root !== null) for (const id of unitsBelow(units, root)) out.add(id);
  }
  return out;
}

/** The position `userId` holds that makes them a member of `unitId`, for messages; null when none. */
export function membershipOf(units: Map<number, UnitNode>, assignments: Assignment[], userId: number, unitId: number, date: string): Assignment | null {
  for (const a of assignments) {
    if (a.userId !== userId || !inForce(a, date)) continue;
    const root = isAgencyPosition(a.position) ? agencyOf(units, a.unitId) : a.unitId;
    if (root !== null && unitsBelow(units, root).has(unitId)) return a;
  }
  return null;
}
