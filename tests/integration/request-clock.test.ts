/**
 * The information service in the compliance checker (request-clock), on a real app with the clock
 * moved: a request close to its deadline reminds its handlers; one past it alerts the Atasan PPID
 * and records the miss on the request (never closing or refusing it); a request never completed is
 * closed through the workflow's cancel transition as the system, with its reason in the log; an
 * objection not decided in 30 working days alerts; identity data past its retention is erased (the
 * identity document's file in the private store too) and the register row kept. A second run
 * changes nothing; an answered request resolves its alert.
 *
 * The clock: Friday 21 August 2026, 08:00 in Jakarta (17 and 25 August are public holidays).
 */
import fs from 'fs';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';
import { getBinary } from '../helpers/binary';
import { requestRows } from '../helpers/desk';

const P = 'plugin::ppid.';
const ALERT = `${P}compliance-alert`;
const REQ = `${P}info-request`;
const NOW = new Date('2026-08-21T01:00:00.000Z');
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let head: Staff;
let pelaksana: Staff;
let outsider: Staff;
let admin: Awaited<ReturnType<typeof adminSession>>;
const run = (now = NOW) => app.strapi.plugin('ppid').service('compliance-runs').runNow({ now });
const alerts = async (rule: string) => (await app.strapi.db.query(ALERT).findMany({ where: { rule, state: { $in: ['open', 'acknowledged'] } }, orderBy: [{ id: 'asc' }] })) as any[];
const row = (key: string) => app.strapi.db.query(REQ).findOne({ where: { documentId: ids[key] } });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
const keys: Record<string, string> = {};
/** An identity document put in the private store, as the request row records it. */
async function keepDocument(key: string) {
  const stored = await app.strapi.plugin('ppid').service('private-files').put(Buffer.concat([PDF, Buffer.from(key)]));
  keys[key] = stored.key;
  return { identityFileKey: stored.key, identityFileName: `ktp-${key}.pdf`, identityFileMime: 'application/pdf', identityFileSize: stored.size, identityFileSha256: stored.sha256 };
}

const requests = requestRows('reqclk');
const ids = requests.ids;
const request = (key: string, over: Record<string, unknown>) => requests.insert(app.strapi, key, { unit: units.agency.id, ...over });

beforeAll(async () => {
  app = await boot('request-clock', { PPID_NOTIFICATIONS: 'false' });
  units = await unitTree(app.strapi);
  [head, pelaksana, outsider] = await Promise.all(['Kepala', 'Petugas', 'Staf Lain'].map((n) => person(app, n, ['ppid-staff'])));
  await assign(app, head, 'kepala', units.agency.documentId);
  await assign(app, pelaksana, 'ppid_pelaksana', units.agency.documentId);
  await assign(app, outsider, 'fungsional', units.stat.documentId);
  admin = await adminSession(app);

  // Due Wednesday 26 August: 2 working days left.
  await request('soon', {});
  // Received 1 July: due 15 July, unanswered.
  await request('late', { receivedAt: new Date('2026-07-01T09:00:00+07:00') });
  // Waiting for the requester until 20 August, at the workflow's awaiting_completion stage.
  await request('waiting', { state: 'incomplete', missingItems: 'Salinan KTP', completeBy: '2026-08-20' });
  const { spec, row: item } = await app.strapi.plugin('ppid').service('workflow-items').load('info-request', ids.waiting);
  const inst = await app.strapi.plugin('ppid').service('workflow-instances').ensureInstance(spec, ids.waiting, item, null, new Date('2026-08-10T09:00:00+07:00'));
  await app.strapi.db.query(`${P}workflow-instance`).update({ where: { id: inst.id }, data: { stage: 'awaiting_completion' } });
  // Waiting, but still within its window.
  await request('window', { state: 'incomplete', missingItems: 'Tujuan', completeBy: '2026-08-24' });
  // Finished long ago (identity to erase, its document in the private store too) and recently (kept).
  await request('old', { ...(await keepDocument('old')), receivedAt: new Date('2024-01-02T09:00:00+07:00'), state: 'delivered', outcome: 'granted_full', signedAt: new Date('2024-01-03T09:00:00+07:00'), deliveredAt: new Date('2024-01-04T09:00:00+07:00') });
  await request('recent', { ...(await keepDocument('recent')), receivedAt: new Date('2026-01-05T09:00:00+07:00'), state: 'delivered', outcome: 'granted_full', signedAt: new Date('2026-01-06T09:00:00+07:00'), deliveredAt: new Date('2026-01-07T09:00:00+07:00') });
  await app.strapi.db.query(`${P}objection`).create({
    data: {
      documentId: 'objclk000000000000000001',
      registrationNumber: 'KEB-2026-00001-ABCD',
      year: 2026,
      sequence: 1,
      request: (await row('late')).id,
      unit: units.agency.id,
      channel: 'website',
      filedAt: new Date('2026-06-01T10:00:00+07:00'),
      grounds: ['c'],
      reasons: 'Tidak ditanggapi.',
      state: 'examining',
    },
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

describe('request clock in the checker', () => {
  it('due soon, overdue (recorded, escalated to the head), objection overdue', async () => {
    await run();
    const soon = await alerts('request-due-soon');
    // The request waiting within its completeness window is on hold (requests/desk.ts awaitingRequester): no reminder while it waits.
    expect(soon.map((a) => a.subjectKey)).toEqual([`info-request:${ids.soon}`]);
    expect(soon[0].recipients).toEqual(['ppid_pelaksana', 'ppid_utama']);
    expect(soon[0].details).toMatchObject({ dueOn: '2026-08-26', workingDaysLeft: 2 });
    const late = await alerts('request-overdue');
    expect(late.map((a) => a.subjectKey)).toEqual([`info-request:${ids.late}`]);
    expect(late[0]).toMatchObject({ severity: 'critical', recipients: ['kepala', 'ppid_utama'] });
    expect(late[0].title.id).toContain('melewati batas waktu');
    const r = await row('late');
    expect(new Date(r.lateRecordedAt).toISOString()).toBe(NOW.toISOString());
    expect(r.answeredOnTime).toBe(false);
    // A missed deadline is recorded, never a refusal or a close.
    expect(r.state).toBe('assigned');
    expect(r.outcome).toBeNull();
    expect((await alerts('objection-overdue')).map((a) => a.subjectKey)).toEqual(['objection:objclk000000000000000001']);
  });

  it('the completeness window passed: closed through the cancel transition as the system, with the reason logged', async () => {
    const r = await row('waiting');
    expect(r.state).toBe('closed');
    expect(new Date(r.closedAt).toISOString()).toBe(NOW.toISOString());
    const inst = await app.strapi.db.query(`${P}workflow-instance`).findOne({ where: { subjectType: 'info-request', subjectDocumentId: ids.waiting } });
    expect(inst).toMatchObject({ stage: 'closed', status: 'cancelled' });
    const log = await app.strapi.db.query(`${P}workflow-transition`).findMany({ where: { subjectDocumentId: ids.waiting }, orderBy: [{ id: 'asc' }] });
    expect(log.at(-1)).toMatchObject({ fromStage: 'awaiting_completion', toStage: 'closed', action: 'cancel', actorName: 'system' });
    expect(log.at(-1).reason).toContain('2026-08-20');
    // Still within its window: untouched.
    expect((await row('window')).state).toBe('incomplete');
    // The incomplete notice is the letter for it.
    expect((await pelaksana.as('get', `/ppid/requests/${ids.waiting}/letters/incomplete.pdf`)).status).toBe(200);
  });

  it('identity data past the retention period is erased, the identity document\'s file included; the register row stays', async () => {
    const store = app.strapi.plugin('ppid').service('private-files');
    const old = await row('old');
    expect(old).toMatchObject({ identityNumber: null, address: null, phone: null, email: null, requesterName: 'Pemohon old', informationRequested: 'Informasi old' });
    expect(old).toMatchObject({ identityFileKey: null, identityFileName: null, identityFileMime: null, identityFileSize: null, identityFileSha256: null });
    expect(old.identityErasedAt).not.toBeNull();
    expect(fs.existsSync(store.pathOf(keys.old))).toBe(false);
    expect((await pelaksana.as('get', `/ppid/requests/${ids.old}/identity-document`)).status).toBe(404);
    const recent = await row('recent');
    expect(recent).toMatchObject({ identityNumber: '6106010101800001', identityErasedAt: null, identityFileKey: keys.recent });
    expect(fs.existsSync(store.pathOf(keys.recent))).toBe(true);
    const kept = await getBinary(app, `/ppid/requests/${ids.recent}/identity-document`, pelaksana.token);
    expect(kept.status).toBe(200);
    expect(Buffer.compare(kept.body, Buffer.concat([PDF, Buffer.from('recent')]))).toBe(0);
    const csv = (await getBinary(app, '/ppid/registers/requests.csv?year=2024', admin.token)).body.toString('utf8');
    expect(csv).toContain('Pemohon old');
    expect(csv).toContain('dihapus');
  });

  it('a second run changes nothing; an answered request resolves its alert; the alerts are listed by rule', async () => {
    const before = await row('late');
    const again = await run(new Date(NOW.getTime() + 60_000));
    expect(again.opened).toBe(0);
    expect((await row('late')).lateRecordedAt).toEqual(before.lateRecordedAt);
    await app.strapi.db.query(REQ).update({ where: { documentId: ids.late }, data: { state: 'delivered', outcome: 'not_held', signedAt: new Date(NOW.getTime() + 90_000), deliveredAt: new Date(NOW.getTime() + 90_000) } });
    await run(new Date(NOW.getTime() + 120_000));
    expect(await alerts('request-overdue')).toEqual([]);
    expect((await row('late')).answeredOnTime).toBe(false);
    const res = await admin.as('get', '/ppid/compliance/alerts?rule=objection-overdue');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('KEB-2026-00001-ABCD');
  });

  it("the daily run forgets the public form's used tokens once they expired, keeps the others", async () => {
    const TOKENS = `${P}used-form-token`;
    await app.strapi.db.query(TOKENS).create({ data: { digest: 'a'.repeat(64), expiresAt: new Date(NOW.getTime() - 60_000) } });
    await app.strapi.db.query(TOKENS).create({ data: { digest: 'b'.repeat(64), expiresAt: new Date(NOW.getTime() + 3_600_000) } });
    await run(NOW);
    expect((await app.strapi.db.query(TOKENS).findMany({ select: ['digest'] })).map((t: any) => t.digest)).toEqual(['b'.repeat(64)]);
  });
});
