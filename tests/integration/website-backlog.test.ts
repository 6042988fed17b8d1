/**
 * Web SOP B1-B5 on the real app: a website backlog item goes from the Sub Koordinator's report to
 * done through the `web-backlog` workflow, each step by the position the SOP names, over HTTP. The
 * discussion is left only with minutes, the receipt is the Web Developer's own, the state, receipt
 * and resolution are the engine's (the Content Manager cannot write them), returns need a reason,
 * and an open item past its due date raises an alert that clears by itself.
 */
import { boot, type Booted } from '../helpers/strapi';
import { create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { act, assign, instanceOf, logOf, person, type Staff } from '../helpers/workflow';

const P = 'plugin::ppid.';
const CM = `/content-manager/collection-types/${P}backlog-item`;
const T = 'backlog-item';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let subKoordinator: Staff, kabid: Staff, developer: Staff, operator: Staff, otherKabid: Staff;

const row = (documentId: string) => app.strapi.db.query(`${P}backlog-item`).findOne({ where: { documentId }, populate: { receivedBy: { select: ['id'] }, resolvedBy: { select: ['id'] } } });
const raise = async (title: string, dueOn: string | null = null) => {
  const res = await subKoordinator.as('post', CM).send({ title, description: 'Uraian kendala website untuk diuji.', kind: 'display_fix', unit: { connect: [{ documentId: units.ikp.documentId }] }, dueOn });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};
const expectOk = async (staff: Staff, documentId: string, transition: string, reason?: string) => {
  const res = await act(staff, T, documentId, transition, reason);
  expect([transition, res.status, res.body?.error?.message]).toEqual([transition, 200, undefined]);
  return res;
};
const minutesFor = (documentId: string) =>
  create(app.strapi, 'meeting-minute', {
    title: 'Rapat bidang pengembangan website',
    meetingAt: '2026-06-02T02:00:00.000Z',
    location: 'Ruang rapat Bidang IKP',
    attendees: [
      { name: 'Kabid IKP', position: 'Koordinator' },
      { name: 'Sub Koordinator', position: 'Sub Koordinator' },
    ],
    agenda: 'Kendala tampilan tabel DIP',
    decisions: 'Diserahkan ke Web Developer.',
    backlogItems: [documentId],
  });

beforeAll(async () => {
  app = await boot('website-backlog');
  units = await unitTree(app.strapi);
  [subKoordinator, kabid, developer, operator, otherKabid] = await Promise.all(['Subkoor', 'Kabid', 'Webdev', 'Operator', 'Kabidstat'].map((n) => person(app, n)));
  await assign(app, subKoordinator, 'sub_koordinator', units.ikp.documentId);
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  await assign(app, developer, 'web_developer', units.stat.documentId);
  await assign(app, operator, 'operator', units.agency.documentId);
  await assign(app, otherKabid, 'kabid', units.stat.documentId);
});
afterAll(async () => {
  await app?.stop();
});

describe(`website backlog on the workflow engine (${TEST_DB})`, () => {
  it('is bound to web-backlog by default and leaves no stage without someone who can act here', async () => {
    const bindings = await app.strapi.db.query(`${P}workflow-binding`).findMany({ where: { contentType: T } });
    expect(bindings.map((b: any) => [b.unitId, b.workflowKey])).toEqual([[null, 'web-backlog']]);
    const gaps = await app.strapi.plugin('ppid').service('workflow-definitions').coverage();
    expect(gaps.filter((g: any) => g.contentType === T && g.units.some((u: any) => u.code === 'bidang-ikp'))).toEqual([]);
  });

  it('runs B1-B5 to done, each step by its position, with the minutes, the receipt and the approval form', async () => {
    const doc = await raise('Tabel DIP terpotong di ponsel', '2026-06-05');
    expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'raised', status: 'active', workflowKey: 'web-backlog' });
    expect((await row(doc)).state).toBe('proposed');

    await expectOk(subKoordinator, doc, 'raised->discussion:forward');
    expect((await row(doc)).state).toBe('discussed');

    // B1: the discussion is left only with its minutes linked; nothing changes on the refusal.
    const before = await instanceOf(app, T, doc);
    const viewed = (await kabid.as('get', `/ppid/workflow/items/${T}/${doc}`)).body.data.transitions.find((t: any) => t.key === 'discussion->receipt:forward');
    expect(viewed).toMatchObject({ requires: ['minutes'], missing: ['minutes'], allowed: false });
    const noMinutes = await act(kabid, T, doc, 'discussion->receipt:forward');
    expect(noMinutes.status).toBe(400);
    expect(noMinutes.body.error.message).toBe('"Serahkan ke Web Developer" belum dapat dilakukan: lengkapi dulu notulen rapat (minutes) pada item ini');
    expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'discussion', revision: before.revision });
    expect((await row(doc)).state).toBe('discussed');
    await minutesFor(doc);
    await expectOk(kabid, doc, 'discussion->receipt:forward');
    expect((await row(doc)).state).toBe('accepted');

    // B2: the tanda terima is the Web Developer's own: the Koordinator and the Sub Koordinator are refused.
    const atReceipt = await instanceOf(app, T, doc);
    for (const someone of [kabid, subKoordinator, otherKabid]) {
      const res = await act(someone, T, doc, 'receipt->presentation:forward');
      expect(res.status).toBe(403);
    }
    expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'receipt', revision: atReceipt.revision });
    expect(await row(doc)).toMatchObject({ receivedBy: null, receivedAt: null, state: 'accepted' });
    const t0 = Date.now();
    await expectOk(developer, doc, 'receipt->presentation:forward');
    const received = await row(doc);
    expect(received.receivedBy).toEqual({ id: developer.id });
    expect(new Date(received.receivedAt).getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(received.state).toBe('in_progress');

    // B3: the draft is presented online or offline, and the mode is recorded before it moves on.
    expect((await act(developer, T, doc, 'presentation->offline_update:forward')).status).toBe(400);
    expect((await developer.as('put', `${CM}/${doc}`).send({ presentationMode: 'offline' })).status).toBe(200);
    await expectOk(developer, doc, 'presentation->offline_update:forward');
    // B4: updated offline, checked by the Sub Koordinator.
    await expectOk(developer, doc, 'offline_update->check_sub:forward');
    expect((await row(doc)).state).toBe('in_review');
    await expectOk(subKoordinator, doc, 'check_sub->content_entry:forward');
    // B5: the Operator enters the content under a signed approval form, the Koordinator checks it online.
    const UNSIGNED = '"Ajukan form persetujuan" belum dapat dilakukan: lengkapi dulu form persetujuan yang sudah ditandatangani Sub Koordinator dan Koordinator (approvalForm) pada item ini';
    const refusedEntry = async () => {
      const atEntry = await instanceOf(app, T, doc);
      const res = await act(operator, T, doc, 'content_entry->check_online:forward');
      expect([res.status, res.body.error?.name, res.body.error?.message]).toEqual([400, 'ValidationError', UNSIGNED]);
      expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'content_entry', revision: atEntry.revision });
      expect((await row(doc)).state).toBe('in_review');
      expect(await logOf(app, T, doc)).toHaveLength(7);
    };
    await refusedEntry();
    const form = await create(app.strapi, 'approval-form', { number: 'FP-UJI-001', title: 'Persetujuan tabel DIP', submittedOn: '2026-06-08', unit: units.ikp.documentId });
    expect((await operator.as('put', `${CM}/${doc}`).send({ approvalForm: { connect: [{ documentId: form.documentId }] } })).status).toBe(200);
    // Linked but unsigned, then signed by the Sub Koordinator only: still refused, nothing changes.
    const viewed5 = (await operator.as('get', `/ppid/workflow/items/${T}/${doc}`)).body.data.transitions.find((t: any) => t.key === 'content_entry->check_online:forward');
    expect(viewed5).toMatchObject({ requires: ['signedApprovalForm'], missing: ['signedApprovalForm'], allowed: false });
    await refusedEntry();
    const sign = (who: Staff) => who.as('post', `/ppid/forms/approval-forms/${form.documentId}/signatures`).send({});
    expect((await sign(subKoordinator)).status).toBe(200);
    await refusedEntry();
    expect((await sign(kabid)).status).toBe(200);
    await expectOk(operator, doc, 'content_entry->check_online:forward');
    expect((await act(otherKabid, T, doc, 'check_online->done:publish')).status).toBe(403);
    await expectOk(kabid, doc, 'check_online->done:publish');

    expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'done', status: 'published' });
    const done = await row(doc);
    expect(done).toMatchObject({ state: 'done', resolvedBy: { id: kabid.id }, presentationMode: 'offline' });
    expect(done.resolvedAt).not.toBeNull();
    const log = await logOf(app, T, doc);
    expect(log.map((l: any) => [l.toStage, l.action, l.position])).toEqual([
      ['raised', 'start', null],
      ['discussion', 'forward', 'sub_koordinator'],
      ['receipt', 'forward', 'kabid'],
      ['presentation', 'forward', 'web_developer'],
      ['offline_update', 'forward', 'web_developer'],
      ['check_sub', 'forward', 'web_developer'],
      ['content_entry', 'forward', 'sub_koordinator'],
      ['check_online', 'forward', 'operator'],
      ['done', 'publish', 'kabid'],
    ]);
  });

  it('returns with a reason, and the Content Manager cannot write the state, the receipt or the resolution', async () => {
    const doc = await raise('Menu layanan informasi tidak lengkap');
    await expectOk(subKoordinator, doc, 'raised->discussion:forward');
    const before = await instanceOf(app, T, doc);
    const bare = await act(kabid, T, doc, 'discussion->raised:return');
    expect(bare.status).toBe(400);
    expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'discussion', revision: before.revision });
    await expectOk(kabid, doc, 'discussion->raised:return', 'Lengkapi tangkapan layar dan halaman yang terdampak.');
    expect(await instanceOf(app, T, doc)).toMatchObject({ stage: 'raised', status: 'active' });
    expect((await row(doc)).state).toBe('proposed');
    expect((await logOf(app, T, doc)).at(-1)).toMatchObject({ action: 'return', reason: 'Lengkapi tangkapan layar dan halaman yang terdampak.' });

    // The holder of the stage may edit the item, but not what the engine writes.
    for (const [field, value] of [['state', 'done'], ['state', 'in_progress'], ['receivedAt', '2026-06-01T02:00:00.000Z'], ['receivedBy', { connect: [{ id: subKoordinator.id }] }], ['resolvedAt', '2026-06-01T02:00:00.000Z']] as const) {
      const res = await subKoordinator.as('put', `${CM}/${doc}`).send({ title: 'Judul yang diubah', [field]: value });
      expect([field, res.status, res.body.error.message]).toEqual([field, 400, `"${field}" diisi oleh alur kerja (langkah-langkahnya), tidak dapat diubah lewat penyuntingan`]);
    }
    expect(await row(doc)).toMatchObject({ title: 'Menu layanan informasi tidak lengkap', state: 'proposed', receivedAt: null, receivedBy: null, resolvedAt: null });
    const count = await app.strapi.db.query(`${P}backlog-item`).count();
    const made = await subKoordinator.as('post', CM).send({ title: 'Item langsung selesai', description: 'Tidak boleh.', kind: 'content_update', unit: { connect: [{ documentId: units.ikp.documentId }] }, state: 'done' });
    expect(made.status).toBe(400);
    expect(await app.strapi.db.query(`${P}backlog-item`).count()).toBe(count);
  });

  it('alerts whoever acts at the item when it is past its due date, and clears when the date moves or the item closes', async () => {
    const service = app.strapi.plugin('ppid').service('compliance-runs');
    const NOW = new Date('2026-06-10T02:00:00.000Z');
    const open = async () => (await app.strapi.db.query(`${P}compliance-alert`).findMany({ where: { rule: 'backlog-overdue', state: { $in: ['open', 'acknowledged'] } } })) as any[];
    const late = await raise('Sertifikat SSL kedaluwarsa', '2026-06-01');
    const notYet = await raise('Rencana fitur aksesibilitas', '2026-06-30');
    await service.runNow({ now: NOW });
    const alerts = await open();
    // The item finished in the flow above was due on 5 June too: done items raise nothing.
    expect(alerts.map((a) => a.subjectKey)).toEqual([`backlog-item:${late}:2026-06-01`]);
    expect(alerts[0]).toMatchObject({ recipients: ['sub_koordinator'], unitId: units.ikp.id });

    await expectOk(subKoordinator, late, 'raised->discussion:forward');
    await service.runNow({ now: NOW });
    expect((await open()).map((a) => [a.subjectKey, a.recipients])).toEqual([[`backlog-item:${late}:2026-06-01`, ['kabid']]]);

    // The Koordinator reschedules it: the alert resolves by itself.
    expect((await kabid.as('put', `${CM}/${late}`).send({ dueOn: '2026-06-20' })).status).toBe(200);
    await service.runNow({ now: NOW });
    expect(await open()).toEqual([]);

    // Late again, then rejected: closed items raise nothing.
    expect((await kabid.as('put', `${CM}/${late}`).send({ dueOn: '2026-06-03' })).status).toBe(200);
    await service.runNow({ now: NOW });
    expect((await open()).map((a) => a.subjectKey)).toEqual([`backlog-item:${late}:2026-06-03`]);
    await expectOk(kabid, late, 'discussion->cancelled:cancel', 'Sudah ditangani penyedia hosting.');
    expect((await row(late)).state).toBe('rejected');
    await service.runNow({ now: NOW });
    expect(await open()).toEqual([]);
    expect(notYet).toBeTruthy();
  });
});
