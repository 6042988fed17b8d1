/**
 * The public DIP editions through real HTTP, no credentials: the list of enacted editions and the
 * snapshot of a year (exact values, masked personal data, never a draft, frozen when rows change
 * later), the live DIP marked against the latest enacted edition, and the response cache changing
 * at once after each change path a person takes in the admin: enacting an edition, publishing an
 * exclusion, renaming a unit, saving a workflow definition, withdrawing a published announcement.
 * Editions are enacted as the agency's head does it: the Kepala's Content Manager update, signed
 * with the name and NIP of the Kepala's position assignment.
 */
import { adminSession, boot, ok, type Booted } from '../helpers/strapi';
import { announcementData, category, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { announcementChain, atSigning, holders, itemUrl, publishAnnouncement, signList, type AnnouncementTeam } from '../helpers/workflow';
import { announcementDiskominfoKalbar } from '../../plugins/ppid/server/src/workflow/templates';

const CM = '/content-manager/collection-types/plugin::ppid.';
const PHONE = '0812-3456-7890';
const ANN = 'announcement';

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let root: Awaited<ReturnType<typeof adminSession>>;
let team: AnnouncementTeam;
let keuangan: { code: string; name: string };
const ids: Record<string, string> = {};

const get = (url: string, headers: Record<string, string> = {}) => {
  const req = app.http().get(url);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req;
};
const sys = <T>(fn: () => Promise<T>): Promise<T> => app.strapi.plugin('ppid').service('workflow').asSystem(fn);

/** Enacts a draft edition as the head of the agency does: the Kepala's signature at the list's signing stage. */
const enact = async (documentId: string, data: { decreeNumber: string; signedAt: string }) => {
  await atSigning(app, 'dip-edition', documentId);
  return ok(signList(team.kepala, app, 'dip-edition', documentId, data));
};
const SIGNER = { name: 'Dr. H. Kepala Uji', position: 'Kepala Dinas Kominfo Uji' };

beforeAll(async () => {
  app = await boot('public-editions');
  const { strapi } = app;
  units = await unitTree(strapi);
  root = await adminSession(app);
  const cat = await category(strapi, 'laporan-keuangan');
  keuangan = { code: cat.code, name: cat.name };
  const secret = await create(strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId, decreeNumber: 'KEP-EX/2026' }), true);
  ids.secret = secret.documentId;
  ids.b01 = (await create(strapi, 'dip-entry', dipData({ number: 'B-01', infoClass: 'berkala', title: 'Laporan Keuangan', berkalaCategory: cat.documentId, holderUnit: units.ikp.documentId }), true)).documentId;
  ids.k01 = (await create(strapi, 'dip-entry', dipData({ number: 'K-01', infoClass: 'dikecualikan', title: 'Data pribadi pemohon', exclusion: secret.documentId, holderUnit: units.ikp.documentId }), true)).documentId;
  await create(strapi, 'dip-entry', dipData({ number: 'SS-09', title: 'Draf entri', holderUnit: units.ikp.documentId }), false); // a draft: never frozen
  await create(strapi, 'dip-entry', dipData({ number: 'L-25', title: 'Laporan Tahun Lalu', year: 2025, holderUnit: units.stat.documentId }), true);
  // A row published before the privacy check existed: a phone number in its holder official.
  const ss02 = await create(strapi, 'dip-entry', dipData({ number: 'SS-02', title: 'Data Statistik Sektoral', holderUnit: units.stat.documentId }));
  ids.ss02 = ss02.documentId;
  await strapi.db.query('plugin::ppid.dip-entry').create({
    data: { ...dipData({ number: 'SS-02', title: 'Data Statistik Sektoral', holderOfficial: `Kepala Bidang Statistik (${PHONE})` }), holderUnit: units.stat.id, documentId: ss02.documentId, publishedAt: new Date() },
  });

  // The Kepala signs editions (an Editor in the Content Manager) and takes workflow steps.
  team = await holders(app, announcementChain(units, { extra: { officialName: SIGNER.name, nip: '197001012000031001' }, roles: ['ppid-staff', 'strapi-editor'] }));

  const edition = await create(strapi, 'dip-edition', { year: 2026, title: 'DIP 2026', agency: units.agency.documentId });
  ids.edition2026 = edition.documentId;
  await enact(edition.documentId, { decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10' });
  // Drafts stay drafts: never listed, never served.
  ids.draft2028 = (await create(strapi, 'dip-edition', { year: 2028, title: 'DIP 2028 (konsep)', agency: units.agency.documentId, decreeNumber: 'KONSEP/2028' })).documentId;
  ids.draft2025 = (await create(strapi, 'dip-edition', { year: 2025, title: 'DIP 2025', agency: units.agency.documentId })).documentId;
});

afterAll(async () => {
  await app?.stop();
});

const editionRow = (documentId: string) => app.strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId } });
const downloads = (year: number) => ({ pdf: `/api/ppid/dip/editions/${year}.pdf`, xlsx: `/api/ppid/dip/editions/${year}.xlsx`, csv: `/api/ppid/dip/editions/${year}.csv` });
const agency = () => ({ code: 'kominfo-uji', name: 'Dinas Kominfo Uji' });
/** A row as `dipData` writes it, in the public shape. */
const row = (over: Record<string, unknown>) => ({
  title: 'Rencana Strategis', summary: 'Dokumen rencana strategis lima tahunan dinas.', class: 'setiap_saat', category: null,
  holderOfficial: 'Sekretaris Dinas', responsibleOfficial: 'Kepala Sub Bagian Program', productionTime: '2026', productionPlace: 'Pontianak',
  year: 2026, availableForm: 'softcopy_hardcopy', mediaType: 'Website', retentionPeriod: '5 tahun', documentUrl: null, document: null, exclusion: null,
  ...over,
});

describe(`the enacted editions (${TEST_DB})`, () => {
  it('lists the enacted editions with their header and downloads, never a draft', async () => {
    const res = await get('/api/ppid/dip/editions');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const stored = await editionRow(ids.edition2026);
    expect(res.body).toEqual({
      data: [
        {
          year: 2026, agency: agency(), decreeNumber: '045/DISKOMINFO/2026', decreeDate: '2026-01-10',
          signer: SIGNER, enactedAt: new Date(stored.enactedAt).toISOString(), entryCount: 3,
          downloads: downloads(2026),
        },
      ],
      meta: { total: 1 },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/2028|KONSEP|197001012000031001/);
    // The links are the real downloads.
    expect((await get(res.body.data[0].downloads.csv)).status).toBe(200);
  });

  it('serves the snapshot of a year exactly as enacted, by class, personal data masked', async () => {
    const res = await get('/api/ppid/dip/editions/2026');
    expect(res.status).toBe(200);
    const { groups, ...head } = res.body.data;
    const listed = (await get('/api/ppid/dip/editions')).body.data[0];
    expect(head).toEqual(listed);
    expect(res.body.meta).toEqual({});
    expect(groups).toEqual([
      { class: 'berkala', entries: [row({ documentId: ids.b01, number: 'B-01', title: 'Laporan Keuangan', class: 'berkala', category: keuangan, holderUnit: { code: 'bidang-ikp', name: 'Bidang IKP' } })] },
      {
        class: 'setiap_saat',
        entries: [row({ documentId: ids.ss02, number: 'SS-02', title: 'Data Statistik Sektoral', holderOfficial: 'Kepala Bidang Statistik (0812-****-**90)', holderUnit: { code: 'bidang-statistik', name: 'Bidang Statistik' } })],
      },
      {
        class: 'dikecualikan',
        entries: [row({
          documentId: ids.k01, number: 'K-01', title: 'Data pribadi pemohon', class: 'dikecualikan', holderUnit: { code: 'bidang-ikp', name: 'Bidang IKP' },
          exclusion: { documentId: ids.secret, article: 'h', exclusionEndsOn: '2030-12-31' },
        })],
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
    // The stored snapshot froze the value; only the public answer masks it.
    expect(JSON.stringify((await editionRow(ids.edition2026)).snapshot)).toContain(PHONE);
    expect(await get('/api/ppid/dip/editions/2026?agency=kominfo-uji').then((r) => r.body.data.groups)).toEqual(groups);
  });

  it('answers 404 for a year without an enacted edition (a draft included), 400 for a malformed year or parameter', async () => {
    for (const year of ['2024', '2028', '2025']) {
      const res = await get(`/api/ppid/dip/editions/${year}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ data: null, error: { status: 404, name: 'NotFoundError', message: `Belum ada DIP yang ditetapkan untuk tahun ${year} / no enacted DIP for ${year}`, details: {} } });
    }
    for (const year of ['20x6', '12345', '226', 'abcd', '2026-01']) {
      const res = await get(`/api/ppid/dip/editions/${year}`);
      expect([year, res.status]).toEqual([year, 400]);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { parameter: 'year' } } });
      expect(res.body.error.message).toBe(`Invalid year "${year}": four digits, e.g. 2026`);
    }
    expect((await get('/api/ppid/dip/editions/2026?foo=1')).body.error).toMatchObject({ status: 400, details: { parameter: 'foo' } });
    expect((await get('/api/ppid/dip/editions/2026?agency=%3Cx%3E')).body.error).toMatchObject({ status: 400, details: { parameter: 'agency' } });
    expect((await get('/api/ppid/dip/editions/2026?agency=lain')).status).toBe(404);
    expect((await get('/api/ppid/dip/editions?page=2')).body.error).toMatchObject({ status: 400, details: { parameter: 'page' } });
    // A download with an unknown format is still no route.
    expect((await get('/api/ppid/dip/editions/2026.doc')).status).toBe(404);
  });

  it('the live DIP says which rows are not in the enacted edition as they stand', async () => {
    const marks = async () => {
      const res = await get('/api/ppid/dip?sort=number');
      expect(res.status).toBe(200);
      expect(res.body.meta.edition).toEqual({ year: 2026, decreeNumber: '045/DISKOMINFO/2026' });
      return Object.fromEntries(res.body.data.map((d: any) => [d.number, [d.inEdition, d.sinceEdition]]));
    };
    expect(await marks()).toEqual({ 'B-01': [2026, false], 'K-01': [2026, false], 'L-25': [null, true], 'SS-02': [2026, false] });
    const fields = await get('/api/ppid/dip?fields=number,sinceEdition&filters[number][$eq]=B-01');
    expect(fields.body.data).toEqual([{ documentId: ids.b01, number: 'B-01', sinceEdition: false }]);
  });

  it('the snapshot does not change when rows are edited or added after the enactment; the live list marks them', async () => {
    const before = await get('/api/ppid/dip/editions/2026');
    const docs = app.strapi.documents('plugin::ppid.dip-entry');
    await sys(async () => {
      await docs.update({ documentId: ids.b01, data: { summary: 'Laporan keuangan yang telah diaudit BPK.' } });
      await docs.publish({ documentId: ids.b01 });
    });
    await create(app.strapi, 'dip-entry', dipData({ number: 'SS-05', title: 'Daftar Aset Baru', holderUnit: units.stat.documentId }), true);
    const after = await get('/api/ppid/dip/editions/2026');
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    expect(after.headers.etag).toBe(before.headers.etag);
    const live = await get('/api/ppid/dip?sort=number');
    const marks = Object.fromEntries(live.body.data.map((d: any) => [d.number, [d.inEdition, d.sinceEdition]]));
    expect(marks).toEqual({ 'B-01': [2026, true], 'K-01': [2026, false], 'L-25': [null, true], 'SS-02': [2026, false], 'SS-05': [null, true] });
    expect(live.body.data.find((d: any) => d.number === 'B-01').summary).toBe('Laporan keuangan yang telah diaudit BPK.');
  });
});

/**
 * A cached answer (the second GET is a HIT), then the change, then the very next GET: a new answer
 * (200 to the old ETag, a new ETag) showing the change.
 */
async function cachedThenChanged(url: string, change: () => Promise<unknown>) {
  const first = await get(url);
  expect(first.status).toBe(200);
  const again = await get(url, { 'If-None-Match': first.headers.etag });
  expect([again.status, again.headers['x-cache']]).toEqual([304, 'HIT']);
  await change();
  const next = await get(url, { 'If-None-Match': first.headers.etag });
  expect(next.status).toBe(200);
  expect(next.headers.etag).not.toBe(first.headers.etag);
  return { before: first.body, after: next.body };
}

describe(`every change path invalidates the cached answers at once (${TEST_DB})`, () => {
  it('enacting an edition (the Content Manager, as an admin does)', async () => {
    const { before, after } = await cachedThenChanged('/api/ppid/dip/editions', () =>
      enact(ids.draft2025, { decreeNumber: '012/DISKOMINFO/2025', signedAt: '2025-01-20' })
    );
    expect(before.data.map((e: any) => e.year)).toEqual([2026]);
    expect(after.data.map((e: any) => [e.year, e.decreeNumber, e.entryCount])).toEqual([[2026, '045/DISKOMINFO/2026', 3], [2025, '012/DISKOMINFO/2025', 1]]);
    const snapshot = await get('/api/ppid/dip/editions/2025');
    expect(snapshot.body.data.groups).toEqual([{ class: 'setiap_saat', entries: [row({ documentId: expect.any(String), number: 'L-25', title: 'Laporan Tahun Lalu', year: 2025, holderUnit: { code: 'bidang-statistik', name: 'Bidang Statistik' } })] }]);
  });

  it('publishing an exclusion', async () => {
    const draft = await create(app.strapi, 'exclusion', exclusionData({ title: 'Dokumen lelang yang sedang berjalan', article17Letter: 'b', unit: units.stat.documentId }));
    const { before, after } = await cachedThenChanged('/api/ppid/excluded', () => ok(root.as('post', `${CM}exclusion/${draft.documentId}/actions/publish`).send({})));
    expect(before.data.map((x: any) => x.title)).toEqual(['Data pribadi pemohon bantuan sosial']);
    expect(after.data.map((x: any) => x.title).sort()).toEqual(['Data pribadi pemohon bantuan sosial', 'Dokumen lelang yang sedang berjalan']);
  });

  it('renaming a unit: its name shows in the lists at once; the rows are not changed since the edition', async () => {
    const { before, after } = await cachedThenChanged('/api/ppid/dip?sort=number', () =>
      ok(root.as('put', `${CM}unit/${units.stat.documentId}`).send({ name: 'Bidang Statistik dan Persandian' }))
    );
    const ss02 = (body: any) => body.data.find((d: any) => d.number === 'SS-02');
    expect(ss02(before).holderUnit).toEqual({ code: 'bidang-statistik', name: 'Bidang Statistik' });
    expect(ss02(after).holderUnit).toEqual({ code: 'bidang-statistik', name: 'Bidang Statistik dan Persandian' });
    expect([ss02(after).inEdition, ss02(after).sinceEdition]).toEqual([2026, false]);
    const excluded = await get('/api/ppid/excluded?filters[unit][code][$eq]=bidang-statistik');
    expect(excluded.body.data.map((x: any) => x.unit.name)).toEqual(['Bidang Statistik dan Persandian']);
  });

  it('saving a new version of a workflow definition (the SOPs)', async () => {
    const def = JSON.parse(JSON.stringify(announcementDiskominfoKalbar));
    delete def.version;
    def.sop.title = 'Pengumuman Informasi Publik (revisi 2026)';
    const key = announcementDiskominfoKalbar.key;
    const { before, after } = await cachedThenChanged('/api/ppid/sops', () => ok(root.as('post', '/ppid/workflows').send(def), 201));
    const sop = (body: any) => body.data.find((s: any) => s.key === key);
    expect([sop(before).version, sop(before).sop.title]).toEqual([2, 'Pengumuman Informasi Publik']);
    expect([sop(after).version, sop(after).sop.title]).toEqual([3, 'Pengumuman Informasi Publik (revisi 2026)']);
  });

  it('enacting a year again supersedes its edition: listed once, the new rows served, the marks follow it', async () => {
    const again = await create(app.strapi, 'dip-edition', { year: 2026, title: 'DIP 2026 (perubahan)', agency: units.agency.documentId });
    ids.again2026 = again.documentId;
    const { after } = await cachedThenChanged('/api/ppid/dip/editions', () =>
      enact(again.documentId, { decreeNumber: '101/DISKOMINFO/2026', signedAt: '2026-06-01' })
    );
    expect(after.data.map((e: any) => [e.year, e.decreeNumber, e.decreeDate, e.entryCount])).toEqual([[2026, '101/DISKOMINFO/2026', '2026-06-01', 4], [2025, '012/DISKOMINFO/2025', '2025-01-20', 1]]);
    expect((await editionRow(ids.edition2026)).state).toBe('superseded');
    const snapshot = (await get('/api/ppid/dip/editions/2026')).body.data;
    expect(snapshot.decreeNumber).toBe('101/DISKOMINFO/2026');
    expect(snapshot.groups.flatMap((g: any) => g.entries.map((e: any) => e.number))).toEqual(['B-01', 'SS-02', 'SS-05', 'K-01']);
    expect(snapshot.groups[0].entries[0].summary).toBe('Laporan keuangan yang telah diaudit BPK.');
    const live = await get('/api/ppid/dip?sort=number');
    expect(live.body.meta.edition).toEqual({ year: 2026, decreeNumber: '101/DISKOMINFO/2026' });
    expect(live.body.data.map((d: any) => [d.number, d.inEdition, d.sinceEdition])).toEqual([
      ['B-01', 2026, false], ['K-01', 2026, false], ['L-25', null, true], ['SS-02', 2026, false], ['SS-05', 2026, false],
    ]);
  });

  it("signing next year's edition supersedes the year before: the public API serves the new one, the earlier years stay readable", async () => {
    const next = await create(app.strapi, 'dip-edition', { year: 2027, title: 'DIP 2027', agency: units.agency.documentId });
    const { after } = await cachedThenChanged('/api/ppid/dip/editions', () => enact(next.documentId, { decreeNumber: '001/DISKOMINFO/2027', signedAt: '2026-11-30' }));
    expect(after.data.map((e: any) => [e.year, e.decreeNumber])).toEqual([[2027, '001/DISKOMINFO/2027'], [2026, '101/DISKOMINFO/2026'], [2025, '012/DISKOMINFO/2025']]);
    expect(after.data[0]).toMatchObject({ decreeDate: '2026-11-30', signer: SIGNER, agency: agency(), downloads: downloads(2027) });
    expect([(await editionRow(next.documentId)).state, (await editionRow(ids.again2026)).state, (await editionRow(ids.draft2025)).state]).toEqual(['enacted', 'superseded', 'superseded']);
    expect((await ok(get('/api/ppid/dip/editions/2027'))).body.data).toMatchObject({ year: 2027, decreeNumber: '001/DISKOMINFO/2027', entryCount: 0 });
    expect((await ok(get('/api/ppid/dip/editions/2026'))).body.data.decreeNumber).toBe('101/DISKOMINFO/2026');
    expect((await ok(get('/api/ppid/dip?sort=number'))).body.meta.edition).toEqual({ year: 2027, decreeNumber: '001/DISKOMINFO/2027' });
  });

  it('withdrawing a published announcement through the workflow route', async () => {
    // Published through the workflow: drafted, disposed, reviewed, approved, proved, published.
    const created = await ok(team.dewi.as('post', `${CM}announcement`).send(announcementData({ title: 'Jadwal Pelayanan Ramadan', slug: 'jadwal-pelayanan-ramadan', unit: { connect: [{ documentId: units.ikp.documentId }] } })), 201);
    const doc = created.body.data.documentId as string;
    await publishAnnouncement(app, team, doc);
    const { revision } = (await app.strapi.db.query('plugin::ppid.workflow-instance').findOne({ where: { subjectType: ANN, subjectDocumentId: doc } }));
    const { before, after } = await cachedThenChanged('/api/ppid/announcements', () =>
      ok(team.kepala.as('post', `${itemUrl(ANN, doc)}/withdraw`).send({ revision, reason: 'Jadwal keliru, ditarik untuk diperbaiki.' }))
    );
    expect(before.data.map((a: any) => a.slug)).toContain('jadwal-pelayanan-ramadan');
    expect(after.data.map((a: any) => a.slug)).not.toContain('jadwal-pelayanan-ramadan');
    expect((await get('/api/ppid/announcements/jadwal-pelayanan-ramadan')).status).toBe(404);
  });
});
