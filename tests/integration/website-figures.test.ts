/**
 * The pre-filled figures of a website evaluation (web SOP C1/C2) against seeded data: content
 * published per unit and month against the signed quarterly plan, backlog items opened and closed with
 * their lead time, and proofs of publication per channel; bad periods answer 400; the route needs the
 * plugin's compliance.read permission.
 */
import { boot, adminSession, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { seedWebsiteQuarter } from '../helpers/website';

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let root: Awaited<ReturnType<typeof adminSession>>;
let ikpId: number;
let statId: number;
const q = (u: string) => app.strapi.db.query(`plugin::ppid.${u}`);

beforeAll(async () => {
  app = await boot('website-figures');
  units = await unitTree(app.strapi);
  root = await adminSession(app);
  ikpId = (await q('unit').findOne({ where: { code: 'bidang-ikp' } })).id;
  statId = (await q('unit').findOne({ where: { code: 'bidang-statistik' } })).id;
  await seedWebsiteQuarter(app.strapi, units, { prefix: 'webfig', planUnitId: units.agency.id, draftUnitId: ikpId });
});
afterAll(async () => {
  await app?.stop();
});

describe(`website evaluation figures (${TEST_DB})`, () => {
  it('pre-fills plan versus actual per unit and month, backlog figures and proofs per channel for Q2 2026', async () => {
    const res = await root.as('get', '/ppid/website/evaluation-figures?from=2026-04-01&to=2026-06-30');
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d.period).toEqual({ from: '2026-04-01', to: '2026-06-30', timezone: 'Asia/Jakarta' });
    expect(d.planVsActual.cells).toEqual([
      { unitId: ikpId, month: '2026-04', planned: 2, published: 2, percent: 100 },
      { unitId: ikpId, month: '2026-05', planned: 1, published: 0, percent: 0 },
      { unitId: statId, month: '2026-05', planned: 1, published: 0, percent: 0 },
    ]);
    expect(d.planVsActual.perUnit).toEqual([
      { unitId: ikpId, planned: 3, published: 2, percent: 66.7 },
      { unitId: statId, planned: 1, published: 0, percent: 0 },
    ]);
    expect(d.backlog).toEqual({ opened: 2, closed: 2, openAtEnd: 1, leadTimeDaysMean: 7, leadTimeDaysMedian: 7 });
    expect(d.proofsPerChannel).toEqual([
      { channel: 'website', count: 2 },
      { channel: 'social_media', count: 1 },
      { channel: 'notice_board', count: 0 },
      { channel: 'print_media', count: 0 },
      { channel: 'satu_data', count: 0 },
      { channel: 'app', count: 0 },
    ]);
  });

  it('answers bad periods with 400 naming the parameter', async () => {
    for (const [query, message] of [
      ['from=2026-04-01', '"to" is a date YYYY-MM-DD'],
      ['from=2026-06-01&to=2026-04-01', '"from" must not be after "to"'],
      ['from=2026-02-30&to=2026-04-01', '"from" is not a calendar date'],
      ['from=2025-01-01&to=2026-06-30', 'The period is at most 400 days'],
      ['from=2026-04-01&to=2026-06-30&unit=x', ''],
    ] as const) {
      const res = await root.as('get', `/ppid/website/evaluation-figures?${query}`);
      expect(res.status).toBe(400);
      if (message) expect(res.body.error.message).toContain(message);
    }
  });

  it('needs an admin session holding the compliance.read permission and one of the positions that read evaluations', async () => {
    expect((await app.http().get('/ppid/website/evaluation-figures?from=2026-04-01&to=2026-06-30')).status).toBe(401);
    // Editors and Authors hold compliance.read (seed/reference.ts), but an Author holding no position of web SOP C
    // does not read the evaluations' figures (website-pages.test.ts tries each position).
    const author = await adminSession(app, ['strapi-author']);
    const refused = await author.as('get', '/ppid/website/evaluation-figures?from=2026-04-01&to=2026-06-30');
    expect([refused.status, refused.body.error.message]).toEqual([403, 'Evaluasi website hanya dapat dibaca Koordinator (Kepala Bidang yang membawahi website), Sub Koordinator dan Kepala.']);
    await app.strapi.db.query('admin::role').create({ data: { name: 'Tanpa PPID', code: 'tanpa-ppid', description: 'No PPID permissions' } });
    const outsider = await adminSession(app, ['tanpa-ppid']);
    expect((await outsider.as('get', '/ppid/website/evaluation-figures?from=2026-04-01&to=2026-06-30')).status).toBe(403);
  });
});
