#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:workflow`: the cost of a workflow transition against a plain document update, in
 * one process and one run (these machines are noisy: only the ratio means something).
 *
 * Boots the app (production mode, compiled dist/, fresh database), creates an agency with units and
 * staff in every position of SOP 190/2024 (plus BENCH_WF_STAFF extra assignments, so that resolving
 * who holds a position is not trivially cheap), and BENCH_WF_ITEMS draft announcements. Then, in
 * alternating rounds:
 *   - update:     strapi.documents(announcement).update({ documentId, data: { summary } }) on a
 *                 draft, as the drafter (a request context with the admin user, like the Content
 *                 Manager's save, so the workflow gate's editor check runs too);
 *   - code update: the same update from code, outside any request (no editor check: the cheapest
 *                 write the document service does on this type);
 *   - transition: the engine's transition() as the stage's position holder (disposition -> drafting
 *                 on a fresh item), which checks, writes the instance and the log row in one
 *                 transaction, queues the notification outbox rows and returns the new view.
 * Prints mean and p50/p95 per operation and the ratio transition / update. Target: <= 2x.
 *
 * Environment: BENCH_WF_ITEMS=200 (operations per kind per round), BENCH_WF_ROUNDS=3,
 * BENCH_WF_STAFF=200, BENCH_DB=sqlite|postgres (postgres: a fresh database on BENCH_DATABASE_URL
 * or DATABASE_URL, dropped afterwards), BENCH_SKIP_COMPILE=1. Only 127.0.0.1 is contacted.
 */
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { freshPostgres } = require('./lib/harness');

const ROOT = path.resolve(__dirname, '..');
const env = process.env;
const ITEMS = Number(env.BENCH_WF_ITEMS || 200);
const ROUNDS = Math.max(1, Number(env.BENCH_WF_ROUNDS || 3));
const STAFF = Number(env.BENCH_WF_STAFF || 200);
const DB = (env.BENCH_DB || 'sqlite').toLowerCase();
const PG_ADMIN_URL = env.BENCH_DATABASE_URL || env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ANN = 'plugin::ppid.announcement';

const log = (...a) => console.log('[bench:workflow]', ...a);
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;


async function main() {
  if (!env.BENCH_SKIP_COMPILE) {
    log('compiling the app (set BENCH_SKIP_COMPILE=1 to skip)');
    execSync('npm run build:plugin --silent', { cwd: ROOT, stdio: 'inherit' });
    const { compileStrapi } = require('@strapi/strapi');
    await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  }
  const { bootApp } = require('./lib/strapi');
  let pgUrl = null;
  let dbFile = null;
  let dropDb = async () => {};
  if (DB === 'postgres') {
    const db = await freshPostgres(PG_ADMIN_URL, 'wf');
    pgUrl = db.url;
    dropDb = db.drop;
  } else {
    dbFile = path.join(__dirname, '.data', `workflow-${process.pid}.db`);
  }
  // No mail goes out during the run: the outbox rows are written (part of a transition's cost).
  process.env.PPID_NOTIFICATIONS = 'false';
  const app = await bootApp({ dbFile, pgUrl });
  const { strapi } = app;
  try {
    const people = strapi.plugin('ppid').service('workflow-people');
    const engine = strapi.plugin('ppid').service('workflow-actions');
    const docs = strapi.documents.bind(strapi);

    // The agency: one unit per 20 staff, the SOP 190 positions in the first division.
    const agency = await docs('plugin::ppid.unit').create({ data: { name: 'Dinas Bench', code: 'dinas-bench', kind: 'agency' } });
    const divisions = [];
    for (let i = 0; i < Math.max(2, Math.ceil(STAFF / 20)); i += 1) {
      divisions.push(await docs('plugin::ppid.unit').create({ data: { name: `Bidang ${i}`, code: `bidang-${i}`, kind: 'division', parent: agency.documentId } }));
    }
    const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    let n = 0;
    const user = async (label) => {
      n += 1;
      return strapi.service('admin::user').create({
        email: `${label}.${n}@bench.ppid.local`,
        firstname: label,
        lastname: 'Bench',
        password: 'Bench-Pass-2026!',
        isActive: true,
        registrationToken: null,
        roles: [editorRole.id],
      });
    };
    const assign = (u, position, unit) =>
      docs('plugin::ppid.position-assignment').create({ data: { user: { connect: [{ id: u.id }] }, position, unit: unit.documentId, holding: 'definitive', startsOn: '2020-01-01' } });
    const home = divisions[0];
    const kabid = await user('kabid');
    const drafter = await user('drafter');
    await assign(kabid, 'kabid', home);
    await assign(drafter, 'fungsional', home);
    await assign(await user('sekretaris'), 'sekretaris', agency);
    await assign(await user('kepala'), 'kepala', agency);
    const positions = ['fungsional', 'operator', 'kabid', 'ppid_pelaksana'];
    for (let i = 0; i < STAFF; i += 1) await assign(await user('staf'), positions[i % positions.length], divisions[1 + (i % (divisions.length - 1))]);
    const kabidUser = await people.loadUser(kabid.id);
    const drafterUser = await people.loadUser(drafter.id);

    const newItem = async (i) =>
      (
        await docs(ANN).create({
          data: { title: `Pengumuman bench ${i}`, summary: 'Ringkasan awal pengumuman bench.', body: 'Isi.', infoClass: 'setiap_saat', unit: home.documentId },
        })
      ).documentId;

    // As the Content Manager does it: inside an HTTP request of an admin user.
    const asRequest = (u, fn) => strapi.requestContext.run({ state: { user: u, auth: { strategy: { name: 'admin' } } }, request: { path: '/bench' } }, fn);

    // Items at the drafting stage, edited by their drafter (the update side).
    const drafting = [];
    for (let i = 0; i < ITEMS; i += 1) {
      const id = await newItem(`d${i}`);
      await engine.transition('announcement', id, kabidUser, { transition: 'disposition->drafting:forward', revision: 1, assignee: drafter.id, agendaNumber: '000.9/BENCH' });
      drafting.push(id);
    }
    // Warm-up of both paths.
    for (let i = 0; i < 20; i += 1) {
      await asRequest(drafterUser, () => docs(ANN).update({ documentId: drafting[i % drafting.length], data: { summary: `Warm-up ${i}` } }));
      const id = await newItem(`w${i}`);
      await engine.transition('announcement', id, kabidUser, { transition: 'disposition->drafting:forward', revision: 1, assignee: drafter.id, agendaNumber: '000.9/BENCH' });
    }

    const results = { update: [], 'code update': [], transition: [], 'transition+privacy': [] };
    const privacy = strapi.plugin('ppid').service('privacy');
    for (let round = 0; round < ROUNDS; round += 1) {
      // Items for this round's transitions are created outside the timed part.
      const fresh = [];
      const fresh2 = [];
      for (let i = 0; i < ITEMS; i += 1) fresh.push(await newItem(`r${round}-${i}`));
      for (let i = 0; i < ITEMS; i += 1) fresh2.push(await newItem(`p${round}-${i}`));
      const order = round % 2 === 0 ? ['update', 'code update', 'transition', 'transition+privacy'] : ['transition+privacy', 'transition', 'code update', 'update'];
      for (const kind of order) {
        for (let i = 0; i < ITEMS; i += 1) {
          const t0 = performance.now();
          if (kind === 'update') {
            await asRequest(drafterUser, () => docs(ANN).update({ documentId: drafting[i], data: { summary: `Ringkasan ronde ${round} nomor ${i}.` } }));
          } else if (kind === 'code update') {
            await docs(ANN).update({ documentId: drafting[i], data: { summary: `Ringkasan kode ronde ${round} nomor ${i}.` } });
          } else if (kind === 'transition') {
            await engine.transition('announcement', fresh[i], kabidUser, { transition: 'disposition->drafting:forward', revision: 1, assignee: drafter.id, agendaNumber: '000.9/BENCH' });
          } else {
            // What a publish step adds: the privacy check of the item (no attachments), here run
            // beside an ordinary transition so that both are measured on the same kind of item.
            await engine.transition('announcement', fresh2[i], kabidUser, { transition: 'disposition->drafting:forward', revision: 1, assignee: drafter.id, agendaNumber: '000.9/BENCH' });
            const checked = await privacy.check('announcement', fresh2[i]);
            if (checked.blocking !== 0) throw new Error(`bench item ${fresh2[i]} has privacy findings`);
          }
          results[kind].push(performance.now() - t0);
        }
      }
      log(`round ${round + 1}/${ROUNDS}: ${Object.entries(results).map(([k, v]) => `${k} ${mean(v.slice(-ITEMS)).toFixed(2)} ms`).join(', ')}`);
    }
    // Sanity: every timed transition wrote exactly one log row and moved its item.
    const moved = await strapi.db.query('plugin::ppid.workflow-instance').count({ where: { stage: 'drafting' } });
    const expected = ITEMS * (2 * ROUNDS + 1) + 20;
    if (moved !== expected) throw new Error(`expected ${expected} items at drafting, found ${moved}`);

    const row = (k) => ({ mean: mean(results[k]), p50: quantile(results[k], 0.5), p95: quantile(results[k], 0.95) });
    const u = row('update');
    const c = row('code update');
    const t = row('transition');
    const ratio = t.mean / u.mean;
    const fmt = (x) => x.toFixed(2).padStart(8);
    console.log('');
    console.log(`Workflow transition vs plain document update (${DB}, ${ITEMS} ops x ${ROUNDS} rounds each, ${STAFF + 4} position holders)`);
    console.log('operation    mean ms   p50 ms   p95 ms');
    console.log(`update     ${fmt(u.mean)} ${fmt(u.p50)} ${fmt(u.p95)}`);
    console.log(`code update${fmt(c.mean)} ${fmt(c.p50)} ${fmt(c.p95)}`);
    console.log(`transition ${fmt(t.mean)} ${fmt(t.p50)} ${fmt(t.p95)}`);
    console.log(`ratio transition/update: ${ratio.toFixed(2)}x (target <= 2x: ${ratio <= 2 ? 'met' : 'NOT met'}); transition/code update: ${(t.mean / c.mean).toFixed(2)}x`);
    const tp = row('transition+privacy');
    const overhead = tp.mean / t.mean;
    console.log(`transition+privacy check ${fmt(tp.mean)} ${fmt(tp.p50)} ${fmt(tp.p95)}`);
    console.log(`ratio (transition + privacy check)/transition: ${overhead.toFixed(2)}x (target <= 1.2x: ${overhead <= 1.2 ? 'met' : 'NOT met'})`);
  } finally {
    await app.stop();
    if (dbFile) for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + s, { force: true });
    await dropDb();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
