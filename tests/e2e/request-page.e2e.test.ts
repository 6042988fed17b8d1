/**
 * The reference public page's information-request section (public/index.html?bagian=permohonan) in
 * headless Chromium on a phone viewport: a citizen fills the form with a KTP scan, receives the
 * registration number, tracks it, and the section has no serious or critical axe violation.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); without it the suite is skipped (and fails when
 * PPID_REQUIRE_BROWSER=1, as in CI).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { boot, type Booted } from '../helpers/strapi';
import { browserSuite, launchChromium, phonePage, seriousAxeViolations } from '../helpers/browser';
import { unitTree } from '../helpers/fixtures';
import { PNG_1x1 } from '../helpers/intake';

const suite = browserSuite('request page', { adminBuild: false });

suite('the request section of the reference public page in Chromium', () => {
  let app: Booted;
  let base: string;
  let browser: any;
  let page: any;
  let scan: string;

  beforeAll(async () => {
    app = await boot('e2e-request-page', { PPID_NOTIFICATIONS: 'false' });
    base = await app.listen();
    await unitTree(app.strapi);
    // A person takes longer than the test to fill the form in.
    app.strapi.config.set('plugin::ppid.requests', { ...app.strapi.config.get('plugin::ppid.requests'), tokenMinAgeSeconds: 0 });
    scan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-ktp-')), 'ktp.png');
    fs.writeFileSync(scan, PNG_1x1);
    browser = await launchChromium();
    page = await phonePage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const axe = () => seriousAxeViolations(page);

  it('files a request, shows its number and tracks it; labelled, in Indonesian, no serious axe violation', async () => {
    await page.goto(`${base}/index.html?bagian=permohonan`);
    await page.waitForFunction(() => /Isi formulir/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.textContent('h1')).toBe('Permohonan Informasi');
    expect(await axe()).toEqual([]);
    // Every visible field has its label.
    const unlabelled = await page.$$eval('#form-permohonan input:not([type=hidden]), #form-permohonan select, #form-permohonan textarea', (fs: HTMLInputElement[]) =>
      fs.filter((f) => !f.closest('.hp') && !(f.labels && f.labels.length)).map((f) => f.name));
    expect(unlabelled).toEqual([]);

    await page.fill('#p-name', 'Siti Aminah');
    await page.fill('#p-idnum', '6101011234567890');
    await page.setInputFiles('#p-idfile', scan);
    await page.fill('#p-address', 'Jl. Merdeka 1, Putussibau');
    await page.fill('#p-email', 'siti@contoh.id');
    await page.fill('#p-info', 'Salinan laporan realisasi anggaran 2025.');
    await page.fill('#p-purpose', 'Penelitian skripsi.');
    await page.click('#form-permohonan button[type=submit]');
    await page.waitForFunction(() => /nomor registrasi REQ-/.test(document.getElementById('hasil-permohonan')?.textContent ?? ''));
    const text = await page.textContent('#hasil-permohonan');
    const number = /REQ-\d{4}-\d{5}-[0-9A-Z]{4}/.exec(text)![0];
    expect(await app.strapi.db.query('plugin::ppid.info-request').count({ where: { registrationNumber: number, channel: 'website' } })).toBe(1);

    await page.fill('#l-number', number);
    await page.click('#form-lacak button[type=submit]');
    await page.waitForSelector('#hasil-lacak dl');
    const rows = await page.$$eval('#hasil-lacak dt', (ds: Element[]) => ds.map((d) => d.textContent));
    expect(rows).toEqual(['Status', 'Diterima', 'Batas waktu', 'Dijawab', 'Keputusan']);
    expect(await page.textContent('#hasil-lacak dd')).toBe('Terdaftar');
    expect(await page.textContent('#hasil-lacak')).not.toContain('Siti');
    expect(await axe()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });

  it('says so for an unknown number', async () => {
    await page.goto(`${base}/index.html?bagian=permohonan&nomor=REQ-2026-09999-AAAA`);
    await page.waitForSelector('#hasil-lacak .error');
    expect(await page.textContent('#hasil-lacak')).toBe('Nomor registrasi tidak ditemukan. Periksa kembali nomor Anda.');
  });
});
