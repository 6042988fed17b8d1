/**
 * Exact pagination totals of the public announcement list with the response cache off (the
 * benchmark's "cold" setting), where the total is remembered per public version (count-memo.ts):
 * counted once at a version, and right again after every change path: publishing through the
 * workflow, taking offline (withdraw), deleting through the workflow, the document service's
 * publish / unpublish / delete (as the system), and a change made by another instance on the same
 * database (its write and its bump of the version row). The instance that publishes counts ahead
 * the totals visitors were reading, so the first visitor after a publish sends no count. Real HTTP,
 * no credentials; the changes are made by the positions that make them.
 */
import { boot, ok, type Booted } from '../helpers/strapi';
import { announcementData, category, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { createPublicCache, VERSION_TABLE } from '../../plugins/ppid/server/src/public-api/cache';
import { announcementChain, holders, instanceOf, itemUrl, publishAnnouncement, type AnnouncementTeam } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
const ANN = 'announcement';
const REASON = 'Data jadwal keliru, ditarik untuk diperbaiki.';

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let team: AnnouncementTeam;
let draftId: string;

const sys = <T>(fn: () => Promise<T>): Promise<T> => app.strapi.plugin('ppid').service('workflow').asSystem(fn);
const docs = () => app.strapi.documents('plugin::ppid.announcement');

/** The totals a visitor reads: by page (pageSize 1, so pageCount = total), by start/limit, filtered by class. */
async function totals() {
  const byPage = (await ok(app.http().get('/api/ppid/announcements?pagination[pageSize]=1'))).body.meta.pagination;
  expect(byPage.pageCount).toBe(byPage.total);
  expect(byPage).toMatchObject({ page: 1, pageSize: 1 });
  const byOffset = (await ok(app.http().get('/api/ppid/announcements?pagination[start]=0&pagination[limit]=2'))).body.meta.pagination;
  expect(byOffset).toMatchObject({ start: 0, limit: 2 });
  const berkala = (await ok(app.http().get('/api/ppid/announcements?class=berkala'))).body;
  expect(berkala.meta.pagination.total).toBe(berkala.data.length);
  const all = (await ok(app.http().get('/api/ppid/announcements?pagination[pageSize]=100'))).body;
  expect(all.meta.pagination.total).toBe(all.data.length);
  return { total: byPage.total as number, offset: byOffset.total as number, berkala: berkala.meta.pagination.total as number, listed: all.data.length as number };
}
/** One page of the list as a visitor reads it, with the SQL sent while it was answered. */
async function firstPageWithSql() {
  const sql: string[] = [];
  const onQuery = (q: { sql: string }) => sql.push(q.sql);
  app.strapi.db.connection.client.on('query', onQuery);
  try {
    return { res: await ok(app.http().get('/api/ppid/announcements?pagination[pageSize]=1')), sql };
  } finally {
    app.strapi.db.connection.client.removeListener('query', onQuery);
  }
}
/** The published rows in the database, the reference. */
const published = (where: Record<string, unknown> = {}) => app.strapi.db.query('plugin::ppid.announcement').count({ where: { publishedAt: { $notNull: true }, ...where } });
async function expectExact(expected: { total: number; berkala: number }) {
  expect(await published()).toBe(expected.total);
  expect(await published({ infoClass: 'berkala' })).toBe(expected.berkala);
  expect(await totals()).toEqual({ total: expected.total, offset: expected.total, berkala: expected.berkala, listed: expected.total });
}

/** An announcement of Bidang IKP published through the workflow by the positions of SOP 190/2024. */
async function publishThroughWorkflow(title: string, slug: string, infoClass = 'setiap_saat') {
  const created = await ok(team.dewi.as('post', `${CM}announcement`).send(announcementData({ title, slug, infoClass, unit: { connect: [{ documentId: units.ikp.documentId }] } })), 201);
  const doc = created.body.data.documentId as string;
  await publishAnnouncement(app, team, doc);
  return doc;
}

beforeAll(async () => {
  app = await boot('public-totals');
  const { strapi } = app;
  units = await unitTree(strapi);
  const keuangan = await category(strapi, 'laporan-keuangan');
  await create(strapi, 'announcement', announcementData({ title: 'Laporan Keuangan', slug: 'laporan-keuangan', infoClass: 'berkala', berkalaCategory: keuangan.documentId, unit: units.seksi.documentId }), true);
  await create(strapi, 'announcement', announcementData({ title: 'Statistik Sektoral', slug: 'statistik-sektoral', unit: units.stat.documentId }), true);
  await create(strapi, 'announcement', announcementData({ title: 'Jadwal Layanan', slug: 'jadwal-layanan', unit: units.ikp.documentId }), true);
  draftId = (await create(strapi, 'announcement', announcementData({ title: 'Draf Belum Terbit', slug: 'draf-belum-terbit', unit: units.ikp.documentId }), false)).documentId;
  team = await holders(app, announcementChain(units));
  // Every answer built from the database: the totals come from the memo or from a count.
  strapi.plugin('ppid').service('publicApi').cache().setEnabled(false);
});

afterAll(async () => {
  app?.strapi.plugin('ppid').service('publicApi').cache().setEnabled(true);
  await app?.stop();
});

describe(`exact totals of the public list with the response cache off (${TEST_DB})`, () => {
  it('counts once per public version: the second request at the same version sends no count', async () => {
    await expectExact({ total: 3, berkala: 1 });
    const { res, sql } = await firstPageWithSql();
    expect(res.headers['x-cache']).toBe('MISS');
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 3, total: 3 });
    expect(sql.some((s) => /ppid_announcements/.test(s) && /count\(/i.test(s))).toBe(false);
    expect(sql.some((s) => /ppid_announcements/.test(s))).toBe(true);
    // A page past the end: no rows, the same total.
    expect((await ok(app.http().get('/api/ppid/announcements?pagination[page]=9&pagination[pageSize]=1'))).body).toEqual({
      data: [], meta: { pagination: { page: 9, pageSize: 1, pageCount: 3, total: 3 } },
    });
  });

  it('publishing through the workflow, taking offline and deleting through it move the totals at once', async () => {
    const doc = await publishThroughWorkflow('Laporan Tahunan', 'laporan-tahunan', 'berkala');
    await expectExact({ total: 4, berkala: 2 });
    const off = await ok(team.kepala.as('post', `${itemUrl(ANN, doc)}/withdraw`).send({ revision: (await instanceOf(app, ANN, doc)).revision, reason: REASON }));
    expect(off.body.data.state).toMatchObject({ stage: 'disposition' });
    await expectExact({ total: 3, berkala: 1 });

    const second = await publishThroughWorkflow('Maklumat Pelayanan', 'maklumat-pelayanan');
    await expectExact({ total: 4, berkala: 1 });
    await ok(team.sekretaris.as('post', `${itemUrl(ANN, second)}/delete`).send({ revision: (await instanceOf(app, ANN, second)).revision, reason: REASON }));
    expect(await app.strapi.db.query('plugin::ppid.announcement').count({ where: { documentId: second } })).toBe(0);
    await expectExact({ total: 3, berkala: 1 });
  });

  it('publish, unpublish and delete through the document service move the totals at once', async () => {
    await sys(() => docs().publish({ documentId: draftId }));
    await expectExact({ total: 4, berkala: 1 });
    await sys(() => docs().unpublish({ documentId: draftId }));
    await expectExact({ total: 3, berkala: 1 });
    const stat = (await docs().findMany({ filters: { slug: 'statistik-sektoral' } }))[0];
    await sys(() => docs().delete({ documentId: stat.documentId }));
    await expectExact({ total: 2, berkala: 1 });
  });

  it('a change written by another instance on the same database counts from its version bump on', async () => {
    await expectExact({ total: 2, berkala: 1 });
    // Another instance unpublishes (its own lifecycles, not ours) and bumps the shared version row.
    const knex = app.strapi.db.connection;
    const table = app.strapi.db.metadata.get('plugin::ppid.announcement').tableName;
    const jadwal = await knex(table).where({ slug: 'jadwal-layanan' }).whereNotNull('published_at').first();
    await knex(table).where({ id: jadwal.id }).update({ published_at: null });
    await knex('ppid_public_version').where({ id: 1 }).update({ version: knex.raw('version + 1'), changed_at: new Date() });
    await expectExact({ total: 1, berkala: 1 });
    await knex(table).where({ id: jadwal.id }).update({ published_at: jadwal.published_at });
    await knex('ppid_public_version').where({ id: 1 }).update({ version: knex.raw('version + 1'), changed_at: new Date() });
    await expectExact({ total: 2, berkala: 1 });
  });

  it('the publishing instance counts ahead: the first visitor after a publish sends no count and reads the exact total', async () => {
    await expectExact({ total: 2, berkala: 1 }); // what visitors read at this version
    const counts = app.strapi.plugin('ppid').service('publicApi').cache().counts;
    await sys(() => docs().publish({ documentId: draftId }));
    // The bump runs after the commit, then the two totals visitors read (all, berkala) are counted.
    for (let i = 0; i < 200 && counts.size() < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(counts.size()).toBe(2);
    const { res, sql } = await firstPageWithSql();
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 3, total: 3 });
    expect(sql.some((q) => /ppid_announcements/.test(q) && /count\(/i.test(q))).toBe(false);
    await expectExact({ total: 3, berkala: 1 });
    await sys(() => docs().unpublish({ documentId: draftId }));
    await expectExact({ total: 2, berkala: 1 });
  });

  it('an install from before the units version gets the column at start; the version row keeps its value', async () => {
    const knex = app.strapi.db.connection;
    await knex.schema.alterTable(VERSION_TABLE, (t) => t.dropColumn('units_version'));
    const before = await knex(VERSION_TABLE).where({ id: 1 }).first();
    // What a start of the upgraded plugin does (publicCache().init() at bootstrap).
    await createPublicCache(app.strapi).init();
    await createPublicCache(app.strapi).init(); // a second start (or a second instance) changes nothing
    const after = await knex(VERSION_TABLE).where({ id: 1 }).first();
    expect(Number(after.version)).toBe(Number(before.version));
    expect(Number(after.units_version)).toBe(1);
    await expectExact({ total: 2, berkala: 1 });
  });
});
