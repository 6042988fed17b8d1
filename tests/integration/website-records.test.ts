/**
 * The web SOP's records (issue 11 point 3) through the real routes, as each position: meeting
 * minutes checked on every write and reported to the head as a recorded step; update-request forms
 * signed by the Sub Koordinator and the Web Developer, approval forms by the Sub Koordinator and the
 * Koordinator (Kabid of the form's division); a signed form and reported minutes are frozen on every
 * Content Manager path and for the Media Library; every refusal is a clear 4xx with nothing changed;
 * the printouts are real PDFs with the signers' names and NIPs, for the record's readers only.
 */
import fs from 'fs';
import path from 'path';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { refusals, type Refusals } from '../helpers/access';
import { holders, type Staff } from '../helpers/workflow';
import { getBinary, pdfText } from '../helpers/binary';
import { websiteTeam } from '../helpers/website';

const CM = '/content-manager/collection-types/plugin::ppid.';
const P = 'plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let kabid: Staff, kabidStat: Staff, subKoordinator: Staff, webDeveloper: Staff, operator: Staff;
let admin: Awaited<ReturnType<typeof adminSession>>;
let tracker: Refusals;
let openItem: string;
let closedItem: string;

const attendees = [
  { name: ' Rahmat Hidayat ', position: 'Kepala Bidang IKP (Koordinator)' },
  { name: 'Sari Wulandari', position: 'Sub Koordinator Website' },
];
const minutesBody = (over: Record<string, unknown> = {}) => ({
  title: 'Rapat Pengembangan Website PPID',
  meetingAt: '2026-05-04T02:00:00.000Z',
  location: 'Ruang Rapat Lantai 2',
  unit: { connect: [{ documentId: units.ikp.documentId }] },
  attendees,
  agenda: '1. Tampilan DIP di ponsel',
  decisions: 'Perbaikan tabel DIP diprioritaskan.',
  ...over,
});
const sign = (who: Staff | typeof admin, kind: string, documentId: string, body: object = {}) => who.as('post', `/ppid/forms/${kind}/${documentId}/signatures`).send(body);
const report = (who: Staff, documentId: string) => who.as('post', `/ppid/minutes/${documentId}/report`).send({});
const row = (type: string, documentId: string) => app.strapi.db.query(`${P}${type}`).findOne({ where: { documentId } });

/** A refusal: the status (and message), and nothing changed in any ppid table since the snapshot. */
const refused = (res: Promise<any> | any, status: number, message?: string) => tracker.sinceSnapshot(res, status, message);

beforeAll(async () => {
  app = await boot('website-records', { PPID_NOTIFICATIONS: 'false' });
  // Mail delivery is not this suite's concern: no dispatch may write to the outbox between snapshots.
  app.strapi.plugin('ppid').service('notifications').dispatch = async () => ({ sent: 0, failed: 0, retried: 0 });
  units = await unitTree(app.strapi);
  const signers = {
    kabid: { officialName: 'Rahmat Hidayat, S.Kom., M.Si.', nip: '197805122005011003' },
    subKoordinator: { officialName: 'Sari Wulandari, S.T.', nip: '198903142015032001' },
    webDeveloper: { officialName: 'Budi Santoso, S.Kom.', nip: '199101012019031002' },
  };
  ({ kabid, kabidStat, subKoordinator, webDeveloper, operator } = await holders(app, { ...websiteTeam(units, signers), operator: ['Operator IKP', 'operator', units.ikp] }));
  admin = await adminSession(app);
  openItem = (await create(app.strapi, 'backlog-item', { title: 'Tabel DIP di ponsel', description: 'Kolom terpotong.', unit: units.ikp.documentId })).documentId;
  closedItem = (await create(app.strapi, 'backlog-item', { title: 'Logo lama di kepala laman', description: 'Sudah diganti.', unit: units.ikp.documentId })).documentId;
  // Closed by its workflow's final step (the backlog suite walks it there); here set directly.
  await app.strapi.db.query(`${P}backlog-item`).updateMany({ where: { documentId: closedItem }, data: { state: 'done' } });
  tracker = refusals(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

describe(`meeting minutes (${TEST_DB})`, () => {
  let minutes: string;

  it('refuses bad minutes from the Content Manager with a clear 400, nothing changed', async () => {
    await tracker.snapshot();
    const post = (over: Record<string, unknown>) => subKoordinator.as('post', `${CM}meeting-minute`).send(minutesBody(over));
    const noOne = await refused(post({ attendees: [] }), 400, 'Notulen harus mencantumkan peserta rapat.');
    expect(noOne.body.error.details.errors[0].path).toEqual(['attendees']);
    await refused(post({ attendees: 'Tim web PPID' }), 400, 'Notulen harus mencantumkan peserta rapat.');
    await refused(post({ attendees: [{ name: 'Sari', position: ' ' }] }), 400, 'Peserta ke-1: nama dan jabatan wajib diisi.');
    await refused(post({ attendees: [{ name: 'Sari', position: 'Sub Koordinator', userId: 999999 }] }), 400, 'Peserta menyebut pengguna admin yang tidak ada / an attendee names an admin user that does not exist');
    await refused(post({ location: '' }), 400, 'Tempat rapat wajib diisi.');
    const closed = await refused(post({ backlogItems: { connect: [{ documentId: closedItem }] } }), 400, `Item backlog ${closedItem} sudah selesai; tindak lanjut tidak dapat dikaitkan.`);
    expect(closed.body.error.details.errors[0].path).toEqual(['backlogItems']);
    await refused(post({ reportedToHeadAt: '2026-05-05T01:00:00.000Z' }), 400, '"reportedToHeadAt" is recorded by POST /ppid/minutes/:documentId/report and cannot be written');
  });

  it('stores minutes with structured attendees and open follow-ups; linking a closed item later is refused too', async () => {
    const res = await subKoordinator.as('post', `${CM}meeting-minute`).send(minutesBody({ backlogItems: { connect: [{ documentId: openItem }] }, attendees: [...attendees, { name: 'Budi Santoso', position: 'Web Developer', userId: webDeveloper.id }] }));
    expect(res.status).toBe(201);
    minutes = res.body.data.documentId;
    const stored = await app.strapi.db.query(`${P}meeting-minute`).findOne({ where: { documentId: minutes }, populate: { backlogItems: { select: ['documentId'] } } });
    expect(stored.attendees).toEqual([
      { name: 'Rahmat Hidayat', position: 'Kepala Bidang IKP (Koordinator)' },
      { name: 'Sari Wulandari', position: 'Sub Koordinator Website' },
      { name: 'Budi Santoso', position: 'Web Developer', userId: webDeveloper.id },
    ]);
    expect(stored.backlogItems.map((b: any) => b.documentId)).toEqual([openItem]);
    expect(stored.reportedToHeadAt).toBeNull();

    await tracker.snapshot();
    await refused(subKoordinator.as('put', `${CM}meeting-minute/${minutes}`).send({ backlogItems: { connect: [{ documentId: closedItem }] } }), 400, `Item backlog ${closedItem} sudah selesai; tindak lanjut tidak dapat dikaitkan.`);
    await refused(subKoordinator.as('put', `${CM}meeting-minute/${minutes}`).send({ attendees: [] }), 400, 'Notulen harus mencantumkan peserta rapat.');
    const edit = await subKoordinator.as('put', `${CM}meeting-minute/${minutes}`).send({ discussion: 'Operator melaporkan keluhan pemohon.' });
    expect(edit.status).toBe(200);
  });

  it('is reported to the head by the Koordinator or Sub Koordinator only, once; then it cannot change', async () => {
    await tracker.snapshot();
    await refused(report(webDeveloper, minutes), 403, 'Hanya Koordinator (Kepala Bidang) atau Sub Koordinator yang dapat melaporkan notulen kepada pimpinan.');
    await refused(report(kabidStat, minutes), 403, 'Hanya Koordinator (Kepala Bidang) atau Sub Koordinator yang dapat melaporkan notulen kepada pimpinan.');
    await refused(kabid.as('post', `/ppid/minutes/${minutes}/report`).send({ reportedToHeadAt: '2026-01-01' }), 400, 'Unknown field "reportedToHeadAt"');
    await refused(report(kabid, 'tidakadanotulenini'), 404);
    await refused(app.http().post(`/ppid/minutes/${minutes}/report`).send({}), 401);

    const ok = await report(kabid, minutes);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ documentId: minutes, reportedToHeadBy: { id: kabid.id, name: 'Rahmat Uji', position: 'kabid' } });
    const stored = await app.strapi.db.query(`${P}meeting-minute`).findOne({ where: { documentId: minutes }, populate: { reportedToHeadBy: { select: ['id'] } } });
    expect(stored.reportedToHeadBy.id).toBe(kabid.id);
    expect(new Date(stored.reportedToHeadAt).toISOString()).toBe(ok.body.data.reportedToHeadAt);

    await tracker.snapshot();
    await refused(report(subKoordinator, minutes), 409, 'Notulen ini sudah dilaporkan kepada pimpinan.');
    const frozen = 'Notulen ini sudah dilaporkan kepada pimpinan dan tidak dapat diubah atau dihapus.';
    await refused(subKoordinator.as('put', `${CM}meeting-minute/${minutes}`).send({ decisions: 'Keputusan diubah diam-diam.' }), 400, frozen);
    await refused(admin.as('delete', `${CM}meeting-minute/${minutes}`), 400, frozen);
    const bulk = await admin.as('post', `${CM}meeting-minute/actions/bulkDelete`).send({ documentIds: [minutes] });
    expect(bulk.status).toBeGreaterThanOrEqual(400);
    expect(bulk.status).toBeLessThan(500);
    await tracker.expectUnchanged();
  });

  it('a reported minutes\' attachment is not replaced through the Media Library', async () => {
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
    const up = await admin.as('post', '/upload').attach('files', pdf('daftar hadir'), { filename: 'daftar-hadir.pdf', contentType: 'application/pdf' });
    expect(up.status).toBe(201);
    const file = up.body[0];
    const doc = await create(app.strapi, 'meeting-minute', { ...minutesBody({ unit: units.ikp.documentId }), title: 'Rapat berlampiran', attachments: [file.id] });
    expect((await report(subKoordinator, doc.documentId)).status).toBe(200);
    const bytes = () => fs.readFileSync(path.join(app.strapi.dirs.static.public, file.url));
    const before = bytes();
    const replaced = await admin.as('post', `/upload?id=${file.id}`).attach('files', pdf('daftar hadir palsu'), { filename: 'daftar-hadir.pdf', contentType: 'application/pdf' });
    expect(replaced.status).toBe(403);
    expect(replaced.body.error.message).toContain('These minutes were reported to the head');
    expect(bytes()).toEqual(before);
  });

  it('prints as a PDF with the attendees and who reported it, for the unit\'s staff and the reporting positions', async () => {
    const res = await getBinary(app, `/ppid/minutes/${minutes}/record.pdf`, operator.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.body);
    for (const s of ['DINAS KOMINFO UJI', 'NOTULEN RAPAT', 'Rapat Pengembangan Website PPID', 'Ruang Rapat Lantai 2', 'Rahmat Hidayat', 'Sari Wulandari', 'Budi Santoso', 'Tabel DIP di ponsel',
      'Rahmat Hidayat, S.Kom., M.Si.', 'NIP. 197805122005011003', 'Koordinator (Kepala Bidang)', 'Perbaikan tabel DIP diprioritaskan.']) {
      expect(text).toContain(s);
    }
    expect((await kabidStat.as('get', `/ppid/minutes/${minutes}/record.pdf`)).status).toBe(403);
    expect((await subKoordinator.as('get', `/ppid/minutes/${minutes}/record.pdf`)).status).toBe(200);
    expect((await app.http().get(`/ppid/minutes/${minutes}/record.pdf`)).status).toBe(401);
    expect((await kabid.as('get', '/ppid/minutes/tidakadanotulenini/record.pdf')).status).toBe(404);
    expect((await kabid.as('get', `/ppid/minutes/${minutes}/record.pdf?x=1`)).status).toBe(400);
  });
});

describe(`update-request and approval forms (${TEST_DB})`, () => {
  let request: string;
  let approval: string;

  it('an update request is signed by the Sub Koordinator, then the Web Developer; nobody else, never twice', async () => {
    const res = await subKoordinator.as('post', `${CM}update-request`).send({
      number: 'UR-2026-001', title: 'Perbaikan tabel DIP', description: 'Tabel dibuat responsif.', requestedOn: '2026-05-04', unit: { connect: [{ documentId: units.ikp.documentId }] },
    });
    expect(res.status).toBe(201);
    request = res.body.data.documentId;

    await tracker.snapshot();
    await refused(subKoordinator.as('put', `${CM}update-request/${request}`).send({ signatures: [{ role: 'sub_koordinator', userId: subKoordinator.id, at: '2026-05-04T01:00:00.000Z' }] }), 400,
      '"signatures" is recorded by POST /ppid/forms/:kind/:documentId/signatures and cannot be written');
    await refused(sign(webDeveloper, 'update-requests', request), 403, 'Tanda tangan berikutnya harus oleh Sub Koordinator.');
    await refused(sign(kabid, 'update-requests', request), 403, 'Tanda tangan berikutnya harus oleh Sub Koordinator.');
    await refused(sign(subKoordinator, 'update-requests', request, { userId: webDeveloper.id }), 400, 'Unknown field "userId"');
    await refused(sign(subKoordinator, 'update-requests', 'tidakadaformulirini'), 404);
    await refused(sign(subKoordinator, 'approval-forms', request), 404);
    await refused(app.http().post(`/ppid/forms/update-requests/${request}/signatures`).send({}), 401);

    const first = await sign(subKoordinator, 'update-requests', request);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ documentId: request, kind: 'update_request', complete: false, signatures: [{ role: 'sub_koordinator', userId: subKoordinator.id, name: 'Sari Wulandari, S.T.', nip: '198903142015032001' }, { role: 'web_developer', userId: null }] });

    await tracker.snapshot();
    await refused(sign(subKoordinator, 'update-requests', request), 400, 'Anda sudah menandatangani formulir ini.');
    await refused(sign(kabid, 'update-requests', request), 403, 'Tanda tangan berikutnya harus oleh Web Developer.');

    const second = await sign(webDeveloper, 'update-requests', request);
    expect(second.status).toBe(200);
    expect(second.body.data).toMatchObject({ complete: true, signatures: [{ role: 'sub_koordinator' }, { role: 'web_developer', userId: webDeveloper.id, name: 'Budi Santoso, S.Kom.' }] });
    const stored = await row('update-request', request);
    expect(stored.signatures.map((s: any) => [s.role, s.userId])).toEqual([['sub_koordinator', subKoordinator.id], ['web_developer', webDeveloper.id]]);

    await tracker.snapshot();
    const closed = await refused(sign(kabid, 'update-requests', request), 409, 'Formulir ini sudah ditandatangani lengkap dan tidak dapat diubah.');
    expect(closed.body.error.name).toBe('ConflictError');
  });

  it('a signed form is frozen on every Content Manager path: update, delete, bulk delete, publish', async () => {
    await tracker.snapshot();
    const frozen = 'Formulir ini sudah ditandatangani dan tidak dapat diubah atau dihapus.';
    await refused(subKoordinator.as('put', `${CM}update-request/${request}`).send({ title: 'Judul diubah setelah ditandatangani' }), 400, frozen);
    await refused(admin.as('put', `${CM}update-request/${request}`).send({ description: 'Diubah oleh super admin.' }), 400, frozen);
    await refused(admin.as('delete', `${CM}update-request/${request}`), 400, frozen);
    const bulk = await admin.as('post', `${CM}update-request/actions/bulkDelete`).send({ documentIds: [request] });
    expect(bulk.status).toBeGreaterThanOrEqual(400);
    expect(bulk.status).toBeLessThan(500);
    const publish = await admin.as('post', `${CM}update-request/${request}/actions/publish`).send({});
    expect(publish.status).toBeGreaterThanOrEqual(400);
    expect(publish.status).toBeLessThan(500);
    await tracker.expectUnchanged();
    // A copy is a new, unsigned form.
    const copy = await admin.as('post', `${CM}update-request/clone/${request}`).send({ number: 'UR-2026-001-SALINAN' });
    expect(copy.status).toBe(200);
    expect((await row('update-request', copy.body.data.documentId)).signatures).toBeNull();
  });

  it('an approval form is signed by the Sub Koordinator, then the Koordinator: the Kabid of the website desk, even for another division\'s form', async () => {
    const res = await subKoordinator.as('post', `${CM}approval-form`).send({
      number: 'FP-2026-001', title: 'Persetujuan unggah RUP 2026', submittedOn: '2026-05-04', unit: { connect: [{ documentId: units.stat.documentId }] },
    });
    expect(res.status).toBe(201);
    approval = res.body.data.documentId;
    expect((await sign(subKoordinator, 'approval-forms', approval)).status).toBe(200);
    await tracker.snapshot();
    await refused(sign(kabidStat, 'approval-forms', approval), 403, 'Tanda tangan berikutnya harus oleh Koordinator (Kepala Bidang).');
    await refused(sign(webDeveloper, 'approval-forms', approval), 403, 'Tanda tangan berikutnya harus oleh Koordinator (Kepala Bidang).');
    const ok = await sign(kabid, 'approval-forms', approval);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ kind: 'approval_form', complete: true, signatures: [{ role: 'sub_koordinator' }, { role: 'koordinator', userId: kabid.id, name: 'Rahmat Hidayat, S.Kom., M.Si.', nip: '197805122005011003', unit: 'Bidang IKP' }] });
  });

  it('a form without a unit cannot be signed (its signers are found through it)', async () => {
    const doc = await create(app.strapi, 'approval-form', { number: 'FP-2026-002', title: 'Tanpa unit', submittedOn: '2026-05-04' });
    await tracker.snapshot();
    const res = await refused(sign(subKoordinator, 'approval-forms', doc.documentId), 400, 'Isi unit kerja rekaman ini dahulu: penanda tangan dicari melalui unitnya.');
    expect(res.body.error.details.errors[0].path).toEqual(['unit']);
  });

  it('each form prints as a PDF with its signers\' names and NIPs, for its readers', async () => {
    const res = await getBinary(app, `/ppid/forms/update-requests/${request}/record.pdf`, operator.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="form-update-konten-UR-2026-001.pdf"');
    const text = pdfText(res.body);
    for (const s of ['DINAS KOMINFO UJI', 'FORMULIR DAFTAR UPDATE KONTEN', 'Nomor UR-2026-001', 'Perbaikan tabel DIP', 'Sari Wulandari, S.T.', 'NIP. 198903142015032001', 'Budi Santoso, S.Kom.', 'NIP. 199101012019031002', 'Web Developer']) {
      expect(text).toContain(s);
    }
    const approvalPdf = await getBinary(app, `/ppid/forms/approval-forms/${approval}/record.pdf`, webDeveloper.token);
    expect(approvalPdf.status).toBe(200); // an agency position: a member of every unit of the agency
    const approvalText = pdfText(approvalPdf.body);
    for (const s of ['FORMULIR PERSETUJUAN', 'Persetujuan unggah RUP 2026', 'Rahmat Hidayat, S.Kom., M.Si.', 'NIP. 197805122005011003', 'Koordinator (Kepala Bidang), Bidang IKP']) expect(approvalText).toContain(s);

    expect((await kabidStat.as('get', `/ppid/forms/update-requests/${request}/record.pdf`)).status).toBe(403);
    // The approval form belongs to Bidang Statistik: its Kabid reads it (a member), the IKP operator does not.
    expect((await kabidStat.as('get', `/ppid/forms/approval-forms/${approval}/record.pdf`)).status).toBe(200);
    expect((await operator.as('get', `/ppid/forms/approval-forms/${approval}/record.pdf`)).status).toBe(403);
    expect((await kabid.as('get', `/ppid/forms/approval-forms/${request}/record.pdf`)).status).toBe(404);
    expect((await kabid.as('get', `/ppid/forms/evaluations/${request}/record.pdf`)).status).toBe(404);
    expect((await app.http().get(`/ppid/forms/update-requests/${request}/record.pdf`)).status).toBe(401);
  });
});
