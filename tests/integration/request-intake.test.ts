/**
 * Issue 14 on the real app: the request desk registers a walk-in request, a letter received before
 * a weekend and an objection, as the PPID Pelaksana (and the PPID Utama, the Atasan PPID); a member
 * of staff of another unit who holds no service position, and a role without the requests.handle
 * action, get 403; bad input gets 400 in the person's language; each refusal creates nothing.
 */
import { boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { sha256 } from '../helpers/private-files';
import { holders, person, type Staff } from '../helpers/workflow';
import { answerDeadline, receiptDay } from '../../plugins/ppid/server/src/requests/deadlines';
import { intakeCounts, PNG_1x1 } from '../helpers/intake';
import { serviceDesk } from '../helpers/desk';

const P = 'plugin::ppid.';
const NUMBER = /^REQ-\d{4}-(\d{5})-[0-9A-Z]{4}$/;

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let pelaksana: Staff, utama: Staff, kepala: Staff, stafLain: Staff, editor: Staff;

const walkIn = {
  requesterKind: 'on_behalf',
  requesterName: 'Budi Santoso',
  onBehalfOf: 'Lembaga Bantuan Hukum Kapuas',
  identityKind: 'ktp',
  identityNumber: '6101011234567891',
  address: 'Jl. Pemuda 2, Putussibau',
  phone: '0812 3456 7891',
  informationRequested: 'Daftar penerima bantuan sosial 2025.',
  purpose: 'Pendampingan warga.',
  informationForm: 'copy_hard',
  deliveryMethod: 'in_person',
};

const counts = () => intakeCounts(app);
async function refused(send: () => Promise<any>, status: number) {
  const before = await counts();
  const res = await send();
  expect([res.status, res.body?.data ?? null]).toEqual([status, null]);
  expect(res.body.error.status).toBe(status);
  expect(await counts()).toEqual(before);
  return res;
}
const register = (who: Staff, body: Record<string, unknown>) => who.as('post', '/ppid/requests').send(body);
const rowOf = (documentId: string) =>
  app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId }, populate: { receivedBy: { select: ['id'] }, unit: { select: ['code'] } } });
const clock = () => app.strapi.plugin('ppid').service('workflow-clock').clock();

/** The last Friday at least 3 days ago, at `hhmm` in Jakarta (UTC+7). */
function lastFriday(hhmm: string): Date {
  const d = new Date(Date.now() - 3 * 86_400_000);
  while (new Date(d.getTime() + 7 * 3600_000).getUTCDay() !== 5) d.setTime(d.getTime() - 86_400_000);
  const day = new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T${hhmm}:00+07:00`);
}

beforeAll(async () => {
  app = await boot('request-intake', { PPID_NOTIFICATIONS: 'false' });
  units = await unitTree(app.strapi);
  ({ pelaksana, utama, kepala, stafLain } = await holders(app, { ...serviceDesk(units), stafLain: ['Kabid Statistik', 'kabid', units.stat] }));
  editor = await person(app, 'Penyunting', ['strapi-editor']);
});
afterAll(async () => {
  await app?.stop();
});

describe(`the desk registers requests (${TEST_DB})`, () => {
  it('the PPID Pelaksana registers a walk-in request: 201, its number, deadline, the PPID unit and the workflow', async () => {
    const before = await counts();
    const res = await register(pelaksana, walkIn);
    expect(res.status).toBe(201);
    const data = res.body.data;
    expect(Object.keys(data).sort()).toEqual(['documentId', 'dueAt', 'dueOn', 'receivedAt', 'receivedOn', 'registrationNumber']);
    expect(data.registrationNumber).toMatch(NUMBER);
    const row = await rowOf(data.documentId);
    expect(row).toMatchObject({
      registrationNumber: data.registrationNumber, channel: 'walk_in', state: 'registered', requesterKind: 'on_behalf', onBehalfOf: 'Lembaga Bantuan Hukum Kapuas',
      receivedBy: { id: pelaksana.id }, unit: { code: 'kominfo-uji' }, identityFileKey: null, identityFileName: null, extensionDays: 0,
    });
    expect(data.dueOn).toBe(answerDeadline(clock(), new Date(row.receivedAt)).dueOn);
    const inst = await app.strapi.db.query(`${P}workflow-instance`).findOne({ where: { subjectType: 'info-request', subjectDocumentId: data.documentId } });
    expect(inst).toMatchObject({ stage: 'registration', status: 'active', unitId: units.agency.id });
    expect(await counts()).toEqual({ ...before, requests: before.requests + 1, instances: before.instances + 1 });
  });

  it('numbers follow the register: the next request of the year has the next running number', async () => {
    const a = (await register(utama, { ...walkIn, channel: 'email', email: 'budi@contoh.id' })).body.data.registrationNumber;
    const b = (await register(kepala, { ...walkIn, channel: 'letter' })).body.data.registrationNumber;
    expect(Number(NUMBER.exec(b)![1])).toBe(Number(NUMBER.exec(a)![1]) + 1);
  });

  it('a letter received on Friday before closing counts from Friday; after closing, from Monday: ten working days later', async () => {
    const before = lastFriday('15:00');
    const after = lastFriday('16:30');
    const r1 = (await register(pelaksana, { ...walkIn, channel: 'letter', receivedAt: before.toISOString() })).body.data;
    const r2 = (await register(pelaksana, { ...walkIn, channel: 'letter', receivedAt: after.toISOString() })).body.data;
    expect(receiptDay(clock(), before)).toBe(r1.receivedOn);
    const monday = receiptDay(clock(), after);
    expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).not.toBe(6);
    expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).not.toBe(0);
    expect(monday > r2.receivedOn).toBe(true);
    expect(r1.dueOn).toBe(answerDeadline(clock(), before).dueOn);
    expect(r2.dueOn).toBe(answerDeadline(clock(), after).dueOn);
    expect(r2.dueOn > r1.dueOn).toBe(true);
    // Ten working days span two weekends: at least 14 calendar days.
    expect((Date.parse(r1.dueOn) - Date.parse(r1.receivedOn)) / 86_400_000).toBeGreaterThanOrEqual(14);
    const row = await rowOf(r1.documentId);
    expect(new Date(row.receivedAt).toISOString()).toBe(before.toISOString());
  });

  it('takes the identity document as multipart at the desk', async () => {
    const res = await pelaksana
      .as('post', '/ppid/requests')
      .field('data', JSON.stringify(walkIn))
      .attach('files.identityDocument', PNG_1x1, { filename: 'ktp.png', contentType: 'image/png' });
    expect(res.status).toBe(201);
    // Kept in the private store, not the upload plugin.
    expect(await rowOf(res.body.data.documentId)).toMatchObject({ identityFileName: 'ktp.png', identityFileMime: 'image/png', identityFileSize: PNG_1x1.length, identityFileSha256: sha256(PNG_1x1) });
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(0);
  });

  it('refuses staff of another unit without a service position, and roles without the action: 403, nothing created', async () => {
    const res = await refused(() => register(stafLain, walkIn), 403);
    expect(res.body.error.message).toMatch(/^Permohonan informasi dan keberatan hanya dapat dibuka oleh PPID/);
    await refused(() => register(editor, walkIn), 403);
    await refused(() => app.http().post('/ppid/requests').send(walkIn), 401);
  });

  it('refuses bad input with 400 naming the field, in the person\'s language, nothing created', async () => {
    const missing = await refused(() => register(pelaksana, { ...walkIn, informationRequested: ' ' }), 400);
    expect(missing.body.error.message).toBe('Rincian informasi yang dibutuhkan wajib diisi');
    expect(missing.body.error.details.errors[0].path).toEqual(['informationRequested']);
    await refused(() => register(pelaksana, { ...walkIn, channel: 'website' }), 400);
    await refused(() => register(pelaksana, { ...walkIn, onBehalfOf: null }), 400);
    await refused(() => register(pelaksana, { ...walkIn, receivedAt: new Date(Date.now() + 86_400_000).toISOString() }), 400);
    await refused(() => register(pelaksana, { ...walkIn, state: 'delivered' }), 400);
    await refused(() => register(pelaksana, { ...walkIn, dueOn: '2030-01-01' }), 400);
    await refused(
      () => pelaksana.as('post', '/ppid/requests').field('data', JSON.stringify(walkIn)).attach('files.identityDocument', Buffer.from('<html></html>'), { filename: 'ktp.png', contentType: 'image/png' }),
      400,
    );
  });

  it('refuses clearly when the agency has no PPID unit (409), nothing created', async () => {
    await app.strapi.db.query(`${P}unit`).update({ where: { id: units.agency.id }, data: { active: false } });
    try {
      const res = await refused(() => register(pelaksana, walkIn), 409);
      expect(res.body.error.message).toMatch(/^Unit PPID belum ada/);
    } finally {
      await app.strapi.db.query(`${P}unit`).update({ where: { id: units.agency.id }, data: { active: true } });
    }
  });
});

describe(`the desk registers objections (${TEST_DB})`, () => {
  const objection = { grounds: ['c', 'g'], reasons: 'Permohonan tidak ditanggapi sampai batas waktu.' };
  const objectTo = (who: Staff, documentId: string, body: Record<string, unknown> = objection) => who.as('post', `/ppid/requests/${documentId}/objections`).send(body);
  let late: string;
  let fresh: string;

  beforeAll(async () => {
    // Received 25 days ago: its ten working days have passed without a notice (a ground of objection).
    late = (await register(pelaksana, { ...walkIn, channel: 'letter', receivedAt: new Date(Date.now() - 25 * 86_400_000).toISOString() })).body.data.documentId;
    fresh = (await register(pelaksana, walkIn)).body.data.documentId;
  });

  it('a request still within its deadline and unanswered cannot be objected to yet: 409', async () => {
    const res = await refused(() => objectTo(pelaksana, fresh), 409);
    expect(res.body.error.name).toBe('ConflictError');
  });

  it('refuses other units\' staff (403), unknown requests (404) and bad grounds (400), nothing created', async () => {
    await refused(() => objectTo(stafLain, late), 403);
    await refused(() => objectTo(editor, late), 403);
    await refused(() => objectTo(pelaksana, 'tidakadapermohonanini'), 404);
    await refused(() => objectTo(pelaksana, late, { ...objection, grounds: ['c', 'c'] }), 400);
    await refused(() => objectTo(pelaksana, late, { grounds: ['c'] }), 400);
  });

  it('registers an objection after the missed deadline: KEB number, 30 working days, its workflow; a second undecided one is 409', async () => {
    const res = await objectTo(pelaksana, late);
    expect(res.status).toBe(201);
    expect(res.body.data.registrationNumber).toMatch(/^KEB-\d{4}-\d{5}-[0-9A-Z]{4}$/);
    const row = await app.strapi.db.query(`${P}objection`).findOne({ where: { documentId: res.body.data.documentId }, populate: { request: { select: ['documentId'] }, receivedBy: { select: ['id'] }, unit: { select: ['code'] } } });
    expect(row).toMatchObject({ state: 'registered', channel: 'walk_in', grounds: ['c', 'g'], request: { documentId: late }, receivedBy: { id: pelaksana.id }, unit: { code: 'kominfo-uji' } });
    const { deadline } = await import('../../plugins/ppid/server/src/requests/deadlines');
    expect(res.body.data.dueOn).toBe(deadline(clock(), new Date(row.filedAt), 30).dueOn);
    expect(await app.strapi.db.query(`${P}workflow-instance`).count({ where: { subjectType: 'objection', subjectDocumentId: row.documentId } })).toBe(1);

    const second = await refused(() => objectTo(kepala, late), 409);
    expect(second.body.error.message).toMatch(/belum diputus/);
    // Once decided, another objection may be filed.
    await app.strapi.db.query(`${P}objection`).update({ where: { id: row.id }, data: { state: 'decided', decidedAt: new Date() } });
    const byLetter = await objectTo(utama, late, { ...objection, channel: 'letter' });
    expect(byLetter.status).toBe(201);
    expect((await app.strapi.db.query(`${P}objection`).findOne({ where: { documentId: byLetter.body.data.documentId } })).channel).toBe('letter');
  });
});
