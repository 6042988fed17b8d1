'use strict';
/**
 * The Strapi side of the benchmark, run by bench/run.js as a child process (so that the load
 * generator and the server do not share one event loop). Boots the app in production mode on a fresh
 * database, loads BENCH_N rows (bench/generate.js), opens the bench copy's core `find` to the Public
 * role, listens on 127.0.0.1 (free port), checks the data, profiles one request of each endpoint
 * (SQL statements, database time) and reports to the parent over IPC:
 *   { type: 'ready', port, oursBody, info, sanity, profile }
 * then answers { type: 'cache', enabled } (switches the response cache), { type: 'drain' } (waits
 * until no request is being answered), { type: 'afterPublish', times } (see afterPublish) and
 * waits for { type: 'stop' }.
 *
 * Environment: BENCH_N, BENCH_UNITS, BENCH_SEED, BENCH_PRELOAD (an experiment module, see
 * a preload module), and BENCH_DB_FILE (SQLite) or BENCH_PG_URL.
 */
// An experiment (BENCH_PRELOAD) may patch modules before Strapi loads them.
if (process.env.BENCH_PRELOAD) require(require('path').resolve(__dirname, '..', process.env.BENCH_PRELOAD));

const { bootApp, grantPublic, httpGetter, CORE_QUERY, OURS_PATH } = require('./lib/strapi');
const { generate, sanityCheck } = require('./generate');

const send = (msg) => new Promise((resolve) => process.send(msg, resolve));

/** GETs `urlPath` `n` times sequentially and records the SQL it sends and the time spent in the DB. */
async function profile(knex, get, urlPath, n) {
  const statements = [];
  const started = new Map();
  let dbMs = 0;
  let recording = false;
  const onQuery = (q) => {
    if (!recording) return;
    const entry = { sql: q.sql, bindings: q.bindings, ms: 0 };
    statements.push(entry);
    started.set(q.__knexQueryUid, { t: process.hrtime.bigint(), entry });
  };
  const onResponse = (_res, q) => {
    const s = started.get(q.__knexQueryUid);
    if (s !== undefined) {
      s.entry.ms = Number(process.hrtime.bigint() - s.t) / 1e6;
      dbMs += s.entry.ms;
      started.delete(q.__knexQueryUid);
    }
  };
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  try {
    // warm-up, not recorded
    for (let i = 0; i < 20; i++) await get(urlPath);
    recording = true;
    const t0 = process.hrtime.bigint();
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const res = await get(urlPath);
      if (res.status !== 200) throw new Error(`${urlPath} answered ${res.status}`);
      bytes = res.text.length;
    }
    const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
    recording = false;
    const perRequest = statements.length / n;
    const per = Math.round(perRequest);
    // every request sends the same statements in the same order: mean time of each
    const msByStatement = Array.from({ length: per }, (_, i) => {
      const xs = statements.filter((_, j) => j % per === i).map((st) => st.ms);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    });
    return {
      path: urlPath,
      requests: n,
      bytes,
      sqlPerRequest: perRequest,
      msPerRequest: totalMs / n,
      dbMsPerRequest: dbMs / n,
      // the statements of one request
      statements: statements.slice(0, per),
      msByStatement,
    };
  } finally {
    knex.removeListener('query', onQuery);
    knex.removeListener('query-response', onResponse);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The first request after a publish: `times` times, a draft announcement is published as the
 * review workflow's final step does it (the engine's document-service publish: the plugin's
 * lifecycles move the public version, so this instance's cached answers and remembered totals are forgotten), then the public
 * list is asked once it has settled (a miss: rows, relations and privacy built afresh; the total
 * counted ahead by this instance) and core REST's list once.
 * Sequential, in this process, with the response cache on. Resolves the medians and the ratio.
 */
async function afterPublish(strapi, get, times) {
  const uid = 'plugin::ppid.announcement';
  // documents that were never published (no published row)
  const table = strapi.db.metadata.get(uid).tableName;
  const knex = strapi.db.connection;
  const drafts = await knex(table)
    .select('document_id as documentId')
    .whereNull('published_at')
    .whereNotIn('document_id', knex(table).select('document_id').whereNotNull('published_at'))
    .orderBy('id')
    .limit(times);
  if (drafts.length < times) throw new Error(`only ${drafts.length} never-published drafts to publish`);
  const items = strapi.plugin('ppid').service('workflow-items');
  const { counts } = strapi.plugin('ppid').service('publicApi').cache();
  const settle = [];
  const ours = [];
  const core = [];
  const misses = [];
  for (const { documentId } of drafts) {
    // The workflow's final step publishes as the engine (the publish gate refuses any other publish).
    await items.publishItem({ uid, draftAndPublish: true }, documentId, null, new Date());
    // The visitor comes once the publish has settled: the version bump after the commit and the
    // totals counted ahead by this instance (public-api/count-memo.ts), a few ms later.
    let t = process.hrtime.bigint();
    while (counts.size() === 0 && Number(process.hrtime.bigint() - t) < 2e9) await new Promise((r) => setTimeout(r, 1));
    settle.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    const first = await get(OURS_PATH);
    ours.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (first.status !== 200) throw new Error(`${OURS_PATH} answered ${first.status} after a publish`);
    misses.push(first.headers['x-cache']);
    t = process.hrtime.bigint();
    const c = await get(CORE_QUERY);
    core.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (c.status !== 200) throw new Error(`core answered ${c.status}`);
  }
  if (misses.some((x) => x !== 'MISS')) throw new Error(`the first request after a publish was not a miss: ${misses.join(',')}`);
  return { times, oursMs: median(ours), coreMs: median(core), ratio: median(core) / median(ours), settleMs: median(settle) };
}

/** The query plan of each statement of one request (EXPLAIN QUERY PLAN / EXPLAIN). */
async function explain(knex, statements) {
  const sqlite = !['postgres', 'pg'].includes(knex.client.config.client);
  const out = [];
  for (const { sql, bindings } of statements) {
    if (!/^\s*select\b/i.test(sql)) {
      out.push([]);
      continue;
    }
    try {
      const rows = await knex.raw(`${sqlite ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`, bindings || []);
      const list = sqlite ? rows : rows.rows;
      out.push(list.map((r) => (sqlite ? r.detail : r['QUERY PLAN'])));
    } catch (e) {
      out.push([`(explain failed: ${e.message.slice(0, 120)})`]);
    }
  }
  return out;
}

(async () => {
  const n = Number(process.env.BENCH_N || 1000);
  const app = await bootApp({ dbFile: process.env.BENCH_DB_FILE, pgUrl: process.env.BENCH_PG_URL });
  const { strapi } = app;
  const units = Number(process.env.BENCH_UNITS || Math.max(10, Math.round(n / 100)));
  const info = await generate(strapi, { units, announcements: n, dipEntries: n, seed: process.env.BENCH_SEED || 'ppid-bench-1' });
  await grantPublic(strapi);
  const port = await app.listen();
  const get = httpGetter(port);
  const sanity = await sanityCheck(strapi, get, { ...info, coreQuery: CORE_QUERY });
  const ours = await get(OURS_PATH);

  const knex = strapi.db.connection;
  const cache = strapi.plugin('ppid').service('publicApi').cache();
  cache.setEnabled(false);
  const oursCold = await profile(knex, get, OURS_PATH, 50);
  cache.setEnabled(true);
  const profiles = {
    ours: await profile(knex, get, OURS_PATH, 50),
    'ours cold': oursCold,
    core: await profile(knex, get, CORE_QUERY, 50),
  };
  for (const p of Object.values(profiles)) {
    p.plans = await explain(knex, p.statements);
    p.statements = p.statements.map((st) => st.sql);
  }

  // Requests still being answered: a measured run starts only once the previous run's requests are
  // done (autocannon stops sending, but up to BENCH_CONNECTIONS answers may still be queued here;
  // at 100k rows that is seconds of core REST work that would land in the next run's latency).
  let inFlight = 0;
  strapi.server.httpServer.on('request', (_req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
  });

  process.on('message', async (msg) => {
    if (msg && msg.type === 'drain') {
      const t0 = Date.now();
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 5));
      await send({ type: 'drained', ms: Date.now() - t0 });
      return;
    }
    if (msg && msg.type === 'afterPublish') {
      await send({ type: 'afterPublish', result: await afterPublish(strapi, get, Number(msg.times) || 20) });
      return;
    }
    if (msg && msg.type === 'cache') {
      // Cold runs switch the plugin's response cache off (public-api/cache.ts); cached runs on.
      strapi.plugin('ppid').service('publicApi').cache().setEnabled(Boolean(msg.enabled));
      await send({ type: 'cache', enabled: Boolean(msg.enabled) });
      return;
    }
    if (msg && msg.type === 'stop') {
      try {
        await app.stop();
      } finally {
        process.exit(0);
      }
    }
  });
  process.on('disconnect', () => process.exit(0));
  await send({ type: 'ready', port, oursBody: ours.text, info, sanity, profile: profiles, rss: process.memoryUsage().rss });
})().catch(async (e) => {
  try {
    await send({ type: 'error', message: e && e.stack ? e.stack : String(e) });
  } finally {
    process.exit(1);
  }
});
