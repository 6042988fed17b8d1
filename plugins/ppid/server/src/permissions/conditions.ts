/**
 * The RBAC condition the plugin registers with Strapi: "items of units where I hold a position".
 * Roles use it as `plugin::ppid.unit-member` on Content Manager permissions; Strapi turns the
 * returned query into a filter for lists and a match for single records. The Content Manager
 * does not load a single record's nested relations, so a record scoped through another one (a
 * publication record through its announcement) is matched by its own id.
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
      const units: number[] = await strapi.plugin('ppid').service('membership').unitsOf(user.id, subject);
      const path = subject ? scopeOf(subject) : null;
      const [via, unitField] = path ? path.split('.') : [];
      if (!subject || !unitField) return unitCondition(subject, units);
      // Matched by the record's own id: the Content Manager does not load the nested unit.
      const rows: { id: number }[] = units.length
        ? await strapi.db.query(subject).findMany({ where: { [via]: { [unitField]: { id: { $in: units } } } }, select: ['id'] })
        : [];
      return { id: { $in: rows.length ? rows.map((r) => r.id) : [-1] } };
    },
  });
}
