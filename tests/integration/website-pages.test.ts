/**
 * The website team's pages' routes (issue 12 point 4) and the evaluations created with their figures
 * (issue 11 point 4), through real HTTP as each position:
 * - POST /ppid/website/evaluations: C1 by the Koordinator (Kabid of the website's division), C2 by
 *   the head; the figures frozen on the evaluation are checked against seeded data (plan versus
 *   published per unit, time standards met per stage from the transition log, backlog opened and
 *   closed with lead time, proofs per channel); wrong evaluator, bad period or input: 4xx, nothing
 *   changed; the Content Manager cannot write the figures nor move the period they were taken for;
 * - the minutes and forms lists and details: only for the record's unit and signers, with whose turn
 *   it is to sign or report; the backlog board with the schedule and the Web Developer's receipt.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { seedWebsiteQuarter, websiteTeam } from '../helpers/website';
import { refusals, type Refusals } from '../helpers/access';
import { act, holders, person, type Staff } from '../helpers/workflow';

const P = 'plugin::ppid.';
const CM = '/content-manager/collection-types/plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let kabid: Staff, kabidStat: Staff, subKoordinator: Staff, webDeveloper: Staff, kepala: Staff, staf: Staff;
let ikpId: number;
let statId: number;
let tracker: Refusals;
const q = (u: string) => app.strapi.db.query(`${P}${u}`);

const C1 = { kind: 'coordinator_semiannual', periodStart: '2026-04-01', periodEnd: '2026-06-30', findings: 'Konten IKP bulan Mei belum terbit sesuai rencana.' };
const evaluate = (who: Staff, body: object) => who.as('post', '/ppid/website/evaluations').send(body);

/** A refusal: the status (and message), and nothing changed in any ppid table since the snapshot. */
const refused = (res: Promise<any> | any, status: number, message?: string) => tracker.sinceSnapshot(res, status, message);

/** One logged visit of a backlog stage (the transition log as the engine writes it). */
const visit = (stage: string, to: string, enteredAt: string, leftAt: string, dueAt: string | null) =>
  q('workflow-transition').create({
    data: {
      instanceId: 999999, subjectType: 'backlog-item', subjectDocumentId: 'riwayatbacklog000001', workflowKey: 'web-backlog', workflowVersion: 1,
      fromStage: stage, toStage: to, action: 'forward', holding: 'definitive', enteredAt: new Date(enteredAt), leftAt: new Date(leftAt), dueAt: dueAt ? new Date(dueAt) : null, revision: 1,
    },
  });

beforeAll(async () => {
  app = await boot('website-desk', { PPID_NOTIFICATIONS: 'false' });
  app.strapi.plugin('ppid').service('notifications').dispatch = async () => ({ sent: 0, failed: 0, retried: 0 });
  units = await unitTree(app.strapi);
  // The website Sub Koordinator sits in Bidang IKP: its Kabid is the Koordinator.
  ({ kabid, kabidStat, subKoordinator, webDeveloper, kepala, staf } = await holders(app, {
    ...websiteTeam(units),
    kepala: ['Kepala Dinas', 'kepala', units.agency],
    staf: ['Staf IKP', 'fungsional', units.ikp],
  }));
  ikpId = (await q('unit').findOne({ where: { code: 'bidang-ikp' } })).id;
  statId = (await q('unit').findOne({ where: { code: 'bidang-statistik' } })).id;

  await seedWebsiteQuarter(app.strapi, units, { prefix: 'webdesk', planUnitId: ikpId, draftUnitId: statId });
  // Time standards: the receipt met on 10 April and missed on 10 May; the discussion (no standard) left on 15 May; a receipt left in July (outside).
  await visit('receipt', 'presentation', '2026-04-09T02:00:00.000Z', '2026-04-10T01:00:00.000Z', '2026-04-10T02:00:00.000Z');
  await visit('receipt', 'presentation', '2026-05-08T02:00:00.000Z', '2026-05-10T02:00:00.000Z', '2026-05-09T02:00:00.000Z');
  await visit('discussion', 'receipt', '2026-05-14T02:00:00.000Z', '2026-05-15T02:00:00.000Z', null);
  await visit('receipt', 'presentation', '2026-07-01T02:00:00.000Z', '2026-07-01T03:00:00.000Z', '2026-07-02T02:00:00.000Z');

  tracker = refusals(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

describe(`evaluations with frozen figures (${TEST_DB})`, () => {
  let c1: string;

  it('the Koordinator creates the six-monthly evaluation (C1) pre-filled with the figures of the period', async () => {
    const res = await evaluate(kabid, C1);
    expect([res.status, res.body.error?.message]).toEqual([201, undefined]);
    const d = res.body.data;
    c1 = d.documentId;
    expect(d).toMatchObject({
      title: 'Evaluasi pengelolaan website (Koordinator) 2026-04-01 s.d. 2026-06-30',
      kind: 'coordinator_semiannual',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      state: 'draft',
      unit: { code: 'bidang-ikp', name: 'Bidang IKP' },
      evaluator: { id: kabid.id },
      evaluatee: null,
      findings: C1.findings,
    });
    expect(Date.now() - new Date(d.figuresTakenAt).getTime()).toBeLessThan(60_000);
    const f = d.figures;
    expect(f.period).toEqual({ from: '2026-04-01', to: '2026-06-30', timezone: 'Asia/Jakarta' });
    expect(f.units).toEqual([
      { id: ikpId, code: 'bidang-ikp', name: 'Bidang IKP' },
      { id: statId, code: 'bidang-statistik', name: 'Bidang Statistik' },
    ]);
    expect(f.planVsActual.perUnit).toEqual([
      { unitId: ikpId, planned: 3, published: 2, percent: 66.7 },
      { unitId: statId, planned: 1, published: 0, percent: 0 },
    ]);
    expect(f.planVsActual.cells).toEqual([
      { unitId: ikpId, month: '2026-04', planned: 2, published: 2, percent: 100 },
      { unitId: ikpId, month: '2026-05', planned: 1, published: 0, percent: 0 },
      { unitId: statId, month: '2026-05', planned: 1, published: 0, percent: 0 },
    ]);
    expect(f.backlog).toEqual({ opened: 2, closed: 2, openAtEnd: 1, leadTimeDaysMean: 7, leadTimeDaysMedian: 7 });
    expect(f.proofsPerChannel.filter((p: any) => p.count > 0)).toEqual([
      { channel: 'website', count: 2 },
      { channel: 'social_media', count: 1 },
    ]);
    expect(f.stageStandards).toEqual([
      { subjectType: 'announcement', stages: [] },
      {
        subjectType: 'backlog-item',
        stages: [
          { stage: 'discussion', workflowKey: 'web-backlog', completed: 1, met: 0, unmeasured: 1, percentMet: null, name: { id: 'Pembahasan dengan Koordinator (rapat bidang)', en: 'Discussion with the Koordinator (division meeting)' } },
          { stage: 'receipt', workflowKey: 'web-backlog', completed: 2, met: 1, unmeasured: 0, percentMet: 50, name: { id: 'Tanda terima Web Developer', en: 'Receipt by the Web Developer' } },
        ],
      },
    ]);
    // Stored as answered: the list shows it without the figures, the detail with them.
    const list = await kabid.as('get', '/ppid/website/evaluations');
    expect(list.body.meta).toEqual({ page: 1, pageSize: 20, total: 1 });
    expect(list.body.data[0]).toMatchObject({ documentId: c1, kind: 'coordinator_semiannual' });
    expect(list.body.data[0].figures).toBeUndefined();
    expect((await kabid.as('get', `/ppid/website/evaluations/${c1}`)).body.data.figures).toEqual(f);
  });

  it('refuses the wrong evaluator, a bad period or bad input with a clear 4xx, nothing changed', async () => {
    await tracker.snapshot();
    const notCoordinator = 'Evaluasi enam bulanan dibuat oleh Koordinator (Kepala Bidang yang membawahi website).';
    await refused(evaluate(subKoordinator, C1), 403, notCoordinator);
    await refused(evaluate(kabidStat, C1), 403, notCoordinator);
    await refused(evaluate(kepala, C1), 403, notCoordinator);
    const month = { kind: 'head_monthly', periodStart: '2026-05-01', periodEnd: '2026-05-31', findings: 'Koordinator menindaklanjuti kendala tepat waktu.' };
    await refused(evaluate(kabid, month), 403, 'Evaluasi bulanan terhadap Koordinator dibuat oleh Kepala.');
    await refused(evaluate(kepala, { ...month, periodEnd: '2026-06-30' }), 400, 'Periode evaluasi ini paling lama 31 hari.');
    await refused(evaluate(kabid, { ...C1, periodStart: '2026-07-01' }), 400, 'Awal periode tidak boleh setelah akhir periode.');
    await refused(evaluate(kabid, { ...C1, periodStart: '2099-01-01', periodEnd: '2099-03-01' }), 400, 'Periode evaluasi belum berakhir.');
    await refused(evaluate(kabid, { ...C1, findings: '  ' }), 400, 'Temuan evaluasi wajib diisi.');
    await refused(evaluate(kabid, { ...C1, periodEnd: '2026-02-30' }), 400, '"periodEnd" is not a calendar date');
    await refused(evaluate(kabid, { ...C1, kind: 'weekly' }), 400, '"kind" is one of coordinator_semiannual, head_monthly');
    await refused(evaluate(kabid, { ...C1, figures: { backlog: { opened: 99 } } }), 400, 'Unknown field "figures"');
    const outsider = await adminSession(app, ['strapi-super-admin']);
    await refused(evaluate(outsider as any, C1), 403, notCoordinator);
  });

  it('the head creates the monthly evaluation of the Koordinator (C2) with that month\'s figures', async () => {
    const res = await evaluate(kepala, { kind: 'head_monthly', periodStart: '2026-05-01', periodEnd: '2026-05-31', findings: 'Satu item backlog selesai dalam 4 hari.', recommendations: 'Percepat konten bulan Mei.' });
    expect([res.status, res.body.error?.message]).toEqual([201, undefined]);
    expect(res.body.data).toMatchObject({ kind: 'head_monthly', unit: { code: 'kominfo-uji' }, evaluator: { id: kepala.id }, evaluatee: { id: kabid.id }, recommendations: 'Percepat konten bulan Mei.' });
    const f = res.body.data.figures;
    expect(f.backlog).toEqual({ opened: 2, closed: 1, openAtEnd: 1, leadTimeDaysMean: 4, leadTimeDaysMedian: 4 });
    expect(f.planVsActual.perUnit).toEqual([
      { unitId: ikpId, planned: 1, published: 0, percent: 0 },
      { unitId: statId, planned: 1, published: 0, percent: 0 },
    ]);
    expect(f.stageStandards[1].stages.map((s: any) => [s.stage, s.completed, s.met])).toEqual([['discussion', 1, 0], ['receipt', 1, 0]]);
    expect(f.proofsPerChannel.every((p: any) => p.count === 0)).toBe(true);
  });

  it('lets only the Koordinator, the Sub Koordinator, the head and super admins read the evaluations (403 for others)', async () => {
    const made = await evaluate(kabid, { ...C1, periodStart: '2026-01-01', periodEnd: '2026-03-31', findings: 'Evaluasi triwulan pertama.' });
    expect(made.status).toBe(201);
    const doc = made.body.data.documentId;
    const root = await adminSession(app, ['strapi-super-admin']);
    for (const reader of [kabid, subKoordinator, kepala, root as unknown as Staff]) {
      const list = await reader.as('get', '/ppid/website/evaluations');
      expect([list.status, list.body.data.map((e: any) => e.documentId)]).toEqual([200, expect.arrayContaining([doc])]);
      const one = await reader.as('get', `/ppid/website/evaluations/${doc}`);
      expect([one.status, one.body.data?.documentId, one.body.data?.figures?.period]).toEqual([200, doc, { from: '2026-01-01', to: '2026-03-31', timezone: 'Asia/Jakarta' }]);
    }
    await tracker.snapshot();
    const message = 'Evaluasi website hanya dapat dibaca Koordinator (Kepala Bidang yang membawahi website), Sub Koordinator dan Kepala.';
    // The Kabid of another division, a Staf of the website's own division, the Web Developer: refused.
    for (const other of [kabidStat, staf, webDeveloper]) {
      const list = await refused(other.as('get', '/ppid/website/evaluations'), 403, message);
      expect([list.body.data, list.body.error.name]).toEqual([null, 'ForbiddenError']);
      await refused(other.as('get', `/ppid/website/evaluations/${doc}`), 403, message);
      await refused(other.as('get', '/ppid/website/evaluations/tidakadaevaluasi00001'), 403, message);
    }
    await refused(kabid.as('get', '/ppid/website/evaluations/tidakadaevaluasi00001'), 404);
  });

  it('keeps the evaluations to their readers on the Content Manager and the figures routes too', async () => {
    const made = await evaluate(kabid, { ...C1, periodStart: '2025-10-01', periodEnd: '2025-12-31', findings: 'Evaluasi triwulan keempat.' });
    expect(made.status).toBe(201);
    const doc = made.body.data.documentId;
    const figures = '/ppid/website/evaluation-figures?from=2026-04-01&to=2026-06-30';
    const message = 'Evaluasi website hanya dapat dibaca Koordinator (Kepala Bidang yang membawahi website), Sub Koordinator dan Kepala.';
    for (const reader of [kabid, subKoordinator, kepala]) {
      const list = await reader.as('get', `${CM}evaluation`);
      expect([list.status, list.body.results?.map((e: any) => e.documentId)]).toEqual([200, expect.arrayContaining([doc])]);
      expect((await reader.as('get', `${CM}evaluation/${doc}`)).status).toBe(200);
      const f = await reader.as('get', figures);
      expect([f.status, f.body.data?.period?.from]).toEqual([200, '2026-04-01']);
    }
    await tracker.snapshot();
    // The Staf role holds the Content Manager's read, create and update on evaluations: not enough.
    for (const other of [kabidStat, staf, webDeveloper]) {
      const list = await refused(other.as('get', `${CM}evaluation`), 403, message);
      expect(list.body.error.name).toBe('ForbiddenError');
      await refused(other.as('get', `${CM}evaluation/${doc}`), 403, message);
      await refused(other.as('put', `${CM}evaluation/${doc}`).send({ findings: 'Diubah oleh bukan pembaca.' }), 403, message);
      await refused(other.as('post', `${CM}evaluation`).send({ title: 'Evaluasi liar', kind: 'coordinator_semiannual', periodStart: '2026-01-01', periodEnd: '2026-03-31', findings: 'x' }), 403, message);
      await refused(other.as('get', figures), 403, message);
    }
  });

  it('tells each position whether it reads the evaluations and which kinds it makes (GET /ppid/website/evaluation-access)', async () => {
    const root = await adminSession(app, ['strapi-super-admin']);
    const access = async (who: { as: Staff['as'] }) => {
      const res = await who.as('get', '/ppid/website/evaluation-access');
      expect(res.status).toBe(200);
      return res.body.data;
    };
    expect(await access(kabid)).toEqual({ read: true, create: ['coordinator_semiannual'] });
    expect(await access(kepala)).toEqual({ read: true, create: ['head_monthly'] });
    expect(await access(subKoordinator)).toEqual({ read: true, create: [] });
    expect(await access(root as unknown as Staff)).toEqual({ read: true, create: [] });
    for (const other of [kabidStat, staf, webDeveloper]) expect(await access(other)).toEqual({ read: false, create: [] });
    const bad = await kabid.as('get', '/ppid/website/evaluation-access?as=kepala');
    expect([bad.status, bad.body.error.name]).toEqual([400, 'ValidationError']);
    expect((await app.http().get('/ppid/website/evaluation-access')).status).toBe(401);
  });

  it('keeps the figures and the period they were taken for on every Content Manager write', async () => {
    await tracker.snapshot();
    const put = (data: object) => kabid.as('put', `${CM}evaluation/${c1}`).send(data);
    await refused(put({ figures: { backlog: { opened: 99 } } }), 400, '"figures" is taken from the data by POST /ppid/website/evaluations and cannot be written');
    await refused(put({ periodEnd: '2026-05-31' }), 400, '"periodEnd" cannot change: the evaluation\'s figures were taken for this period and kind');
    await refused(put({ kind: 'head_monthly' }), 400, '"kind" cannot change: the evaluation\'s figures were taken for this period and kind');
    const created = await kabid.as('post', `${CM}evaluation`).send({ title: 'Evaluasi manual', kind: 'coordinator_semiannual', periodStart: '2026-01-01', periodEnd: '2026-06-30', findings: 'x', figures: { forged: true } });
    await refused(created, 400, '"figures" is taken from the data by POST /ppid/website/evaluations and cannot be written');
    // The findings are the evaluator's to write; the figures come back unchanged.
    const ok = await put({ findings: 'Temuan diperbarui setelah rapat.' });
    expect(ok.status).toBe(200);
    const row = await q('evaluation').findOne({ where: { documentId: c1 } });
    expect(row.findings).toBe('Temuan diperbarui setelah rapat.');
    expect(row.figures.backlog.opened).toBe(2);
  });
});

describe(`minutes, forms and the backlog board for the pages (${TEST_DB})`, () => {
  let minutes: string;
  let form: string;

  beforeAll(async () => {
    minutes = (
      await create(app.strapi, 'meeting-minute', {
        title: 'Rapat pengembangan website', meetingAt: '2026-05-04T02:00:00.000Z', location: 'Ruang Rapat Lantai 2', unit: units.ikp.documentId,
        attendees: [{ name: 'Rahmat Hidayat', position: 'Kepala Bidang IKP' }, { name: 'Sari Wulandari', position: 'Sub Koordinator' }],
        agenda: 'Tampilan DIP di ponsel', decisions: 'Perbaikan tabel DIP diprioritaskan.',
      })
    ).documentId;
    form = (await create(app.strapi, 'update-request', { number: 'UR-DESK-1', title: 'Perbarui profil', description: 'Foto pejabat baru.', requestedOn: '2026-05-05', unit: units.ikp.documentId })).documentId;
  });

  it('lists and shows minutes to their unit and signers only, with who may report them', async () => {
    const list = await subKoordinator.as('get', '/ppid/minutes');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      data: [{ documentId: minutes, title: 'Rapat pengembangan website', meetingAt: '2026-05-04T02:00:00.000Z', place: 'Ruang Rapat Lantai 2', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, attendees: 2, backlogItems: 0, reportedToHeadAt: null }],
      meta: { page: 1, pageSize: 20, total: 1 },
    });
    expect((await kabidStat.as('get', '/ppid/minutes')).body.meta.total).toBe(0);
    expect((await kabidStat.as('get', `/ppid/minutes/${minutes}`)).status).toBe(403);
    const detail = (await kabid.as('get', `/ppid/minutes/${minutes}`)).body.data;
    expect(detail).toMatchObject({ attendees: [{ name: 'Rahmat Hidayat', position: 'Kepala Bidang IKP' }, { name: 'Sari Wulandari', position: 'Sub Koordinator' }], reported: null, canReport: true, frozen: null });
    expect((await webDeveloper.as('get', `/ppid/minutes/${minutes}`)).body.data.canReport).toBe(false);
    expect((await kabid.as('post', `/ppid/minutes/${minutes}/report`).send({})).status).toBe(200);
    const after = (await kabid.as('get', `/ppid/minutes/${minutes}`)).body.data;
    expect(after).toMatchObject({ reported: { by: { id: kabid.id } }, canReport: false });
    expect(after.frozen.id).toBe('Notulen ini sudah dilaporkan kepada pimpinan dan tidak dapat diubah atau dihapus.');
    expect((await kabid.as('get', '/ppid/minutes?pageSize=0')).status).toBe(400);
    expect((await kabid.as('get', '/ppid/minutes/bad!id')).status).toBe(400);
  });

  it('shows a form with whose turn it is to sign, then who signed as which position and when', async () => {
    const mine = (await subKoordinator.as('get', `/ppid/forms/update-requests/${form}`)).body.data;
    expect(mine.next).toMatchObject({ role: 'sub_koordinator', signed: 0, needed: 2, canSign: true, refusal: null });
    expect(mine.signatures.map((s: any) => [s.role, s.at])).toEqual([['sub_koordinator', null], ['web_developer', null]]);
    expect((await webDeveloper.as('get', `/ppid/forms/update-requests/${form}`)).body.data.next).toMatchObject({ canSign: false, refusal: { id: 'Tanda tangan berikutnya harus oleh Sub Koordinator.' } });
    expect((await subKoordinator.as('post', `/ppid/forms/update-requests/${form}/signatures`).send({})).status).toBe(200);
    const after = (await webDeveloper.as('get', `/ppid/forms/update-requests/${form}`)).body.data;
    expect(after.next).toMatchObject({ role: 'web_developer', signed: 1, canSign: true });
    expect(after.signatures[0]).toMatchObject({ role: 'sub_koordinator', roleLabel: { id: 'Sub Koordinator' } });
    expect(after.frozen.id).toBe('Formulir ini sudah ditandatangani dan tidak dapat diubah atau dihapus.');
    const list = (await webDeveloper.as('get', '/ppid/forms/update-requests')).body;
    expect(list.data.map((f: any) => [f.number, f.next.role, f.next.canSign])).toEqual([['UR-DESK-1', 'web_developer', true]]);
    expect((await kabidStat.as('get', '/ppid/forms/update-requests')).body.meta.total).toBe(0);
    expect((await kabid.as('get', '/ppid/forms/approval-forms')).body).toEqual({ data: [], meta: { page: 1, pageSize: 20, total: 0 } });
  });

  it('shows the backlog board with the schedule, lateness and the Web Developer\'s receipt', async () => {
    const raise = async (title: string, dueOn: string) => {
      const res = await subKoordinator.as('post', `${CM}backlog-item`).send({ title, description: 'Uraian kendala website.', kind: 'display_fix', unit: { connect: [{ documentId: units.ikp.documentId }] }, dueOn });
      expect(res.status).toBe(201);
      return res.body.data.documentId as string;
    };
    const late = await raise('Tabel DIP terpotong di ponsel', '2026-06-05');
    const later = await raise('Menu aksesibilitas', '2099-01-31');
    const ok = async (who: Staff, transition: string) => expect((await act(who, 'backlog-item', late, transition)).status).toBe(200);
    await ok(subKoordinator, 'raised->discussion:forward');
    await create(app.strapi, 'meeting-minute', { title: 'Rapat', meetingAt: '2026-06-02T02:00:00.000Z', location: 'Ruang rapat', unit: units.ikp.documentId, attendees: [{ name: 'Kabid', position: 'Koordinator' }], agenda: 'Tabel DIP', decisions: 'Diserahkan.', backlogItems: [late] });
    await ok(kabid, 'discussion->receipt:forward');
    await ok(webDeveloper, 'receipt->presentation:forward');
    const res = await kabid.as('get', '/ppid/website/backlog');
    expect(res.status).toBe(200);
    const [wf] = res.body.data.workflows;
    expect(wf.key).toBe('web-backlog');
    const where = Object.fromEntries(wf.stages.flatMap((s: any) => s.items.map((i: any) => [i.documentId, { stage: s.key, ...i }])));
    expect(where[late]).toMatchObject({ stage: 'presentation', dueOn: '2026-06-05', late: true, kind: 'display_fix', receipt: { by: { id: webDeveloper.id, name: expect.stringContaining('Budi') } } });
    expect(where[later]).toMatchObject({ stage: 'raised', dueOn: '2099-01-31', late: false, receipt: null });
    expect((await kabid.as('get', '/ppid/website/backlog?type=x')).status).toBe(400);
  });

  it('filters and pages the minutes and forms lists in the database: the same readers, page by page', async () => {
    // Besides the minutes above (IKP, 4 May) and those of the board (IKP, 2 June): one of Statistik and one with no unit.
    await create(app.strapi, 'meeting-minute', { title: 'Rapat Statistik', meetingAt: '2026-05-06T02:00:00.000Z', location: 'Ruang Statistik', unit: units.stat.documentId, attendees: [{ name: 'Kabid Statistik', position: 'Kepala Bidang' }], agenda: 'Dataset', decisions: 'Disiapkan.' });
    await create(app.strapi, 'meeting-minute', { title: 'Rapat tanpa unit', meetingAt: '2026-05-03T02:00:00.000Z', location: 'Aula', attendees: [{ name: 'Tim web', position: 'Sub Koordinator' }], agenda: 'Lain-lain', decisions: 'Tidak ada.' });
    const titles = async (who: { as: Staff['as'] }, query: string) => {
      const res = await who.as('get', `/ppid/minutes${query}`);
      expect(res.status).toBe(200);
      return [res.body.data.map((m: any) => m.title), res.body.meta];
    };
    const all = ['Rapat', 'Rapat Statistik', 'Rapat pengembangan website'];
    // The Sub Koordinator signs for every unit of the agency; a record without a unit is for super admins only.
    expect(await titles(subKoordinator, '')).toEqual([all, { page: 1, pageSize: 20, total: 3 }]);
    expect(await titles(subKoordinator, '?page=2&pageSize=1')).toEqual([['Rapat Statistik'], { page: 2, pageSize: 1, total: 3 }]);
    expect(await titles(subKoordinator, '?page=2&pageSize=2')).toEqual([['Rapat pengembangan website'], { page: 2, pageSize: 2, total: 3 }]);
    expect(await titles(subKoordinator, '?page=3&pageSize=2')).toEqual([[], { page: 3, pageSize: 2, total: 3 }]);
    expect(await titles(kabidStat, '')).toEqual([['Rapat Statistik'], { page: 1, pageSize: 20, total: 1 }]);
    const outsider = await person(app, 'Tamu Tanpa Jabatan', ['ppid-staff']);
    expect(await titles(outsider, '')).toEqual([[], { page: 1, pageSize: 20, total: 0 }]);
    const root = await adminSession(app, ['strapi-super-admin']);
    expect(await titles(root, '?page=2&pageSize=2')).toEqual([['Rapat pengembangan website', 'Rapat tanpa unit'], { page: 2, pageSize: 2, total: 4 }]);

    // Approval forms: the desk's Koordinator signs for every unit, the Kabid of Statistik reads his unit's.
    for (const [number, unit, submittedOn] of [['FP-PAGE-1', units.ikp.documentId, '2026-05-10'], ['FP-PAGE-2', units.stat.documentId, '2026-05-12'], ['FP-PAGE-3', null, '2026-05-14']] as const)
      await create(app.strapi, 'approval-form', { number, title: `Persetujuan ${number}`, submittedOn, ...(unit ? { unit } : {}) });
    const numbers = async (who: { as: Staff['as'] }, query: string) => {
      const res = await who.as('get', `/ppid/forms/approval-forms${query}`);
      expect(res.status).toBe(200);
      return [res.body.data.map((f: any) => f.number), res.body.meta.total];
    };
    expect(await numbers(kabid, '')).toEqual([['FP-PAGE-2', 'FP-PAGE-1'], 2]);
    expect(await numbers(kabid, '?page=2&pageSize=1')).toEqual([['FP-PAGE-1'], 2]);
    expect(await numbers(kabidStat, '')).toEqual([['FP-PAGE-2'], 1]);
    expect(await numbers(outsider, '')).toEqual([[], 0]);
    expect(await numbers(root, '?pageSize=1')).toEqual([['FP-PAGE-3'], 3]);
  });
});
