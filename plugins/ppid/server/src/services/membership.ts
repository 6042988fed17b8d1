/**
 * Which units a member of staff works for, from the positions they hold today (workflow/actors.ts
 * `memberUnits`). Read by the `unit-member` RBAC condition and by the write checks; loaded once per
 * HTTP request (Strapi evaluates a role's conditions once per permission).
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { memberUnits, membershipOf, type Assignment, type UnitNode } from '../workflow/actors';

export type OrgSnapshot = { units: Map<number, UnitNode>; assignments: Assignment[]; date: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const perRequest = new WeakMap<object, Promise<OrgSnapshot>>();

  const load = (): Promise<OrgSnapshot> => getService(strapi, 'workflow-people').people(new Date());

  /** The organisation as of now; shared by every check of the current HTTP request. */
  function snapshot(): Promise<OrgSnapshot> {
    const ctx = strapi.requestContext.get() as object | undefined;
    if (!ctx) return load();
    let found = perRequest.get(ctx);
    if (!found) {
      found = load();
      perRequest.set(ctx, found);
    }
    return found;
  }

  return {
    snapshot,
    /** Ids of the units this person works for today. */
    async unitsOf(userId: number): Promise<number[]> {
      const s = await snapshot();
      return [...memberUnits(s.units, s.assignments, userId, s.date)];
    },
    /** The assignment that makes this person a member of the unit today, or null. */
    async membership(userId: number, unitId: number): Promise<Assignment | null> {
      const s = await snapshot();
      return membershipOf(s.units, s.assignments, userId, unitId, s.date);
    },
    /** The unit's name and code, for messages. */
    async unitLabel(unitId: number): Promise<string> {
      const unit = (await snapshot()).units.get(unitId);
      return unit ? `${unit.name} (${unit.code})` : `#${unitId}`;
    },
  };
};
