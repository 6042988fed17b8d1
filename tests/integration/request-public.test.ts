/**
 * Issue 14 on the real app, as a citizen with no account: the public form (its signed token,
 * honeypot and per-IP limit), filing a request with the identity document, the tracking page by
 * registration number (status and dates only, the same 404 for unknown and wrong numbers), and an
 * objection from the tracking page proved with the identity number. Every refusal is a 4xx that
 * creates nothing (rows, uploaded files and files of the private store counted before and after);
 * nothing is cached. The identity document goes to the private store (request-identity-files.test.ts).
 */
import { boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { sha256 } from '../helpers/private-files';
import { answerDeadline } from '../../plugins/ppid/server/src/requests/deadlines';
import { citizenFields, intakeCounts, KTP_SCAN, PNG_1x1, type Scan } from '../helpers/intake';

/* eslint-disable @typescript-eslint/no-var-requires */
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');
/* eslint-enable @typescript-eslint/no-var-requires */

const P = 'plugin::ppid.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n');
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary');
const HTML = Buffer.from('<!doctype html><script>alert(1)</script>');
const NUMBER = /^REQ-\d{4}-\d{5}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;

let app: Booted;

const fields = { ...citizenFields, occupation: 'Mahasiswa' };

const setRules = (over: Record<string, unknown>) => {
  const current = app.strapi.config.get('plugin::ppid.requests');
  app.strapi.config.set('plugin::ppid.requests', { ...current, ...over });
};
const token = async () => {
  const res = await app.http().get('/api/ppid/requests/form');
  expect(res.status).toBe(200);
  return res.body.data.token as string;
};
async function file(data: Record<string, unknown>, attachment: Scan | null = KTP_SCAN) {
  let req = app.http().post('/api/ppid/requests').field('data', JSON.stringify(data));
  if (attachment) req = req.attach('files.identityDocument', attachment.buffer, { filename: attachment.filename, contentType: attachment.contentType });
  return req;
}
const counts = () => intakeCounts(app);
/** A refusal: the status, the error's name, and nothing created. */
async function refused(send: () => Promise<any>, status: number, name: string) {
  const before = await counts();
  const res = await send();
  expect([res.status, res.body?.error?.name, res.body?.data]).toEqual([status, name, null]);
  expect(res.body.error.status).toBe(status);
  expect(await counts()).toEqual(before);
  return res;
}
const rowOf = (number: string) => app.strapi.db.query(`${P}info-request`).findOne({ where: { registrationNumber: number }, populate: { unit: true, receivedBy: true } });

beforeAll(async () => {
  app = await boot('request-public', { PPID_NOTIFICATIONS: 'false' });
  await unitTree(app.strapi);
  // The tests send the form at once; one test puts the minimum age back.
  setRules({ tokenMinAgeSeconds: 0, publicRate: { max: 1000, windowSeconds: 600 } });
});
afterAll(async () => {
  await app?.stop();
});

describe(`a citizen files a request and follows it (${TEST_DB})`, () => {
  let number: string;

  it('gets the form: a token, the honeypot field, the limits and the lists, not cached', async () => {
    const res = await app.http().get('/api/ppid/requests/form');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Object.keys(res.body.data).sort()).toEqual(['honeypotField', 'limits', 'lists', 'token', 'tokenField']);
    expect(res.body.data).toMatchObject({ honeypotField: 'website', tokenField: 'formToken', limits: { identityFileMaxBytes: 2 * 1024 * 1024 } });
    expect(res.body.data.lists.objectionGrounds).toHaveLength(7);
    // Every visit gets its own token.
    expect(await token()).not.toBe(res.body.data.token);
  });

  it('files a request with a KTP scan: 201 with the number and the dates on the working-day clock', async () => {
    const before = await counts();
    const res = await file({ ...fields, formToken: await token(), website: '' });
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Object.keys(res.body.data).sort()).toEqual(['dueOn', 'receivedOn', 'registrationNumber']);
    number = res.body.data.registrationNumber;
    expect(number).toMatch(NUMBER);
    const row = await rowOf(number);
    const clock = app.strapi.plugin('ppid').service('workflow-clock').clock();
    const due = answerDeadline(clock, new Date(row.receivedAt));
    expect(res.body.data.dueOn).toBe(due.dueOn);
    expect(String(row.dueOn)).toBe(due.dueOn);
    expect(new Date(row.dueAt).toISOString()).toBe(due.dueAt.toISOString());
    // Ten working days skip two weekends at least: at least 14 calendar days.
    expect((Date.parse(due.dueOn) - Date.parse(res.body.data.receivedOn)) / 86_400_000).toBeGreaterThanOrEqual(14);
    expect(row).toMatchObject({ channel: 'website', state: 'registered', requesterName: 'Siti Aminah', receivedBy: null, unit: { code: 'kominfo-uji' }, extensionDays: 0 });
    // The KTP scan is in the private store (not the upload plugin), with its name, type, size and hash.
    expect(row).toMatchObject({ identityFileName: 'ktp.png', identityFileMime: 'image/png', identityFileSize: PNG_1x1.length, identityFileSha256: sha256(PNG_1x1) });
    expect(row.identityFileKey).toMatch(/^[0-9a-f]{32}$/);
    expect(await counts()).toEqual({ requests: before.requests + 1, objections: before.objections, files: before.files, instances: before.instances + 1, stored: before.stored + 1 });
    const inst = await app.strapi.db.query(`${P}workflow-instance`).findOne({ where: { subjectType: 'info-request', subjectDocumentId: row.documentId } });
    expect(inst).toMatchObject({ stage: 'registration', status: 'active', workflowKey: 'layanan-permohonan-informasi' });
  });

  it('the tracking page shows status and dates only, for the number typed in any case', async () => {
    const res = await app.http().get(`/api/ppid/requests/status/${number.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const status = res.body.data;
    expect(Object.keys(status).sort()).toEqual(['answeredOn', 'canObject', 'dueOn', 'extended', 'kind', 'objections', 'outcome', 'receivedOn', 'registrationNumber', 'state', 'stateLabel']);
    expect(status).toMatchObject({ registrationNumber: number, kind: 'request', state: 'registered', stateLabel: { id: 'Terdaftar', en: 'Registered' }, extended: false, answeredOn: null, outcome: null, canObject: false, objections: [] });
    const text = JSON.stringify(res.body);
    for (const secret of ['Siti', '6101011234567890', 'Merdeka', 'siti@contoh.id', '081234567890', 'anggaran', 'skripsi', 'Mahasiswa', 'ktp']) expect(text).not.toContain(secret);
  });

  it('answers the same 404 for an unknown number, a wrong check code and garbage', async () => {
    const wrongCheck = number.replace(/.{4}$/, (c) => (c === '2222' ? '3333' : '2222'));
    const unknown = number.replace(/-\d{5}-/, '-99999-');
    const answers: unknown[][] = [];
    for (const n of [wrongCheck, unknown, 'REQ-2026-1-AAAA', 'bukan-nomor']) {
      const res = await app.http().get(`/api/ppid/requests/status/${encodeURIComponent(n)}`);
      answers.push([res.status, res.body.error?.name, res.body.error?.message]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual([404, 'NotFoundError', 'Nomor registrasi tidak ditemukan / No request or objection with this registration number']);
  });

  it('refuses bad forms with 400 and creates nothing', async () => {
    const ok = async () => ({ ...fields, formToken: await token() });
    await refused(async () => file({ ...fields }), 400, 'ValidationError');
    await refused(async () => file({ ...fields, formToken: 'f1.abc.def.ghi' }), 400, 'ValidationError');
    await refused(async () => file({ ...(await ok()), website: 'http://spam.example' }), 400, 'ValidationError');
    const missingName = await refused(async () => file({ ...(await ok()), requesterName: '' }), 400, 'ValidationError');
    expect(missingName.body.error.details.errors[0]).toMatchObject({ path: ['requesterName'] });
    expect(missingName.body.error.message).toBe("Nama pemohon wajib diisi / The requester's name is required");
    await refused(async () => file({ ...(await ok()), state: 'delivered' }), 400, 'ValidationError');
    await refused(async () => file({ ...(await ok()), identityNumber: '12345' }), 400, 'ValidationError');
    const noIdentity = await refused(async () => file(await ok(), null), 400, 'ValidationError');
    expect(noIdentity.body.error.details.errors[0].path).toEqual(['identityDocument']);
    const big = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)]);
    const tooLarge = await refused(async () => file(await ok(), { buffer: big, filename: 'ktp.pdf', contentType: 'application/pdf' }), 400, 'ValidationError');
    expect(tooLarge.body.error.message).toMatch(/paling besar 2 MB/);
    await refused(async () => file(await ok(), { buffer: GIF, filename: 'ktp.gif', contentType: 'image/gif' }), 400, 'ValidationError');
    await refused(async () => file(await ok(), { buffer: HTML, filename: 'ktp.png', contentType: 'image/png' }), 400, 'ValidationError');
    await refused(async () => app.http().post('/api/ppid/requests').field('data', '{bukan json'), 400, 'ValidationError');
  });

  it('refuses a form sent faster than a person fills it in', async () => {
    setRules({ tokenMinAgeSeconds: 60 });
    try {
      const res = await refused(async () => file({ ...fields, formToken: await token() }), 400, 'ValidationError');
      expect(res.body.error.message).toMatch(/terlalu cepat/);
    } finally {
      setRules({ tokenMinAgeSeconds: 0 });
    }
  });

  it('takes a PDF identity document as well', async () => {
    const res = await file({ ...fields, identityKind: 'passport', identityNumber: 'C 1234567', formToken: await token() }, { buffer: PDF, filename: 'paspor.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    expect(await rowOf(res.body.data.registrationNumber)).toMatchObject({ identityFileName: 'paspor.pdf', identityFileMime: 'application/pdf', identityFileSize: PDF.length, identityFileSha256: sha256(PDF) });
  });
});

describe(`a form token registers one request only (${TEST_DB})`, () => {
  it('the same token again is refused like a bad token (400 naming formToken), nothing created; a fresh token works', async () => {
    const used = await token();
    const first = await file({ ...fields, formToken: used });
    expect(first.status).toBe(201);
    const again = await refused(() => file({ ...fields, formToken: used }), 400, 'ValidationError');
    expect(again.body.error.message).toBe('Formulir ini sudah dipakai untuk mengajukan permohonan: muat ulang halaman untuk permohonan baru / This form was already used to file a request: reload the page for a new request');
    expect(again.body.error.details.errors).toEqual([{ path: ['formToken'], message: expect.stringContaining('already used'), name: 'ValidationError' }]);
    // Only a digest of the token is kept, with the token's expiry.
    const kept = await app.strapi.db.query(`${P}used-form-token`).findMany({});
    expect(JSON.stringify(kept)).not.toContain(used);
    expect((await file({ ...fields, formToken: await token() })).status).toBe(201);
  });

  it('a filing refused for its content does not use the token up', async () => {
    const t = await token();
    await refused(() => file({ ...fields, formToken: t }, null), 400, 'ValidationError');
    await refused(() => file({ ...fields, informationRequested: '', formToken: t }), 400, 'ValidationError');
    expect((await file({ ...fields, formToken: t })).status).toBe(201);
  });

  it('the daily run forgets the used tokens once they expired', async () => {
    const model = app.strapi.db.query(`${P}used-form-token`);
    const before = await model.count();
    expect(before).toBeGreaterThan(0);
    const service = app.strapi.plugin('ppid').service('form-tokens');
    expect(await service.prune(new Date())).toBe(0);
    const maxAge = app.strapi.config.get('plugin::ppid.requests').tokenMaxAgeSeconds as number;
    expect(await service.prune(new Date(Date.now() + (maxAge + 60) * 1000))).toBe(before);
    expect(await model.count()).toBe(0);
  });
});

describe(`an objection from the tracking page (${TEST_DB})`, () => {
  let number: string;
  const objection = { grounds: ['d'], reasons: 'Informasi yang diberikan tidak sesuai dengan yang diminta.', identityNumber: '6101 0112 3456 7890' };
  const object = (n: string, body: Record<string, unknown>) => app.http().post(`/api/ppid/requests/status/${n}/objections`).send({ data: body });

  beforeAll(async () => {
    const res = await file({ ...fields, formToken: await token() });
    number = res.body.data.registrationNumber;
  });

  it('cannot object before the notice or the deadline: 409', async () => {
    const res = await refused(() => object(number, objection), 409, 'ConflictError');
    expect(res.body.error.message).toMatch(/^Keberatan dapat diajukan setelah pemberitahuan tertulis diterima/);
  });

  it('objects once the notice was delivered, with the identity number registered; a wrong one is the same 404 as an unknown number', async () => {
    // The desk delivered the written notice (the delivery's own steps are the workflow suites').
    const now = Date.now();
    await app.strapi.db.query(`${P}info-request`).update({
      where: { registrationNumber: number },
      data: { state: 'delivered', outcome: 'granted_part', signedAt: new Date(now - 3600_000), deliveredAt: new Date(now - 1800_000) },
    });
    const status = (await app.http().get(`/api/ppid/requests/status/${number}`)).body.data;
    expect(status).toMatchObject({ state: 'delivered', outcome: 'granted_part', canObject: true });

    const wrong = await refused(() => object(number, { ...objection, identityNumber: '6101011234567891' }), 404, 'NotFoundError');
    const unknown = await refused(() => object(number.replace(/-\d{5}-/, '-99999-'), objection), 404, 'NotFoundError');
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    await refused(() => object(number, { ...objection, grounds: [] }), 400, 'ValidationError');
    await refused(() => object(number, { ...objection, grounds: ['z'] }), 400, 'ValidationError');

    const res = await object(number, objection);
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Object.keys(res.body.data).sort()).toEqual(['dueOn', 'filedOn', 'registrationNumber']);
    expect(res.body.data.registrationNumber).toMatch(/^KEB-\d{4}-\d{5}-[0-9A-Z]{4}$/);
    const row = await app.strapi.db.query(`${P}objection`).findOne({ where: { registrationNumber: res.body.data.registrationNumber }, populate: { request: true } });
    expect(row).toMatchObject({ channel: 'website', state: 'registered', grounds: ['d'], request: { registrationNumber: number } });
    const clock = app.strapi.plugin('ppid').service('workflow-clock').clock();
    const { deadline } = await import('../../plugins/ppid/server/src/requests/deadlines');
    expect(res.body.data.dueOn).toBe(deadline(clock, new Date(row.filedAt), 30).dueOn);
    const inst = await app.strapi.db.query(`${P}workflow-instance`).findOne({ where: { subjectType: 'objection', subjectDocumentId: row.documentId } });
    expect(inst).toMatchObject({ status: 'active', workflowKey: 'layanan-keberatan' });

    // The tracking page lists it, and offers no second one; its own number has a page too.
    const after = (await app.http().get(`/api/ppid/requests/status/${number}`)).body.data;
    expect(after).toMatchObject({ canObject: false, objections: [{ registrationNumber: res.body.data.registrationNumber, state: 'registered', dueOn: res.body.data.dueOn, decidedOn: null }] });
    const own = await app.http().get(`/api/ppid/requests/status/${res.body.data.registrationNumber}`);
    expect(own.body.data).toMatchObject({ kind: 'objection', state: 'registered', canObject: false });
    expect(JSON.stringify(own.body)).not.toContain('tidak sesuai');

    // A second objection while the first is undecided: 409.
    const second = await refused(() => object(number, objection), 409, 'ConflictError');
    expect(second.body.error.message).toMatch(/belum diputus/);
  });
});

describe(`the per-IP limit (${TEST_DB})`, () => {
  it('answers 429 in Strapi error format past the limit, and creates nothing', async () => {
    setRules({ publicRate: { max: 2, windowSeconds: 600 } });
    try {
      await refused(async () => file({ ...fields }), 400, 'ValidationError');
      await refused(async () => file({ ...fields }), 400, 'ValidationError');
      const res = await refused(async () => file({ ...fields, formToken: await token() }), 429, 'RateLimitError');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(500);
      expect(res.body.error.message).toMatch(/^Terlalu banyak permintaan/);
      // Objections count against the same limit.
      await refused(() => app.http().post('/api/ppid/requests/status/REQ-2026-00001-AAAA/objections').send({ data: {} }), 429, 'RateLimitError');
    } finally {
      setRules({ publicRate: { max: 1000, windowSeconds: 600 } });
    }
  });

  it('limits number look-ups on the tracking page too (guessing numbers), with the same 429', async () => {
    const rules = app.strapi.config.get('plugin::ppid.requests').statusRate;
    setRules({ statusRate: { max: 2, windowSeconds: 600 } });
    try {
      for (let i = 0; i < 2; i++) expect((await app.http().get(`/api/ppid/requests/status/REQ-2026-0000${i + 1}-AAAA`)).status).toBe(404);
      const res = await app.http().get('/api/ppid/requests/status/REQ-2026-00003-AAAA');
      expect([res.status, res.body.error?.name, res.headers['cache-control']]).toEqual([429, 'RateLimitError', 'no-store']);
    } finally {
      setRules({ statusRate: rules });
    }
  });
});

describe(`the OpenAPI document describes these answers (${TEST_DB})`, () => {
  let doc: any;
  let ajv: any;
  beforeAll(async () => {
    doc = (await app.http().get('/api/ppid/openapi.json')).body;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: doc.components });
  });
  /** The answer matches the schema the document gives for that route and status. */
  const described = (res: any, path: string, method: string) => {
    const answer = doc.paths[path][method].responses[String(res.status)];
    expect([path, method, res.status, !!answer]).toEqual([path, method, res.status, true]);
    const schema = JSON.parse(JSON.stringify(answer.content['application/json'].schema).replace(/"#\/components\//g, '"openapi#/components/'));
    const fn = ajv.compile(schema);
    if (!fn(res.body)) throw new Error(`${method} ${path} ${res.status}: ${JSON.stringify(fn.errors.slice(0, 5))}`);
  };
  const objectionOf = (n: string, data: Record<string, unknown>) => app.http().post(`/api/ppid/requests/status/${n}/objections`).send({ data });

  it('the form, a filing (201 and 400), the tracking page (200 and 404), an objection (400, 404, 409) and the limit (429)', async () => {
    const form = await app.http().get('/api/ppid/requests/form');
    described(form, '/requests/form', 'get');
    // The request body schema is the form the server takes.
    const formSchema = ajv.compile(JSON.parse(JSON.stringify(doc.components.schemas.RequestForm)));
    const body = { ...fields, formToken: form.body.data.token, website: '' };
    expect(formSchema(body)).toBe(true);
    const filed = await file(body);
    expect(filed.status).toBe(201);
    described(filed, '/requests', 'post');
    described(await file({ ...fields }), '/requests', 'post');
    const status = await app.http().get(`/api/ppid/requests/status/${filed.body.data.registrationNumber}`);
    expect(status.status).toBe(200);
    described(status, '/requests/status/{number}', 'get');
    described(await app.http().get('/api/ppid/requests/status/REQ-2026-99999-AAAA'), '/requests/status/{number}', 'get');
    const objection = { grounds: ['c'], reasons: 'Tidak ditanggapi.', identityNumber: fields.identityNumber };
    expect(ajv.compile(JSON.parse(JSON.stringify(doc.components.schemas.PublicObjection)))(objection)).toBe(true);
    const early = await objectionOf(filed.body.data.registrationNumber, objection);
    expect(early.status).toBe(409);
    described(early, '/requests/status/{number}/objections', 'post');
    const bad = await objectionOf(filed.body.data.registrationNumber, { ...objection, grounds: [] });
    expect(bad.status).toBe(400);
    described(bad, '/requests/status/{number}/objections', 'post');
    const unknown = await objectionOf('REQ-2026-99999-AAAA', objection);
    expect(unknown.status).toBe(404);
    described(unknown, '/requests/status/{number}/objections', 'post');
    const rules = app.strapi.config.get('plugin::ppid.requests').statusRate;
    setRules({ statusRate: { max: 1, windowSeconds: 600 } });
    try {
      expect((await app.http().get('/api/ppid/requests/status/REQ-2026-00001-AAAA')).status).toBe(404);
      const limited = await app.http().get('/api/ppid/requests/status/REQ-2026-00001-AAAA');
      expect(limited.status).toBe(429);
      described(limited, '/requests/status/{number}', 'get');
    } finally {
      setRules({ statusRate: rules });
    }
  });
});
