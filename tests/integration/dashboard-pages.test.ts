/**
 * The figures and lists behind the admin's compliance dashboard and excluded-information page
 * (issue 12 point 4), against seeded data, through HTTP as a member of staff ("Staf PPID"):
 * - GET /ppid/compliance/charts: announcements published per unit and month against the signed
 *   content plans, time standards met per stage, open alerts by rule and unit, exact numbers over
 *   the window of months ending with the current one in the agency's time zone;
 * - GET /ppid/exclusions: each exclusion with its period, status (in force, ending within the
 *   checker's 30 days, ended, re-opened), consequence test and DIP entries, never its content.
 */
import { DateTime } from 'luxon';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { announcementData, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, person, type Staff } from '../helpers/workflow';

const P = 'plugin::ppid.';
const TZ = 'Asia/Jakarta';
let app: Booted;
let staff: Staff;
let ketua: Staff;
let units: Awaited<ReturnType<typeof unitTree>>;
let ikpId: number;
let statId: number;
let workflow: { key: string; version: number; name: { id: string; en: string }; stages: { key: string; name: { id: string; en: string } }[] };
const q = (u: string) => app.strapi.db.query(`${P}${u}`);
let seq = 0;
const docId = () => `dash${String(++seq).padStart(20, '0')}`;

const now = DateTime.now().setZone(TZ);
const monthStart = (back: number) => now.startOf('month').minus({ months: back });
const month = (back: number) => monthStart(back).toFormat('yyyy-MM');
const today = now.toISODate()!;
const day = (offset: number) => now.plus({ days: offset }).toISODate()!;

beforeAll(async () => {
  app = await boot('dashboard-pages');
  units = await unitTree(app.strapi);
  ikpId = (await q('unit').findOne({ where: { code: 'bidang-ikp' } })).id;
  statId = (await q('unit').findOne({ where: { code: 'bidang-statistik' } })).id;
  staff = await person(app, 'Staf IKP', ['ppid-staff']);
  await assign(app, staff, 'fungsional', units.ikp.documentId);
  ketua = await person(app, 'Ketua PPID', ['ppid-staff']);
  await assign(app, ketua, 'ketua_ppid', units.agency.documentId);

  // Content plans: a signed plan of IKP (two items last month, one this month; one item five months
  // ago, outside the window), a submitted plan of Statistik whose item has no unit of its own (the
  // plan's counts), and a draft plan that does not count.
  const plan = async (unit: number, state: string, at: DateTime) =>
    (await q('content-plan').create({ data: { documentId: docId(), title: `Rencana ${state}`, unit, year: at.year, quarter: Math.ceil(at.month / 3), state } })).id;
  const item = (planId: number, at: DateTime, unit?: number) =>
    q('content-plan-item').create({ data: { documentId: docId(), plan: planId, title: `Konten ${at.toFormat('yyyy-MM')}`, infoClass: 'berkala', targetMonth: at.month, ...(unit ? { unit } : {}) } });
  const ikpPlan = await plan(ikpId, 'signed', monthStart(1));
  await item(ikpPlan, monthStart(1), ikpId);
  await item(ikpPlan, monthStart(1), ikpId);
  await item(await plan(ikpId, 'signed', monthStart(0)), monthStart(0), ikpId);
  await item(await plan(ikpId, 'signed', monthStart(5)), monthStart(5), ikpId);
  await item(await plan(statId, 'submitted', monthStart(1)), monthStart(1));
  await item(await plan(statId, 'draft', monthStart(1)), monthStart(1), statId);

  // Publications: IKP last month and this month (the first hour of the month, local time), Statistik
  // two months ago, IKP five months ago (outside the window).
  for (const [slug, unit, at] of [
    ['ikp-lalu', units.ikp.documentId, monthStart(1).plus({ days: 3 })],
    ['ikp-kini', units.ikp.documentId, monthStart(0).plus({ minutes: 30 })],
    ['stat-dulu', units.stat.documentId, monthStart(2).plus({ days: 20 })],
    ['ikp-lama', units.ikp.documentId, monthStart(5).plus({ days: 1 })],
  ] as const) {
    const doc = await create(app.strapi, 'announcement', announcementData({ slug, title: `Pengumuman ${slug}`, unit }), true);
    await q('announcement').updateMany({ where: { documentId: doc.documentId, publishedAt: { $notNull: true } }, data: { publishedAt: at.toJSDate() } });
  }

  // Stage visits of the announcement workflow, written as the engine logs them.
  const def = await q('workflow').findOne({ where: { contentType: 'announcement' }, orderBy: [{ version: 'desc' }] });
  workflow = { key: def.key, version: def.version, name: def.name, stages: def.definition.stages };
  const [first, second] = workflow.stages;
  // The fixtures were published as trusted setup code: no stage was left before these visits.
  expect(await q('workflow-transition').count({ where: { fromStage: { $notNull: true } } })).toBe(0);
  const visit = (fromStage: string | null, leftAt: DateTime, dueAt: DateTime | null) =>
    q('workflow-transition').create({
      data: {
        instanceId: 1, subjectType: 'announcement', subjectDocumentId: 'grafik000000000000001', workflowKey: workflow.key, workflowVersion: workflow.version,
        fromStage, toStage: second.key, action: fromStage ? 'forward' : 'start', holding: 'definitive', revision: 1,
        enteredAt: leftAt.minus({ hours: 5 }).toJSDate(), leftAt: leftAt.toJSDate(), dueAt: dueAt?.toJSDate() ?? null,
      },
    });
  const t = monthStart(1).plus({ days: 10 });
  await visit(first.key, t, t.plus({ hours: 1 })); // met
  await visit(first.key, t, t); // met, left exactly when due
  await visit(first.key, t, t.minus({ minutes: 1 })); // late
  await visit(first.key, t.plus({ days: 1 }), t.plus({ days: 3 })); // met
  await visit(second.key, t, null); // no time standard
  await visit(second.key, t, t.plus({ days: 1 })); // met
  await visit(first.key, monthStart(4), monthStart(4).minus({ days: 1 })); // before the window
  await visit(null, t, null); // the start: no stage was left

  // Alerts: open and acknowledged count, resolved does not.
  const alert = (rule: string, unitId: number | null, state: string, key: string) =>
    q('compliance-alert').create({
      data: {
        rule, subjectType: 'unit', subjectKey: key, openKey: state === 'resolved' ? null : `${rule}|${key}`, unitId, severity: 'warning', state,
        title: { id: rule, en: rule }, firstSeenAt: new Date(), lastSeenAt: new Date(),
      },
    });
  await alert('content-minimum', ikpId, 'open', 'ikp');
  await alert('content-minimum', statId, 'acknowledged', 'stat');
  await alert('sla-overdue', ikpId, 'open', 'a1');
  await alert('sla-overdue', ikpId, 'open', 'a2');
  await alert('dip-edition', null, 'open', 'agency');
  await alert('sla-overdue', statId, 'resolved', 'a3');
});
afterAll(async () => {
  await app?.stop();
});

describe(`compliance charts (${TEST_DB})`, () => {
  it('counts publications against the plan per unit and month, time standards per stage and open alerts', async () => {
    const res = await staff.as('get', '/ppid/compliance/charts?months=3');
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d.period).toEqual({ from: month(2), to: month(0), timezone: TZ });
    expect(d.published.months).toEqual([month(2), month(1), month(0)]);
    expect(d.published.cells).toEqual([
      { unitId: ikpId, month: month(1), planned: 2, published: 1, percent: 50 },
      { unitId: ikpId, month: month(0), planned: 1, published: 1, percent: 100 },
      { unitId: statId, month: month(2), planned: 0, published: 1, percent: null },
      { unitId: statId, month: month(1), planned: 1, published: 0, percent: 0 },
    ]);
    expect(d.published.totals).toEqual([
      { month: month(2), planned: 0, published: 1 },
      { month: month(1), planned: 3, published: 1 },
      { month: month(0), planned: 1, published: 1 },
    ]);
    const [first, second] = workflow.stages;
    expect(d.timeStandards).toEqual([
      { workflowKey: workflow.key, workflowName: workflow.name, stage: first.key, stageName: first.name, completed: 4, met: 3, unmeasured: 0, percentMet: 75 },
      { workflowKey: workflow.key, workflowName: workflow.name, stage: second.key, stageName: second.name, completed: 2, met: 1, unmeasured: 1, percentMet: 100 },
    ]);
    expect(d.alerts).toEqual({
      rules: [
        { rule: 'content-minimum', total: 2, units: [{ unitId: ikpId, count: 1 }, { unitId: statId, count: 1 }] },
        { rule: 'sla-overdue', total: 2, units: [{ unitId: ikpId, count: 2 }] },
        { rule: 'dip-edition', total: 1, units: [{ unitId: null, count: 1 }] },
      ],
      units: [
        { unitId: ikpId, total: 3 },
        { unitId: statId, total: 1 },
        { unitId: null, total: 1 },
      ],
      total: 5,
    });
    expect(d.units).toEqual([
      { id: ikpId, code: 'bidang-ikp', name: 'Bidang IKP' },
      { id: statId, code: 'bidang-statistik', name: 'Bidang Statistik' },
    ]);
  });

  it('takes twelve months by default and counts the older publication and plan item in a longer window', async () => {
    const res = await staff.as('get', '/ppid/compliance/charts');
    expect(res.status).toBe(200);
    expect(res.body.data.published.months).toHaveLength(12);
    expect(res.body.data.published.cells).toContainEqual({ unitId: ikpId, month: month(5), planned: 1, published: 1, percent: 100 });
    expect(res.body.data.timeStandards[0]).toMatchObject({ stage: workflow.stages[0].key, completed: 5, met: 3 });
  });

  it('answers bad input with 400 naming the parameter, and refuses a role without compliance.read', async () => {
    for (const [query, message] of [
      ['months=0', '"months" must be at least 1'],
      ['months=25', '"months" must be at most 24'],
      ['months=abc', '"months" must be a whole number'],
      ['year=2026', 'Unknown query parameter "year"'],
    ]) {
      const res = await staff.as('get', `/ppid/compliance/charts?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toBe(message);
    }
    const organiser = await adminSession(app, ['ppid-organisation']);
    expect((await organiser.as('get', '/ppid/compliance/charts')).status).toBe(403);
  });
});

describe(`excluded information register (${TEST_DB})`, () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const add = async (name: string, ends: number, publish = true) =>
      (ids[name] = (await create(app.strapi, 'exclusion', exclusionData({ title: `Dikecualikan ${name}`, unit: units.ikp.documentId, testedOn: day(-400), exclusionEndsOn: day(ends) }), publish)).documentId);
    await add('dibuka', -100);
    await add('berakhir', -1);
    await add('segera', 10);
    await add('draf', 200, false);
    await add('berlaku', 400);
    await create(app.strapi, 'dip-entry', dipData({ number: 'DK-01', title: 'Dokumen lelang', infoClass: 'dikecualikan', holderUnit: units.ikp.documentId, exclusion: ids.berakhir }), true);
    const reopened = await ketua.as('post', `/ppid/exclusions/${ids.dibuka}/reopen`).send({ reason: 'Masa pengecualian berakhir dan tidak diperpanjang.', newClass: 'setiap_saat' });
    expect(reopened.status).toBe(200);
  });

  it('lists every exclusion by end date with its status, period, consequence test and DIP entries, never the content', async () => {
    const res = await staff.as('get', '/ppid/exclusions');
    expect(res.status).toBe(200);
    expect(res.body.data.map((x: any) => [x.title, x.status, x.published, x.exclusionEndsOn])).toEqual([
      ['Dikecualikan dibuka', 'reopened', true, day(-100)],
      ['Dikecualikan berakhir', 'ended', true, day(-1)],
      ['Dikecualikan segera', 'ending', true, day(10)],
      ['Dikecualikan draf', 'in_force', false, day(200)],
      ['Dikecualikan berlaku', 'in_force', true, day(400)],
    ]);
    expect(res.body.meta).toEqual({ today, warnDays: 30, pagination: { page: 1, pageSize: 25, pageCount: 1, total: 5 } });
    const [dibuka, berakhir] = res.body.data;
    expect(dibuka.reopened).toEqual({ on: today, byName: 'Ketua PPID Uji', reason: 'Masa pengecualian berakhir dan tidak diperpanjang.', newClass: 'setiap_saat' });
    expect(berakhir).toMatchObject({
      documentId: ids.berakhir,
      unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
      article17Letter: 'h',
      testedOn: day(-400),
      consequenceIfOpened: 'Mengungkap rahasia pribadi pemohon dan membuka peluang penyalahgunaan data.',
      reopened: null,
      entries: [{ documentId: expect.any(String), number: 'DK-01', title: 'Dokumen lelang', infoClass: 'dikecualikan' }],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/NIK dan alamat|catatan rahasia/);
  });

  it('filters by status and pages', async () => {
    const titles = async (query: string) => (await staff.as('get', `/ppid/exclusions?${query}`)).body.data.map((x: any) => x.title);
    expect(await titles('status=ending')).toEqual(['Dikecualikan segera']);
    expect(await titles('status=ended')).toEqual(['Dikecualikan berakhir']);
    expect(await titles('status=in_force')).toEqual(['Dikecualikan draf', 'Dikecualikan berlaku']);
    expect(await titles('status=reopened')).toEqual(['Dikecualikan dibuka']);
    const page = await staff.as('get', '/ppid/exclusions?page=2&pageSize=2');
    expect(page.body.data.map((x: any) => x.title)).toEqual(['Dikecualikan segera', 'Dikecualikan draf']);
    expect(page.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
  });

  it('answers bad input with 400', async () => {
    for (const [query, message] of [
      ['status=expired', '"status" is one of in_force, ending, ended, reopened'],
      ['pageSize=500', '"pageSize" must be at most 100'],
      ['unit=ikp', 'Unknown query parameter "unit"'],
    ]) {
      const res = await staff.as('get', `/ppid/exclusions?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(message);
    }
  });
});
