/**
 * Which units a member of staff works for, from the positions they hold today (workflow/actors.ts
 * `memberUnits`). Read by the `unit-member` RBAC condition and by the write checks; loaded once per
 * HTTP request (Strapi evaluates a role's conditions once per permission).
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { inLanguageOf, refuse } from '../errors';
import { isSubjectType, SUBJECTS } from '../workflow/subjects';
import type { User } from './workflow-people';
import { inForce, isWebsiteType, koordinatorUnits, memberUnits, membershipOf, type Assignment, type UnitNode } from '../workflow/actors';

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

  /**
   * Who may read an item's review (its state, history, printable record): the members of its unit
   * (the positions under it and the agency positions, workflow/actors.ts `memberUnits`), for a
   * website record type also the web SOP's Koordinator, and super admins. An item without a unit
   * is read by every reader. One organisation snapshot: the answer is a test per item's unit.
   */
  async function itemReader(type: string, user: User): Promise<(unitId: number | null | undefined) => boolean> {
    if ((user.roles ?? []).some((r) => r.code === 'strapi-super-admin')) return () => true;
    const s = await snapshot();
    const mine = memberUnits(s.units, s.assignments, user.id, s.date);
    if (isWebsiteType(type)) for (const id of koordinatorUnits(s.units, s.assignments, user.id, s.date)) mine.add(id);
    return (unitId) => !unitId || mine.has(unitId);
  }

  return {
    snapshot,
    /**
     * Ids of the units this person works for today; for a website record type (`subject`: its uid or
     * name), also every unit of the agency where they are the web SOP's Koordinator.
     */
    async unitsOf(userId: number, subject?: string | null): Promise<number[]> {
      const s = await snapshot();
      const mine = memberUnits(s.units, s.assignments, userId, s.date);
      if (isWebsiteType(subject)) for (const id of koordinatorUnits(s.units, s.assignments, userId, s.date)) mine.add(id);
      return [...mine];
    },
    /**
     * The assignment that makes this person a member of the unit today, or null; for a website record
     * type (`subject`), the Koordinator's Kabid assignment counts for every unit of the agency.
     */
    async membership(userId: number, unitId: number, subject?: string | null): Promise<Assignment | null> {
      const s = await snapshot();
      const own = membershipOf(s.units, s.assignments, userId, unitId, s.date);
      if (own || !isWebsiteType(subject) || !koordinatorUnits(s.units, s.assignments, userId, s.date).has(unitId)) return own;
      return s.assignments.find((a) => a.userId === userId && a.position === 'kabid' && inForce(a, s.date)) ?? null;
    },
    itemReader,
    /**
     * Reading one item's review (`itemReader`): a Kabid of another division is refused (403, in the
     * person's language). An unknown type or item is left to the caller's 404.
     */
    async assertItemReader(type: string, documentId: string, user: User & { preferedLanguage?: string | null }): Promise<void> {
      if (!isSubjectType(type)) return;
      const spec = SUBJECTS[type];
      const row = await strapi.db.query(spec.uid).findOne({ where: { documentId }, select: ['id'], populate: { [spec.unitField]: { select: ['id'] } } });
      const unitId: number | undefined = row?.[spec.unitField]?.id;
      if (!row || !unitId) return;
      if ((await itemReader(type, user))(unitId)) return;
      const unit = (await snapshot()).units.get(unitId);
      const name = unit ? unit.name : `#${unitId}`;
      refuse(
        403,
        inLanguageOf(user, {
          id: `Item ini milik ${name}; hanya pegawai yang bekerja untuk unit tersebut yang dapat melihat proses reviunya`,
          en: `This item belongs to ${name}; only staff working for that unit can see its review`,
        }),
        { unit: unit?.code ?? null }
      );
    },
    /** The unit's name and code, for messages. */
    async unitLabel(unitId: number): Promise<string> {
      const unit = (await snapshot()).units.get(unitId);
      return unit ? `${unit.name} (${unit.code})` : `#${unitId}`;
    },
  };
};
