import type { Core } from '@strapi/strapi';
import { subtree, type UnitNode } from '../domain/organisation';
import { uid } from '../content-types/builders';
import { organisationOverview, type OverviewAssignment, type OverviewUnit } from '../organisation/overview';
import { getService } from '../utils';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async units(): Promise<(UnitNode & { documentId: string })[]> {
    const rows = await strapi.db
      .query(uid('unit'))
      .findMany({ select: ['id', 'documentId', 'code'], populate: { parent: { select: ['id'] } } });
    return rows.map((r: any) => ({ id: r.id, documentId: r.documentId, code: r.code, parentId: r.parent?.id ?? null }));
  },

  /** Ids of the unit with this code and of every unit below it; [] when no unit has the code. */
  async subtreeByCode(code: string): Promise<number[]> {
    const units = await this.units();
    const root = units.find((u) => u.code === code);
    return root ? subtree(units, root.id) : [];
  },

  /**
   * The Organisation page: the unit tree with who holds which position today (and from when, until
   * when, acting or not), the assignments that start later, and the workflow stages nobody can act
   * at today (the same `coverage()` the checker alerts on).
   */
  async overview(now = new Date()) {
    const people = getService(strapi, 'workflow-people');
    const [unitRows, assignmentRows, uncovered]: [Row[], Row[], unknown[]] = await Promise.all([
      strapi.db.query(uid('unit')).findMany({
        select: ['id', 'documentId', 'code', 'name', 'kind', 'active', 'publishes'],
        populate: { parent: { select: ['id'] } },
      }),
      strapi.db.query(uid('position-assignment')).findMany({
        select: ['documentId', 'position', 'holding', 'startsOn', 'endsOn', 'officialName', 'nip', 'decreeNumber'],
        populate: { user: { select: ['id'] }, unit: { select: ['id'] } },
      }),
      getService(strapi, 'workflow-definitions').coverage(now),
    ]);
    const held = assignmentRows.filter((r) => r.user && r.unit);
    const names = await people.namesOf(held.map((r) => r.user.id as number));
    const units: OverviewUnit[] = unitRows.map((r) => ({
      id: r.id,
      documentId: r.documentId,
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentId: r.parent?.id ?? null,
      active: r.active !== false,
      publishes: r.publishes !== false,
    }));
    const assignments: OverviewAssignment[] = held.map((r) => ({
      documentId: r.documentId,
      userId: r.user.id,
      userName: names.get(r.user.id) ?? `#${r.user.id}`,
      position: r.position,
      unitId: r.unit.id,
      holding: r.holding,
      startsOn: String(r.startsOn),
      endsOn: r.endsOn ? String(r.endsOn) : null,
      officialName: r.officialName ?? null,
      nip: r.nip ?? null,
      decreeNumber: r.decreeNumber ?? null,
    }));
    const date = people.localToday(now);
    return { data: { date, units: organisationOverview(units, assignments, date), uncovered } };
  },
});
