/**
 * Who may act in the review workflows: units, position assignments, their holders on a given day,
 * admin users and their names. Read with db.query; nothing here writes.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import type { Position } from '../domain/constants';
import { today } from '../domain/time';
import { holdersOf, stageActors, type Assignment, type Holder, type UnitNode } from '../workflow/actors';
import { withdrawalActorAt, withdrawalPositions, type StageDef, type WorkflowDefinition } from '../workflow/definition';
import type { Actor } from '../workflow/rules';
import { getConfig } from '../utils';

type Row = Record<string, any>;
export type User = { id: number; firstname?: string; lastname?: string; username?: string; email?: string; roles?: { code: string }[] };

/** The units and assignments in force on `date` (the agency's day), read once per action. */
export type People = { units: Map<number, UnitNode>; assignments: Assignment[]; date: string };

/** How the log and the mails name a person: first and last name, else username, e-mail, id. */
export const userName = (u: User | null | undefined) =>
  u ? [u.firstname, u.lastname].filter(Boolean).join(' ') || u.username || u.email || `#${u.id}` : 'system';

/** The holders of `position` for the unit (the nearest unit up the tree that has one). */
export const holders = (p: People, unitId: number | null, position: Position | undefined): Holder[] =>
  unitId === null || !position ? [] : holdersOf(p.units, p.assignments, unitId, position, p.date);

/**
 * The holders who act at `stage` for an item of `unitId`: its actor in the item's unit, or where the
 * stage's `actorAt` says (the website desk for the web SOP's Koordinator). Every check of who acts
 * at a stage (steps, inbox, notifications, editing, coverage) goes through here.
 */
export const actorsAt = (p: People, unitId: number | null, stage: Pick<StageDef, 'actor' | 'actorAt'> | undefined): Holder[] =>
  unitId === null ? [] : stageActors(p.units, p.assignments, unitId, stage, p.date);

/** The holders who may take a published item offline or delete it (`withdrawal`, looked for where it says). */
export const withdrawers = (p: People, unitId: number | null, def: WorkflowDefinition): Holder[] =>
  withdrawalPositions(def).flatMap((actor) => actorsAt(p, unitId, { actor, actorAt: withdrawalActorAt(def) }));

export const holdersOfAny = (p: People, unitId: number | null, positions: Position[]) => positions.flatMap((pos) => holders(p, unitId, pos));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function loadUnits(): Promise<Map<number, UnitNode>> {
    const rows = await strapi.db.query(uid('unit')).findMany({ select: ['id', 'code', 'name'], populate: { parent: { select: ['id'] } } });
    return new Map(rows.map((r: Row) => [r.id, { id: r.id, code: r.code, name: r.name, parentId: r.parent?.id ?? null }]));
  }

  async function loadAssignments(where: Row = {}): Promise<Assignment[]> {
    const rows = await strapi.db.query(uid('position-assignment')).findMany({
      where,
      select: ['position', 'holding', 'startsOn', 'endsOn'],
      populate: { user: { select: ['id'] }, unit: { select: ['id'] } },
    });
    return rows
      .filter((r: Row) => r.user && r.unit)
      .map((r: Row) => ({ userId: r.user.id, position: r.position, unitId: r.unit.id, holding: r.holding, startsOn: String(r.startsOn), endsOn: r.endsOn ? String(r.endsOn) : null }));
  }

  /** The agency's date of `now` ("YYYY-MM-DD" in its time zone). */
  const localToday = (now: Date) => today(now, getConfig(strapi).timezone);

  async function people(now: Date): Promise<People> {
    const [units, assignments] = await Promise.all([loadUnits(), loadAssignments()]);
    return { units, assignments, date: localToday(now) };
  }

  async function loadUser(id: number): Promise<User | null> {
    return strapi.db.query('admin::user').findOne({ where: { id }, select: ['id', 'firstname', 'lastname', 'username', 'email', 'preferedLanguage'], populate: { roles: { select: ['code'] } } });
  }

  const actorOf = (user: User): Actor => ({
    userId: user.id,
    superAdmin: (user.roles ?? []).some((r) => r.code === 'strapi-super-admin'),
    superAdminsMayAct: getConfig(strapi).workflow.superAdminsMayAct === true,
  });

  async function namesOf(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const users: User[] = await strapi.db.query('admin::user').findMany({ where: { id: { $in: [...new Set(ids)] } }, select: ['id', 'firstname', 'lastname', 'username', 'email'] });
    return new Map(users.map((u) => [u.id, userName(u)]));
  }

  return { loadUnits, loadAssignments, localToday, people, loadUser, actorOf, namesOf };
};
