#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:compliance`: one compliance run over 10, 100 and 1,000 units with about 1,000
 * content rows per unit (1,000 units = ~1,000,000 rows of announcements and DIP entries, drafts and
 * published versions as Strapi stores them), on a fresh database per size. Prints, per size, the
 * time and the number of SQL queries of the first run (which opens the alerts) and of a second run
 * (steady state, nothing changed), split into reads and writes (statements on the ppid_ tables:
 * Strapi's own background work running meanwhile is not counted). Targets: the 1,000-unit run under
 * 5 s; the number of read queries the same at every size (aggregates, not a query per unit).
 *
 * Environment: BENCH_UNITS=10,100,1000  BENCH_ROWS_PER_UNIT=1000  BENCH_DB=sqlite|postgres
 * (postgres: fresh databases on BENCH_DATABASE_URL or DATABASE_URL, dropped afterwards)
 * BENCH_SKIP_COMPILE=1. Writes bench/RESULTS-compliance.md (or -postgres). Only 127.0.0.1 is used.
 */
const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { freshPostgres } = require('./lib/harness');

const ROOT = path.resolve(__dirname, '..');
const env = process.env;
const SIZES = (env.BENCH_UNITS || '10,100,1000').split(',').map(Number).filter((n) => n > 0);
const ROWS_PER_UNIT = Number(env.BENCH_ROWS_PER_UNIT || 1000);
const DB = (env.BENCH_DB || 'sqlite').toLowerCase();
const PG_ADMIN_URL = env.BENCH_DATABASE_URL || env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
/** The checker's clock: the day after the generated data ends (bench/generate.js END). */
const NOW = new Date('2026-11-02T02:00:00.000Z');

const log = (...a) => console.log('[bench:compliance]', ...a);


async function measure(strapi, fn) {
  const counts = { reads: 0, writes: 0 };
  const started = new Map();
  const timings = [];
  const onQuery = (q) => {
    const sql = String(q.sql || '').trimStart().toLowerCase();
    // Only the checker's statements: Strapi's own background work (sessions, metrics) may run meanwhile.
    if (!sql.includes('ppid_')) return;
    if (sql.startsWith('select') || sql.startsWith('with')) counts.reads += 1;
    else if (!/^(begin|commit|rollback|savepoint|release)/.test(sql)) counts.writes += 1;
    started.set(q.__knexQueryUid, [process.hrtime.bigint(), q.sql]);
  };
  const onResponse = (_r, q) => {
    const s = started.get(q.__knexQueryUid);
    if (s) timings.push({ ms: Number(process.hrtime.bigint() - s[0]) / 1e6, sql: s[1] });
  };
  strapi.db.connection.on('query', onQuery);
  strapi.db.connection.on('query-response', onResponse);
  const t0 = process.hrtime.bigint();
  try {
    const result = await fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (env.BENCH_PROFILE) for (const t of timings.sort((a, b) => b.ms - a.ms).slice(0, 8)) log(`${t.ms.toFixed(0).padStart(6)} ms  ${t.sql.slice(0, 220)}`);
    return { ms, ...counts, result };
  } finally {
    strapi.db.connection.off('query', onQuery);
    strapi.db.connection.off('query-response', onResponse);
  }
}

async function oneSize(units) {
  const { bootApp } = require('./lib/strapi');
  const { generate } = require('./generate');
  let dbFile = null;
  let pgUrl = null;
  let drop = async () => {};
  if (DB === 'postgres') {
    const db = await freshPostgres(PG_ADMIN_URL, `cc_${units}`);
    pgUrl = db.url;
    drop = db.drop;
  } else {
    dbFile = path.join(__dirname, '.data', `compliance-${units}-${process.pid}.db`);
    drop = async () => {
      for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + s, { force: true });
    };
  }
  process.env.PPID_COMPLIANCE = 'false';
  process.env.PPID_NOTIFICATIONS = 'false';
  const app = await bootApp({ dbFile, pgUrl });
  const { strapi } = app;
  try {
    // Documents per type so that announcements + DIP entries are ROWS_PER_UNIT rows per unit
    // (a published document is two rows: draft and published version).
    const docs = Math.round((units * ROWS_PER_UNIT) / 2 / 1.92);
    const t0 = Date.now();
    await generate(strapi, { units, announcements: docs, dipEntries: docs, benchCopy: false });
    const knex = strapi.db.connection;
    const count = async (uid) => Number((await knex(strapi.db.metadata.get(uid).tableName).count({ n: '*' }))[0].n);
    const rows = (await count('plugin::ppid.announcement')) + (await count('plugin::ppid.dip-entry'));
    log(`${units} units: ${rows} content rows loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (DB === 'sqlite') await knex.raw('analyze');
    else await knex.raw('analyze');
    const service = strapi.plugin('ppid').service('compliance-runs');
    const first = await measure(strapi, () => service.runNow({ now: NOW }));
    const second = await measure(strapi, () => service.runNow({ now: new Date(NOW.getTime() + 60_000) }));
    if (second.result.opened !== 0 || second.result.resolved !== 0) throw new Error('the second run changed alerts: not a steady state');
    return { units, rows, first, second };
  } finally {
    await app.stop();
    await drop();
  }
}

async function main() {
  if (!env.BENCH_SKIP_COMPILE) {
    execSync('npm run build:plugin --silent', { cwd: ROOT, stdio: 'inherit' });
    const { compileStrapi } = require('@strapi/strapi');
    await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  }
  const results = [];
  for (const units of SIZES) results.push(await oneSize(units));
  const line = (r, run) => `| ${r.units} | ${r.rows.toLocaleString('en')} | ${run} | ${r[run].ms.toFixed(0)} | ${r[run].reads} | ${r[run].writes} | ${r[run].result.findings} | ${r[run].result.opened} |`;
  const table = [
    '| units | content rows | run | ms | read queries | write queries | findings | opened |',
    '|---:|---:|---|---:|---:|---:|---:|---:|',
    ...results.flatMap((r) => [line(r, 'first'), line(r, 'second')]),
  ].join('\n');
  const reads = new Set(results.map((r) => r.second.reads));
  const big = results.find((r) => r.units === Math.max(...SIZES));
  const verdict = [
    `Read queries per run: ${[...new Set(results.flatMap((r) => [r.first.reads, r.second.reads]))].join(', ')} at ${SIZES.join(', ')} units (${reads.size === 1 ? 'constant' : 'NOT constant'}).`,
    `Largest run (${big.units} units, ${big.rows.toLocaleString('en')} rows): ${big.first.ms.toFixed(0)} ms first, ${big.second.ms.toFixed(0)} ms steady (target < 5000 ms: ${Math.max(big.first.ms, big.second.ms) < 5000 ? 'met' : 'NOT met'}).`,
  ].join('\n');
  console.log(`\nCompliance run (${DB}, ${os.cpus().length} cores)\n${table}\n${verdict}`);
  const out = path.join(__dirname, DB === 'postgres' ? 'RESULTS-compliance-postgres.md' : 'RESULTS-compliance.md');
  fs.writeFileSync(
    out,
    `# Compliance checker: one run at 10, 100 and 1,000 units (${DB})\n\n` +
      `Measured by \`bench/compliance.js\` on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${ROWS_PER_UNIT} content rows per unit ` +
      `(announcements and DIP entries; drafts and published versions), fresh database per size. "first" opens the alerts, ` +
      `"second" is the steady state (same facts, nothing to change). Writes are the batched alert inserts (500 rows per statement) ` +
      `and updates; they grow with the number of alerts that change, the reads do not grow at all.\n\n${table}\n\n${verdict}\n`
  );
  log(`written ${path.relative(ROOT, out)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
