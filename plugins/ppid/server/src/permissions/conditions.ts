/**
 * The RBAC condition the plugin registers with Strapi: "items of units where I hold a position".
 * Roles use it as `plugin::ppid.unit-member` on Content Manager permissions; Strapi turns the
 * returned query into a filter for lists and a match for single records.
 */
import type { Core } from '@strapi/strapi';
import { unitCondition } from './scopes';

export const UNIT_MEMBER_CONDITION = 'plugin::ppid.unit-member';

export async function registerConditions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: 'Items of units where I hold a position',
    name: 'unit-member',
    plugin: 'ppid',
    category: 'PPID',
    async handler(user: { id: number; permission?: { subject?: string | null } }) {
      const units: number[] = await strapi.plugin('ppid').service('membership').unitsOf(user.id);
      return unitCondition(user.permission?.subject, units);
    },
  });
}
