/**
 * What the plugin sets up on first start survives a restart unchanged: the workflow permissions it
 * grants to the Editor and Author roles (the admin's own bootstrap deletes stored permissions whose
 * action is not registered yet), what an agency removed stays removed, and the SOP templates and
 * default bindings are seeded once. The same holds for the Public role's read permissions.
 */
import { boot } from '../helpers/strapi';
import { freshDatabase, TEST_DB } from '../helpers/db';
import { person } from '../helpers/workflow';

const grants = async (strapi: any, code: string) =>
  (
    await strapi.db.query('admin::permission').findMany({ where: { action: { $startsWith: 'plugin::ppid.' }, role: { code } }, select: ['action'] })
  )
    .map((p: any) => p.action)
    .sort();

const GRANTED = ['plugin::ppid.compliance.read', 'plugin::ppid.dip.export', 'plugin::ppid.dip.import', 'plugin::ppid.workflow.read', 'plugin::ppid.workflow.transition'];

describe(`restart (${TEST_DB})`, () => {
  it('keeps the granted workflow permissions, honours removals and seeds templates once', async () => {
    const db = await freshDatabase('restart');
    const first = await boot('restart', {}, db);
    expect(await grants(first.strapi, 'strapi-editor')).toEqual(GRANTED);
    expect(await grants(first.strapi, 'strapi-author')).toEqual(GRANTED);
    // The agency takes the workflow away from Authors.
    const author = await first.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await first.strapi.db.query('admin::permission').deleteMany({ where: { action: { $startsWith: 'plugin::ppid.' }, role: { id: author.id } } });
    const workflows = await first.strapi.db.query('plugin::ppid.workflow').count();
    const bindings = await first.strapi.db.query('plugin::ppid.workflow-binding').count();
    await first.stop({ keepDatabase: true });

    const again = await boot('restart', {}, db);
    try {
      expect(await grants(again.strapi, 'strapi-editor')).toEqual(GRANTED);
      expect(await grants(again.strapi, 'strapi-author')).toEqual([]);
      expect(await again.strapi.db.query('plugin::ppid.workflow').count()).toBe(workflows);
      expect(await again.strapi.db.query('plugin::ppid.workflow-binding').count()).toBe(bindings);
      const editor = await person(again, 'Editor');
      expect((await editor.as('get', '/ppid/workflow/inbox')).status).toBe(200);
    } finally {
      await again.stop();
    }
  });

  it("opens the public API once: an agency's closing of a public route survives a restart", async () => {
    const db = await freshDatabase('restart-public');
    const publicGrants = async (strapi: any) =>
      (await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { action: { $startsWith: 'plugin::ppid.public.' }, role: { type: 'public' } }, select: ['action'] }))
        .map((p: any) => p.action)
        .sort();
    const first = await boot('restart-public', {}, db);
    const opened = await publicGrants(first.strapi);
    expect(opened).toContain('plugin::ppid.public.excluded');
    expect(opened).toContain('plugin::ppid.public.announcements');
    // The agency closes the list of excluded information to the public.
    await first.strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'plugin::ppid.public.excluded' } });
    await first.stop({ keepDatabase: true });

    const again = await boot('restart-public', {}, db);
    try {
      expect(await publicGrants(again.strapi)).toEqual(opened.filter((a: string) => a !== 'plugin::ppid.public.excluded'));
      expect((await again.http().get('/api/ppid/excluded')).status).toBe(403);
      expect((await again.http().get('/api/ppid/announcements')).status).toBe(200);
    } finally {
      await again.stop();
    }
  });

  it('gives an existing install the Staf role\'s later read grant on the list of excluded information, once', async () => {
    const db = await freshDatabase('restart-staff');
    const LIST = 'plugin::ppid.exclusion-list';
    const staffReads = async (strapi: any) =>
      strapi.db.query('admin::permission').count({ where: { action: 'plugin::content-manager.explorer.read', subject: LIST, role: { code: 'ppid-staff' } } });
    const first = await boot('restart-staff', {}, db);
    expect(await staffReads(first.strapi)).toBe(1);
    // An install made before the grant existed: the role without it, nothing remembered about it.
    const staff = await first.strapi.db.query('admin::role').findOne({ where: { code: 'ppid-staff' } });
    await first.strapi.db.query('admin::permission').deleteMany({ where: { subject: LIST, role: { id: staff.id } } });
    await first.strapi.store({ type: 'plugin', name: 'ppid' }).delete({ key: 'role-grant-v1:ppid-staff:exclusion-list-read' });
    await first.stop({ keepDatabase: true });

    const second = await boot('restart-staff', {}, db);
    try {
      expect(await staffReads(second.strapi)).toBe(1);
      const member = await person(second, 'Staf Lama', ['ppid-staff']);
      expect((await member.as('get', `/content-manager/collection-types/${LIST}`)).status).toBe(200);
      // The agency then takes it away: it stays away.
      await second.strapi.db.query('admin::permission').deleteMany({ where: { subject: LIST, role: { id: staff.id } } });
    } finally {
      await second.stop({ keepDatabase: true });
    }
    const third = await boot('restart-staff', {}, db);
    try {
      expect(await staffReads(third.strapi)).toBe(0);
    } finally {
      await third.stop();
    }
  });

  it("gives an existing install the Staf role's later DIP import action, once", async () => {
    const db = await freshDatabase('restart-import');
    const IMPORT = 'plugin::ppid.dip.import';
    const staffImports = async (strapi: any) => strapi.db.query('admin::permission').count({ where: { action: IMPORT, role: { code: 'ppid-staff' } } });
    const first = await boot('restart-import', {}, db);
    expect(await staffImports(first.strapi)).toBe(1);
    const staff = await first.strapi.db.query('admin::role').findOne({ where: { code: 'ppid-staff' } });
    await first.strapi.db.query('admin::permission').deleteMany({ where: { action: IMPORT, role: { id: staff.id } } });
    await first.strapi.store({ type: 'plugin', name: 'ppid' }).delete({ key: 'role-grant-v1:ppid-staff:dip-import' });
    await first.stop({ keepDatabase: true });

    const second = await boot('restart-import', {}, db);
    try {
      expect(await staffImports(second.strapi)).toBe(1);
      await second.strapi.db.query('admin::permission').deleteMany({ where: { action: IMPORT, role: { id: staff.id } } });
    } finally {
      await second.stop({ keepDatabase: true });
    }
    const third = await boot('restart-import', {}, db);
    try {
      expect(await staffImports(third.strapi)).toBe(0);
    } finally {
      await third.stop();
    }
  });
});
