const { compileStrapi, createStrapi } = require('@strapi/strapi');
(async () => {
  process.env.DATABASE_FILENAME = process.env.DATABASE_FILENAME || '.tmp/boot-test.db';
  const ctx = await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: true });
  const s = await createStrapi({ ...ctx, autoReload: false, serveAdminPanel: false }).load();
  console.log('LOADED', Object.keys(s.contentTypes).filter(k=>k.startsWith('plugin::ppid')));
  await s.destroy();
  process.exit(0);
})().catch(e => { console.error('FAIL', e); process.exit(1); });
