/**
 * The quick start's demo agency: seeded on boot with PPID_SEED_DEMO=true, readable through the
 * public API, with a working admin login; seeding again adds nothing.
 */
import path from 'path';
import { boot, type Booted } from '../helpers/strapi';
import { TEST_DB } from '../helpers/db';

let app: Booted;
const TABLES = ['unit', 'position-assignment', 'announcement', 'publication-record', 'dip-entry', 'dip-edition', 'exclusion', 'backlog-item', 'meeting-minute', 'update-request', 'approval-form', 'evaluation', 'content-plan'];

const counts = async () =>
  Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await app.strapi.db.query(`plugin::ppid.${t}`).count()])));

beforeAll(async () => {
  app = await boot('demo', { PPID_SEED_DEMO: 'true', PPID_ADMIN_EMAIL: 'demo.admin@ppid.local', PPID_ADMIN_PASSWORD: 'Demo-Rahasia-42' });
});
afterAll(async () => {
  await app?.stop();
});

describe(`demo data (${TEST_DB})`, () => {
  it('holds one agency with every position, every DIP class and the website work', async () => {
    const c = await counts();
    for (const t of TABLES) expect(c[t]).toBeGreaterThan(0);
    const positions = await app.strapi.db.query('plugin::ppid.position-assignment').findMany({ select: ['position', 'holding'] });
    const { POSITIONS } = require(path.resolve(__dirname, '../../plugins/ppid/server/src/domain/constants'));
    expect(new Set(positions.map((p: any) => p.position))).toEqual(new Set(POSITIONS));
    expect(positions.some((p: any) => p.holding !== 'definitive')).toBe(true);

    const dip = await app.http().get('/api/ppid/dip?pageSize=100');
    expect(dip.status).toBe(200);
    expect(new Set(dip.body.data.map((e: any) => e.class))).toEqual(new Set(['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan']));
    const drafts = await app.strapi.documents('plugin::ppid.announcement').findMany({ status: 'draft' });
    const published = await app.http().get('/api/ppid/announcements?pageSize=100');
    expect(published.body.meta.pagination.total).toBeGreaterThan(0);
    expect(drafts.length).toBeGreaterThan(published.body.meta.pagination.total); // some are drafts only
    expect((await app.http().get('/api/ppid/excluded')).body.data.length).toBeGreaterThan(0);
  });

  it('puts every item under its workflow, and some drafts are already on their way', async () => {
    const W = 'plugin::ppid.workflow-instance';
    for (const [type, uid] of [['announcement', 'plugin::ppid.announcement'], ['dip-entry', 'plugin::ppid.dip-entry'], ['content-plan', 'plugin::ppid.content-plan']]) {
      const docs = new Set((await app.strapi.db.query(uid).findMany({ select: ['documentId'] })).map((r: any) => r.documentId));
      expect(await app.strapi.db.query(W).count({ where: { subjectType: type } })).toBe(docs.size);
    }
    // Published items joined as published; drafts at the stage the demo walked them to.
    const stageOf = async (slug: string) => {
      const row = await app.strapi.db.query('plugin::ppid.announcement').findOne({ where: { slug, publishedAt: null } });
      return (await app.strapi.db.query(W).findOne({ where: { subjectType: 'announcement', subjectDocumentId: row.documentId } })).stage;
    };
    expect(await stageOf('peringatan-dini-banjir-sintang-melawi-kapuas-hulu')).toBe('published');
    const { PEOPLE } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    // The Sekretaris finds the procurement plan in the inbox, the returned one is back with its drafter.
    const { DEMO_STAFF_PASSWORD } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    const login = async (key: string) => {
      const email = PEOPLE.find((p: any) => p.key === key).email;
      const res = await app.http().post('/admin/login').send({ email, password: DEMO_STAFF_PASSWORD });
      expect(res.status).toBe(200);
      return (await app.http().get('/ppid/workflow/inbox').set('Authorization', `Bearer ${res.body.data.token}`)).body;
    };
    const sekretaris = await login('sekretaris');
    expect(sekretaris.data.map((t: any) => t.stage)).toContain('review_secretary');
    const rina = await login('rina');
    const returned = rina.data.find((t: any) => t.stage === 'drafting');
    expect(returned).toBeDefined();
    const history = await app.strapi.db.query('plugin::ppid.workflow-transition').findMany({ where: { subjectDocumentId: returned.documentId }, orderBy: [{ id: 'asc' }] });
    expect(history.map((h: any) => h.action)).toEqual(['start', 'forward', 'forward', 'return']);
    expect(history[3].reason).toMatch(/denah jalur evakuasi/);
  });

  it('creates the admin login from the environment', async () => {
    const res = await app.http().post('/admin/login').send({ email: 'demo.admin@ppid.local', password: 'Demo-Rahasia-42' });
    expect(res.status).toBe(200);
    expect(res.body.data.token).toEqual(expect.any(String));
  });

  it('seeds idempotently', async () => {
    const before = await counts();
    const users = await app.strapi.db.query('admin::user').count();
    const { seedDemo } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    await seedDemo(app.strapi);
    expect(await counts()).toEqual(before);
    expect(await app.strapi.db.query('admin::user').count()).toBe(users);
  });
});
