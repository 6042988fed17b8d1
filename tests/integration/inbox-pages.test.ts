/**
 * The inbox in pages (issue 12 point 9): the server sorts what awaits a person (overdue first, then
 * the earliest due) and answers one page with Strapi's pagination meta; bad page parameters are a
 * 400 naming the parameter. Through HTTP as the Kabid of the unit (the disposisi awaits them).
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';

describe('GET /ppid/workflow/inbox in pages', () => {
  let app: Booted;
  let kabid: Staff;
  let outsider: Staff;
  const late: string[] = [];

  beforeAll(async () => {
    app = await boot('inbox-pages');
    const units = await unitTree(app.strapi);
    kabid = await person(app, 'Kabid');
    outsider = await person(app, 'Kabid Lain');
    await assign(app, kabid, 'kabid', units.ikp.documentId);
    const docs: string[] = [];
    for (let i = 1; i <= 30; i += 1) {
      docs.push((await create(app.strapi, 'announcement', announcementData({ title: `Pengumuman uji nomor ${i}`, slug: `pengumuman-uji-${i}`, unit: units.ikp.documentId }))).documentId);
    }
    // Three are overdue, the oldest due first: they lead the first page in that order.
    for (const [n, documentId] of [docs[20], docs[7], docs[29]].entries()) {
      await app.strapi.db.query('plugin::ppid.workflow-instance').update({ where: { subjectDocumentId: documentId }, data: { dueAt: new Date(Date.UTC(2020, 0, 1 + n)) } });
      late.push(documentId);
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers the first page, overdue first, with the totals of the whole inbox', async () => {
    const res = await kabid.as('get', '/ppid/workflow/inbox?page=1&pageSize=10');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(10);
    expect(res.body.data.slice(0, 3).map((d: any) => d.documentId)).toEqual(late);
    expect(res.body.data.slice(0, 3).every((d: any) => d.overdue)).toBe(true);
    expect(res.body.data.slice(3).some((d: any) => d.overdue)).toBe(false);
    expect(res.body.meta).toEqual({ total: 30, overdue: 3, pagination: { page: 1, pageSize: 10, pageCount: 3, total: 30 } });
  });

  it('pages on without repeating or losing an item; the default page holds 25', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => kabid.as('get', `/ppid/workflow/inbox?page=${page}&pageSize=10`)));
    const ids = pages.flatMap((r) => r.body.data.map((d: any) => d.documentId));
    expect(new Set(ids).size).toBe(30);
    const byDefault = await kabid.as('get', '/ppid/workflow/inbox');
    expect(byDefault.body.data).toHaveLength(25);
    expect(byDefault.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 2, total: 30 });
    expect((await kabid.as('get', '/ppid/workflow/inbox?page=4&pageSize=10')).body.data).toEqual([]);
  });

  it('answers someone without a position an empty first page', async () => {
    const res = await outsider.as('get', '/ppid/workflow/inbox');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [], meta: { total: 0, overdue: 0, pagination: { page: 1, pageSize: 25, pageCount: 1, total: 0 } } });
  });

  it.each([
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
  ])('refuses ?%s with a 400 naming "%s"', async (query, parameter) => {
    const res = await kabid.as('get', `/ppid/workflow/inbox?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { parameter } });
  });

  it('refuses an unknown query parameter with a 400 naming it', async () => {
    const res = await kabid.as('get', '/ppid/workflow/inbox?sort=title');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.message).toContain('sort');
  });
});
