/**
 * The organisation as the admin's Organisation page shows it: the unit tree in reading order (each
 * unit after its parent, siblings by name), and for each unit who holds which position on a day,
 * since when, until when, definitive or acting (Plt/Plh), and the assignments that start later.
 * Pure: the service passes the units, the assignments and the agency's date in.
 */
import { POSITIONS, type Position } from '../domain/constants';
import { addDays } from '../domain/time';

export type OverviewUnit = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  publishes: boolean;
};

export type OverviewAssignment = {
  documentId: string;
  userId: number;
  userName: string;
  position: Position;
  unitId: number;
  holding: 'definitive' | 'plt' | 'plh';
  startsOn: string;
  endsOn: string | null;
  officialName: string | null;
  nip: string | null;
  decreeNumber: string | null;
};

export type HolderView = Omit<OverviewAssignment, 'unitId'> & {
  acting: boolean;
  /** Ends within `ENDING_SOON_DAYS` days of the date (inclusive). */
  endingSoon: boolean;
};

export type UnitView = OverviewUnit & { depth: number; holders: HolderView[]; upcoming: HolderView[] };

export const ENDING_SOON_DAYS = 30;

const day = (s: string) => s.slice(0, 10);
const positionRank = (p: string) => {
  const i = (POSITIONS as readonly string[]).indexOf(p);
  return i < 0 ? POSITIONS.length : i;
};

function view(a: OverviewAssignment, date: string): HolderView {
  const { unitId: _unit, ...rest } = a;
  const endsOn = a.endsOn ? day(a.endsOn) : null;
  return {
    ...rest,
    startsOn: day(a.startsOn),
    endsOn,
    acting: a.holding !== 'definitive',
    endingSoon: endsOn !== null && endsOn >= date && endsOn <= addDays(date, ENDING_SOON_DAYS),
  };
}

const byPositionThenStart = (x: HolderView, y: HolderView) =>
  positionRank(x.position) - positionRank(y.position) || x.startsOn.localeCompare(y.startsOn) || x.userName.localeCompare(y.userName);

/**
 * The units depth-first from the roots (units without a parent, or whose parent is missing), with
 * the assignments in force on `date` (`holders`) and those starting after it (`upcoming`); ended
 * assignments are left out (the change log keeps them). A unit caught in a parent cycle is listed
 * once, at depth 0.
 */
export function organisationOverview(units: OverviewUnit[], assignments: OverviewAssignment[], date: string): UnitView[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, OverviewUnit[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id - b.id);

  const ofUnit = new Map<number, { holders: HolderView[]; upcoming: HolderView[] }>();
  for (const a of assignments) {
    const slot = ofUnit.get(a.unitId) ?? { holders: [], upcoming: [] };
    ofUnit.set(a.unitId, slot);
    if (day(a.startsOn) > date) slot.upcoming.push(view(a, date));
    else if (a.endsOn === null || day(a.endsOn) >= date) slot.holders.push(view(a, date));
  }

  const out: UnitView[] = [];
  const seen = new Set<number>();
  const walk = (unit: OverviewUnit, depth: number) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    const slot = ofUnit.get(unit.id);
    out.push({ ...unit, depth, holders: (slot?.holders ?? []).sort(byPositionThenStart), upcoming: (slot?.upcoming ?? []).sort(byPositionThenStart) });
    for (const child of children.get(unit.id) ?? []) walk(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) walk(root, 0);
  // Units only reachable through a cycle have no root: list them too.
  for (const u of [...units].sort((a, b) => a.id - b.id)) walk(u, 0);
  return out;
}
