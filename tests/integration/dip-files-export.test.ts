/**
 * DIP and excluded-list downloads through real HTTP: the enacted edition of a year as PDF, XLSX and
 * CSV (parsed back and compared with the edition's snapshot), the current excluded list, the 404 of
 * a year without an edition, the routes' parameters, and the admin download's guard.
 */
import { parse } from 'csv-parse/sync';
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { getBinary, pdfText, readWorkbook } from '../helpers/binary';

let app: Booted;
let editionId: string;
let snapshot: any;

/** Buffers a binary supertest response. */

beforeAll(async () => {
  app = await boot('dip-files-export');
  const { strapi } = app;
  const units = await unitTree(strapi);
  const secret = await create(strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId, decreeNumber: 'KEP-EX/2026' }), true);
  await create(strapi, 'exclusion', exclusionData({ title: 'Sudah dibuka kembali', unit: units.ikp.documentId, reopenedOn: '2026-03-01' }), true);
  await create(strapi, 'exclusion', exclusionData({ title: 'Draf pengecualian', unit: units.ikp.documentId }), false);
  await create(strapi, 'dip-entry', dipData({ number: 'B-01', infoClass: 'berkala', title: 'Laporan Keuangan', holderUnit: units.ikp.documentId }), true);
  await create(strapi, 'dip-entry', dipData({ number: 'SS-02', holderUnit: units.stat.documentId, summary: 'Data statistik; sektoral, "tahunan" dinas.' }), true);
  await create(strapi, 'dip-entry', dipData({ number: 'K-01', infoClass: 'dikecualikan', title: 'Data pribadi pemohon', exclusion: secret.documentId, holderUnit: units.ikp.documentId }), true);
  await create(strapi, 'dip-entry', dipData({ number: 'SS-09', holderUnit: units.ikp.documentId }), false); // draft: never listed

  const edition = await create(strapi, 'dip-edition', { year: 2026, title: 'DIP 2026', agency: units.agency.documentId });
  await strapi.plugin('ppid').service('workflow').asSystem(() =>
    strapi.documents('plugin::ppid.dip-edition').update({
      documentId: edition.documentId,
      data: { state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10', signerName: 'Dr. H. Kepala Uji', signerTitle: 'Kepala Dinas', signerNip: '197001012000031001' },
    })
  );
  editionId = edition.documentId;
  snapshot = (await strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId: editionId } })).snapshot;
});

afterAll(async () => {
  await app?.stop();
});

const numbers = () => snapshot.groups.flatMap((g: any) => g.entries.map((e: any) => e.number));

describe('public downloads of an enacted edition', () => {
  it('the edition froze the three published entries', () => {
    expect(numbers()).toEqual(['B-01', 'SS-02', 'K-01']);
  });

  it('CSV: UTF-8 with BOM, Indonesian header, the edition rows', async () => {
    const res = await getBinary(app, '/api/ppid/dip/editions/2026.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="dip-kominfo-uji-2026.csv"');
    const body: Buffer = res.body;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(body.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows[0].slice(0, 4)).toEqual(['Nomor', 'Judul Informasi', 'Ringkasan Isi Informasi', 'Klasifikasi']);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['B-01', 'Informasi Berkala', 'bidang-ikp'],
      ['SS-02', 'Informasi Tersedia Setiap Saat', 'bidang-statistik'],
      ['K-01', 'Informasi yang Dikecualikan', 'bidang-ikp'],
    ]);
    expect(rows[2][2]).toBe('Data statistik; sektoral, "tahunan" dinas.');
    const comma = await getBinary(app, '/api/ppid/dip/editions/2026.csv?delimiter=comma');
    expect(parse(comma.body.subarray(3).toString('utf8'))[1][0]).toBe('B-01');
  });

  it('XLSX: a sheet per class and one for excluded information, typed cells', async () => {
    const res = await getBinary(app, '/api/ppid/dip/editions/2026.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="dip-kominfo-uji-2026.xlsx"');
    const wb = await readWorkbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Informasi Berkala', 'Informasi Tersedia Setiap Saat', 'Informasi yang Dikecualikan', 'Informasi Dikecualikan']);
    const cell = (sheet: number, row: number, col: number) => wb.worksheets[sheet].getRow(row).getCell(col).value;
    expect([cell(0, 2, 1), cell(0, 2, 2), cell(0, 2, 13)]).toEqual(['B-01', 'Laporan Keuangan', 2026]);
    expect(cell(1, 2, 1)).toBe('SS-02');
    expect([cell(3, 2, 1), cell(3, 2, 4), cell(3, 2, 5)]).toEqual(['K-01', 'h', new Date(Date.UTC(2030, 11, 31))]);
    expect(wb.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('PDF: title, decree, class groups, entries and the signature', async () => {
    const res = await getBinary(app, '/api/ppid/dip/editions/2026.pdf');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body);
    for (const s of ['DAFTAR INFORMASI PUBLIK TAHUN 2026', 'DINAS KOMINFO UJI', '045/DISKOMINFO/2026', 'Informasi Berkala (1)', 'Informasi Tersedia Setiap Saat (1)',
      'Informasi yang Dikecualikan (1)', 'Laporan Keuangan', 'Pasal 17 huruf h', 'KEPALA DINAS', 'Dr. H. Kepala Uji', 'NIP. 197001012000031001', 'Halaman 1 dari']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('SS-09');
  });

  it('404 for a year without an enacted edition; bad parameters 400; an unknown format is no route', async () => {
    const none = await app.http().get('/api/ppid/dip/editions/2025.pdf');
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe('Belum ada DIP yang ditetapkan untuk tahun 2025 / no enacted DIP for 2025');
    expect((await app.http().get('/api/ppid/dip/editions/2026.pdf?foo=1')).status).toBe(400);
    expect((await app.http().get('/api/ppid/dip/editions/2026.csv?delimiter=tab')).status).toBe(400);
    expect((await app.http().get('/api/ppid/dip/editions/2026.doc')).status).toBe(404);
    expect((await app.http().get('/api/ppid/dip/editions/2026.pdf?agency=lain')).status).toBe(404);
    expect((await getBinary(app, '/api/ppid/dip/editions/2026.pdf?agency=kominfo-uji')).status).toBe(200);
  });
});

describe('excluded list downloads', () => {
  it('lists only published exclusions that are still in force', async () => {
    const res = await getBinary(app, '/api/ppid/excluded.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="informasi-dikecualikan-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows: string[][] = parse(res.body.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 5)).toEqual(['1', 'Data pribadi pemohon bantuan sosial', 'Bidang IKP', 'h', 'UU 14/2008 Pasal 17 huruf h; UU 27/2022 tentang Pelindungan Data Pribadi']);
    const xlsx = await getBinary(app, '/api/ppid/excluded.xlsx');
    const wb = await readWorkbook(xlsx.body);
    expect(wb.worksheets[0].rowCount).toBe(2);
    expect(wb.worksheets[0].getRow(2).getCell(8).value).toEqual(new Date(Date.UTC(2030, 11, 31)));
    const text = pdfText((await getBinary(app, '/api/ppid/excluded.pdf')).body);
    expect(text).toContain('DAFTAR INFORMASI YANG DIKECUALIKAN');
    expect(text).toContain('Data pribadi pemohon bantuan sosial');
    expect(text).not.toContain('Sudah dibuka kembali');
    expect(text).not.toContain('Draf pengecualian');
  });
});

describe('admin downloads', () => {
  it('need an admin session with the dip.export action', async () => {
    expect((await app.http().get(`/ppid/dip/editions/${editionId}/export.pdf`)).status).toBe(401);
    const admin = await adminSession(app);
    const res = await getBinary(app, `/ppid/dip/editions/${editionId}/export.csv`, admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="dip-2026-enacted.csv"');
    expect((await admin.as('get', '/ppid/dip/editions/zzzzzzzzzzzzzzzzzzzzzzzz/export.csv')).status).toBe(404);
    // A role without the action is refused.
    const role = await app.strapi.service('admin::role').create({ name: 'Tanpa unduhan', description: 'no export' });
    const bare = await app.strapi.service('admin::user').create({ email: 'tanpa.unduhan@test.ppid.go.id', firstname: 'T', lastname: 'U', password: 'Rahasia-Uji-123', isActive: true, registrationToken: null, roles: [role.id] });
    const login = await app.http().post('/admin/login').send({ email: bare.email, password: 'Rahasia-Uji-123' });
    expect(login.status).toBe(200);
    const refused = await app.http().get(`/ppid/dip/editions/${editionId}/export.pdf`).set('Authorization', `Bearer ${login.body.data.token}`);
    expect(refused.status).toBe(403);
  });
});
