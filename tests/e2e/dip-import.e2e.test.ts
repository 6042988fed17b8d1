/**
 * A DIP import with a bad row (issue 12 point 8), in a real browser, in Bahasa Indonesia: the Kabid
 * IKP of the demo agency (Rudi; staff, not a super admin) uploads a CSV of three DIP rows through
 * the import wizard; the middle row names another division, for which he may not import. The
 * dry run names row 3 and the reason in Indonesian and writes nothing; the import then creates the
 * two valid rows as drafts of his unit and leaves the bad row out (checked through the Content
 * Manager's API as him, and in the database). Screenshots go to test-output/dip-import/.
 *
 * The staff role holds the "dip.import" action; the wizard's rules keep each person to the rows of
 * the units where they hold a position.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and the admin build (`npx strapi build`).
 */
import fs from 'fs';
import path from 'path';
import { browserSuite, demoAdmin, ROOT } from '../helpers/browser';
import { DIP_COLUMNS } from '../../plugins/ppid/server/src/dip/export/labels';

const SHOTS = path.join(ROOT, 'test-output', 'dip-import');
const FIXTURE = path.join(SHOTS, 'impor-dip-satu-baris-salah.csv');
const suite = browserSuite('dip-import');

const YEAR = new Date().getUTCFullYear();
const GOOD = ['IKP-E2E-01', 'IKP-E2E-03'];
const BAD = 'IKP-E2E-02';
const row = (number: string, title: string, unit: string) => [
  number,
  title,
  `${title} yang disusun Bidang Informasi dan Komunikasi Publik setiap tahun.`,
  'Informasi Berkala',
  unit,
  'Kepala Bidang Informasi dan Komunikasi Publik',
  'Sub Koordinator Pengelolaan Website PPID',
  String(YEAR),
  'Pontianak',
  'Softcopy dan Hardcopy',
  'Dokumen PDF',
  '5 tahun',
  String(YEAR),
];
/** The template's layout (header row, ';' as Excel in Indonesia writes it); row 3 is for another division. */
const CSV = [
  DIP_COLUMNS.map((c) => c.header),
  row(GOOD[0], 'Laporan kegiatan kehumasan', 'bidang-ikp'),
  row(BAD, 'Data statistik sektoral', 'bidang-statistik'),
  row(GOOD[1], 'Daftar siaran pers', 'bidang-ikp'),
]
  .map((cells) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
  .join('\r\n');
const BAD_REASON = 'Anda tidak berwenang mengimpor untuk unit "bidang-statistik"';

suite('a DIP import with a bad row, in Indonesian (Chromium)', () => {
  const demo = demoAdmin('dip-import', SHOTS);
  let page: any;

  const entries = (numbers: string[]) =>
    demo.app.strapi.db.query('plugin::ppid.dip-entry').findMany({ where: { number: { $in: numbers } }, populate: { holderUnit: { select: ['code'] } }, orderBy: [{ number: 'asc' }] });

  beforeAll(() => fs.writeFileSync(FIXTURE, `\uFEFF${CSV}\r\n`, 'utf8'));

  const snap = (name: string) => demo.session.snap(page, name);

  async function login() {
    page = await demo.session.login(demo.browser, demo.base, demo.people.kabidIkp, demo.password);
  }

  it('the Kabid, on staff, is offered the import wizard', async () => {
    await login();
  });

  it('the dry run names row 3 and why, in Indonesian, and writes nothing', async () => {
    await page.goto(`${demo.base}/admin/plugins/ppid/inbox`);
    await page.getByRole('tab', { name: 'Impor DIP' }).click();
    await page.waitForURL((url: URL) => url.pathname.endsWith('/plugins/ppid/dip-import'));
    await page.getByText('Unduh templat').first().waitFor();
    await page.locator('input[name="file"]').setInputFiles(FIXTURE);
    await page.getByText('impor-dip-satu-baris-salah.csv').first().waitFor();
    const answer = page.waitForResponse((r: any) => r.url().endsWith('/ppid/dip/import') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Periksa berkas', exact: true }).click();
    const res = await answer;
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.data).toMatchObject({ confirmed: false, total: 3, valid: 2, created: 0, alreadyImported: [] });
    expect(body.data.problems).toEqual([{ row: 3, reasons: [`${BAD_REASON} / you may not import rows for this unit`] }]);

    const table = page.locator('table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    // textContent: the badge shows it in capitals (CSS), the words are these.
    expect((await rows.first().locator('td').first().textContent()).trim()).toBe('Baris 3');
    expect(await rows.first().locator('td').nth(1).innerText()).toContain(BAD_REASON);
    await page.getByText('2 baris sah akan dibuat sebagai draf entri DIP; baris yang bermasalah tidak diikutkan.').waitFor();
    await snap('periksa-berkas');
    expect(await entries([...GOOD, BAD])).toEqual([]);
  });

  it('the import creates the two valid rows as drafts of his unit and leaves row 3 out', async () => {
    const answer = page.waitForResponse((r: any) => r.url().endsWith('/ppid/dip/import') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Impor 2 baris', exact: true }).click();
    const res = await answer;
    expect(res.status()).toBe(200);
    expect((await res.json()).data).toMatchObject({ confirmed: true, total: 3, valid: 2, created: 2 });
    await page.getByText('2 entri DIP dibuat sebagai draf unitnya masing-masing.').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect((await page.locator('tbody tr').first().locator('td').first().textContent()).trim()).toBe('Baris 3');
    await snap('impor-selesai');

    const stored = await entries([...GOOD, BAD]);
    expect(stored.map((e: any) => [e.number, e.holderUnit?.code, e.publishedAt])).toEqual([
      [GOOD[0], 'bidang-ikp', null],
      [GOOD[1], 'bidang-ikp', null],
    ]);

    // Through the API, as him: the two drafts, no entry for row 3.
    const login = await demo.app.http().post('/admin/login').send({ email: demo.people.kabidIkp.email, password: demo.password });
    expect(login.status).toBe(200);
    const list = await demo.app
      .http()
      .get('/content-manager/collection-types/plugin::ppid.dip-entry')
      .query({ page: 1, pageSize: 100, 'filters[number][$startsWith]': 'IKP-E2E-' })
      .set('Authorization', `Bearer ${login.body.data.token}`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((e: any) => e.number).sort()).toEqual(GOOD);
    // Nor anywhere else (a super admin's view would hold it too).
    expect(await demo.app.strapi.db.query('plugin::ppid.dip-entry').count({ where: { number: BAD } })).toBe(0);
  });
});
