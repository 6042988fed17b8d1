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
    for (const [type, uid] of [['announcement', 'plugin::ppid.announcement'], ['dip-entry', 'plugin::ppid.dip-entry'], ['content-plan', 'plugin::ppid.content-plan'], ['backlog-item', 'plugin::ppid.backlog-item']]) {
      const docs = new Set((await app.strapi.db.query(uid).findMany({ select: ['documentId'] })).map((r: any) => r.documentId));
      expect(await app.strapi.db.query(W).count({ where: { subjectType: type } })).toBe(docs.size);
    }
    // Published items joined as published; drafts at the stage the demo walked them to.
    const stageOf = async (slug: string) => {
      const row = await app.strapi.db.query('plugin::ppid.announcement').findOne({ where: { slug, publishedAt: null } });
      return (await app.strapi.db.query(W).findOne({ where: { subjectType: 'announcement', subjectDocumentId: row.documentId } })).stage;
    };
    expect(await stageOf('peringatan-dini-banjir-sintang-melawi-kapuas-hulu')).toBe('published');
    // Web SOP B: the backlog items the website team took on stand where the demo walked them, with the engine's state.
    const backlogAt = async (title: string) => {
      const item = await app.strapi.db.query('plugin::ppid.backlog-item').findOne({ where: { title }, select: ['documentId', 'state'] });
      const inst = await app.strapi.db.query(W).findOne({ where: { subjectType: 'backlog-item', subjectDocumentId: item.documentId } });
      return [inst.stage, item.state];
    };
    expect(await backlogAt('Tabel DIP terpotong pada layar ponsel')).toEqual(['offline_update', 'in_progress']);
    expect(await backlogAt('Sertifikat SSL situs PPID kedaluwarsa')).toEqual(['done', 'done']);
    expect(await backlogAt('Integrasi dataset Satu Data Kalbar pada halaman informasi berkala')).toEqual(['raised', 'proposed']);
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

  it('has no stage nobody can act at: every publishing unit takes an announcement, a DIP entry and a content plan from its first stage to published', async () => {
    expect(await app.strapi.plugin('ppid').service('workflow-definitions').coverage()).toEqual([]);
    const { PEOPLE } = require(path.resolve(__dirname, '../../dist/src/demo/data.js'));
    const { DEMO_STAFF_PASSWORD } = require(path.resolve(__dirname, '../../dist/src/demo/seed.js'));
    const tokens = new Map<number, string>();
    const as = async (userId: number) => {
      if (!tokens.has(userId)) {
        const { email } = await app.strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['email'] });
        expect(PEOPLE.some((p: any) => p.email === email)).toBe(true);
        const res = await app.http().post('/admin/login').send({ email, password: DEMO_STAFF_PASSWORD });
        tokens.set(userId, res.body.data.token);
      }
      const token = tokens.get(userId)!;
      return (method: 'get' | 'post', url: string) => app.http()[method](url).set('Authorization', `Bearer ${token}`);
    };
    const units = await app.strapi.db.query('plugin::ppid.unit').findMany({ where: { publishes: true, active: true } });
    expect(units.length).toBeGreaterThan(4);
    let serial = 0;
    for (const unit of units) {
      const items: [string, () => Promise<string>][] = [
        ['announcement', async () => (await app.strapi.documents('plugin::ppid.announcement').create({ data: { title: `Uji alur ${unit.code}`, slug: `uji-alur-${unit.code}`, summary: 'Pengumuman untuk menguji alur setiap unit.', body: 'Isi pengumuman.', infoClass: 'setiap_saat', unit: unit.documentId } })).documentId],
        ['dip-entry', async () => (await app.strapi.documents('plugin::ppid.dip-entry').create({ data: { number: `UJI-${unit.id}`, title: `Uji alur DIP ${unit.code}`, summary: 'Entri DIP untuk menguji alur setiap unit.', infoClass: 'setiap_saat', holderUnit: unit.documentId, holderOfficial: 'Kepala unit', responsibleOfficial: 'Kepala unit', productionTime: '2026', productionPlace: 'Pontianak', year: 2026, availableForm: 'softcopy', mediaType: 'Website', retentionPeriod: '5 tahun', documentUrl: `https://ppid.uji.go.id/dip/${unit.code}.pdf` } })).documentId],
        ['content-plan', async () => (await app.strapi.documents('plugin::ppid.content-plan').create({ data: { title: `Rencana uji ${unit.code}`, unit: unit.documentId, year: 2040, quarter: 1 } })).documentId],
      ];
      for (const [type, make] of items) {
        const doc = await make();
        const url = `/ppid/workflow/items/${type}/${doc}`;
        for (let step = 0; step < 12; step += 1) {
          const inst = await app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectType: type, subjectDocumentId: doc } });
          if (inst.status === 'published') break;
          // Whoever the view names as an actor, and who may move it on, takes the next step.
          let moved = false;
          const actors = (await app.strapi.plugin('ppid').service('workflow-views').view(type, doc, { id: 0, roles: [] })).actors;
          expect([type, unit.code, inst.stage, actors.length > 0]).toEqual([type, unit.code, inst.stage, true]);
          for (const actor of actors) {
            const http = await as(actor.id);
            let view = (await http('get', url)).body.data;
            if (type === 'announcement' && view.transitions.some((t: any) => t.proofRequired) && !(await app.strapi.db.query('plugin::ppid.publication-record').count({ where: { announcement: { documentId: doc } } }))) {
              // The person publishing records where it was announced (online and offline), as SOP 190 step 6 asks.
              for (const channel of ['website', 'notice_board']) {
                serial += 1;
                const proof = await http('post', '/content-manager/collection-types/plugin::ppid.publication-record').send({ announcement: { connect: [{ documentId: doc }] }, channel, url: `https://ppid.uji.go.id/bukti/${serial}`, channelPublishedAt: '2026-05-04T03:00:00.000Z' });
                expect([unit.code, proof.status]).toEqual([unit.code, 201]);
              }
              view = (await http('get', url)).body.data;
            }
            const next = view.transitions.find((t: any) => t.allowed && (t.action === 'forward' || t.action === 'publish'));
            if (!next) continue;
            // The head names someone other than themselves (a Plt Kabid may also be the unit's Fungsional).
            const named = next.assigns ? (next.candidates.find((c: any) => c.id !== actor.id) ?? next.candidates[0]) : null;
            const extra = named ? { assignee: named.id, agendaNumber: `000.9/${serial}/UJI` } : {};
            const res = await http('post', `${url}/transitions`).send({ transition: next.key, revision: view.state.revision, ...extra });
            expect([type, unit.code, next.key, res.status]).toEqual([type, unit.code, next.key, 200]);
            moved = true;
            break;
          }
          expect([type, unit.code, inst.stage, moved]).toEqual([type, unit.code, inst.stage, true]);
        }
        const done = await app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectType: type, subjectDocumentId: doc } });
        expect([type, unit.code, done.status]).toEqual([type, unit.code, 'published']);
      }
    }
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
