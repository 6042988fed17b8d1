/**
 * Reference data and permissions that every installation needs. Idempotent: each run adds only
 * what is missing and never overwrites what an agency edited.
 */
import type { Core } from '@strapi/strapi';
import { STANDARD_BERKALA_CATEGORIES } from '../domain/constants';
import { uid } from '../content-types/builders';
import { PUBLIC_ACTIONS } from '../routes';

export async function seedBerkalaCategories(strapi: Core.Strapi) {
  const model = uid('berkala-category');
  const existing = await strapi.db.query(model).findMany({ select: ['code'] });
  const have = new Set(existing.map((r: any) => r.code));
  let order = 0;
  for (const category of STANDARD_BERKALA_CATEGORIES) {
    order += 10;
    if (have.has(category.code)) continue;
    await strapi.documents(model as any).create({ data: { ...category, sortOrder: order, active: true } as any });
  }
}

/** Opens the public read routes to the users-permissions Public role. */
export async function grantPublicRead(strapi: Core.Strapi) {
  if (!strapi.plugin('users-permissions')) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) {
    strapi.log.warn('[ppid] no Public role yet: declare users-permissions before ppid in config/plugins');
    return;
  }
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_ACTIONS.map((a) => `plugin::ppid.public.${a}`)) {
    const found = await permissions.findOne({ where: { action, role: { id: role.id } } });
    if (!found) await permissions.create({ data: { action, role: role.id } });
  }
}

/** The `setup` service: what bootstrap runs on every start, safe to run again at any time. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run() {
    await seedBerkalaCategories(strapi);
    await grantPublicRead(strapi);
  },
});
