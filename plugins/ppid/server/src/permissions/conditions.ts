/**
 * The RBAC condition the plugin registers with Strapi: "items of units where I hold a position".
 * Roles use it as `plugin::ppid.unit-member` on Content Manager permissions; Strapi turns the
 * returned query into a filter for lists and a match for single records. The Content Manager
 * loads single records one relation deep, so a record scoped through another one (a publication
 * record through its announcement) is matched by the ids of those records.
 */
import type { Core } from '@strapi/strapi';
import { scopeOf, unitCondition } from './scopes';

export const UNIT_MEMBER_CONDITION = 'plugin::ppid.unit-member';

export async function registerConditions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: 'Items of units where I hold a position',
    name: 'unit-member',
    plugin: 'ppid',
    category: 'PPID',
    async handler(user: { id: number; permission?: { subject?: string | null } }) {
      const subject = user.permission?.subject;
      const units: number[] = await strapi.plugin('ppid').service('membership').unitsOf(user.id);
      const path = subject ? scopeOf(subject) : null;
      const [via, unitField] = path ? path.split('.') : [];
      if (!subject || !unitField) return unitCondition(subject, units);
      const target = (strapi.getModel(subject as any)?.attributes?.[via] as { target?: string } | undefined)?.target;
      if (!target) return false;
      const rows: { id: number }[] = units.length
        ? await strapi.db.query(target).findMany({ where: { [unitField]: { id: { $in: units } } }, select: ['id'] })
        : [];
      return { [`${via}.id`]: { $in: rows.length ? rows.map((r) => r.id) : [-1] } };
    },
  });
}
