/**
 * The stage column of the Content Manager's list views (issue 12 point 2): GET /ppid/workflow/stages
 * answers the stage and due time of one list page's items in one request, only for the items the
 * caller may read (the rule of one item's review: the staff of its unit), through HTTP as the
 * drafter of Bidang IKP, the Kabid of another division and an Author; bad input is a 400 in
 * Strapi's error format naming the parameter.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { assign, look, person, type Staff } from '../helpers/workflow';

const url = (type: string, ids: string[]) => `/ppid/workflow/stages?type=${type}&documentIds=${ids.join(',')}`;

describe('GET /ppid/workflow/stages', () => {
  let app: Booted;
  let drafter: Staff;
  let kabidIkp: Staff;
  let kabidStatistik: Staff;
  let ikpFirst: string;
  let ikpLate: string;
  let statistik: string;

  beforeAll(async () => {
    app = await boot('workflow-stages');
    const units = await unitTree(app.strapi);
    drafter = await person(app, 'Penyusun IKP', ['ppid-staff']);
    kabidIkp = await person(app, 'Kabid IKP', ['ppid-staff']);
    kabidStatistik = await person(app, 'Kabid Statistik', ['ppid-staff']);
    await assign(app, drafter, 'fungsional', units.ikp.documentId);
    await assign(app, kabidIkp, 'kabid', units.ikp.documentId);
    await assign(app, kabidStatistik, 'kabid', units.stat.documentId);
    const announce = async (slug: string, unit: string) =>
      (await create(app.strapi, 'announcement', announcementData({ title: `Pengumuman ${slug}`, slug, unit }))).documentId as string;
    ikpFirst = await announce('ikp-pertama', units.ikp.documentId);
    ikpLate = await announce('ikp-terlambat', units.ikp.documentId);
    statistik = await announce('statistik-satu', units.stat.documentId);
    // One of them is overdue: due at 07:00 WIB on 1 January 2020.
    await app.strapi.db.query('plugin::ppid.workflow-instance').update({ where: { subjectDocumentId: ikpLate }, data: { dueAt: new Date('2020-01-01T00:00:00.000Z') } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers the drafter the items of their unit only, as the item view shows their stage', async () => {
    const res = await drafter.as('get', url('announcement', [ikpFirst, ikpLate, statistik]));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data).sort()).toEqual([ikpFirst, ikpLate].sort());
    const view = await look(kabidIkp, 'announcement', ikpFirst);
    expect(res.body.data[ikpFirst]).toEqual({ stageKey: view.state.stage, stageName: view.state.stageName, dueAt: view.state.dueAt, overdue: false });
    expect(typeof view.state.stageName.id).toBe('string');
    expect(view.state.dueAt).not.toBeNull();
    expect(res.body.data[ikpLate]).toEqual({ stageKey: view.state.stage, stageName: view.state.stageName, dueAt: '2020-01-01T00:00:00.000Z', overdue: true });
  });

  it('answers the Kabid of another division only the item of their own division', async () => {
    const res = await kabidStatistik.as('get', url('announcement', [ikpFirst, ikpLate, statistik]));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data)).toEqual([statistik]);
    // The same rule as one item's review: 403 on the item the list left out.
    expect((await kabidStatistik.as('get', `/ppid/workflow/items/announcement/${ikpFirst}`)).status).toBe(403);
  });

  it('leaves out ids that name no item of the type, and repeats no id', async () => {
    const res = await kabidIkp.as('get', url('announcement', [ikpFirst, ikpFirst, 'tidakada123']));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data)).toEqual([ikpFirst]);
    const other = await kabidIkp.as('get', url('dip-entry', [ikpFirst]));
    expect(other.body).toEqual({ data: {} });
  });

  it('answers an Author without a position nothing, as one item\'s review refuses them', async () => {
    const author = await person(app, 'Penulis', ['strapi-author']);
    const res = await author.as('get', url('announcement', [ikpFirst, statistik]));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: {} });
    expect((await author.as('get', `/ppid/workflow/items/announcement/${ikpFirst}`)).status).toBe(403);
  });

  it('refuses a visitor without an admin session (401)', async () => {
    const res = await app.http().get(url('announcement', [ikpFirst]));
    expect(res.status).toBe(401);
  });

  it.each([
    ['documentIds=abc', 'type'],
    ['type=unit&documentIds=abc', 'type'],
    ['type=announcement', 'documentIds'],
    ['type=announcement&documentIds=', 'documentIds'],
    ['type=announcement&documentIds=a%20b', 'documentIds'],
    [`type=announcement&documentIds=${Array.from({ length: 101 }, (_, i) => `id${i}`).join(',')}`, 'documentIds'],
    ['type=announcement&documentIds=abc&page=2', ''],
  ])('refuses ?%s with a 400 in Strapi\'s error format', async (query, parameter) => {
    const res = await drafter.as('get', `/ppid/workflow/stages?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    if (parameter) expect(res.body.error.details.parameter).toBe(parameter);
    else expect(res.body.error.message).toContain('page');
  });
});
