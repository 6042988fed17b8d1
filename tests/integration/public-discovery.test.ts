/**
 * Feeds, sitemap, robots.txt, the SOPs and the OpenAPI document: parsed back and checked, and the
 * OpenAPI schemas validated against real answers (ajv, draft 2020-12 as OpenAPI 3.1 uses).
 */
import { Readable } from 'node:stream';
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, category, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { getBinary } from '../helpers/binary';

/* eslint-disable @typescript-eslint/no-var-requires */
const { xml2js } = require('xml-js');
const { parseSitemap } = require('sitemap');
const { validate } = require('@readme/openapi-parser');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');
/* eslint-enable @typescript-eslint/no-var-requires */

let app: Booted;

beforeAll(async () => {
  app = await boot('public-discovery');
  const { strapi } = app;
  const units = await unitTree(strapi);
  const keuangan = await category(strapi, 'laporan-keuangan');
  await create(strapi, 'announcement', announcementData({
    title: 'Laporan Keuangan & Kinerja', slug: 'laporan-keuangan', infoClass: 'berkala', berkalaCategory: keuangan.documentId,
    unit: units.seksi.documentId, internalNote: 'catatan internal penyusun',
  }), true);
  await create(strapi, 'announcement', announcementData({
    title: 'Peringatan Dini Banjir', slug: 'peringatan-dini-banjir', infoClass: 'serta_merta', unit: units.ikp.documentId,
  }), true);
  await create(strapi, 'announcement', announcementData({ title: 'Draf Belum Terbit', slug: 'draf-belum-terbit', unit: units.ikp.documentId }), false);
  const exclusion = await create(strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId }), true);
  await create(strapi, 'dip-entry', dipData({ holderUnit: units.agency.documentId }), true);
  await create(strapi, 'dip-entry', dipData({
    number: 'DK-01', title: 'Data pemohon', infoClass: 'dikecualikan', holderUnit: units.ikp.documentId, exclusion: exclusion.documentId,
  }), true);
  const edition = await create(strapi, 'dip-edition', { year: 2026, title: 'DIP 2026', agency: units.agency.documentId });
  await strapi.plugin('ppid').service('workflow').asSystem(() =>
    strapi.documents('plugin::ppid.dip-edition').update({
      documentId: edition.documentId,
      data: { state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10', signerName: 'Dr. H. Kepala Uji', signerTitle: 'Kepala Dinas' },
    })
  );
  // A row added after the enactment: the live list marks it.
  await create(strapi, 'dip-entry', dipData({ number: 'SS-07', title: 'Daftar Aset', holderUnit: units.stat.documentId }), true);
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => app.http().get(url).buffer(true).parse((res, cb) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (text += c));
  res.on('end', () => cb(null, text));
});
const children = (el: any, name: string) => (el.elements ?? []).filter((e: any) => e.name === name);
const textOf = (el: any) => (el?.elements ?? []).map((e: any) => e.text ?? e.cdata ?? '').join('');

describe(`feeds and discovery (${TEST_DB})`, () => {
  it('serves a valid Atom feed of published announcements, all and per class', async () => {
    const res = await get('/api/ppid/feeds/announcements');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(res.headers.etag).toBeTruthy();
    const doc = xml2js(res.body);
    const feed = doc.elements.find((e: any) => e.name === 'feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    // RFC 4287: a feed has id, title, updated; each entry id, title, updated and a link.
    for (const name of ['id', 'title', 'updated']) expect(textOf(children(feed, name)[0])).not.toBe('');
    const entries = children(feed, 'entry');
    expect(entries.map((e: any) => textOf(children(e, 'title')[0])).sort()).toEqual(['Laporan Keuangan & Kinerja', 'Peringatan Dini Banjir']);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) expect(textOf(children(entry, name)[0])).not.toBe('');
      expect(children(entry, 'link')[0].attributes.href).toMatch(/\/index\.html\?pengumuman=/);
      expect(Number.isNaN(Date.parse(textOf(children(entry, 'updated')[0])))).toBe(false);
    }
    expect(res.body).not.toContain('draf-belum-terbit');
    expect(res.body).not.toContain('catatan internal');

    const perClass = await get('/api/ppid/feeds/announcements/serta_merta');
    const classFeed = xml2js(perClass.body).elements.find((e: any) => e.name === 'feed');
    expect(children(classFeed, 'entry').map((e: any) => textOf(children(e, 'title')[0]))).toEqual(['Peringatan Dini Banjir']);
    expect(textOf(children(classFeed, 'title')[0])).toBe('Pengumuman PPID: Informasi Serta Merta');
    expect((await get('/api/ppid/feeds/announcements/rahasia')).status).toBe(404);
    expect((await get('/api/ppid/feeds/announcements?x=1')).status).toBe(400);
  });

  it('serves a sitemap of public items and pages, at the root and under /api/ppid', async () => {
    for (const url of ['/sitemap.xml', '/api/ppid/sitemap.xml']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/xml/);
      const items = await parseSitemap(Readable.from([res.body]));
      const urls = items.map((i: any) => i.url);
      expect(urls.some((u: string) => u.endsWith('/index.html?pengumuman=laporan-keuangan'))).toBe(true);
      expect(urls.some((u: string) => u.endsWith('/index.html?pengumuman=peringatan-dini-banjir'))).toBe(true);
      expect(urls.some((u: string) => u.includes('draf-belum-terbit'))).toBe(false);
      expect(urls.some((u: string) => u.endsWith('/index.html?bagian=dip'))).toBe(true);
      const root = xml2js(res.body).elements.find((e: any) => e.name === 'urlset');
      expect(root.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      for (const u of children(root, 'url')) expect(textOf(children(u, 'loc')[0])).toMatch(/^http/);
    }
  });

  it('serves robots.txt naming the sitemap and keeping crawlers out of the admin', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const lines = res.body.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /admin');
    expect(lines.find((l: string) => l.startsWith('Sitemap: '))).toMatch(/^Sitemap: http.*\/sitemap\.xml$/);
  });

  it('lists the SOPs in force as readable procedures', async () => {
    const res = await app.http().get('/api/ppid/sops');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const sop of res.body.data) {
      expect(sop.sop.number).toMatch(/\S/);
      expect(Array.isArray(sop.sop.legalBasis)).toBe(true);
      expect(sop.steps.length).toBeGreaterThan(0);
      expect(sop.steps.map((s: any) => s.number)).toEqual(sop.steps.map((_: any, i: number) => i + 1));
    }
    const announcement = res.body.data.find((s: any) => s.contentType === 'announcement');
    expect(announcement).toBeDefined();
    expect(announcement.steps.some((s: any) => s.actor && /Kepala|Sekretaris|Fungsional|PPID/.test(s.actor))).toBe(true);
    expect(announcement.steps.some((s: any) => s.timeStandard && /(menit|jam kerja|hari kerja)$/.test(s.timeStandard))).toBe(true);
    // Positions only: no admin accounts or e-mails.
    expect(JSON.stringify(res.body)).not.toMatch(/@|"authorId"|"email"/);
  });
});

describe(`OpenAPI 3.1 (${TEST_DB})`, () => {
  let doc: any;
  let ajv: any;
  beforeAll(async () => {
    const res = await app.http().get('/api/ppid/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: doc.components });
  });
  // Local refs (#/components/...) point into the document registered as "openapi".
  const rewrite = (schema: any): any => JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(JSON.parse(JSON.stringify(doc)));
    if (!result.valid) throw new Error(JSON.stringify(result.errors, null, 1));
    expect(result.valid).toBe(true);
  });

  it('describes every public route of the plugin (the information service\'s too)', () => {
    const routes: { method: string; path: string }[] = app.strapi.plugin('ppid').routes['content-api'].routes;
    // "/requests/status/:number" and "/dip/editions/:year(\\d{4}).:format(pdf|xlsx|csv)" → "/requests/status/{}", "/dip/editions/{}.{}"
    const shape = (path: string) => path.replace(/:\w+(\([^)]*\))?/g, '{}').replace(/\{[^}]*\}/g, '{}');
    const described = new Set(Object.entries(doc.paths).flatMap(([path, ops]: [string, any]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${shape(path)}`)));
    const missing = routes.map((r) => `${r.method} ${shape(r.path)}`).filter((r) => !described.has(r));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(18);
    for (const route of ['POST /requests', 'GET /requests/status/{}', 'POST /requests/status/{}/objections', 'GET /requests/form']) expect(described).toContain(route);
    // The information service's error answers.
    expect(Object.keys(doc.paths['/requests'].post.responses).sort()).toEqual(['201', '400', '409', '429']);
    expect(Object.keys(doc.paths['/requests/status/{number}'].get.responses).sort()).toEqual(['200', '404', '429']);
    expect(Object.keys(doc.paths['/requests/status/{number}/objections'].post.responses).sort()).toEqual(['201', '400', '404', '409', '429']);
  });

  it.each([
    ['/announcements', '/announcements'],
    ['/announcements?pagination[start]=0&pagination[limit]=1', '/announcements'],
    ['/announcements/peringatan-dini-banjir', '/announcements/{id}'],
    ['/dip', '/dip'],
    ['/excluded', '/excluded'],
    ['/sops', '/sops'],
    ['/dip/editions', '/dip/editions'],
    ['/dip/editions/2026', '/dip/editions/{year}'],
  ])('describes the real answer of %s', async (url, path) => {
    const res = await app.http().get(`/api/ppid${url}`);
    expect(res.status).toBe(200);
    const schema = doc.paths[path].get.responses['200'].content['application/json'].schema;
    const fn = ajv.compile(rewrite(schema));
    if (!fn(res.body)) throw new Error(`${url}: ${JSON.stringify(fn.errors.slice(0, 5))}`);
    const base = path === '/announcements/{id}' ? '/announcements' : path.includes('{') ? url : path;
    const bad = await app.http().get(`/api/ppid${base}?filters[secret][$eq]=1`);
    if (path !== '/sops') {
      const errorSchema = ajv.compile(rewrite(doc.paths[path === '/announcements/{id}' ? '/announcements' : path].get.responses['400'].content['application/json'].schema));
      expect(bad.status).toBe(400);
      expect(errorSchema(bad.body)).toBe(true);
    }
  });

  it('describes the DIP edition routes: marks on the live list, 404 and 400 of a year, the downloads', async () => {
    const dip = (await app.http().get('/api/ppid/dip?sort=number')).body;
    expect(dip.meta.edition).toEqual({ year: 2026, decreeNumber: '045/DISKOMINFO/2026' });
    expect(dip.data.map((d: any) => [d.number, d.inEdition, d.sinceEdition])).toEqual([['DK-01', 2026, false], ['SS-01', 2026, false], ['SS-07', null, true]]);
    const year = doc.paths['/dip/editions/{year}'].get;
    const errorOf = (status: number) => ajv.compile(rewrite(year.responses[String(status)].content['application/json'].schema));
    const missing = await app.http().get('/api/ppid/dip/editions/2024');
    expect(missing.status).toBe(404);
    expect(errorOf(404)(missing.body)).toBe(true);
    const malformed = await app.http().get('/api/ppid/dip/editions/20x6');
    expect(malformed.status).toBe(400);
    expect(errorOf(400)(malformed.body)).toBe(true);
    expect(year.parameters.find((p: any) => p.name === 'year').schema.pattern).toBe('^[0-9]{4}$');
    const download = doc.paths['/dip/editions/{year}.{format}'].get;
    for (const [format, type] of [['pdf', 'application/pdf'], ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], ['csv', 'text/csv']]) {
      const res = await getBinary(app, `/api/ppid/dip/editions/2026.${format}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type'].split(';')[0]).toBe(type);
      expect(Object.keys(download.responses['200'].content)).toContain(type);
    }
    // Every listed edition's download links are paths the document describes.
    const editions = (await app.http().get('/api/ppid/dip/editions')).body.data;
    expect(editions[0].downloads).toEqual({ pdf: '/api/ppid/dip/editions/2026.pdf', xlsx: '/api/ppid/dip/editions/2026.xlsx', csv: '/api/ppid/dip/editions/2026.csv' });
  });
});
