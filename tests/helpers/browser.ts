/**
 * What the browser suites (tests/e2e) share: their prerequisites (Chromium, the admin build), the
 * Chromium launch, a phone's page and axe-core's verdict, the demo's login table, and a session that
 * logs demo staff in through the login form, numbers screenshots, and collects uncaught page errors
 * and the plugin's console errors (each suite's afterEach fails on them).
 */
import fs from 'fs';
import path from 'path';
import { boot, type Booted } from './strapi';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The admin's viewport in every suite: a common laptop-to-desktop width. */
export const VIEWPORT = { width: 1440, height: 1000 };

/**
 * `describe`, or `describe.skip` with a line saying why when Chromium or the admin build is missing;
 * with PPID_REQUIRE_BROWSER=1 a missing prerequisite is a failing test instead of a skip.
 */
export function browserSuite(name: string, { adminBuild = true }: { adminBuild?: boolean } = {}): jest.Describe {
  const missing = [
    !fs.existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
    adminBuild && !fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html')) && 'no admin build in dist/build (npx strapi build)',
  ].filter(Boolean);
  if (!missing.length) return describe;
  console.log(`${name} e2e suite skipped: ${missing.join('; ')}`);
  if (process.env.PPID_REQUIRE_BROWSER === '1') {
    it('has its prerequisites (PPID_REQUIRE_BROWSER=1)', () => {
      throw new Error(`${name} e2e suite cannot run: ${missing.join('; ')}`);
    });
  }
  return describe.skip;
}

/** Headless Chromium with the flags this workplace needs (no sandbox, no network of its own). */
export async function launchChromium(): Promise<any> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page the size of a phone (390 x 844 CSS pixels, touch). */
export async function phonePage(browser: any): Promise<any> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
  page.setDefaultTimeout(30_000);
  return page;
}

/** axe-core's serious and critical violations on the page, as "rule: targets". */
export async function seriousAxeViolations(page: any): Promise<string[]> {
  await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

export interface DemoPerson {
  key: string;
  email: string;
  firstname: string;
  lastname: string;
}

/** The demo's staff (the login table of src/demo) by key, and their shared password. */
export function demoLogins(): { people: Record<string, DemoPerson>; password: string } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { PEOPLE } = require(path.join(ROOT, 'dist', 'src', 'demo', 'data.js'));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const password: string = require(path.join(ROOT, 'dist', 'src', 'demo', 'seed.js')).DEMO_STAFF_PASSWORD;
  return { people: Object.fromEntries(PEOPLE.map((p: DemoPerson) => [p.key, p])), password };
}

/** Is this console message the plugin's: its code, or a request to its routes? */
export const fromPlugin = (text: string, url: string) => /ppid/i.test(text) || /\/ppid\//.test(url);

/**
 * One suite's browser session: `problems` collects what should fail the current test; `snap` saves a
 * numbered full-page screenshot under `shots`; `login` opens a fresh profile and logs a person in
 * through the login form, waiting for the home page's greeting (`Halo <first name>`).
 */
export function browserSession(shots: string) {
  const problems: string[] = [];
  let shot = 0;
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });

  async function snap(page: any, name: string) {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    shot += 1;
    await page.screenshot({ path: path.join(shots, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  }

  /** Collects the page's uncaught errors and the plugin's console errors, each labelled with `who`. */
  function watch(page: any, who: string) {
    const label = who ? `${who}: ` : '';
    page.on('pageerror', (error: Error) => problems.push(`${label}uncaught ${error.message}`));
    page.on('console', (msg: any) => {
      if (msg.type() === 'error' && fromPlugin(msg.text(), msg.location()?.url ?? '')) problems.push(`${label}${msg.text()} (${msg.location()?.url ?? ''})`);
    });
  }

  async function login(browser: any, base: string, person: Pick<DemoPerson, 'email' | 'firstname'>, password: string, who = '') {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    watch(page, who);
    await page.goto(`${base}/admin/auth/login`);
    await page.fill('input[name="email"]', person.email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url: URL) => !url.pathname.includes('/auth/'));
    await page.getByText(`Halo ${person.firstname}`).first().waitFor();
    return page;
  }

  return { problems, snap, watch, login };
}

export type DemoAdmin = {
  app: Booted;
  /** The app's URL for the browser. */
  base: string;
  browser: any;
  session: ReturnType<typeof browserSession>;
  people: Record<string, DemoPerson>;
  password: string;
};

/**
 * For one suite of the admin in a browser, called inside its describe: boots the demo agency (its
 * admin panel served) and listens, reads the demo's logins, opens the browser session (screenshots
 * under `shots`) and Chromium; closes both after the suite; fails every test on the problems its
 * pages showed. The object is filled in before the suite's own beforeAll runs.
 */
export function demoAdmin(label: string, shots: string): DemoAdmin {
  const demo = {} as DemoAdmin;
  beforeAll(async () => {
    demo.app = await boot(label, { PPID_SEED_DEMO: 'true', PPID_ADMIN_EMAIL: 'demo.admin@ppid.local', PPID_ADMIN_PASSWORD: 'Demo-Rahasia-42' }, undefined, { adminPanel: true });
    demo.base = await demo.app.listen();
    Object.assign(demo, demoLogins());
    demo.session = browserSession(shots);
    demo.browser = await launchChromium();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.app?.stop();
  });
  afterEach(() => {
    // Every test fails on the plugin's console errors and on uncaught errors, then starts clean.
    const seen = demo.session?.problems.splice(0) ?? [];
    expect(seen).toEqual([]);
  });
  return demo;
}
