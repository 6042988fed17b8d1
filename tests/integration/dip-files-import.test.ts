/**
 * Import of DIP rows through real HTTP as the people who keep them: a dry run reporting bad rows,
 * a wrong header refused, confirmation creating drafts in one go, a re-import duplicating nothing,
 * a too-large file, and a Kabid refused rows of another division.
 */
import { stringify } from 'csv-stringify/sync';
import { boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';

let app: Booted;
let kabid: Staff;
const HEADER = ['Nomor', 'Judul Informasi', 'Ringkasan Isi Informasi', 'Klasifikasi', 'Kode Unit', 'Pejabat/Unit Penguasa Informasi', 'Penanggung Jawab Pembuatan Informasi',
  'Waktu Pembuatan', 'Tempat Pembuatan', 'Bentuk Informasi', 'Jenis Media', 'Jangka Waktu Penyimpanan', 'Tahun'];
const YEAR = new Date().getUTCFullYear();
const row = (number: string, unit = 'bidang-ikp', cls = 'Informasi Berkala') =>
  [number, `Informasi ${number}`, 'Ringkasan isi informasi yang cukup panjang.', cls, unit, 'Kabid IKP', 'Kasi Publikasi', String(YEAR), 'Putussibau', 'Softcopy', 'PDF', '5 tahun', YEAR];
const csv = (rows: unknown[][]) => Buffer.from(stringify(rows, { bom: true, delimiter: ';' }), 'utf8');
const upload = (who: Staff, file: Buffer, confirm?: boolean, name = 'dip.csv') => {
  const req = who.as('post', '/ppid/dip/import').attach('file', file, name);
  return confirm === undefined ? req : req.field('confirm', String(confirm));
};
const entries = () => app.strapi.db.query('plugin::ppid.dip-entry').findMany({ select: ['number', 'publishedAt'], orderBy: { number: 'asc' } });

beforeAll(async () => {
  app = await boot('dip-files-import');
  const units = await unitTree(app.strapi);
  kabid = await person(app, 'Kabid');
  await assign(app, kabid, 'kabid', units.ikp.documentId);
});
afterAll(async () => {
  await app?.stop();
});

describe('DIP import', () => {
  const file = csv([HEADER, row('B-01'), row('B-02'), row('B-01'), row('B-03', 'tidak-ada'), row('B-04', 'bidang-statistik'), row('B-05', 'bidang-ikp', 'rahasia')]);

  it('dry run reports every bad row and writes nothing', async () => {
    const res = await upload(kabid, file);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ confirmed: false, total: 6, valid: 2, created: 0, alreadyImported: [] });
    expect(res.body.data.problems.map((p: any) => [p.row, p.reasons[0]])).toEqual([
      [4, 'Nomor "B-01" sudah ada di baris 2 berkas ini / duplicate number (row 2)'],
      [5, 'Unit "tidak-ada" tidak dikenal / unknown unit'],
      [6, 'Anda tidak berwenang mengimpor untuk unit "bidang-statistik" / you may not import rows for this unit'],
      [7, 'Klasifikasi "rahasia" tidak dikenal / unknown class'],
    ]);
    expect(await entries()).toEqual([]);
  });

  it('a wrong header is a 400 and nothing is written', async () => {
    const bad = [...HEADER];
    bad[0] = 'No';
    const res = await upload(kabid, csv([bad, row('B-01')]), true);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Kolom 1 harus "Nomor", tertulis "No" / column 1 must be "Nomor"');
    expect(await entries()).toEqual([]);
  });

  it('confirmation creates the valid rows as drafts; a re-import duplicates nothing', async () => {
    const res = await upload(kabid, file, true);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ confirmed: true, valid: 2, created: 2 });
    expect((await entries()).map((e: any) => [e.number, e.publishedAt])).toEqual([['B-01', null], ['B-02', null]]);
    const again = await upload(kabid, file, true);
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ created: 0, alreadyImported: [2, 3] });
    expect(await entries()).toHaveLength(2);
  });

  it('refuses a file that is too large, a wrong type, and people without a session', async () => {
    const big = Buffer.concat([csv([HEADER]), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    expect((await upload(kabid, big, false)).status).toBe(413);
    expect((await upload(kabid, csv([HEADER]), false, 'dip.txt')).status).toBe(400);
    expect((await app.http().post('/ppid/dip/import')).status).toBe(401);
  });

  it('lets a member of staff import the rows of his own unit only; a role without dip.import is refused', async () => {
    // The Staf PPID role holds dip.import; the unit scope still applies (row 2 names another division).
    const operator = await person(app, 'Operator IKP', ['ppid-staff']);
    await assign(app, operator, 'operator', (await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { code: 'bidang-ikp' } })).documentId);
    const dry = await upload(operator, csv([HEADER, row('S-01'), row('S-02', 'bidang-statistik')]), false);
    expect(dry.status).toBe(200);
    expect(dry.body.data).toMatchObject({ confirmed: false, total: 2, valid: 1, created: 0 });
    expect(dry.body.data.problems.map((p: any) => p.row)).toEqual([3]);
    await app.strapi.db.query('admin::role').create({ data: { name: 'Tanpa impor', code: 'tanpa-impor', description: 'No PPID permissions' } });
    const outsider = await person(app, 'Tamu', ['tanpa-impor']);
    const refused = await upload(outsider, csv([HEADER, row('S-03')]), false);
    expect([refused.status, refused.body.error?.name]).toEqual([403, 'PolicyError']);
    expect((await entries()).map((e: any) => e.number)).not.toContain('S-01');
  });

  it('serves the templates', async () => {
    const t = await kabid.as('get', '/ppid/dip/import/template.csv');
    expect(t.status).toBe(200);
    expect(t.headers['content-disposition']).toBe('attachment; filename="templat-impor-dip.csv"');
    expect((await kabid.as('get', '/ppid/dip/import/template.xlsx')).status).toBe(200);
  });
});
