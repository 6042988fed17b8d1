/**
 * The public read API, as the agency's public website calls it: no credentials, real HTTP routes.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, category, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let drafterEmail: string;

beforeAll(async () => {
  app = await boot('public-api');
  const { strapi } = app;
  units = await unitTree(strapi);
  const drafter = await strapi.service('admin::user').create({
    email: 'penyusun.rahasia@kominfo.go.id', firstname: 'Penyusun', lastname: 'Uji', password: 'Rahasia-123', isActive: true,
    registrationToken: null, roles: [],
  });
  drafterEmail = drafter.email;
  const keuangan = await category(strapi, 'laporan-keuangan');

  // Three published announcements in two units, one draft that must never show.
  await create(strapi, 'announcement', announcementData({
    title: 'Laporan Keuangan Semester I', slug: 'laporan-keuangan-semester-i', infoClass: 'berkala',
    berkalaCategory: keuangan.documentId, unit: units.seksi.documentId, drafter: drafter.id,
    internalNote: 'catatan internal penyusun', summary: 'Ringkasan laporan keuangan semester pertama.',
  }), true);
  await create(strapi, 'announcement', announcementData({
    title: 'Peringatan Dini Banjir Kapuas', slug: 'peringatan-dini-banjir', infoClass: 'serta_merta',
    unit: units.ikp.documentId, summary: 'Debit Sungai Kapuas naik; warga bantaran diminta waspada.',
  }), true);
  await create(strapi, 'announcement', announcementData({
    title: 'Statistik Sektoral Tahunan', slug: 'statistik-sektoral', unit: units.stat.documentId,
  }), true);
  await create(strapi, 'announcement', announcementData({
    title: 'Draf Rahasia Belum Terbit', slug: 'draf-belum-terbit', unit: units.ikp.documentId,
  }), false);

  // Publication records on the flood warning.
  const [flood] = await strapi.documents('plugin::ppid.announcement').findMany({ filters: { slug: 'peringatan-dini-banjir' } });
  for (const channel of ['website', 'notice_board']) {
    await create(strapi, 'publication-record', {
      announcement: flood.documentId, channel, url: `https://kominfo.go.id/bukti/${channel}`, channelPublishedAt: new Date().toISOString(),
    });
  }
  // DIP: one open entry, one excluded entry linked to a published exclusion, one draft.
  const exclusion = await create(strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId }), true);
  await create(strapi, 'exclusion', exclusionData({ title: 'Dokumen penyelidikan', article17Letter: 'a', unit: units.stat.documentId, testedOn: '2025-03-01', exclusionEndsOn: '2025-12-31' }), true);
  await create(strapi, 'dip-entry', dipData({ holderUnit: units.agency.documentId, documentUrl: 'https://kominfo.go.id/renstra.pdf' }), true);
  await create(strapi, 'dip-entry', dipData({
    number: 'DK-01', title: 'Data pemohon bansos', summary: 'Data pribadi para pemohon bantuan sosial.', infoClass: 'dikecualikan', holderUnit: units.ikp.documentId,
    documentUrl: 'https://kominfo.go.id/rahasia.pdf', exclusion: exclusion.documentId,
  }), true);
  await create(strapi, 'dip-entry', dipData({ number: 'B-01', title: 'Draf DIP', infoClass: 'berkala', holderUnit: units.ikp.documentId, year: 2025 }), false);
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => app.http().get(url);

describe(`public announcements API (${TEST_DB})`, () => {
  it('lists published announcements only, newest first, in Strapi\'s response shape', async () => {
    const res = await get('/api/ppid/announcements');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(res.body.meta).toEqual({ pagination: { page: 1, pageSize: 25, pageCount: 1, total: 3 } });
    expect(res.body.data.map((a: any) => a.slug)).toEqual(['statistik-sektoral', 'peringatan-dini-banjir', 'laporan-keuangan-semester-i']);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(
      ['category', 'class', 'coverImage', 'documentId', 'informationDate', 'publishedAt', 'slug', 'summary', 'title', 'unit', 'updatedAt'].sort()
    );
  });

  it('never shows drafts, internal notes or admin e-mails', async () => {
    const res = await get('/api/ppid/announcements?pageSize=100');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('draf-belum-terbit');
    expect(text).not.toContain('catatan internal');
    expect(text).not.toContain(drafterEmail);
    expect(text).not.toMatch(/"(drafter|internalNote|createdBy|updatedBy|id)"/);
  });

  it('filters by class, unit (with its sub-units), category, year and text', async () => {
    const slugs = async (qs: string) => (await get(`/api/ppid/announcements?${qs}`)).body.data.map((a: any) => a.slug).sort();
    expect(await slugs('class=serta_merta')).toEqual(['peringatan-dini-banjir']);
    expect(await slugs('unit=bidang-ikp')).toEqual(['laporan-keuangan-semester-i', 'peringatan-dini-banjir']);
    expect(await slugs('unit=seksi-publikasi')).toEqual(['laporan-keuangan-semester-i']);
    expect(await slugs('unit=kominfo-uji')).toHaveLength(3);
    expect(await slugs('unit=tidak-ada')).toEqual([]);
    expect(await slugs('category=laporan-keuangan')).toEqual(['laporan-keuangan-semester-i']);
    const year = new Date().getFullYear();
    expect(await slugs(`year=${year}`)).toHaveLength(3);
    expect(await slugs(`year=${year - 1}`)).toEqual([]);
    expect(await slugs('q=KAPUAS')).toEqual(['peringatan-dini-banjir']);
    expect(await slugs('q=semester pertama')).toEqual(['laporan-keuangan-semester-i']);
    expect(await slugs('class=berkala&unit=bidang-statistik')).toEqual([]);
  });

  it('pages and sorts', async () => {
    const page2 = await get('/api/ppid/announcements?pageSize=2&page=2&sort=title:asc');
    expect(page2.status).toBe(200);
    expect(page2.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    expect(page2.body.data.map((a: any) => a.title)).toEqual(['Statistik Sektoral Tahunan']);
    const strapiStyle = await get('/api/ppid/announcements?pagination[pageSize]=1&sort=title:desc');
    expect(strapiStyle.body.data.map((a: any) => a.title)).toEqual(['Statistik Sektoral Tahunan']);
    expect(strapiStyle.body.meta.pagination.pageCount).toBe(3);
  });

  it.each([
    ['pageSize=1000', 'Invalid "pageSize": pageSize must be at most 100'],
    ['page=0', 'Invalid "page": page must be at least 1'],
    ['page=abc', 'Invalid "page": page must be a positive whole number'],
    ['class=rahasia', 'Invalid "class": must be one of berkala, serta_merta, setiap_saat'],
    ['year=20x6', 'Invalid "year": must be a four-digit year'],
    ['sort=internalNote:asc', 'Invalid "sort" value "internalNote:asc": sortable fields are publishedAt, title, informationDate, updatedAt, slug, each optionally :asc or :desc'],
    ['filters[internalNote][$notNull]=true', 'Unknown filter "filters[internalNote]". Filterable: documentId, slug, title, summary, class, informationDate, publishedAt, updatedAt, unit, category'],
    ['populate=drafter', 'Unknown relation "drafter" in "populate". Public relations: unit, category, coverImage'],
    ['class=berkala&class=setiap_saat', 'Query parameter "class" may be given only once'],
  ])('refuses ?%s with a 400 that says why', async (qs, message) => {
    const res = await get(`/api/ppid/announcements?${qs}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message } });
  });

  it('shows one announcement by slug with body and channels', async () => {
    const res = await get('/api/ppid/announcements/peringatan-dini-banjir');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      slug: 'peringatan-dini-banjir',
      class: 'serta_merta',
      body: 'Isi pengumuman **lengkap**.',
      unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
      channels: ['notice_board', 'website'],
      attachments: [],
    });
  });

  it('answers 404 for an unknown or unpublished slug, 400 for a malformed one', async () => {
    for (const slug of ['tidak-ada', 'draf-belum-terbit']) {
      const res = await get(`/api/ppid/announcements/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: `No published announcement has the slug "${slug}"` });
    }
    const bad = await get(`/api/ppid/announcements/${encodeURIComponent('a b<c>')}`);
    expect(bad.status).toBe(400);
    const extra = await get('/api/ppid/announcements/peringatan-dini-banjir?populate=drafter');
    expect(extra.status).toBe(400);
  });
});

describe(`public DIP API (${TEST_DB})`, () => {
  it('lists published entries with the seven Perki columns, grouped numbers first', async () => {
    const res = await get('/api/ppid/dip');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(2);
    const [excluded, open] = res.body.data;
    expect(open).toMatchObject({
      number: 'SS-01', title: 'Rencana Strategis', class: 'setiap_saat', holderUnit: { code: 'kominfo-uji', name: 'Dinas Kominfo Uji' },
      holderOfficial: 'Sekretaris Dinas', responsibleOfficial: 'Kepala Sub Bagian Program', productionTime: '2026', productionPlace: 'Pontianak',
      availableForm: 'softcopy_hardcopy', mediaType: 'Website', retentionPeriod: '5 tahun', documentUrl: 'https://kominfo.go.id/renstra.pdf',
      exclusion: null,
    });
    expect(excluded).toMatchObject({ number: 'DK-01', class: 'dikecualikan', documentUrl: null, document: null, exclusion: { article: 'h', exclusionEndsOn: '2030-12-31' } });
    expect(JSON.stringify(res.body)).not.toMatch(/rahasia\.pdf|NIK dan alamat|internalNote/);
  });

  it('filters by class, unit and year', async () => {
    const numbers = async (qs: string) => (await get(`/api/ppid/dip?${qs}`)).body.data.map((e: any) => e.number);
    expect(await numbers('class=dikecualikan')).toEqual(['DK-01']);
    expect(await numbers('unit=bidang-ikp')).toEqual(['DK-01']);
    expect(await numbers('year=2026&sort=number:desc')).toEqual(['SS-01', 'DK-01']);
    expect(await numbers('year=2025')).toEqual([]);
    expect(await numbers('q=strategis')).toEqual(['SS-01']);
    expect((await get('/api/ppid/dip?class=unknown')).status).toBe(400);
    expect((await get('/api/ppid/dip?article=h')).status).toBe(400);
  });
});

describe(`public list of excluded information (${TEST_DB})`, () => {
  it('lists what is excluded and why, never the excluded content', async () => {
    const res = await get('/api/ppid/excluded?sort=testedOn:desc');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data[0]).toMatchObject({
      title: 'Data pribadi pemohon bantuan sosial', article: 'h', ground: 'Mengungkap rahasia pribadi', testedOn: '2026-01-15',
      exclusionEndsOn: '2030-12-31', status: 'excluded', enactedBy: 'Kepala Dinas', unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
    });
    expect(res.body.data[1]).toMatchObject({ title: 'Dokumen penyelidikan', status: 'period_ended' });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/NIK dan alamat|catatan rahasia|excludedContent|attachments|internalNote/);
  });

  it('filters by article, unit and year of the test', async () => {
    const titles = async (qs: string) => (await get(`/api/ppid/excluded?${qs}`)).body.data.map((e: any) => e.title);
    expect(await titles('article=a')).toEqual(['Dokumen penyelidikan']);
    expect(await titles('unit=bidang-statistik')).toEqual(['Dokumen penyelidikan']);
    expect(await titles('year=2026')).toEqual(['Data pribadi pemohon bantuan sosial']);
    const bad = await get('/api/ppid/excluded?article=z');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Invalid "article": must be a letter of Pasal 17, a to j');
  });
});

describe('public access', () => {
  it('opens exactly the eleven read actions (four lists, the DIP editions and one edition, two downloads, the issued service reports, one and its PDF) to the Public role (and to Authenticated end users), idempotently', async () => {
    const ACTIONS = [
      'announcement',
      'announcements',
      'dip',
      'dipEdition',
      'dipEditionFile',
      'dipEditions',
      'excluded',
      'excludedFile',
      'serviceReport',
      'serviceReportFile',
      'serviceReports',
    ].map((a) => `plugin::ppid.public.${a}`);
    const actions = async (type = 'public') =>
      ((await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { action: { $startsWith: 'plugin::ppid.' }, role: { type } }, select: ['action'] })) as Array<{ action: string }>)
        .map((p) => p.action)
        .sort();
    expect(await actions()).toEqual(ACTIONS);
    expect(await actions('authenticated')).toEqual(ACTIONS);
    expect(await app.strapi.db.query('plugin::users-permissions.permission').count({ where: { action: { $startsWith: 'plugin::ppid.' } } })).toBe(22);
    const categories = await app.strapi.db.query('plugin::ppid.berkala-category').count();
    expect(categories).toBe(11);
    await app.strapi.plugin('ppid').service('setup').run();
    await app.strapi.plugin('ppid').service('setup').run();
    expect(await actions()).toEqual(ACTIONS);
    expect(await actions('authenticated')).toEqual(ACTIONS);
    expect(await app.strapi.db.query('plugin::ppid.berkala-category').count()).toBe(11);
  });

  it('does not expose the plugin\'s content types through Strapi\'s generic routes', async () => {
    expect((await get('/api/announcements')).status).toBe(404);
    expect((await get('/content-manager/collection-types/plugin::ppid.announcement')).status).toBe(401);
  });
});
