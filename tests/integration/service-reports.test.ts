/**
 * The issued annual service report (issue 14 point 5) through the real routes, as the positions:
 * the PPID Pelaksana reads the history but cannot issue (403); the PPID Utama issues last year's
 * report (figures of their agency only, the PDF stored once); the public lists it, reads its figures
 * and downloads the very file issued; the checker's service-report alert of an agency disappears on
 * the next run once its head issues; a correction needs a reason (409 without one) and supersedes
 * the earlier issue, which stays listed with its file; bad input is a 400 and changes nothing; an
 * issued report is never edited nor deleted, whatever the path.
 *
 * The issue route reads the real clock: "last year" is derived in the agency's zone (Asia/Jakarta).
 */
import { createHash } from 'crypto';
import { DateTime } from 'luxon';
import { boot, type Booted } from '../helpers/strapi';
import { create, unitTree } from '../helpers/fixtures';
import { createRequest } from '../helpers/desk';
import { TEST_DB } from '../helpers/db';
import { changedTables, tableState } from '../helpers/access';
import { assign, person, type Staff } from '../helpers/workflow';
import { getBinary, pdfText } from '../helpers/binary';

/* eslint-disable @typescript-eslint/no-var-requires */
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');
/* eslint-enable @typescript-eslint/no-var-requires */

const P = 'plugin::ppid.';
const SR = `${P}service-report`;
const THIS_YEAR = DateTime.now().setZone('Asia/Jakarta').year;
const LAST_YEAR = THIS_YEAR - 1;

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let health: { documentId: string; id: number };
let pelaksana: Staff, utama: Staff, healthHead: Staff, outsider: Staff;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const issue = (who: Staff, year: number, body: Record<string, unknown> = {}) => who.as('post', `/ppid/reports/service/${year}/issue`).send(body);
const publicGet = (url: string) => app.http().get(`/api/ppid${url}`);
const at = (year: number, monthDay: string) => `${year}-${monthDay}T09:00:00+07:00`;

/** Runs `fn` and expects no ppid table (nor link table) to have changed. */
async function changesNothing(fn: () => Promise<void>) {
  const before = await tableState(app.strapi);
  await fn();
  expect(changedTables(before, await tableState(app.strapi))).toEqual([]);
}

beforeAll(async () => {
  app = await boot('service-reports', { PPID_NOTIFICATIONS: 'false', PPID_COMPLIANCE: 'false' });
  units = await unitTree(app.strapi);
  const h = await create(app.strapi, 'unit', { name: 'Dinas Kesehatan Uji', code: 'dinkes-uji', kind: 'agency' });
  health = { documentId: h.documentId, id: h.id };
  [pelaksana, utama, healthHead, outsider] = await Promise.all(['Petugas', 'Utama', 'Kepala Dinkes', 'Staf Statistik'].map((n) => person(app, n, ['ppid-staff'])));
  await assign(app, pelaksana, 'ppid_pelaksana', units.agency.documentId, { officialName: 'Petugas Layanan, S.Sos.', nip: '199001012015031001' });
  await assign(app, utama, 'ppid_utama', units.agency.documentId, { officialName: 'Drs. Utama Sekali', nip: '197501012000031002' });
  await assign(app, healthHead, 'kepala', health.documentId, { officialName: 'dr. Kepala Kesehatan', nip: '196801011990031003' });
  await assign(app, outsider, 'fungsional', units.stat.documentId);

  // Last year at the agency: two requests (one pending, one closed incomplete); this year's request
  // and the other agency's are in no figure of the agency's report.
  await createRequest(app.strapi, { unit: units.agency.documentId, receivedAt: at(LAST_YEAR, '03-10'), requesterName: 'Siti Pemohon Rahasia', email: 'siti.rahasia@contoh.id' });
  await createRequest(app.strapi, { unit: units.agency.documentId, receivedAt: at(LAST_YEAR, '11-02'), state: 'closed', closedAt: at(LAST_YEAR, '11-20') });
  await createRequest(app.strapi, { unit: units.agency.documentId, receivedAt: at(THIS_YEAR, '01-05') });
  await createRequest(app.strapi, { unit: health.documentId, receivedAt: at(LAST_YEAR, '05-05') });
});
afterAll(async () => {
  await app?.stop();
});

describe(`issued service reports (${TEST_DB})`, () => {
  it('the PPID Pelaksana reads the history but may not issue (403, nothing written); a visitor gets 401', async () => {
    const list = await pelaksana.as('get', '/ppid/reports/service/issued');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ data: expect.any(Array), meta: { signsFor: [] } });
    await changesNothing(async () => {
      const refused = await issue(pelaksana, LAST_YEAR - 3);
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({
        data: null,
        error: {
          status: 403,
          name: 'ForbiddenError',
          message: 'Laporan layanan informasi publik hanya dapat diterbitkan oleh PPID Utama, Ketua PPID atau Atasan PPID (kepala) badan publik tersebut.',
          details: { reason: "The public information service report is issued only by the agency's PPID Utama, Ketua PPID or Atasan PPID (the head)." },
        },
      });
      expect((await app.http().post(`/ppid/reports/service/${LAST_YEAR - 3}/issue`).send({})).status).toBe(401);
      // Staff of a division without a service position read nothing here.
      expect((await outsider.as('get', '/ppid/reports/service/issued')).status).toBe(403);
    });
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    await changesNothing(async () => {
      const notEnded = await issue(utama, THIS_YEAR);
      expect(notEnded.status).toBe(400);
      expect(notEnded.body.error).toMatchObject({ name: 'ValidationError', message: `Tahun ${THIS_YEAR} belum berakhir: laporan tahunan diterbitkan setelah tahunnya selesai.`, details: { errors: [{ path: ['year'] }] } });
      const unknown = await issue(utama, LAST_YEAR - 4, { figures: { requests: { total: 0 } } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toBe('Unknown field "figures"');
      const reasonFirst = await issue(utama, LAST_YEAR - 4, { reason: 'Koreksi angka bulan Mei' });
      expect(reasonFirst.status).toBe(400);
      expect(reasonFirst.body.error.details.errors[0].path).toEqual(['reason']);
      const division = await issue(utama, LAST_YEAR - 4, { agency: units.ikp.documentId });
      expect(division.status).toBe(400);
      expect(division.body.error.details.errors[0].path).toEqual(['agency']);
      // A position at one agency signs nothing for another.
      const other = await issue(utama, LAST_YEAR - 4, { agency: health.documentId });
      expect(other.status).toBe(403);
      expect((await utama.as('post', '/ppid/reports/service/1999/issue').send({})).status).toBe(400);
    });
  });

  it('the PPID Utama issues last year’s report: figures of the agency only, the PDF stored and served as issued to the public', async () => {
    const res = await issue(utama, LAST_YEAR, { note: 'Disampaikan kepada Komisi Informasi Provinsi.' });
    expect(res.status).toBe(201);
    const issued = res.body.data;
    expect(issued).toMatchObject({
      year: LAST_YEAR,
      revision: 1,
      state: 'current',
      agency: { documentId: units.agency.documentId, code: 'kominfo-uji', name: 'Dinas Kominfo Uji' },
      issuedBy: 'Utama Uji',
      signer: { position: 'PPID Utama', name: 'Drs. Utama Sekali' },
      reason: null,
      note: 'Disampaikan kepada Komisi Informasi Provinsi.',
      supersededAt: null,
    });
    const row = await app.strapi.db.query(SR).findOne({ where: { documentId: issued.documentId } });
    expect(row.figures.requests).toMatchObject({ total: 2, closedIncomplete: 1, pending: 1 });
    expect(row.publishedAt).not.toBeNull();

    // The public: the list, the year with its figures, and the file byte for byte.
    const list = await publicGet('/service-reports');
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ year: LAST_YEAR, revision: 1, agency: { code: 'kominfo-uji', name: 'Dinas Kominfo Uji' }, downloads: { pdf: `/api/ppid/service-reports/${LAST_YEAR}.pdf` } }),
    ]);
    const one = await publicGet(`/service-reports/${LAST_YEAR}`);
    expect(one.status).toBe(200);
    expect(one.body.data.figures.requests).toMatchObject({ total: 2, closedIncomplete: 1, pending: 1 });
    expect(one.body.data.signer).toEqual({ name: 'Drs. Utama Sekali', position: 'PPID Utama' });
    // As the OpenAPI document describes them.
    const doc = (await publicGet('/openapi.json')).body;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: doc.components });
    const schemaOf = (path: string) => JSON.parse(JSON.stringify(doc.paths[path].get.responses['200'].content['application/json'].schema).replace(/"#\/components\//g, '"openapi#/components/'));
    for (const [path, body] of [['/service-reports', list.body], ['/service-reports/{year}', one.body]] as const) {
      const valid = ajv.compile(schemaOf(path));
      if (!valid(body)) throw new Error(`${path}: ${JSON.stringify(valid.errors.slice(0, 5))}`);
    }
    expect(Object.keys(doc.paths['/service-reports/{year}.pdf'].get.responses['200'].content)).toEqual(['application/pdf']);
    const json = JSON.stringify([list.body, one.body]);
    for (const secret of ['@', 'Siti', '197501012000031002', 'pdfData', 'issuedBy', 'Utama Uji']) expect(json).not.toContain(secret);

    const file = await getBinary(app, `/api/ppid/service-reports/${LAST_YEAR}.pdf`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(sha(file.body)).toBe(issued.pdfSha256);
    const text = pdfText(file.body);
    expect(text).toContain(`LAPORAN LAYANAN INFORMASI PUBLIK TAHUN ${LAST_YEAR}`);
    expect(text).toContain('DINAS KOMINFO UJI');
    expect(text).toContain('Drs. Utama Sekali');
    for (const secret of ['Siti', 'rahasia@contoh.id', '197501012000031002', 'utama.']) expect(text).not.toContain(secret);

    // The PPID Pelaksana sees it in the history and downloads the same file.
    const history = await pelaksana.as('get', '/ppid/reports/service/issued');
    expect(history.body.data.map((r: any) => [r.year, r.revision, r.state])).toContainEqual([LAST_YEAR, 1, 'current']);
    const admin = await getBinary(app, issued.file, pelaksana.token);
    expect(admin.status).toBe(200);
    expect(sha(admin.body)).toBe(issued.pdfSha256);
    expect((await outsider.as('get', issued.file)).status).toBe(403);

    // Unknown year or parameter on the public API.
    expect((await publicGet(`/service-reports/${LAST_YEAR - 5}`)).status).toBe(404);
    expect((await publicGet('/service-reports/20x5')).status).toBe(400);
    expect((await publicGet('/service-reports?sort=year')).status).toBe(400);
  });

  it("clears the agency's service-report alert on the checker's next run once its head issues", async () => {
    const runs = app.strapi.plugin('ppid').service('compliance-runs');
    const subject = `agency:${health.id}:${THIS_YEAR}`;
    const openFor = async () => app.strapi.db.query(`${P}compliance-alert`).findOne({ where: { rule: 'service-report', subjectKey: subject, state: { $in: ['open', 'acknowledged'] } } });
    // Only from the warning window on (1 March): at the real date in January/February the rule is quiet.
    const now = new Date();
    const windowOpen = DateTime.fromJSDate(now, { zone: 'Asia/Jakarta' }).toFormat('MM-dd') >= '03-01';
    await runs.runNow({ now });
    if (windowOpen) expect(await openFor()).toMatchObject({ unitId: health.id, recipients: ['ketua_ppid', 'ppid_utama'] });

    const res = await issue(healthHead, LAST_YEAR);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ agency: { code: 'dinkes-uji' }, signer: { position: 'Atasan PPID', name: 'dr. Kepala Kesehatan' } });
    const row = await app.strapi.db.query(SR).findOne({ where: { documentId: res.body.data.documentId } });
    expect(row.figures.requests.total).toBe(1);

    await runs.runNow({ now: new Date(now.getTime() + 1000) });
    expect(await openFor()).toBeNull();
    if (windowOpen) {
      const resolved = await app.strapi.db.query(`${P}compliance-alert`).findOne({ where: { rule: 'service-report', subjectKey: subject } });
      expect(resolved).toMatchObject({ state: 'resolved', openKey: null });
    }
    // Two agencies issued that year: the public list names each one's download.
    const list = await publicGet('/service-reports');
    expect(list.body.data.filter((r: any) => r.year === LAST_YEAR).map((r: any) => r.downloads.pdf).sort()).toEqual([
      `/api/ppid/service-reports/${LAST_YEAR}.pdf?agency=dinkes-uji`,
      `/api/ppid/service-reports/${LAST_YEAR}.pdf?agency=kominfo-uji`,
    ]);
    expect((await publicGet(`/service-reports/${LAST_YEAR}`)).status).toBe(400);
    expect((await publicGet(`/service-reports/${LAST_YEAR}?agency=dinkes-uji`)).body.data.figures.requests.total).toBe(1);
  });

  it('a second issue needs a reason (409, nothing written); with one it supersedes the first, which stays listed with its file', async () => {
    const year = LAST_YEAR - 1;
    const first = await issue(utama, year);
    expect(first.status).toBe(201);
    await changesNothing(async () => {
      const again = await issue(utama, year);
      expect(again.status).toBe(409);
      expect(again.body).toEqual({
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: `Laporan tahun ${year} sudah diterbitkan (revisi 1). Untuk menerbitkan ulang, tuliskan alasannya (apa yang dikoreksi).`,
          details: { reason: `The ${year} report was already issued (revision 1). To issue it again, give the reason (what was corrected).`, revision: 1 },
        },
      });
      expect((await issue(utama, year, { reason: 'salah' })).status).toBe(400);
    });
    // A request of that year recorded late: the correction counts it.
    await createRequest(app.strapi, { unit: units.agency.documentId, receivedAt: at(year, '12-01') });
    const second = await issue(utama, year, { reason: 'Satu permohonan bulan Desember belum tercatat' });
    expect(second.status).toBe(201);
    expect(second.body.data).toMatchObject({ year, revision: 2, state: 'current', reason: 'Satu permohonan bulan Desember belum tercatat' });

    const history = (await utama.as('get', '/ppid/reports/service/issued')).body.data.filter((r: any) => r.year === year);
    expect(history.map((r: any) => [r.revision, r.state, r.supersededAt === null])).toEqual([[2, 'current', true], [1, 'superseded', false]]);
    const old = await getBinary(app, history[1].file, utama.token);
    expect(sha(old.body)).toBe(first.body.data.pdfSha256);

    const pub = await publicGet(`/service-reports/${year}`);
    expect(pub.body.data).toMatchObject({ revision: 2, reason: 'Satu permohonan bulan Desember belum tercatat', figures: { requests: { total: 1 } } });
    const file = await getBinary(app, `/api/ppid/service-reports/${year}.pdf`);
    expect(sha(file.body)).toBe(second.body.data.pdfSha256);
    expect(pdfText(file.body)).toContain('Alasan penerbitan ulang: Satu permohonan bulan Desember belum tercatat');
    expect((await publicGet('/service-reports')).body.data.filter((r: any) => r.year === year).map((r: any) => r.revision)).toEqual([2]);
  });

  it('never edits nor deletes an issued report, whatever the path', async () => {
    const row = await app.strapi.db.query(SR).findOne({ where: { state: 'current', year: LAST_YEAR, agency: { code: 'kominfo-uji' } } });
    await changesNothing(async () => {
      await expect(app.strapi.db.query(SR).update({ where: { id: row.id }, data: { figures: { requests: { total: 0 } } } })).rejects.toThrow(/does not change \(figures\)/);
      await expect(app.strapi.db.query(SR).delete({ where: { id: row.id } })).rejects.toThrow(/never deleted/);
      await expect(app.strapi.db.query(SR).deleteMany({ where: {} })).rejects.toThrow(/never deleted/);
      // Not in the Content Manager at all.
      const cm = await utama.as('get', `/content-manager/collection-types/${SR}`);
      expect(cm.status).toBeGreaterThanOrEqual(400);
    });
  });
});
