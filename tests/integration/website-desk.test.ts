/**
 * Issue 11 on the real app, over HTTP, as each position: the web SOP's Koordinator is the Kepala
 * Bidang of the website desk (Bidang IKP, where the Sub Koordinator sits) for items of every unit,
 * so the Kabid of another unit (Statistik) cannot act, edit or sign there, and the steps, the inbox,
 * the mails, coverage and the alerts all name the desk's Kabid; the content plan is signed by the
 * Koordinator and handed to the head by the Sub Koordinator as recorded steps; the forms' who/when
 * fields are written only with their signatures; minutes linked from the backlog item's side obey
 * the minutes' checks; evaluations alert the Koordinator and the head. Every refusal is a 4xx that
 * changes nothing.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { refusals, type Refusals } from '../helpers/access';
import { act, holders, instanceOf, logOf, step, type Staff } from '../helpers/workflow';
import { alertRecipients } from '../../plugins/ppid/server/src/compliance/alerts';
import { websiteTeam } from '../helpers/website';

const P = 'plugin::ppid.';
const CM = `/content-manager/collection-types/${P}`;
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let subKoordinator: Staff, kabid: Staff, kabidStat: Staff, developer: Staff, operator: Staff, kepala: Staff;
let tracker: Refusals;
let serial = 0;

const row = (type: string, documentId: string, populate: Record<string, unknown> = {}) => app.strapi.db.query(`${P}${type}`).findOne({ where: { documentId }, populate });
/** A refusal: the status (and message), and nothing changed in any ppid table since the snapshot. */
const refused = (res: Promise<any> | any, status: number, message?: string) => tracker.sinceSnapshot(res, status, message);
const raise = async (unit: { documentId: string }, title: string, dueOn: string | null = null) => {
  const res = await subKoordinator.as('post', `${CM}backlog-item`).send({ title, description: 'Uraian kendala website.', kind: 'display_fix', unit: { connect: [{ documentId: unit.documentId }] }, dueOn });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};
const minutes = async (over: Record<string, unknown> = {}) =>
  create(app.strapi, 'meeting-minute', {
    title: `Rapat website ${++serial}`,
    meetingAt: '2026-06-02T02:00:00.000Z',
    location: 'Ruang rapat Bidang IKP',
    unit: units.ikp.documentId,
    attendees: [
      { name: 'Kabid IKP', position: 'Koordinator' },
      { name: 'Sub Koordinator', position: 'Sub Koordinator' },
    ],
    agenda: 'Backlog website',
    decisions: 'Ditindaklanjuti.',
    ...over,
  });
const people = () => app.strapi.plugin('ppid').service('workflow-people').people(new Date());

beforeAll(async () => {
  app = await boot('website-desk');
  units = await unitTree(app.strapi);
  ({ subKoordinator, kabid, kabidStat, webDeveloper: developer, operator, kepala } = await holders(app, {
    ...websiteTeam(units),
    operator: ['Operator', 'operator', units.agency],
    kepala: ['Kepala', 'kepala', units.agency],
  }));
  tracker = refusals(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

describe(`the web SOP's Koordinator is the Kabid of the website desk (${TEST_DB})`, () => {
  it('an item of Bidang Statistik is discussed and checked online by Kabid IKP: steps, inbox, mails and editing follow the desk', async () => {
    const doc = await raise(units.stat, 'Grafik statistik tidak tampil');
    const lastMail = (await app.strapi.db.query(`${P}notification`).findOne({ orderBy: [{ id: 'desc' }], select: ['id'] }))?.id ?? 0;
    await step(subKoordinator, 'backlog-item', doc, 'raised->discussion:forward');

    // The view names the desk's Kabid; Kabid Statistik (the item's own unit) sees no step of his.
    const view = (await kabid.as('get', `/ppid/workflow/items/backlog-item/${doc}`)).body.data;
    expect(view.stages.find((s: any) => s.key === 'discussion')).toMatchObject({ actor: 'kabid', actorAt: 'website-desk' });
    expect(view.actors.map((a: any) => a.id ?? a.userId)).toEqual([kabid.id]);
    // The inbox: Kabid IKP has the item, Kabid Statistik does not.
    const inboxOf = async (who: Staff) => ((await who.as('get', '/ppid/workflow/inbox')).body.data as any[]).map((t) => t.documentId);
    expect(await inboxOf(kabid)).toContain(doc);
    expect(await inboxOf(kabidStat)).not.toContain(doc);
    // The mail on entering the stage went to Kabid IKP only.
    const mails = await app.strapi.db.query(`${P}notification`).findMany({ where: { template: 'stage-entered', id: { $gt: lastMail } }, populate: { recipient: { select: ['id'] } } });
    const mailed = mails.filter((m: any) => JSON.stringify(m.payload ?? {}).includes(doc)).map((m: any) => m.recipient?.id);
    expect(mailed).toEqual([kabid.id]);

    // Kabid Statistik can neither take the step nor edit the item at the Koordinator's stage.
    await minutes({ backlogItems: [doc] });
    await tracker.snapshot();
    await refused(act(kabidStat, 'backlog-item', doc, 'discussion->receipt:forward'), 403);
    await refused(kabidStat.as('put', `${CM}backlog-item/${doc}`).send({ dueOn: '2026-07-01' }), 403);
    await step(kabid, 'backlog-item', doc, 'discussion->receipt:forward');

    await step(developer, 'backlog-item', doc, 'receipt->presentation:forward');
    // An update request for the item: its presentation and offline check are recorded by the steps.
    const request = await create(app.strapi, 'update-request', { number: `UR-DESK-${++serial}`, title: 'Perbaiki grafik', description: 'Grafik kosong.', requestedOn: '2026-06-03', unit: units.stat.documentId, backlogItem: doc });
    expect((await developer.as('put', `${CM}backlog-item/${doc}`).send({ presentationMode: 'online' })).status).toBe(200);
    await step(developer, 'backlog-item', doc, 'presentation->offline_update:forward');
    await step(developer, 'backlog-item', doc, 'offline_update->check_sub:forward');
    await step(subKoordinator, 'backlog-item', doc, 'check_sub->content_entry:forward');
    const checked = await row('update-request', request.documentId, { checkedBy: { select: ['id'] } });
    expect(checked).toMatchObject({ checkedBy: { id: subKoordinator.id } });
    expect(checked.presentedAt).not.toBeNull();
    expect(new Date(checked.checkedAt).getTime()).toBeGreaterThanOrEqual(new Date(checked.presentedAt).getTime());
    const form = await create(app.strapi, 'approval-form', { number: `FP-DESK-${++serial}`, title: 'Persetujuan grafik', submittedOn: '2026-06-08', unit: units.stat.documentId });
    expect((await operator.as('put', `${CM}backlog-item/${doc}`).send({ approvalForm: { connect: [{ documentId: form.documentId }] } })).status).toBe(200);
    // The content goes online under a signed form: the Sub Koordinator, then the desk's Koordinator.
    for (const signer of [subKoordinator, kabid]) expect((await signer.as('post', `/ppid/forms/approval-forms/${form.documentId}/signatures`).send({})).status).toBe(200);
    await step(operator, 'backlog-item', doc, 'content_entry->check_online:forward');
    await tracker.snapshot();
    await refused(act(kabidStat, 'backlog-item', doc, 'check_online->done:publish'), 403);
    expect((await row('approval-form', form.documentId)).onlineCheckedAt).toBeNull();
    await step(kabid, 'backlog-item', doc, 'check_online->done:publish');
    expect((await row('approval-form', form.documentId)).onlineCheckedAt).not.toBeNull();

    const log = await logOf(app, 'backlog-item', doc);
    expect(log.filter((l: any) => l.position === 'kabid').map((l: any) => [l.fromStage, l.actorId, l.unitCode])).toEqual([
      ['discussion', kabid.id, 'bidang-ikp'],
      ['check_online', kabid.id, 'bidang-ikp'],
    ]);
    expect(await row('backlog-item', doc)).toMatchObject({ state: 'done' });

    // Re-opening a done item (withdrawal) is the Koordinator's too: Kabid Statistik is refused.
    const reopen = async (who: Staff) =>
      who.as('post', `/ppid/workflow/items/backlog-item/${doc}/withdraw`).send({ revision: (await instanceOf(app, 'backlog-item', doc)).revision, reason: 'Grafik kembali tidak tampil setelah pembaruan.' });
    await tracker.snapshot();
    await refused(reopen(kabidStat), 403);
    expect((await reopen(kabid)).status).toBe(200);
    expect(await instanceOf(app, 'backlog-item', doc)).toMatchObject({ stage: 'raised', status: 'active' });
    expect(await row('backlog-item', doc)).toMatchObject({ state: 'proposed' });
  });

  it('coverage: the Koordinator stages are covered through the desk for every unit, and uncovered for all when the desk has no Kabid', async () => {
    const coverage = () => app.strapi.plugin('ppid').service('workflow-definitions').coverage();
    const kabidStages = async () =>
      ((await coverage()) as any[]).filter((g) => g.actor === 'kabid' && g.workflowKey.startsWith('web-')).map((g) => [g.workflowKey, g.stage, g.units.map((u: any) => u.code).sort()]);
    expect(await kabidStages()).toEqual([]);
    const desk = await app.strapi.db.query(`${P}position-assignment`).findOne({ where: { user: { id: kabid.id } } });
    await app.strapi.db.query(`${P}position-assignment`).update({ where: { id: desk.id }, data: { endsOn: '2020-01-02' } });
    try {
      const gaps = await kabidStages();
      const all = ['bidang-ikp', 'bidang-statistik', 'kominfo-uji', 'seksi-publikasi'];
      // Kabid Statistik does not stand in for the Koordinator, not even for his own unit.
      expect(gaps).toEqual(
        expect.arrayContaining([
          ['web-backlog', 'discussion', all],
          ['web-backlog', 'check_online', all],
          ['web-rencana-konten', 'signing', all],
        ])
      );
    } finally {
      await app.strapi.db.query(`${P}position-assignment`).update({ where: { id: desk.id }, data: { endsOn: null } });
    }
    expect(await kabidStages()).toEqual([]);
  });

  it('an overdue item at the Koordinator\'s stage alerts the Kabid of the desk, not the Kabid of the item\'s unit', async () => {
    const doc = await raise(units.stat, 'Peta sebaran data lambat dimuat', '2026-06-01');
    await step(subKoordinator, 'backlog-item', doc, 'raised->discussion:forward');
    await app.strapi.plugin('ppid').service('compliance-runs').runNow({ now: new Date('2026-06-10T02:00:00.000Z') });
    const alert = await app.strapi.db.query(`${P}compliance-alert`).findOne({ where: { rule: 'backlog-overdue', subjectKey: `backlog-item:${doc}:2026-06-01` } });
    expect(alert).toMatchObject({ unitId: units.ikp.id, recipients: ['kabid'], state: 'open' });
    const p = await people();
    expect(alertRecipients(alert, p.units, p.assignments, p.date)).toEqual([kabid.id]);

    // The Koordinator reschedules it (Kabid Statistik may not: 403, nothing changed); the alert resolves.
    await tracker.snapshot();
    await refused(kabidStat.as('put', `${CM}backlog-item/${doc}`).send({ dueOn: '2026-06-30' }), 403);
    expect((await kabid.as('put', `${CM}backlog-item/${doc}`).send({ dueOn: '2026-06-30' })).status).toBe(200);
    await app.strapi.plugin('ppid').service('compliance-runs').runNow({ now: new Date('2026-06-10T02:00:00.000Z') });
    expect(await app.strapi.db.query(`${P}compliance-alert`).findOne({ where: { id: alert.id } })).toMatchObject({ state: 'resolved' });
  });

  it('evaluations alert who must do them: the Koordinator (Kabid of the desk) every 6 months, the head every month', async () => {
    await app.strapi.plugin('ppid').service('compliance-runs').runNow({ now: new Date('2026-06-10T02:00:00.000Z') });
    const p = await people();
    const alertOf = (rule: string) => app.strapi.db.query(`${P}compliance-alert`).findOne({ where: { rule, state: 'open' } });
    const coordinator = await alertOf('evaluation-coordinator');
    expect(coordinator).toMatchObject({ unitId: units.ikp.id, recipients: ['kabid'] });
    expect(alertRecipients(coordinator, p.units, p.assignments, p.date)).toEqual([kabid.id]);
    const head = await alertOf('evaluation-head');
    expect(head).toMatchObject({ recipients: ['kepala'] });
    expect(alertRecipients(head, p.units, p.assignments, p.date)).toEqual([kepala.id]);
  });
});

describe(`the content plan (A1): signed by the Koordinator, handed to the head by the Sub Koordinator (${TEST_DB})`, () => {
  it('records who signed and who handed it over, and when; nobody types those fields', async () => {
    const made = await subKoordinator.as('post', `${CM}content-plan`).send({ title: 'Rencana konten TW III 2026', unit: { connect: [{ documentId: units.ikp.documentId }] }, year: 2026, quarter: 3 });
    expect(made.status).toBe(201);
    const doc = made.body.data.documentId as string;

    // The server-written fields cannot be typed (400, nothing changed).
    await tracker.snapshot();
    for (const [field, value] of [
      ['submittedToHeadAt', '2026-07-01T02:00:00.000Z'],
      ['signedAt', '2026-07-01T02:00:00.000Z'],
      ['signedBy', { connect: [{ id: kabid.id }] }],
      ['submittedToHeadBy', { connect: [{ id: subKoordinator.id }] }],
    ] as const) {
      const res = await subKoordinator.as('put', `${CM}content-plan/${doc}`).send({ title: 'Diubah', [field]: value });
      expect([field, res.status, res.body.error?.message]).toEqual([field, 400, `"${field}" diisi oleh alur kerja (langkah-langkahnya), tidak dapat diubah lewat penyuntingan`]);
    }
    await tracker.expectUnchanged();
    const clash = await subKoordinator.as('post', `${CM}content-plan`).send({ title: 'Langsung diserahkan', unit: { connect: [{ documentId: units.stat.documentId }] }, year: 2026, quarter: 4, submittedToHeadAt: '2026-10-01T02:00:00.000Z' });
    expect(clash.status).toBe(400);
    await tracker.expectUnchanged();

    await step(subKoordinator, 'content-plan', doc, 'planning->signing:forward');
    await tracker.snapshot();
    for (const who of [kabidStat, kepala, subKoordinator]) await refused(act(who, 'content-plan', doc, 'signing->handover:forward'), 403);
    const t0 = Date.now();
    await step(kabid, 'content-plan', doc, 'signing->handover:forward');
    const signed = await row('content-plan', doc, { signedBy: { select: ['id'] }, submittedToHeadBy: { select: ['id'] } });
    expect(signed).toMatchObject({ state: 'signed', signedBy: { id: kabid.id }, submittedToHeadBy: null, submittedToHeadAt: null });
    expect(new Date(signed.signedAt).getTime()).toBeGreaterThanOrEqual(t0 - 1000);

    // The signed table is frozen at the hand-over; only the Sub Koordinator hands it over.
    await tracker.snapshot();
    await refused(subKoordinator.as('put', `${CM}content-plan/${doc}`).send({ note: 'Catatan baru' }), 403);
    for (const who of [kabid, kepala, operator]) await refused(act(who, 'content-plan', doc, 'handover->published:publish'), 403);
    await step(subKoordinator, 'content-plan', doc, 'handover->published:publish');
    const handed = await row('content-plan', doc, { signedBy: { select: ['id'] }, submittedToHeadBy: { select: ['id'] } });
    expect(handed).toMatchObject({ state: 'submitted', signedBy: { id: kabid.id }, submittedToHeadBy: { id: subKoordinator.id } });
    expect(new Date(handed.submittedToHeadAt).getTime()).toBeGreaterThanOrEqual(new Date(signed.signedAt).getTime());
    expect(await instanceOf(app, 'content-plan', doc)).toMatchObject({ stage: 'published', status: 'published', workflowKey: 'web-rencana-konten', workflowVersion: 2 });
    expect((await logOf(app, 'content-plan', doc)).map((l: any) => [l.toStage, l.position, l.actorId])).toEqual([
      ['planning', null, subKoordinator.id],
      ['signing', 'sub_koordinator', subKoordinator.id],
      ['handover', 'kabid', kabid.id],
      ['published', 'sub_koordinator', subKoordinator.id],
    ]);
  });
});

describe(`the forms' who/when fields follow their signatures (${TEST_DB})`, () => {
  it('cannot be typed on any form; signing writes them', async () => {
    const made = await subKoordinator.as('post', `${CM}approval-form`).send({ number: 'FP-2026-101', title: 'Persetujuan unggah RUP', submittedOn: '2026-06-08', unit: { connect: [{ documentId: units.stat.documentId }] }, state: 'pending' });
    expect(made.status).toBe(201);
    const doc = made.body.data.documentId as string;
    await tracker.snapshot();
    for (const [field, value] of [
      ['approvedBy', { connect: [{ id: kabid.id }] }],
      ['decidedAt', '2026-06-08T02:00:00.000Z'],
      ['state', 'approved'],
      ['onlineCheckedAt', '2026-06-09T02:00:00.000Z'],
    ] as const) {
      const res = await subKoordinator.as('put', `${CM}approval-form/${doc}`).send({ [field]: value });
      expect([field, res.status, res.body.error?.message]).toEqual([field, 400, `"${field}" is recorded by POST /ppid/forms/:kind/:documentId/signatures and cannot be written`]);
    }
    await refused(subKoordinator.as('post', `${CM}update-request`).send({ number: 'UR-2026-101', title: 'Perbaikan menu', description: 'Menu layanan.', requestedOn: '2026-06-08', developer: { connect: [{ id: developer.id }] }, receivedAt: '2026-06-08T02:00:00.000Z' }), 400);

    const sign = (who: Staff) => who.as('post', `/ppid/forms/approval-forms/${doc}/signatures`).send({});
    expect((await sign(subKoordinator)).status).toBe(200);
    expect(await row('approval-form', doc, { approvedBy: { select: ['id'] } })).toMatchObject({ state: 'pending', approvedBy: null, decidedAt: null });
    // The Koordinator of a Statistik form is still the desk's Kabid.
    await tracker.snapshot();
    await refused(sign(kabidStat), 403);
    const t0 = Date.now();
    expect((await sign(kabid)).status).toBe(200);
    const approved = await row('approval-form', doc, { approvedBy: { select: ['id'] } });
    expect(approved).toMatchObject({ state: 'approved', approvedBy: { id: kabid.id } });
    expect(new Date(approved.decidedAt).getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(approved.decidedAt && new Date(approved.decidedAt).toISOString()).toBe(approved.signatures[1].at);

    // An update request: requested by the Sub Koordinator who signs it, received by the Web Developer's signature.
    const request = await subKoordinator.as('post', `${CM}update-request`).send({ number: 'UR-2026-102', title: 'Perbaikan menu', description: 'Menu layanan.', requestedOn: '2026-06-08', unit: { connect: [{ documentId: units.stat.documentId }] } });
    expect(request.status).toBe(201);
    const rdoc = request.body.data.documentId as string;
    const signRequest = (who: Staff) => who.as('post', `/ppid/forms/update-requests/${rdoc}/signatures`).send({});
    expect((await signRequest(subKoordinator)).status).toBe(200);
    await tracker.snapshot();
    for (const who of [operator, kabid]) await refused(signRequest(who), 403);
    expect((await signRequest(developer)).status).toBe(200);
    const received = await row('update-request', rdoc, { requestedBy: { select: ['id'] }, developer: { select: ['id'] } });
    expect(received).toMatchObject({ state: 'received', requestedBy: { id: subKoordinator.id }, developer: { id: developer.id } });
    expect(new Date(received.receivedAt).toISOString()).toBe(received.signatures[1].at);
  });
});

describe(`minutes linked from the backlog item's side (${TEST_DB})`, () => {
  it('a closed item takes no minutes and reported minutes do not change: 400, nothing changed', async () => {
    const open = await raise(units.ikp, 'Formulir keberatan belum ada');
    const closed = await raise(units.ikp, 'Favicon lama masih tampil');
    await step(subKoordinator, 'backlog-item', closed, 'raised->cancelled:cancel', 'Sudah diperbaiki penyedia hosting.');
    expect((await row('backlog-item', closed)).state).toBe('rejected');
    const fresh = await minutes();
    const reported = await minutes();
    expect((await subKoordinator.as('post', `/ppid/minutes/${reported.documentId}/report`).send({})).status).toBe(200);

    await tracker.snapshot();
    const closedRes = await refused(subKoordinator.as('put', `${CM}backlog-item/${closed}`).send({ minutes: { connect: [{ documentId: fresh.documentId }] } }), 400);
    expect(closedRes.body.error.details.errors).toEqual([{ path: ['minutes'], message: 'This backlog item is closed; minutes cannot be linked to it any more.', name: 'ValidationError' }]);
    await refused(subKoordinator.as('put', `${CM}backlog-item/${open}`).send({ minutes: { connect: [{ documentId: reported.documentId }] } }), 400);
    await refused(subKoordinator.as('post', `${CM}backlog-item`).send({ title: 'Item baru dengan notulen lama', description: 'x', kind: 'display_fix', unit: { connect: [{ documentId: units.ikp.documentId }] }, minutes: { connect: [{ documentId: reported.documentId }] } }), 400);

    const linked = await subKoordinator.as('put', `${CM}backlog-item/${open}`).send({ minutes: { connect: [{ documentId: fresh.documentId }] } });
    expect(linked.status).toBe(200);
    const stored = await row('meeting-minute', fresh.documentId, { backlogItems: { select: ['documentId'] } });
    expect(stored.backlogItems.map((b: any) => b.documentId)).toEqual([open]);
  });
});
