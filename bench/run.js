#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: our public list endpoint against Strapi's own core REST endpoint on the same rows,
 * and against a bare Node server sending the same bytes (the machine's limit).
 *
 * For each size (rows of announcements, DIP entries), on a fresh database:
 *   1. bench/server.js (child process) boots the app in production mode, loads the rows
 *      (bench/generate.js: deterministic, straight into Strapi's tables), including the same rows in
 *      the benchmark-only type api::bench-announcement.bench-announcement (bench/api), checks them,
 *      and listens on 127.0.0.1;
 *   2. bench/bare.js (child process) serves the JSON body our endpoint returned;
 *   3. autocannon (this process) loads each target in turn: warm-up, then BENCH_ROUNDS measured runs
 *      of BENCH_DURATION seconds for ours and core (alternating order), one for the bare server.
 * Prints the table and writes bench/RESULTS.md.
 *
 * Environment:
 *   BENCH_SIZES=1000,100000   sizes (default both)
 *   BENCH_DURATION=10         seconds per measured run      BENCH_WARMUP=3   seconds of warm-up
 *   BENCH_CONNECTIONS=50      concurrent connections        BENCH_ROUNDS=2   runs of ours/core
 *   BENCH_DB=sqlite|postgres  postgres: a fresh database per size is created (and dropped) on the
 *                             server of BENCH_DATABASE_URL or DATABASE_URL
 *                             (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SKIP_COMPILE=1      do not run compileStrapi (dist/ is already current)
 *   BENCH_KEEP_DB=1           keep the SQLite files in bench/.data
 *   BENCH_TIMEOUT=1500        seconds before the whole run is aborted
 *   BENCH_AFTER_PUBLISH=20    publishes, each followed by one request of ours and one of core
 *                             (the first request after a publish; medians)
 *   BENCH_PRELOAD=path/to/module.js  a module required in the Strapi process before it loads (for A/B experiments)
 *                             (results then go to bench/.data/RESULTS-experiment.md)
 * Only 127.0.0.1 is contacted.
 */
const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(__dirname, '.data');
const { CORE_QUERY, OURS_PATH } = require('./lib/strapi');
const harness = require('./lib/harness');

const { children, log, startChild, waitFor, stopChild, mean } = harness;

const env = process.env;
const SIZES = (env.BENCH_SIZES || '1000,100000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const DURATION = Number(env.BENCH_DURATION || 10);
const WARMUP = Number(env.BENCH_WARMUP || 3);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 50);
const ROUNDS = Math.max(1, Number(env.BENCH_ROUNDS || 2));
const DB = (env.BENCH_DB || 'sqlite').toLowerCase();
const PG_ADMIN_URL = env.BENCH_DATABASE_URL || env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const TIMEOUT = Number(env.BENCH_TIMEOUT || 1500);
const AFTER_PUBLISH = Math.max(1, Number(env.BENCH_AFTER_PUBLISH || 20));

const cleanups = [];
const cannon = (url, seconds) => harness.cannon(url, seconds, CONNECTIONS);
const measure = (name, url, headers, status) => harness.measure(name, url, DURATION, CONNECTIONS, headers, status);

/** Targets of issue 10 (ratios against core in the same run; p99 of the cached list). */
const TARGETS = { cold: 2, cached: 10, notModified: 20, p99Ms: 100 };

function combine(runs) {
  return {
    rps: mean(runs.map((r) => r.rps)),
    p99: Math.max(...runs.map((r) => r.p99)),
    p50: mean(runs.map((r) => r.p50)),
    runs,
  };
}

async function benchSize(size) {
  log(`=== ${size} rows (${DB}) ===`);
  const childEnv = { BENCH_N: String(size), NODE_ENV: 'production' };
  let db = null;
  if (DB === 'postgres') {
    db = await harness.freshPostgres(PG_ADMIN_URL, size);
    childEnv.BENCH_PG_URL = db.url;
    cleanups.push(db.drop);
  } else {
    childEnv.BENCH_DB_FILE = path.join(DATA, `bench-${size}.db`);
  }

  const t0 = Date.now();
  const server = startChild('server.js', childEnv);
  let bare = null;
  try {
    const ready = await waitFor(server, 'ready', 900, 'bench/server.js');
    const bootMs = Date.now() - t0;
    log(`strapi ready on 127.0.0.1:${ready.port} after ${(bootMs / 1000).toFixed(1)} s (data load ${(ready.info.ms / 1000).toFixed(1)} s, RSS ${Math.round(ready.rss / 1e6)} MB)`);
    log(`sanity check passed: ${ready.sanity.publishedCount} published of ${ready.sanity.draftCount} documents`);

    bare = startChild('bare.js', {});
    bare.send({ type: 'body', body: ready.oursBody });
    const bareReady = await waitFor(bare, 'ready', 30, 'bench/bare.js');

    const base = `http://127.0.0.1:${ready.port}`;
    const urls = { ours: base + OURS_PATH, core: base + CORE_QUERY, bare: `http://127.0.0.1:${bareReady.port}${OURS_PATH}` };

    // ours-cold: the plugin's response cache off (every request built from the database, ETag still
    // computed); ours-cached: the cache on; ours-304: a conditional request with the current ETag.
    const setCache = async (enabled) => {
      server.send({ type: 'cache', enabled });
      await waitFor(server, 'cache', 30, 'bench/server.js cache switch');
    };
    const etag = await new Promise((resolve, reject) => {
      require('http').get(urls.ours, (res) => { res.resume(); resolve(res.headers.etag); }).on('error', reject);
    });
    if (!etag) throw new Error('ours answered without an ETag');
    const conditional = { 'If-None-Match': etag };
    log(`warm-up ${WARMUP} s each`);
    await setCache(false);
    for (const name of ['ours', 'core']) await cannon(urls[name], WARMUP);
    const runs = { cold: [], cached: [], notModified: [], core: [] };
    // Every measured run starts on a server that has answered everything it was sent before.
    const drained = async () => {
      server.send({ type: 'drain' });
      const { ms } = await waitFor(server, 'drained', 120, 'bench/server.js drain');
      if (ms > 50) log(`  (waited ${ms} ms for the previous run's requests to be answered)`);
    };
    const one = {
      cold: async () => { await setCache(false); await drained(); return measure('cold', urls.ours); },
      cached: async () => { await setCache(true); await cannon(urls.ours, 1); await drained(); return measure('cached', urls.ours); },
      notModified: async () => { await setCache(true); await drained(); return measure('304', urls.ours, conditional, 304); },
      core: async () => { await drained(); return measure('core', urls.core); },
    };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? ['cold', 'core', 'cached', 'notModified'] : ['core', 'cold', 'notModified', 'cached'];
      for (const name of order) runs[name].push(await one[name]());
    }
    await setCache(true);
    await drained();
    await cannon(urls.bare, WARMUP);
    const bareRun = await measure('bare', urls.bare);
    server.send({ type: 'afterPublish', times: AFTER_PUBLISH });
    const { result: afterPublish } = await waitFor(server, 'afterPublish', 600, 'bench/server.js afterPublish');
    log(`  first request after a publish (median of ${afterPublish.times}): settled after ${afterPublish.settleMs.toFixed(1)} ms, ours ${afterPublish.oursMs.toFixed(1)} ms, core ${afterPublish.coreMs.toFixed(1)} ms: ${afterPublish.ratio.toFixed(2)}x`);

    return {
      size,
      info: ready.info,
      sanity: ready.sanity,
      profile: ready.profile,
      bootMs,
      rss: ready.rss,
      bytes: Buffer.byteLength(ready.oursBody),
      ours: combine(runs.cold),
      cached: combine(runs.cached),
      notModified: combine(runs.notModified),
      core: combine(runs.core),
      bare: combine([bareRun]),
      afterPublish,
    };
  } finally {
    await stopChild(bare);
    await stopChild(server);
    if (db) {
      await db.drop().catch((e) => log(`could not drop ${db.url}: ${e.message}`));
      cleanups.splice(cleanups.indexOf(db.drop), 1);
    } else if (!env.BENCH_KEEP_DB) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(childEnv.BENCH_DB_FILE + suffix, { force: true });
    }
  }
}

function prepare() {
  fs.mkdirSync(DATA, { recursive: true });
  // eslint-disable-next-line global-require
  const { checkBuild } = require(path.join(ROOT, 'plugins', 'ppid', 'scripts', 'source-hash.js'));
  if (!checkBuild().ok) {
    log('the ppid plugin build is missing or stale: npm run build:plugin');
    execSync('npm run build:plugin', { cwd: ROOT, stdio: 'inherit' });
  }
}

async function compile() {
  if (env.BENCH_SKIP_COMPILE) return;
  log('compiling the app (compileStrapi)');
  // eslint-disable-next-line global-require
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
}

function strapiVersion() {
  try {
    // eslint-disable-next-line global-require
    return require(path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'package.json')).version;
  } catch {
    return '?';
  }
}

function report(results, startedAt) {
  const cpus = os.cpus();
  const nproc = (() => {
    try {
      return execSync('nproc', { encoding: 'utf8' }).trim();
    } catch {
      return String(cpus.length);
    }
  })();
  const f1 = (x) => x.toFixed(1);
  const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
  const lines = [];
  lines.push('# Benchmark: GET /api/ppid/announcements vs Strapi core REST');
  lines.push('');
  lines.push(`- Date: ${startedAt.toISOString()}`);
  lines.push(`- Machine: nproc ${nproc}, ${cpus[0] ? cpus[0].model : '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}`);
  lines.push(`- Node ${process.version}, Strapi ${strapiVersion()}, NODE_ENV=production, log level error, database: ${DB === 'postgres' ? 'PostgreSQL (fresh database per size)' : 'SQLite (better-sqlite3, fresh file per size)'}`);
  lines.push(`- Load: autocannon, ${CONNECTIONS} connections, 127.0.0.1, ${WARMUP} s warm-up, then ${ROUNDS} x ${DURATION} s for ours and core (alternating order; req/s is the mean, p99 the worst run), 1 x ${DURATION} s for bare`);
  lines.push(`- Sizes: ${results.map((r) => r.size).join(', ')} announcement documents (and as many DIP entries; about 92% published, so two rows each)`);
  if (env.BENCH_PRELOAD) lines.push(`- **Experiment**: ${env.BENCH_PRELOAD} preloaded in the Strapi process`);
  lines.push(`- **Targets (issue 10)**: cold list >= ${TARGETS.cold}x core, cached list >= ${TARGETS.cached}x core, 304 >= ${TARGETS.notModified}x core (req/s); p99 of the cached list under ${TARGETS.p99Ms} ms at ${CONNECTIONS} connections`);
  lines.push('- cold: the plugin\'s response cache switched off (every answer built from the database; the list total is remembered per public version); cached: on; 304: `If-None-Match` with the current ETag');
  lines.push('- Each measured run starts once the server has answered every request of the run before it');
  lines.push('');
  lines.push('| rows | cold req/s | cold p99 | cached req/s | cached p99 | 304 req/s | 304 p99 | core req/s | core p99 | bare req/s | cold/core | cached/core | 304/core | targets |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|');
  for (const r of results) {
    const missed = [];
    if (r.ours.rps < TARGETS.cold * r.core.rps) missed.push('cold');
    if (r.cached.rps < TARGETS.cached * r.core.rps) missed.push('cached');
    if (r.notModified.rps < TARGETS.notModified * r.core.rps) missed.push('304');
    if (r.cached.p99 >= TARGETS.p99Ms) missed.push('p99');
    lines.push(
      `| ${r.size} | ${f1(r.ours.rps)} | ${r.ours.p99} ms | ${f1(r.cached.rps)} | ${r.cached.p99} ms | ${f1(r.notModified.rps)} | ${r.notModified.p99} ms | ` +
        `${f1(r.core.rps)} | ${r.core.p99} ms | ${f1(r.bare.rps)} | ${ratio(r.ours.rps, r.core.rps)} | ${ratio(r.cached.rps, r.core.rps)} | ` +
        `${ratio(r.notModified.rps, r.core.rps)} | ${missed.length ? `**missed: ${missed.join(', ')}**` : 'met'} |`
    );
  }
  lines.push('');
  lines.push('### The first request after a publish');
  lines.push('');
  lines.push(`A draft announcement is published as the review workflow's final step does it (the engine's document-service publish), then, once the publish has settled (the version bump after the commit and the list totals this instance counts ahead; the median wait is in the table), the public list is asked once (a cache miss: the publish moved the public version, so the answer is built afresh) and core REST's list once. Sequential, in the server process, ${AFTER_PUBLISH} times; medians. Target: ours at least ${TARGETS.cold}x core, as for the cold list.`);
  lines.push('');
  lines.push('| rows | settled after | ours ms | core ms | core/ours | target |');
  lines.push('|---:|---:|---:|---:|---:|:---|');
  for (const r of results) {
    const a = r.afterPublish;
    lines.push(`| ${r.size} | ${a.settleMs.toFixed(1)} ms | ${a.oursMs.toFixed(1)} | ${a.coreMs.toFixed(1)} | ${a.ratio.toFixed(2)}x | ${a.ratio >= TARGETS.cold ? 'met' : '**missed**'} |`);
  }
  lines.push('');
  lines.push('## Endpoints');
  lines.push('');
  lines.push(`- ours: \`GET ${OURS_PATH}\` (defaults: published only, sort publishedAt desc, pageSize 25)`);
  lines.push(`- core: \`GET ${CORE_QUERY}\``);
  lines.push('  on `api::bench-announcement.bench-announcement` (bench/api: the same attributes and rows, relations to the same');
  lines.push('  plugin unit and berkala category; its `find` and `find` on unit/category opened to the Public role). Top-level');
  lines.push('  `fields` limit it to the public fields our endpoint returns; core still adds `id` and the relations\' `id`/`documentId`.');
  lines.push('  Our endpoint additionally populates `coverImage` (media, null here), the core query does not.');
  lines.push('- bare: a plain `http.createServer` in its own process answering with the exact body ours returned.');
  lines.push('');
  lines.push('## Per request (sequential, in the server process: 50 requests after 20 warm-up; ours cold: response cache off)');
  lines.push('');
  lines.push('| rows | endpoint | body bytes | SQL statements | ms/request | DB ms/request (query sent to result) |');
  lines.push('|---:|---|---:|---:|---:|---:|');
  for (const r of results) {
    for (const name of ['ours', 'ours cold', 'core']) {
      const p = r.profile[name];
      lines.push(`| ${r.size} | ${name} | ${p.bytes} | ${p.sqlPerRequest} | ${p.msPerRequest.toFixed(2)} | ${p.dbMsPerRequest.toFixed(2)} |`);
    }
  }
  for (const r of results) {
    lines.push('');
    lines.push(`### SQL of one request at ${r.size} rows`);
    for (const name of ['ours', 'ours cold', 'core']) {
      const p = r.profile[name];
      lines.push('');
      lines.push(`${name}:`);
      lines.push('');
      lines.push('```sql');
      p.statements.forEach((sql, i) => {
        lines.push(sql);
        const ms = p.msByStatement && p.msByStatement[i] !== undefined ? `${p.msByStatement[i].toFixed(2)} ms` : '';
        const plan = p.plans && p.plans[i] && p.plans[i].length ? `plan: ${p.plans[i].join(' | ')}` : '';
        if (ms || plan) lines.push(`-- ${[ms, plan].filter(Boolean).join('; ')}`);
      });
      lines.push('```');
    }
  }
  lines.push('');
  lines.push('## Data');
  lines.push('');
  for (const r of results) {
    const a = r.info.announcements;
    lines.push(
      `- ${r.size}: ${r.info.units} units, ${a.documents} announcements (${a.published} published, ${a.editedAfterPublishing} of them with a newer draft, ` +
        `${a.draftOnly} drafts only), ${r.info.dipEntries} DIP entries; loaded in ${(r.info.ms / 1000).toFixed(1)} s; rows: ` +
        Object.entries(r.info.rows)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')
    );
  }
  lines.push('');
  lines.push('Run: `npm run bench` (sizes and durations: see the header of bench/run.js). Generated by bench/run.js.');
  return lines.join('\n') + '\n';
}

async function main() {
  const startedAt = new Date();
  const deadline = setTimeout(() => {
    console.error(`bench: aborted after ${TIMEOUT} s (BENCH_TIMEOUT)`);
    for (const c of children) c.kill('SIGKILL');
    process.exit(2);
  }, TIMEOUT * 1000);
  deadline.unref();

  prepare();
  await compile();
  const results = [];
  for (const size of SIZES) results.push(await benchSize(size));

  const md = report(results, startedAt);
  // An experiment's numbers never overwrite the reference results.
  const out = env.BENCH_PRELOAD ? path.join(DATA, 'RESULTS-experiment.md') : path.join(__dirname, 'RESULTS.md');
  fs.writeFileSync(out, md);
  console.log('');
  console.log(md.slice(0, md.indexOf('## Per request')).trim());
  console.log('');
  for (const r of results) {
    console.log(
      `${r.size} rows: SQL/request ours ${r.profile.ours.sqlPerRequest} core ${r.profile.core.sqlPerRequest}; ` +
        `sequential ms/request ours ${r.profile.ours.msPerRequest.toFixed(2)} core ${r.profile.core.msPerRequest.toFixed(2)}`
    );
  }
  log(`wrote ${path.relative(ROOT, out)} in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
}

main().catch(async (e) => {
  console.error(e && e.stack ? e.stack : e);
  for (const c of children) c.kill('SIGKILL');
  for (const drop of cleanups) await drop().catch(() => {});
  process.exit(1);
});
