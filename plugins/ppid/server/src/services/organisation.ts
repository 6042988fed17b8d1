import type { Core } from '@strapi/strapi';
import { subtree, type UnitNode } from '../domain/organisation';
import { uid } from '../content-types/builders';

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
});
