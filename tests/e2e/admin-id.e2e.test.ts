/**
 * The admin in Bahasa Indonesia, in a real browser: a member of staff of the demo agency (not a
 * super admin; the demo gives staff Indonesian as their language) walks the screens a PPID officer
 * uses — login, home, the Content Manager list and edit view of an announcement, the Media Library,
 * the profile page and the plugin's pages — and none of them shows a text that is still one of the
 * English strings of Strapi's admin or of the plugin. A screenshot of each screen is saved under
 * test-output/admin-id/.
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and the admin build (`npx strapi build`); without
 * them the suite is reported as skipped, saying which is missing.
 */
import fs from 'fs';
import path from 'path';
import { boot, type Booted } from '../helpers/strapi';
import { languageCheck, VISIBLE_TEXTS, type LanguageCheck } from '../helpers/admin-language';
import { TEMPLATES } from '../../plugins/ppid/server/src/workflow/templates';
import { HELP_TEXTS } from '../../plugins/ppid/shared/help-texts';
import { LAYOUTS } from '../../plugins/ppid/server/src/content-manager/layouts';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-output', 'admin-id');
const missing = [
  !fs.existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
  !fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html')) && 'no admin build in dist/build (npx strapi build)',
].filter(Boolean);
const suite = missing.length ? describe.skip : describe;
if (missing.length) console.log(`admin-id e2e suite skipped: ${missing.join('; ')}`);
if (missing.length && process.env.PPID_REQUIRE_BROWSER === '1') {
  it('has its prerequisites (PPID_REQUIRE_BROWSER=1)', () => {
    throw new Error(`admin-id e2e suite cannot run: ${missing.join('; ')}`);
  });
}

/** Every string value of the records the screens may show: titles, names, e-mails, codes. */
async function dataValues(app: Booted): Promise<Set<string>> {
  const values = new Set<string>();
  const add = (row: any) => {
    for (const v of Object.values(row ?? {})) if (typeof v === 'string' && v.length < 300) values.add(v);
  };
  const uids = Object.keys(app.strapi.contentTypes).filter((uid) => uid.startsWith('plugin::ppid.') || uid === 'admin::user' || uid === 'plugin::upload.file');
  for (const uid of uids) (await app.strapi.db.query(uid).findMany({ limit: 2000 })).forEach(add);
  return values;
}

suite('the admin in Indonesian (Chromium)', () => {
  let app: Booted;
  let base: string;
  let browser: any;
  let page: any;
  let check: LanguageCheck;
  let staff: { email: string; password: string; firstname: string };

  beforeAll(async () => {
    app = await boot('admin-id', { PPID_SEED_DEMO: 'true', PPID_ADMIN_EMAIL: 'demo.admin@ppid.local', PPID_ADMIN_PASSWORD: 'Demo-Rahasia-42' }, undefined, { adminPanel: true });
    base = await app.listen();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { PEOPLE } = require(path.join(ROOT, 'dist', 'src', 'demo', 'data.js'));
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { DEMO_STAFF_PASSWORD } = require(path.join(ROOT, 'dist', 'src', 'demo', 'seed.js'));
    const dewi = PEOPLE.find((p: any) => p.key === 'dewi');
    staff = { email: dewi.email, password: DEMO_STAFF_PASSWORD, firstname: dewi.firstname };
    check = languageCheck(await dataValues(app));
    fs.mkdirSync(SHOTS, { recursive: true });
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    // A fresh profile: the browser has never chosen a language.
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Lets the screen settle, saves its screenshot and returns the English texts left on it. */
  async function englishOn(name: string): Promise<string[]> {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    const texts: { text: string; where: string }[] = await page.evaluate(VISIBLE_TEXTS);
    expect(texts.length).toBeGreaterThan(3);
    const found = texts.map((t) => ({ ...t, source: check.english(t.text) })).filter((t) => t.source);
    return [...new Set(found.map((t) => `"${t.text}" (${t.where})`))];
  }

  it('gives the demo staff Indonesian as their language', async () => {
    const users = await app.strapi.db.query('admin::user').findMany({ where: { email: { $endsWith: '@diskominfo.kalbarprov.go.id' } }, select: ['preferedLanguage'] });
    expect(users.length).toBeGreaterThan(10);
    expect(new Set(users.map((u: any) => u.preferedLanguage))).toEqual(new Set(['id']));
  });

  it('opens the login page in Indonesian', async () => {
    await page.goto(`${base}/admin/auth/login`);
    await page.locator('button[type="submit"]').waitFor();
    expect(await page.locator('button[type="submit"]').textContent()).toBe('Masuk');
    expect(await englishOn('01-login')).toEqual([]);
  });

  it('logs in and shows the home page in Indonesian', async () => {
    await page.fill('input[name="email"]', staff.email);
    await page.fill('input[name="password"]', staff.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url: URL) => !url.pathname.includes('/auth/'));
    await page.getByText(`Halo ${staff.firstname}`).first().waitFor();
    expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe('id');
    // The PPID home: what awaits her, her units' items, her alerts; no marketing banner.
    await page.getByText('Item unit saya dalam peninjauan').first().waitFor();
    await page.getByText('Peringatan kepatuhan untuk saya').first().waitFor();
    await page.getByText(/item unit Anda sedang ditinjau|Tidak ada item unit Anda yang sedang ditinjau/).first().waitFor();
    expect(await page.getByText('Memperkenalkan Pustaka Media yang baru').count()).toBe(0);
    expect(await englishOn('02-home')).toEqual([]);
  });

  it('shows the Content Manager list of announcements in Indonesian, with each item\'s review stage and due time', async () => {
    const stageRequests: string[] = [];
    const onRequest = (r: any) => {
      if (r.url().includes('/ppid/workflow/stages')) stageRequests.push(r.url());
    };
    page.on('request', onRequest);
    await page.goto(`${base}/admin/content-manager/collection-types/plugin::ppid.announcement`);
    await page.locator('tbody tr').first().waitFor();
    // The stage columns, filled from one request for the whole page.
    // (textContent: the headers are shown in capitals by CSS.)
    const headers: string[] = await page.locator('thead th').allTextContents();
    const stageColumn = headers.findIndex((h) => h.trim() === 'Tahap reviu');
    expect(stageColumn).toBeGreaterThan(0);
    expect(headers[stageColumn + 1].trim()).toBe('Tenggat');
    await page.waitForFunction(() => !document.querySelector('tbody')?.textContent?.includes('Memuat…'));
    page.off('request', onRequest);
    expect(stageRequests).toHaveLength(1);
    const rows: number = await page.locator('tbody tr').count();
    expect(new URL(stageRequests[0]).searchParams.get('documentIds')!.split(',')).toHaveLength(rows);
    // Each stage cell names a stage of the announcement workflow in Indonesian, or "-" for an item outside her units.
    const names = new Set(TEMPLATES.filter((t) => t.contentType === 'announcement').flatMap((t) => t.stages.map((st) => st.name.id)));
    const cells: string[] = await page.locator(`tbody tr td:nth-child(${stageColumn + 1})`).allInnerTexts();
    expect(cells.filter((c) => c.trim() !== '-' && !names.has(c.trim()))).toEqual([]);
    expect(cells.some((c) => names.has(c.trim()))).toBe(true);
    expect(await englishOn('03-content-manager-list')).toEqual([]);
  });

  it("fits every plugin type's list that holds entries at 1366 and 1440 px wide", async () => {
    const overflow: Record<string, number> = {};
    try {
      for (const [width, height] of [[1366, 768], [1440, 900]]) {
        await page.setViewportSize({ width, height });
        for (const name of Object.keys(LAYOUTS)) {
          await page.goto(`${base}/admin/content-manager/collection-types/plugin::ppid.${name}`);
          await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
          if (!(await page.locator('tbody tr').count())) continue; // nothing she may read, or no entries
          await page.waitForFunction(() => !document.querySelector('tbody')?.textContent?.includes('Memuat…'));
          overflow[`${name}@${width}`] = await page.evaluate(() => {
            let box: Element | null = document.querySelector('thead');
            while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
            return Math.max(box ? box.scrollWidth - box.clientWidth : 0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
          });
        }
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 1000 });
    }
    // The demo gives her entries of several types (announcements, DIP entries, units, ...).
    expect(Object.keys(overflow).filter((k) => k.endsWith('@1366')).length).toBeGreaterThanOrEqual(4);
    expect(overflow).toHaveProperty(['announcement@1366'], 0);
    expect(Object.entries(overflow).filter(([, px]) => px > 0)).toEqual([]);
  });

  it('fits the announcements list on a 1440x900 laptop screen, the class in words', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      await page.goto(`${base}/admin/content-manager/collection-types/plugin::ppid.announcement`);
      await page.locator('tbody tr').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('tbody')?.textContent?.includes('Memuat…'));
      // Every header, the stage and due ones included, ends inside the window and inside the table's
      // scroll box, and the box has nothing to scroll to sideways.
      const layout: { headers: { text: string; right: number }[]; viewport: number; boxRight: number; overflow: number; pageOverflow: number } = await page.evaluate(() => {
        const ths = Array.from(document.querySelectorAll('thead th'));
        let box: Element | null = ths[0].parentElement;
        while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
        return {
          headers: ths.map((th) => ({ text: (th.textContent ?? '').trim(), right: th.getBoundingClientRect().right })),
          viewport: window.innerWidth,
          boxRight: box ? box.getBoundingClientRect().right : window.innerWidth,
          overflow: box ? box.scrollWidth - box.clientWidth : 0,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      const texts = layout.headers.map((h) => h.text);
      for (const name of ['Judul', 'Unit kerja', 'Klasifikasi', 'Tahap reviu', 'Tenggat']) expect(texts).toContain(name);
      for (const name of ['Tahap reviu', 'Tenggat']) {
        const right = layout.headers.find((h) => h.text === name)!.right;
        expect([name, right <= layout.viewport, right <= layout.boxRight + 1]).toEqual([name, true, true]);
      }
      expect([layout.overflow, layout.pageOverflow]).toEqual([0, 0]);
      // The class column reads as the Indonesian word, never the stored code.
      const classColumn = texts.indexOf('Klasifikasi');
      const cells: string[] = (await page.locator(`tbody tr td:nth-child(${classColumn + 1})`).allInnerTexts()).map((c: string) => c.trim());
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((c) => !['Berkala', 'Serta merta', 'Setiap saat', 'Dikecualikan'].includes(c))).toEqual([]);
      expect(cells.some((c) => c.includes('_') || ['berkala', 'serta_merta', 'setiap_saat'].includes(c))).toBe(false);
      expect(await englishOn('03b-content-manager-list-1440x900')).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1440, height: 1000 });
    }
  });

  it('shows the edit view of an announcement in Indonesian', async () => {
    await page.locator('tbody tr').first().locator('td').nth(1).click();
    await page.waitForURL((url: URL) => /\/plugin::ppid\.announcement\/[a-z0-9]{10,}/.test(url.pathname));
    await page.getByText('Alur kerja PPID').first().waitFor();
    await page.getByRole('button', { name: 'Simpan', exact: true }).waitFor();
    await page.getByText(HELP_TEXTS.announcement.slug.id).first().waitFor();
    expect(await englishOn('04-content-manager-edit')).toEqual([]);
  });

  it('shows the Media Library in Indonesian', async () => {
    await page.goto(`${base}/admin/plugins/upload`);
    await page.getByText('Pustaka Media').first().waitFor();
    expect(await englishOn('05-media-library')).toEqual([]);
  });

  it('shows the profile page in Indonesian', async () => {
    await page.goto(`${base}/admin/me`);
    await page.getByText('Bahasa antarmuka').first().waitFor();
    expect(await englishOn('06-profile')).toEqual([]);
  });

  /** Table columns whose header ends beyond what the table's scroll box shows (cut off at this width). */
  const clippedColumns = (): Promise<string[]> =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('thead th')).flatMap((th) => {
        let box: Element | null = th.parentElement;
        while (box && getComputedStyle(box).overflowX !== 'auto' && getComputedStyle(box).overflowX !== 'scroll') box = box.parentElement;
        const right = box ? box.getBoundingClientRect().right : window.innerWidth;
        return th.getBoundingClientRect().right > right + 1 ? [th.textContent ?? ''] : [];
      })
    );

  it.each([
    ['inbox', 'Menunggu tindakan saya'],
    ['board', null],
    ['backlog', null],
    ['minutes', null],
    ['forms', null],
    ['workflows', null],
    ['compliance', null],
    ['exclusions', null],
    ['dip', null],
  ])("shows the plugin's %s page in Indonesian, every column in sight at 1440 px", async (tab, marker) => {
    await page.goto(`${base}/admin/plugins/ppid/${tab}`);
    await page.locator('[role="tablist"]').waitFor();
    if (marker) await page.getByText(marker as string).first().waitFor();
    expect(await englishOn(`07-ppid-${tab}`)).toEqual([]);
    expect(await clippedColumns()).toEqual([]);
  });

  it('hides the Organisation tab from staff without the organisation permission', async () => {
    await page.goto(`${base}/admin/plugins/ppid/organisation`);
    await page.waitForURL((url: URL) => url.pathname.endsWith('/plugins/ppid/inbox'));
    expect(await page.getByRole('tab', { name: 'Organisasi' }).count()).toBe(0);
  });

  it('shows the Organisation page to the organisation manager, in Indonesian', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { PEOPLE } = require(path.join(ROOT, 'dist', 'src', 'demo', 'data.js'));
    const lina = PEOPLE.find((p: any) => p.roles.includes('ppid-organisation'));
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${base}/admin/auth/login`);
    await page.fill('input[name="email"]', lina.email);
    await page.fill('input[name="password"]', staff.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url: URL) => !url.pathname.includes('/auth/'));
    await page.goto(`${base}/admin/plugins/ppid/organisation`);
    await page.getByText('Unit dan jabatan').waitFor();
    await page.getByText('Riwayat perubahan').waitFor();
    const body = await page.textContent('body');
    // The demo's agency and its head, with the position's Indonesian name.
    expect(body).toContain('Kepala Dinas / Atasan PPID');
    expect(body).toContain('Setiap tahapan di setiap alur kerja memiliki pelaksana hari ini.');
    expect(await englishOn('08-ppid-organisation')).toEqual([]);
  });
});
