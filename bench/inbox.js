#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:inbox`: how long the PPID inbox takes to become interactive in headless Chromium
 * with 1,000 items awaiting the person, against an empty inbox, in the same run (the ratio is what
 * means something on these noisy machines). Issue 12 point 9.
 *
 * Boots the app (production mode, compiled dist/, the built admin panel in dist/build, a fresh
 * SQLite database), creates an agency with two divisions, a Kabid in each, and BENCH_INBOX_ITEMS
 * announcements in the first division (each waits at the Kabid's disposisi). Both Kabids log in once
 * through the login form, each in their own browser context. Then, in BENCH_INBOX_ROUNDS alternating
 * rounds, each opens /admin/plugins/ppid/inbox (a full navigation: the admin's code from the browser
 * cache, the inbox from the server) and the clock stops when the page is interactive: the inbox's
 * answer is shown (the summary line, and the first row or the empty state) and the page answers a
 * task posted after it (the main thread is free). Prints mean / p50 / p95 per inbox and the ratio.
 * Then the same for the stage board (/admin/plugins/ppid/board): the announcements' board with the
 * items (each column paged: its first 20 cards and "Muat lebih banyak") against the board of content
 * plans, which has none.
 *
 * Environment: BENCH_INBOX_ITEMS=1000, BENCH_INBOX_ROUNDS=7, BENCH_PAGES=inbox,board (which pages
 * to measure; `npm run bench:board` is bench/board.js: the board only), BENCH_SKIP_COMPILE=1 (skip the plugin
 * and server compile; the admin build `npx strapi build` is never made here: it must exist),
 * CHROMIUM_PATH=/usr/bin/chromium. Only 127.0.0.1 is contacted.
 */
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const env = process.env;
const ITEMS = Number(env.BENCH_INBOX_ITEMS || 1000);
const ROUNDS = Math.max(1, Number(env.BENCH_INBOX_ROUNDS || 7));
const CHROMIUM = env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAGES = new Set((env.BENCH_PAGES || 'inbox,board').split(',').map((p) => p.trim()));
const PASSWORD = 'Bench-Pass-2026!';

const log = (...a) => console.log(`[bench:${PAGES.has('inbox') ? 'inbox' : 'board'}]`, ...a);
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html'))) throw new Error('No admin build in dist/build: run `npx strapi build` first');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  if (!env.BENCH_SKIP_COMPILE) {
    log('compiling the app (set BENCH_SKIP_COMPILE=1 to skip)');
    execSync('npm run build:plugin --silent', { cwd: ROOT, stdio: 'inherit' });
    const { compileStrapi } = require('@strapi/strapi');
    await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  }
  const { bootApp } = require('./lib/strapi');
  const dbFile = path.join(__dirname, '.data', `inbox-${process.pid}.db`);
  process.env.PPID_NOTIFICATIONS = 'false';
  const app = await bootApp({ dbFile, adminPanel: true });
  const { strapi } = app;
  let browser;
  try {
    const docs = strapi.documents.bind(strapi);
    const agency = await docs('plugin::ppid.unit').create({ data: { name: 'Dinas Bench', code: 'dinas-bench', kind: 'agency' } });
    const busy = await docs('plugin::ppid.unit').create({ data: { name: 'Bidang Sibuk', code: 'bidang-sibuk', kind: 'division', parent: agency.documentId } });
    const calm = await docs('plugin::ppid.unit').create({ data: { name: 'Bidang Tenang', code: 'bidang-tenang', kind: 'division', parent: agency.documentId } });
    const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    const kabid = async (label, unit) => {
      const user = await strapi.service('admin::user').create({
        email: `${label}@bench.ppid.local`,
        firstname: label,
        lastname: 'Bench',
        password: PASSWORD,
        isActive: true,
        registrationToken: null,
        roles: [editorRole.id],
        preferedLanguage: 'id',
      });
      await docs('plugin::ppid.position-assignment').create({ data: { user: { connect: [{ id: user.id }] }, position: 'kabid', unit: unit.documentId, holding: 'definitive', startsOn: '2020-01-01' } });
      return user;
    };
    const full = await kabid('kabid-sibuk', busy);
    const empty = await kabid('kabid-tenang', calm);
    log(`creating ${ITEMS} announcements awaiting the disposisi of ${full.email}`);
    for (let i = 0; i < ITEMS; i += 1) {
      await docs('plugin::ppid.announcement').create({
        data: { title: `Pengumuman bench nomor ${i + 1}`, summary: 'Ringkasan pengumuman untuk pengukuran kotak masuk.', body: 'Isi.', infoClass: 'setiap_saat', unit: busy.documentId },
      });
    }
    const waiting = await strapi.db.query('plugin::ppid.workflow-instance').count({ where: { stage: 'disposition', status: 'active' } });
    if (waiting !== ITEMS) throw new Error(`expected ${ITEMS} items at the disposisi, found ${waiting}`);

    const port = await app.listen();
    const base = `http://127.0.0.1:${port}`;
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const open = async (user) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${base}/admin/auth/login`);
      await page.fill('input[name="email"]', user.email);
      await page.fill('input[name="password"]', PASSWORD);
      await page.click('button[type="submit"]');
      await page.waitForURL((url) => !url.pathname.includes('/auth/'));
      return page;
    };
    const pages = { full: await open(full), empty: await open(empty) };

    const interactive = (page) => page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve(performance.now())), 0)));
    const fmt = (x) => x.toFixed(0).padStart(8);
    const stats = (xs) => ({ mean: mean(xs), p50: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
    /** One warm-up each, then ROUNDS alternating rounds (which kind goes first alternates). */
    const rounds = async (label, measureOne) => {
      for (const kind of ['full', 'empty']) await measureOne(kind);
      const out = { full: [], empty: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? ['full', 'empty'] : ['empty', 'full'];
        for (const kind of order) out[kind].push(await measureOne(kind));
        log(`${label} round ${round + 1}/${ROUNDS}: ${ITEMS} items ${out.full.at(-1).toFixed(0)} ms, empty ${out.empty.at(-1).toFixed(0)} ms`);
      }
      return out;
    };
    const print = (title, label, results, extra) => {
      const f = stats(results.full);
      const e = stats(results.empty);
      console.log('');
      console.log(title);
      console.log(`${label.padEnd(13)}  mean ms   p50 ms   p95 ms`);
      console.log(`${`${ITEMS} items`.padEnd(13)}${fmt(f.mean)} ${fmt(f.p50)} ${fmt(f.p95)}`);
      console.log(`${'empty'.padEnd(13)}${fmt(e.mean)} ${fmt(e.p50)} ${fmt(e.p95)}`);
      console.log(extra);
      console.log(`ratio ${ITEMS} items / empty (p50): ${(f.p50 / e.p50).toFixed(2)}x; (mean): ${(f.mean / e.mean).toFixed(2)}x`);
    };

    if (PAGES.has('inbox')) {
      /** Milliseconds from the navigation's start until the inbox is shown and the page answers. */
      const measure = async (kind) => {
        const page = pages[kind];
        await page.goto(`${base}/admin/plugins/ppid/inbox`, { waitUntil: 'commit' });
        await page.getByText(/item menunggu tindakan Anda|awaiting your action/).first().waitFor();
        if (kind === 'full') await page.locator('tbody tr a').first().waitFor();
        else await page.getByText(/Tidak ada yang menunggu Anda|Nothing is waiting for you/).first().waitFor();
        return interactive(page);
      };
      const results = await rounds('inbox', measure);
      await pages.full.goto(`${base}/admin/plugins/ppid/inbox`);
      await pages.full.locator('tbody tr a').first().waitFor();
      const rowsShown = await pages.full.locator('tbody tr').count();
      const summary = await pages.full.getByText(/item menunggu tindakan Anda|awaiting your action/).first().textContent();
      print(`Inbox until interactive in headless Chromium (sqlite, ${ROUNDS} alternating rounds, after one warm-up each)`, 'inbox', results, `rows on the first page: ${rowsShown}; summary: "${summary}"`);
    }

    if (PAGES.has('board')) {
      // The stage board (paged per column): the announcements' board holding the items against the
      // board of a type with none (content plans), for the same person, in alternating rounds.
      const measureBoard = async (kind) => {
        const page = pages.full;
        await page.goto(`${base}/admin/plugins/ppid/board?type=${kind === 'full' ? 'announcement' : 'content-plan'}`, { waitUntil: 'commit' });
        if (kind === 'full') await page.locator('section ul li a').first().waitFor();
        else await page.getByText(/Tidak ada item|No items|Belum ada alur kerja|No workflow carries/).first().waitFor();
        return interactive(page);
      };
      const board = await rounds('board', measureBoard);
      await measureBoard('full');
      const cardsShown = await pages.full.locator('section ul li').count();
      const loadMore = await pages.full.getByRole('button', { name: /Muat lebih banyak|Load more/ }).count();
      print(
        `Stage board until interactive in headless Chromium (sqlite, ${ROUNDS} alternating rounds, after one warm-up each, same person)`,
        'board',
        board,
        `cards shown: ${cardsShown}; "load more" buttons: ${loadMore}`
      );
    }
  } finally {
    await browser?.close();
    await app.stop();
    for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + s, { force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
