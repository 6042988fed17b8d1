/**
 * Issue 14, point 6, on the real app: the requester's identity document is personal data. A citizen's
 * KTP scan goes to the plugin's private store, never to the upload plugin: nothing under
 * public/uploads, nothing in the Media Library (GET /upload/files, even for a super admin), no
 * `/uploads/` URL in any answer. The PPID Pelaksana handling the request downloads the exact bytes
 * (an attachment, private, never cached or sniffed); a Staf member of another unit and an Author get
 * 403, an unknown request 404; after the retention erasure 404 and the file is gone from disk.
 * Identity documents an older version kept in the upload plugin move into the store at start
 * (idempotent), proved across a restart.
 */
import fs from 'fs';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { createRequest } from '../helpers/desk';
import { publicUploads, sha256, storedFiles } from '../helpers/private-files';
import { assign, person, type Staff } from '../helpers/workflow';
import { getBinary } from '../helpers/binary';
import { citizenFields, fileOnForm } from '../helpers/intake';

const P = 'plugin::ppid.';
const REQ = `${P}info-request`;
const PNG = Buffer.concat([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'), Buffer.from('identitas-siti')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% KTP lama\n');

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let pelaksana: Staff, stafLain: Staff, author: Staff;
let admin: Awaited<ReturnType<typeof adminSession>>;

const row = (documentId: string) => app.strapi.db.query(REQ).findOne({ where: { documentId } });
const documentIdOf = async (registrationNumber: string) => (await app.strapi.db.query(REQ).findOne({ where: { registrationNumber } })).documentId as string;
const store = () => app.strapi.plugin('ppid').service('private-files');
/** A request written as setup code, in a register year of its own (the form numbers this year's). */
const deskRequest = (over: Record<string, unknown> = {}) => createRequest(app.strapi, { unit: units.agency.documentId, year: 2019, ...over });
const url = (documentId: string) => `/ppid/requests/${documentId}/identity-document`;

/** Files a request on the public form with `file` as the KTP scan; its registration number. */
async function citizenFiles(buffer: Buffer, filename: string, contentType: string): Promise<{ res: any; number: string }> {
  const res = await fileOnForm(app, citizenFields, { buffer, filename, contentType });
  return { res, number: res.body.data.registrationNumber };
}

beforeAll(async () => {
  app = await boot('request-identity-files', { PPID_NOTIFICATIONS: 'false' });
  units = await unitTree(app.strapi);
  const rules = app.strapi.config.get('plugin::ppid.requests');
  app.strapi.config.set('plugin::ppid.requests', { ...rules, tokenMinAgeSeconds: 0, publicRate: { max: 1000, windowSeconds: 600 } });
  [pelaksana, stafLain] = await Promise.all(['PPID Pelaksana', 'Staf Statistik'].map((n) => person(app, n, ['ppid-staff'])));
  author = await person(app, 'Penulis', ['strapi-author']);
  await assign(app, pelaksana, 'ppid_pelaksana', units.agency.documentId);
  await assign(app, stafLain, 'fungsional', units.stat.documentId);
  admin = await adminSession(app);
});
const leftovers: string[] = [];
afterAll(async () => {
  // The upload plugin writes to the app's own public/uploads: a failed test must not leave files there.
  for (const file of leftovers) fs.rmSync(file, { force: true });
  await app?.stop();
});

describe(`the identity document is kept private (${TEST_DB})`, () => {
  it('a citizen\'s KTP scan goes to the private store: not under public/uploads, not in the Media Library, no /uploads/ URL anywhere', async () => {
    const uploadsBefore = publicUploads(app.strapi);
    const storedBefore = storedFiles(app.strapi);
    const filesBefore = await app.strapi.db.query('plugin::upload.file').count();
    const { res, number } = await citizenFiles(PNG, 'KTP Siti.png', 'image/png');
    const documentId = await documentIdOf(number);
    const r = await row(documentId);
    expect(r).toMatchObject({ identityFileName: 'KTP-Siti.png', identityFileMime: 'image/png', identityFileSize: PNG.length, identityFileSha256: sha256(PNG) });
    // One new file in the store, at the key's path, with the exact bytes; none in public/ or the upload plugin.
    const stored = storedFiles(app.strapi);
    expect(stored.length).toBe(storedBefore.length + 1);
    expect(fs.readFileSync(store().pathOf(r.identityFileKey)).equals(PNG)).toBe(true);
    expect(store().pathOf(r.identityFileKey).startsWith(app.strapi.dirs.static.public)).toBe(false);
    expect(publicUploads(app.strapi)).toEqual(uploadsBefore);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(filesBefore);
    const library = await admin.as('get', '/upload/files?pageSize=100');
    expect(library.status).toBe(200);
    expect(library.body.pagination.total).toBe(filesBefore);
    // No answer names an upload URL or the store's key: the form's, the tracking page's, the desk's.
    const answers = [
      res.body,
      (await app.http().get(`/api/ppid/requests/status/${number}`)).body,
      (await pelaksana.as('get', '/ppid/requests?view=all')).body,
      (await pelaksana.as('get', `/ppid/requests/${documentId}`)).body,
      library.body,
    ];
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      expect(text).not.toContain('/uploads/');
      expect(text).not.toContain(r.identityFileKey);
    }
    // The panel says there is a document, what it is, and nothing more.
    expect(answers[3].data.requester.identityDocument).toEqual({ name: 'KTP-Siti.png', mime: 'image/png', size: PNG.length });
  });

  it('the PPID Pelaksana handling the request downloads the exact bytes: an attachment, private, not cached, not sniffed', async () => {
    const { number } = await citizenFiles(PNG, 'ktp.png', 'image/png');
    const res = await getBinary(app, url(await documentIdOf(number)), pelaksana.token);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, PNG)).toBe(0);
    expect(res.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(PNG.length),
      'content-disposition': 'attachment; filename="ktp.png"',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });

  it('a Staf member of another unit and an Author get 403, no session 401, an unknown request 404, a request without a document 404', async () => {
    const { number } = await citizenFiles(PNG, 'ktp.png', 'image/png');
    const documentId = await documentIdOf(number);
    const staf = await stafLain.as('get', url(documentId));
    expect([staf.status, staf.body.error?.name]).toEqual([403, 'ForbiddenError']);
    expect(staf.body.error.message).toMatch(/^Permohonan informasi dan keberatan hanya dapat dibuka oleh PPID/);
    expect(staf.text).not.toContain('identitas-siti');
    const byAuthor = await author.as('get', url(documentId));
    expect([byAuthor.status, byAuthor.body.error?.name]).toEqual([403, 'PolicyError']);
    expect((await app.http().get(url(documentId))).status).toBe(401);
    const unknown = await pelaksana.as('get', url('tidakadapermohonan00001'));
    expect([unknown.status, unknown.body.error?.name, unknown.body.error?.message]).toEqual([404, 'NotFoundError', 'Permohonan informasi tidak ditemukan']);
    const without = (await deskRequest()).documentId;
    const none = await pelaksana.as('get', url(without));
    expect([none.status, none.body.error?.name]).toEqual([404, 'NotFoundError']);
    expect(none.body.error.message).toMatch(/^Permohonan ini tidak menyimpan dokumen identitas/);
    expect((await pelaksana.as('get', `${url(documentId)}?inline=1`)).status).toBe(400);
  });

  it('after the retention erasure: 404, the file gone from disk, the panel shows no document', async () => {
    const { number } = await citizenFiles(PNG, 'ktp.png', 'image/png');
    const documentId = await documentIdOf(number);
    const file = store().pathOf((await row(documentId)).identityFileKey);
    expect(fs.existsSync(file)).toBe(true);
    expect(await app.strapi.plugin('ppid').service('request-clock').erase(documentId, new Date())).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
    expect(await row(documentId)).toMatchObject({ identityFileKey: null, identityFileName: null, identityFileMime: null, identityFileSize: null, identityFileSha256: null, identityNumber: null });
    const res = await pelaksana.as('get', url(documentId));
    expect([res.status, res.body.error?.name]).toEqual([404, 'NotFoundError']);
    expect((await pelaksana.as('get', `/ppid/requests/${documentId}`)).body.data.requester).toMatchObject({ identityDocument: null, erasedAt: expect.any(String) });
  });

  it('a refused file leaves nothing in the store', async () => {
    const before = storedFiles(app.strapi);
    const form = await app.http().get('/api/ppid/requests/form');
    const res = await app
      .http()
      .post('/api/ppid/requests')
      .field('data', JSON.stringify({ ...citizenFields, formToken: form.body.data.token }))
      .attach('files.identityDocument', Buffer.from('<!doctype html><script>alert(1)</script>'), { filename: 'ktp.png', contentType: 'image/png' });
    expect([res.status, res.body.error?.name]).toEqual([400, 'ValidationError']);
    expect(storedFiles(app.strapi)).toEqual(before);
  });
});

describe(`identity documents kept by an older version in the upload plugin (${TEST_DB})`, () => {
  /** What an older version left: a request whose identity document is an upload-plugin file linked to it. */
  async function legacy(over: Record<string, unknown> = {}) {
    const tmp = `${app.db.env.PPID_PRIVATE_FILES_DIR}-upload.pdf`;
    fs.writeFileSync(tmp, PDF);
    const [file] = await app.strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: { name: 'identitas-pemohon.pdf' } }, files: { filepath: tmp, originalFilename: 'identitas-pemohon.pdf', mimetype: 'application/pdf', size: PDF.length } });
    leftovers.push(`${app.strapi.dirs.static.public}${file.url}`);
    const request = await deskRequest();
    if (Object.keys(over).length) await app.strapi.db.query(REQ).update({ where: { documentId: request.documentId }, data: over });
    const r = await row(request.documentId);
    await app.strapi.db.connection('files_related_mph').insert({ file_id: file.id, related_id: r.id, related_type: REQ, field: 'identityDocument', order: 1 });
    return { documentId: request.documentId as string, file };
  }
  const links = () => app.strapi.db.connection('files_related_mph').where({ related_type: REQ, field: 'identityDocument' }).count({ n: '*' }).first();

  it('moves them into the private store and deletes the upload (file and link); a second run changes nothing', async () => {
    const { documentId, file } = await legacy();
    const onDisk = `${app.strapi.dirs.static.public}${file.url}`;
    expect(fs.existsSync(onDisk)).toBe(true);
    const erased = await legacy({ identityNumber: null, identityErasedAt: new Date() });
    const first = await app.strapi.plugin('ppid').service('identity-documents').moveLegacy();
    expect(first).toEqual({ moved: 1, removed: 2 });
    expect(await row(documentId)).toMatchObject({ identityFileName: 'identitas-pemohon.pdf', identityFileMime: 'application/pdf', identityFileSize: PDF.length, identityFileSha256: sha256(PDF) });
    expect(fs.existsSync(onDisk)).toBe(false);
    expect(fs.existsSync(`${app.strapi.dirs.static.public}${erased.file.url}`)).toBe(false);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { id: { $in: [file.id, erased.file.id] } } })).toBe(0);
    expect(Number((await links()).n)).toBe(0);
    // The erased request gets no document back.
    expect(await row(erased.documentId)).toMatchObject({ identityFileKey: null });
    const again = await app.strapi.plugin('ppid').service('identity-documents').moveLegacy();
    expect(again).toEqual({ moved: 0, removed: 0 });
    const res = await getBinary(app, url(documentId), pelaksana.token);
    expect([res.status, Buffer.compare(res.body, PDF)]).toEqual([200, 0]);
  });

  it('moves them at start: an install restarted on the new version', async () => {
    const { documentId, file } = await legacy();
    const before = storedFiles(app.strapi).length;
    await app.stop({ keepDatabase: true });
    app = await boot('request-identity-files', { PPID_NOTIFICATIONS: 'false' }, app.db);
    expect(await row(documentId)).toMatchObject({ identityFileSize: PDF.length, identityFileSha256: sha256(PDF) });
    expect(storedFiles(app.strapi).length).toBe(before + 1);
    expect(fs.existsSync(`${app.strapi.dirs.static.public}${file.url}`)).toBe(false);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { id: file.id } })).toBe(0);
    expect(Number((await links()).n)).toBe(0);
  });
});
