/**
 * Strapi's REST conventions on the public API, conditional requests and the response cache, and a
 * website built on @strapi/client: real HTTP, no credentials.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, category, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';

// The client's types need node16 module resolution; its CommonJS bundle is what a Node site loads.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { strapi: strapiClient } = require('@strapi/client');

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let floodId: string;

beforeAll(async () => {
  app = await boot('public-rest');
  const { strapi } = app;
  units = await unitTree(strapi);
  const keuangan = await category(strapi, 'laporan-keuangan');
  await create(strapi, 'announcement', announcementData({
    title: 'Laporan Keuangan Semester I', slug: 'laporan-keuangan-semester-i', infoClass: 'berkala',
    berkalaCategory: keuangan.documentId, unit: units.seksi.documentId, internalNote: 'catatan internal penyusun',
  }), true);
  const flood = await create(strapi, 'announcement', announcementData({
    title: 'Peringatan Dini Banjir Kapuas', slug: 'peringatan-dini-banjir', infoClass: 'serta_merta', unit: units.ikp.documentId,
  }), true);
  floodId = flood.documentId;
  await create(strapi, 'announcement', announcementData({ title: 'Statistik Sektoral Tahunan', slug: 'statistik-sektoral', unit: units.stat.documentId }), true);
  await create(strapi, 'announcement', announcementData({ title: 'Draf Rahasia Belum Terbit', slug: 'draf-belum-terbit', unit: units.ikp.documentId }), false);
  await create(strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId }), true);
  await create(strapi, 'dip-entry', dipData({ holderUnit: units.agency.documentId }), true);
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string, headers: Record<string, string> = {}) => {
  const req = app.http().get(url);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req;
};
const slugs = async (qs: string) => {
  const res = await get(`/api/ppid/announcements?${qs}`);
  expect(res.status).toBe(200);
  return res.body.data.map((a: any) => a.slug).sort();
};

describe(`Strapi REST conventions on the public lists (${TEST_DB})`, () => {
  it('filters with every operator, nested $and/$or and relations by their public fields', async () => {
    expect(await slugs('filters[class][$eq]=serta_merta')).toEqual(['peringatan-dini-banjir']);
    expect(await slugs('filters[class]=serta_merta')).toEqual(['peringatan-dini-banjir']);
    expect(await slugs('filters[class][$ne]=serta_merta')).toEqual(['laporan-keuangan-semester-i', 'statistik-sektoral']);
    expect(await slugs('filters[slug][$in][0]=statistik-sektoral&filters[slug][$in][1]=peringatan-dini-banjir')).toEqual(['peringatan-dini-banjir', 'statistik-sektoral']);
    expect(await slugs('filters[slug][$notIn][0]=statistik-sektoral')).toEqual(['laporan-keuangan-semester-i', 'peringatan-dini-banjir']);
    expect(await slugs('filters[title][$containsi]=kapuas')).toEqual(['peringatan-dini-banjir']);
    expect(await slugs('filters[title][$contains]=Sektoral')).toEqual(['statistik-sektoral']);
    expect(await slugs('filters[title][$startsWith]=Laporan')).toEqual(['laporan-keuangan-semester-i']);
    expect(await slugs('filters[unit][code][$eq]=bidang-ikp')).toEqual(['peringatan-dini-banjir']);
    expect(await slugs('filters[category][code][$eq]=laporan-keuangan')).toEqual(['laporan-keuangan-semester-i']);
    expect(await slugs('filters[category][code][$null]=true')).toEqual(['peringatan-dini-banjir', 'statistik-sektoral']);
    expect(await slugs('filters[category][code][$notNull]=true')).toEqual(['laporan-keuangan-semester-i']);
    expect(await slugs('filters[publishedAt][$lt]=2000-01-01')).toEqual([]);
    expect(await slugs('filters[publishedAt][$gte]=2000-01-01')).toHaveLength(3);
    expect(await slugs('filters[publishedAt][$lte]=2000-01-01')).toEqual([]);
    expect(await slugs('filters[publishedAt][$gt]=2000-01-01T00:00:00Z')).toHaveLength(3);
    expect(await slugs('filters[$or][0][class][$eq]=berkala&filters[$or][1][unit][code][$eq]=bidang-statistik')).toEqual(['laporan-keuangan-semester-i', 'statistik-sektoral']);
    expect(await slugs('filters[$and][0][class][$eq]=berkala&filters[$and][1][title][$containsi]=statistik')).toEqual([]);
    // With the simple parameters as well.
    expect(await slugs('class=setiap_saat&filters[title][$containsi]=statistik')).toEqual(['statistik-sektoral']);
  });

  it('sorts by a string or an array, pages by page or by start/limit, returns the fields asked for', async () => {
    const titles = async (qs: string) => (await get(`/api/ppid/announcements?${qs}`)).body.data.map((a: any) => a.title);
    expect(await titles('sort=title')).toEqual(['Laporan Keuangan Semester I', 'Peringatan Dini Banjir Kapuas', 'Statistik Sektoral Tahunan']);
    expect(await titles('sort[0]=title:desc')).toEqual(['Statistik Sektoral Tahunan', 'Peringatan Dini Banjir Kapuas', 'Laporan Keuangan Semester I']);
    const offset = await get('/api/ppid/announcements?sort=title:asc&pagination[start]=1&pagination[limit]=1');
    expect(offset.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });
    expect(offset.body.data.map((a: any) => a.title)).toEqual(['Peringatan Dini Banjir Kapuas']);
    const fields = await get('/api/ppid/announcements?fields[0]=title&fields[1]=slug&populate=unit');
    expect(Object.keys(fields.body.data[0]).sort()).toEqual(['documentId', 'slug', 'title']);
    const dip = await get('/api/ppid/dip?filters[holderUnit][code][$eq]=kominfo-uji&fields=number,title');
    expect(dip.status).toBe(200);
    expect(dip.body.data).toHaveLength(1);
    expect(Object.keys(dip.body.data[0]).sort()).toEqual(['documentId', 'number', 'title']);
    const excluded = await get('/api/ppid/excluded?filters[unit][code][$eq]=bidang-ikp');
    expect(excluded.body.data).toHaveLength(1);
  });

  it.each([
    ['filters[internalNote][$eq]=x', 'filters[internalNote]'],
    ['filters[drafter][email][$eq]=x', 'filters[drafter]'],
    ['filters[unit][id][$eq]=1', 'filters[unit][id]'],
    ['filters[title][$regex]=x', 'filters[title][$regex]'],
    ['filters[publishedAt][$containsi]=2020', 'filters[publishedAt][$containsi]'],
    ['filters[publishedAt][$lt]=kemarin', 'filters[publishedAt][$lt]'],
    ['filters[$or][0][internalNote][$eq]=x', 'filters[$or][0][internalNote]'],
    ['fields[0]=internalNote', 'fields[0]'],
    ['populate[drafter]=true', 'populate[drafter]'],
    ['populate[0]=createdBy', 'populate[0]'],
    ['sort[0]=internalNote:asc', 'sort'],
    ['pagination[start]=0&pagination[page]=1', 'pagination[start]'],
    ['pagination[limit]=1000', 'pagination[limit]'],
    ['pagination[cursor]=1', 'pagination[cursor]'],
    ['locale=en', 'locale'],
  ])('refuses ?%s with a 400 naming %s', async (qs, parameter) => {
    const res = await get(`/api/ppid/announcements?${qs}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { parameter } } });
    expect(res.body.error.message).toContain(parameter);
  });

  it('finds an item by documentId as well as by slug; never a draft', async () => {
    const byId = await get(`/api/ppid/announcements/${floodId}`);
    expect(byId.status).toBe(200);
    expect(byId.body.data.slug).toBe('peringatan-dini-banjir');
    const bySlug = await get('/api/ppid/announcements/peringatan-dini-banjir');
    expect(bySlug.body.data.documentId).toBe(floodId);
    const text = JSON.stringify((await get('/api/ppid/announcements?pagination[limit]=100')).body);
    expect(text).not.toContain('draf-belum-terbit');
    expect(text).not.toContain('catatan internal');
  });

  it('serves a website built on @strapi/client without special cases', async () => {
    const address = (await app.listen()).replace(/\/$/, '');
    const client = strapiClient({ baseURL: `${address}/api/ppid` });
    const list: any = await client.collection('announcements').find({
      filters: { unit: { code: { $eq: 'bidang-ikp' } } },
      sort: ['title:asc'],
      fields: ['title', 'slug'],
      pagination: { page: 1, pageSize: 10 },
    });
    expect(list.data.map((a: any) => a.slug)).toEqual(['peringatan-dini-banjir']);
    expect(list.meta.pagination.total).toBe(1);
    const one: any = await client.collection('announcements').findOne(floodId);
    expect(one.data.title).toBe('Peringatan Dini Banjir Kapuas');
    await expect(client.collection('announcements').find({ filters: { internalNote: { $eq: 'x' } } } as any)).rejects.toThrow();
  });
});

describe(`conditional requests and the response cache (${TEST_DB})`, () => {
  it('answers with a strong ETag and Last-Modified, 304 on If-None-Match and If-Modified-Since', async () => {
    const first = await get('/api/ppid/announcements?sort=title');
    expect(first.status).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    const second = await get('/api/ppid/announcements?sort=title');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.headers.etag).toBe(etag);
    expect(second.body).toEqual(first.body);
    expect((await get('/api/ppid/announcements?sort=title', { 'If-None-Match': etag })).status).toBe(304);
    expect((await get('/api/ppid/announcements?sort=title', { 'If-None-Match': '"other"' })).status).toBe(200);
    expect((await get('/api/ppid/announcements?sort=title', { 'If-Modified-Since': first.headers['last-modified'] })).status).toBe(304);
    expect((await get('/api/ppid/announcements?sort=title', { 'If-Modified-Since': 'Thu, 01 Jan 2000 00:00:00 GMT' })).status).toBe(200);
    expect((await get('/api/ppid/dip')).headers.etag).toBeTruthy();
    expect((await get('/api/ppid/excluded')).headers.etag).toBeTruthy();
    expect((await get(`/api/ppid/announcements/${floodId}`)).headers.etag).toBeTruthy();
  });

  it('publish, unpublish and delete invalidate the cache at once', async () => {
    // The system stands in for the workflow's publish, withdraw and delete steps (their own suites test the people).
    const sys = <T>(fn: () => Promise<T>): Promise<T> => app.strapi.plugin('ppid').service('workflow').asSystem(fn);
    const raw = app.strapi.documents('plugin::ppid.announcement');
    const docs = {
      findMany: (a: any) => raw.findMany(a),
      publish: (a: any) => sys(() => raw.publish(a)),
      unpublish: (a: any) => sys(() => raw.unpublish(a)),
      delete: (a: any) => sys(() => raw.delete(a)),
    };
    const before = await get('/api/ppid/announcements');
    const draft = (await docs.findMany({ filters: { slug: 'draf-belum-terbit' } }))[0];
    await docs.publish({ documentId: draft.documentId });
    const published = await get('/api/ppid/announcements', { 'If-None-Match': before.headers.etag });
    expect(published.status).toBe(200);
    expect(published.body.data.map((a: any) => a.slug)).toContain('draf-belum-terbit');
    await docs.unpublish({ documentId: draft.documentId });
    const withdrawn = await get('/api/ppid/announcements');
    expect(withdrawn.body.data.map((a: any) => a.slug)).not.toContain('draf-belum-terbit');
    await docs.delete({ documentId: floodId });
    expect((await get(`/api/ppid/announcements/${floodId}`)).status).toBe(404);
  });

  it('serves a cached answer to a visitor before the router and the permission layer: one primary-key read', async () => {
    await get('/api/ppid/excluded?pagination[page]=1');
    const sql: string[] = [];
    const onQuery = (q: { sql: string }) => sql.push(q.sql);
    app.strapi.db.connection.client.on('query', onQuery);
    let hit;
    let notModified;
    try {
      hit = await get('/api/ppid/excluded?pagination[page]=1');
      notModified = await get('/api/ppid/excluded?pagination[page]=1', { 'If-None-Match': hit.headers.etag });
    } finally {
      app.strapi.db.connection.client.removeListener('query', onQuery);
    }
    expect(hit.status).toBe(200);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.headers['x-content-type-options']).toBe('nosniff');
    expect(hit.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(notModified.status).toBe(304);
    expect(sql).toHaveLength(2);
    for (const statement of sql) expect(statement).toMatch(/ppid_public_version/);
  });

  it('a cached answer carries the same headers as a built one, CORS for the asking origin included', async () => {
    const comparable = (h: Record<string, string>) => {
      const { date, 'x-cache': _cache, connection, 'keep-alive': _keepAlive, ...rest } = h;
      return rest;
    };
    for (const [size, origin] of [[2, 'http://localhost:3000'], [3, 'https://bukan-situs-dinas.example']] as const) {
      const url = `/api/ppid/announcements?pagination[pageSize]=${size}`;
      const built = await get(url, { Origin: origin });
      const cached = await get(url, { Origin: origin });
      expect(built.headers['x-cache']).toBe('MISS');
      expect(cached.headers['x-cache']).toBe('HIT');
      expect(comparable(cached.headers)).toEqual(comparable(built.headers));
      expect(cached.text).toBe(built.text);
      if (origin.startsWith('http://localhost')) {
        expect(cached.headers['access-control-allow-origin']).toBe(origin);
        expect(cached.headers['access-control-allow-credentials']).toBe('true');
      } else {
        expect(cached.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
    // The allowed origin's answer is not given to another origin.
    const other = await get('/api/ppid/announcements?pagination[pageSize]=2', { Origin: 'https://bukan-situs-dinas.example' });
    expect(other.headers['x-cache']).toBe('MISS');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('revoking the Public role\'s read takes effect at once, for cached answers too; credentials never get a visitor\'s cached answer', async () => {
    expect((await get('/api/ppid/dip?sort=number')).status).toBe(200);
    expect((await get('/api/ppid/dip?sort=number')).headers['x-cache']).toBe('HIT');
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const granted = await permissions.findOne({ where: { action: 'plugin::ppid.public.dip', role: { type: 'public' } }, populate: ['role'] });
    expect(granted).toBeTruthy();
    await permissions.delete({ where: { id: granted.id } });
    try {
      const refused = await get('/api/ppid/dip?sort=number');
      expect(refused.status).toBe(403);
      expect(refused.body.error.status).toBe(403);
    } finally {
      await permissions.create({ data: { action: 'plugin::ppid.public.dip', role: granted.role.id } });
    }
    expect((await get('/api/ppid/dip?sort=number')).status).toBe(200);
    // A bad token is refused by the permission layer, not answered from the visitors' cache.
    expect((await get('/api/ppid/dip?sort=number')).headers['x-cache']).toBe('HIT');
    expect((await get('/api/ppid/dip?sort=number', { Authorization: 'Bearer not-a-token' })).status).toBe(401);
  });

  it('a change written by another instance (straight to the version row) invalidates this one', async () => {
    const first = await get('/api/ppid/dip');
    expect((await get('/api/ppid/dip')).headers['x-cache']).toBe('HIT');
    // Another instance on the same database bumps the shared version row.
    await app.strapi.db.connection('ppid_public_version').where({ id: 1 }).update({ version: app.strapi.db.connection.raw('version + 1') });
    const after = await get('/api/ppid/dip');
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body).toEqual(first.body);
  });
});
