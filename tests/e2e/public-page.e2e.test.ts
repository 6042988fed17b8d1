/**
 * The reference public page (public/index.html) in headless Chromium on a phone viewport, against
 * the booted app: every section loads from the public API, axe-core finds no serious or critical
 * violation, the page is usable by keyboard, and nothing overflows the phone's width.
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH); without it the suite is skipped (and fails when
 * PPID_REQUIRE_BROWSER=1, as in CI).
 */
import { boot, type Booted } from '../helpers/strapi';
import { browserSuite, launchChromium, phonePage, seriousAxeViolations } from '../helpers/browser';
import { announcementData, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';

const suite = browserSuite('public page', { adminBuild: false });

suite('reference public page in Chromium', () => {
  let app: Booted;
  let base: string;
  let browser: any;
  let page: any;

  beforeAll(async () => {
    app = await boot('e2e-public');
    base = await app.listen();
    const units = await unitTree(app.strapi);
    await create(app.strapi, 'announcement', announcementData({
      title: 'Peringatan Dini Banjir Kapuas', slug: 'peringatan-dini-banjir', infoClass: 'serta_merta', unit: units.ikp.documentId,
      summary: 'Debit Sungai Kapuas naik; warga bantaran diminta waspada.',
    }), true);
    await create(app.strapi, 'announcement', announcementData({ title: 'Statistik Sektoral Tahunan', slug: 'statistik-sektoral', unit: units.stat.documentId }), true);
    await create(app.strapi, 'announcement', announcementData({ title: 'Draf Rahasia', slug: 'draf-rahasia', unit: units.ikp.documentId }), false);
    await create(app.strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId }), true);
    await create(app.strapi, 'dip-entry', dipData({ holderUnit: units.agency.documentId }), true);
    // An enacted edition of 2026 (with that row), then a row added since.
    const edition = await create(app.strapi, 'dip-edition', { year: 2026, title: 'DIP 2026', agency: units.agency.documentId });
    await app.strapi.plugin('ppid').service('workflow').asSystem(() =>
      app.strapi.documents('plugin::ppid.dip-edition').update({
        documentId: edition.documentId,
        data: { state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10', signerName: 'Dr. H. Kepala Uji', signerTitle: 'Kepala Dinas' },
      })
    );
    await create(app.strapi, 'dip-entry', dipData({ number: 'SS-02', title: 'Daftar Aset', holderUnit: units.stat.documentId }), true);
    browser = await launchChromium();
    page = await phonePage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = async (url: string) => {
    await page.goto(`${base}${url}`);
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').trim() !== '' || !document.getElementById('satu-pengumuman')?.hidden);
    await page.waitForLoadState('networkidle');
  };
  const axe = () => seriousAxeViolations(page);
  const noOverflow = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

  it('lists announcements (never a draft), in Indonesian, with no serious axe violation', async () => {
    await open('/index.html');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    const titles = await page.$$eval('#daftar-pengumuman h3', (hs: Element[]) => hs.map((h) => h.textContent));
    expect(titles.sort()).toEqual(['Peringatan Dini Banjir Kapuas', 'Statistik Sektoral Tahunan']);
    expect(await page.$$eval('h1', (hs: Element[]) => hs.length)).toBe(1);
    expect(await page.$$eval('link[type="application/atom+xml"]', (ls: Element[]) => ls.length)).toBe(1);
    expect(await axe()).toEqual([]);
    await noOverflow();
  });

  it('is usable by keyboard: skip link, visible focus, search and filter by class', async () => {
    await open('/index.html');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke isi');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    // Tab to the search box, type, submit with Enter.
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'f-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-q');
    await page.keyboard.type('Kapuas');
    await Promise.all([page.waitForURL(/q=Kapuas/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /pengumuman/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.$$eval('#daftar-pengumuman h3', (hs: Element[]) => hs.map((h) => h.textContent))).toEqual(['Peringatan Dini Banjir Kapuas']);
    await open('/index.html?class=setiap_saat');
    expect(await page.$$eval('#daftar-pengumuman h3', (hs: Element[]) => hs.map((h) => h.textContent))).toEqual(['Statistik Sektoral Tahunan']);
  });

  it('shows one announcement', async () => {
    await open('/index.html?pengumuman=peringatan-dini-banjir');
    expect(await page.textContent('h1')).toBe('Peringatan Dini Banjir Kapuas');
    expect(await axe()).toEqual([]);
    await noOverflow();
  });

  it('shows the enacted editions with their downloads and the current DIP by class, rows added since marked', async () => {
    await open('/index.html?bagian=dip');
    await page.waitForSelector('#dip-edisi table');
    const captions = await page.$$eval('#dip caption', (cs: Element[]) => cs.map((c) => c.textContent));
    expect(captions).toEqual(['Edisi DIP per tahun dan unduhannya', 'DIP: Informasi Tersedia Setiap Saat']);
    const edition = await page.$$eval('#dip-edisi tbody td', (tds: Element[]) => tds.map((td) => td.textContent));
    expect(edition).toEqual(['2026 (lihat DIP yang ditetapkan)', '045/DISKOMINFO/2026', '10 Januari 2026', 'Dr. H. Kepala Uji, Kepala Dinas', '1',
      'PDF (unduh DIP 2026) · XLSX (unduh DIP 2026) · CSV (unduh DIP 2026)']);
    // What a sighted reader sees: the hints are for screen readers only.
    expect(await page.$$eval('#dip-edisi .sr-only', (hs: Element[]) => hs.length === 4 && hs.every((h) => h.getBoundingClientRect().width <= 1))).toBe(true);
    const links = await page.$$eval('#dip-edisi tbody a', (as: Element[]) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/index.html?bagian=dip&edisi=2026', '/api/ppid/dip/editions/2026.pdf', '/api/ppid/dip/editions/2026.xlsx', '/api/ppid/dip/editions/2026.csv']);
    const status = await page.$$eval('#dip-kelas tbody tr', (rs: Element[]) => rs.map((r) => [r.children[0].textContent, r.lastElementChild!.textContent]));
    expect(status).toEqual([['SS-01', 'Dalam DIP 2026'], ['SS-02', 'Baru/berubah sejak DIP 2026']]);
    expect(await axe()).toEqual([]);
    await noOverflow();
    // The edition as enacted, reached by keyboard from the editions table.
    await page.focus('#dip-edisi tbody a');
    await Promise.all([page.waitForURL(/edisi=2026/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /ditetapkan\.$/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.$$eval('#dip caption', (cs: Element[]) => cs.map((c) => c.textContent))).toEqual(['DIP 2026 yang ditetapkan: Informasi Tersedia Setiap Saat']);
    expect(await page.$$eval('#dip-kelas tbody tr', (rs: Element[]) => rs.map((r) => r.children[0].textContent))).toEqual(['SS-01']);
    expect(await axe()).toEqual([]);
    await noOverflow();
  });

  it('shows the excluded list and the SOPs', async () => {
    await open('/index.html?bagian=dikecualikan');
    expect(await page.$$eval('#tabel-dikecualikan tr', (rs: Element[]) => rs.length)).toBe(1);
    expect(await axe()).toEqual([]);
    await open('/index.html?bagian=sop');
    expect(await page.$$eval('#daftar-sop h3', (hs: Element[]) => hs.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#daftar-sop caption', (cs: Element[]) => cs.length)).toBeGreaterThan(0);
    expect(await axe()).toEqual([]);
    await noOverflow();
  });
});
