/**
 * The stage board in pages (issue 12 point 9): each column's count comes from the database and each
 * column answers one page of cards (the earliest due first); a column's further pages come from
 * GET /ppid/workflow/board/column. Bad paging parameters are a 400 in Strapi's error format naming
 * the parameter. Through HTTP as the Kabid of the unit.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';

const INSTANCE = 'plugin::ppid.workflow-instance';
const WORKFLOW = 'pengumuman-diskominfo-kalbar';
const OPEN_STAGES = ['disposition', 'drafting', 'review_kabid', 'review_secretary', 'approval_head', 'publishing'];

describe('GET /ppid/workflow/board and /ppid/workflow/board/column in pages', () => {
  let app: Booted;
  let kabid: Staff;
  let docs: string[] = [];
  let version: number;

  beforeAll(async () => {
    app = await boot('board-pages');
    const units = await unitTree(app.strapi);
    kabid = await person(app, 'Kabid');
    await assign(app, kabid, 'kabid', units.ikp.documentId);
    docs = [];
    for (let i = 0; i < 12; i += 1) {
      docs.push((await create(app.strapi, 'announcement', announcementData({ title: `Papan uji nomor ${i}`, slug: `papan-uji-${i}`, unit: units.ikp.documentId }))).documentId);
    }
    // Due times run against the order of creation: the last created is due first.
    for (const [i, documentId] of docs.entries()) {
      await app.strapi.db.query(INSTANCE).update({ where: { subjectDocumentId: documentId }, data: { dueAt: new Date(Date.UTC(2030, 0, 20 - i, 2)) } });
    }
    // Four are at drafting, one was cancelled (not on the board): seven remain at disposition.
    for (const documentId of docs.slice(0, 4)) await app.strapi.db.query(INSTANCE).update({ where: { subjectDocumentId: documentId }, data: { stage: 'drafting' } });
    await app.strapi.db.query(INSTANCE).update({ where: { subjectDocumentId: docs[4] }, data: { stage: 'cancelled', status: 'cancelled' } });
    version = (await app.strapi.db.query(INSTANCE).findOne({ where: { subjectDocumentId: docs[0] } })).workflowVersion;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const ids = (items: { documentId: string }[]) => items.map((i) => i.documentId);

  it('counts every column in the database and answers its first page, the earliest due first', async () => {
    const res = await kabid.as('get', '/ppid/workflow/board?type=announcement&pageSize=3');
    expect(res.status).toBe(200);
    expect(res.body.data.workflows.map((w: any) => [w.key, w.version])).toEqual([[WORKFLOW, version]]);
    const [wf] = res.body.data.workflows;
    expect(wf.stages.map((s: any) => [s.key, s.count])).toEqual(OPEN_STAGES.map((k) => [k, k === 'disposition' ? 7 : k === 'drafting' ? 4 : 0]));
    const [disposition, drafting, ...rest] = wf.stages;
    expect(ids(disposition.items)).toEqual([docs[11], docs[10], docs[9]]);
    expect(disposition.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 3, total: 7 });
    expect(disposition.items[0]).toEqual({
      documentId: docs[11],
      title: 'Papan uji nomor 11',
      unit: { code: 'bidang-ikp', name: expect.any(String) },
      enteredAt: expect.any(String),
      dueAt: '2030-01-09T02:00:00.000Z',
      overdue: false,
    });
    expect(ids(drafting.items)).toEqual([docs[3], docs[2], docs[1]]);
    expect(drafting.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 2, total: 4 });
    for (const s of rest) {
      expect(s.items).toEqual([]);
      expect(s.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 1, total: 0 });
    }
  });

  it('holds 20 cards per column by default', async () => {
    const res = await kabid.as('get', '/ppid/workflow/board?type=announcement');
    expect(res.status).toBe(200);
    const disposition = res.body.data.workflows[0].stages[0];
    expect(ids(disposition.items)).toEqual([11, 10, 9, 8, 7, 6, 5].map((i) => docs[i]));
    expect(disposition.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 7 });
  });

  it('answers a column\'s further pages without repeating or losing a card', async () => {
    const column = (page: number) => kabid.as('get', `/ppid/workflow/board/column?type=announcement&workflow=${WORKFLOW}&version=${version}&stage=disposition&page=${page}&pageSize=3`);
    const [first, second, third, fourth] = await Promise.all([1, 2, 3, 4].map(column));
    expect(first.status).toBe(200);
    expect(ids(first.body.data)).toEqual([docs[11], docs[10], docs[9]]);
    expect(ids(second.body.data)).toEqual([docs[8], docs[7], docs[6]]);
    expect(ids(third.body.data)).toEqual([docs[5]]);
    expect(third.body.meta).toEqual({ pagination: { page: 3, pageSize: 3, pageCount: 3, total: 7 } });
    expect(fourth.body).toEqual({ data: [], meta: { pagination: { page: 4, pageSize: 3, pageCount: 3, total: 7 } } });
    const drafting = await kabid.as('get', `/ppid/workflow/board/column?type=announcement&workflow=${WORKFLOW}&version=${version}&stage=drafting&page=2&pageSize=3`);
    expect(ids(drafting.body.data)).toEqual([docs[0]]);
  });

  it.each([
    ['board?type=announcement&pageSize=0', 'pageSize'],
    ['board?type=announcement&pageSize=101', 'pageSize'],
    ['board?type=announcement&pageSize=abc', 'pageSize'],
    ['board?pageSize=5', 'type'],
    ['board/column?type=announcement&version=2&stage=disposition', 'workflow'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&stage=disposition`, 'version'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&version=dua&stage=disposition`, 'version'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&version=2&stage=disposition&page=0`, 'page'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&version=2&stage=disposition&pageSize=500`, 'pageSize'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&version=2&stage=arsip`, 'stage'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&version=2&stage=published`, 'stage'],
    [`board/column?type=announcement&workflow=${WORKFLOW}&version=2`, 'stage'],
    ['board/column?type=announcement&workflow=tidak-ada&version=1&stage=disposition', 'workflow'],
    [`board/column?type=dip-edition&workflow=${WORKFLOW}&version=2&stage=disposition`, 'workflow'],
  ])('refuses %s with a 400 naming "%s"', async (query, parameter) => {
    const res = await kabid.as('get', `/ppid/workflow/${query}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { parameter } });
  });

  it('refuses an unknown query parameter with a 400 naming it', async () => {
    for (const url of ['/ppid/workflow/board?type=announcement&page=2', `/ppid/workflow/board/column?type=announcement&workflow=${WORKFLOW}&version=2&stage=drafting&sort=title`]) {
      const res = await kabid.as('get', url);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
      expect(res.body.error.message).toContain(url.includes('sort') ? 'sort' : 'page');
    }
  });
});
