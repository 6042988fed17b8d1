/**
 * Reference data and permissions that every installation needs. Idempotent: each run adds only
 * what is missing and never overwrites what an agency edited.
 */
import type { Core } from '@strapi/strapi';
import { STANDARD_BERKALA_CATEGORIES } from '../domain/constants';
import { uid } from '../content-types/builders';
import { PUBLIC_ACTIONS } from '../routes';
import { ensureRoles } from '../permissions/roles';

/** Roles that take part in reviews get the workflow's read and transition actions on first install. */
const DEFAULT_WORKFLOW_GRANTS: Record<string, string[]> = {
  'strapi-editor': ['plugin::ppid.workflow.read', 'plugin::ppid.workflow.transition', 'plugin::ppid.compliance.read', 'plugin::ppid.dip.export', 'plugin::ppid.dip.import'],
  'strapi-author': ['plugin::ppid.workflow.read', 'plugin::ppid.workflow.transition', 'plugin::ppid.compliance.read', 'plugin::ppid.dip.export', 'plugin::ppid.dip.import'],
};

/**
 * Once per installation and role (remembered in Strapi's store): what the agency later removes in
 * Settings > Roles stays removed. Who may act at a stage is still decided by positions; these
 * actions only open the routes. On a fresh database the admin creates its roles after the plugins
 * bootstrap, so the role's creation triggers the grant too (see `watchRoleCreation`).
 */
export async function grantWorkflowDefaults(strapi: Core.Strapi, only?: string) {
  const store = strapi.store({ type: 'plugin', name: 'ppid' });
  const permissions = strapi.db.query('admin::permission');
  for (const [code, actions] of Object.entries(DEFAULT_WORKFLOW_GRANTS)) {
    if (only && code !== only) continue;
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue;
    // Remembered per role and action: an action added in a later version is granted once too.
    for (const action of actions) {
      const key = `default-grant-v1:${code}:${action}`;
      if (await store.get({ key })) continue;
      const found = await permissions.findOne({ where: { action, role: { id: role.id } } });
      if (!found) await strapi.service('admin::permission').createMany([{ action, subject: null, properties: {}, conditions: [], role: role.id }]);
      await store.set({ key, value: true });
    }
  }
}

export function watchRoleCreation(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event: any) {
      const code = event.result?.code;
      if (code && code in DEFAULT_WORKFLOW_GRANTS) await grantWorkflowDefaults(strapi, code);
      // Strapi creates its roles on a fresh database; the plugin's roles follow its last one.
      if (code === 'strapi-author') await ensureRoles(strapi);
    },
  });
}

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

/**
 * Opens the public read routes to the users-permissions Public role, once per action (remembered in
 * Strapi's store): an agency that closes one in Settings > Users & Permissions > Roles > Public keeps
 * it closed across restarts, and an action added in a later version is opened once too.
 */
export async function grantPublicRead(strapi: Core.Strapi) {
  if (!strapi.plugin('users-permissions')) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) {
    strapi.log.warn('[ppid] no Public role yet: declare users-permissions before ppid in config/plugins');
    return;
  }
  const store = strapi.store({ type: 'plugin', name: 'ppid' });
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_ACTIONS.map((a) => `plugin::ppid.public.${a}`)) {
    const key = `public-grant-v1:${action}`;
    if (await store.get({ key })) continue;
    const found = await permissions.findOne({ where: { action, role: { id: role.id } } });
    if (!found) await permissions.create({ data: { action, role: role.id } });
    await store.set({ key, value: true });
  }
}

/** The `setup` service: what bootstrap runs on every start, safe to run again at any time. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run() {
    await seedBerkalaCategories(strapi);
    await grantPublicRead(strapi);
    watchRoleCreation(strapi);
    await grantWorkflowDefaults(strapi);
    await ensureRoles(strapi);
  },
});
