#!/usr/bin/env node
'use strict';
/**
 * The test command (`npm test`):
 *   1. unit + integration suites on SQLite;
 *   2. the integration suites again on PostgreSQL, when a server answers at TEST_DATABASE_URL
 *      (default postgres://postgres@127.0.0.1:5432/test); otherwise it says "skipped: no PostgreSQL".
 * Extra arguments go to jest (e.g. `npm test -- tests/integration/public-api.test.ts`).
 * The last line is the plain total: `N passed, N failed`.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const jestBin = require.resolve('jest/bin/jest');
/** One jest run may take this long (CI's whole budget is 90 minutes, both runs included). */
const RUN_TIMEOUT_MS = Number(process.env.PPID_TEST_RUN_TIMEOUT_MS || 45 * 60 * 1000);

function runJest(label, extraArgs, env) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-jest-')), 'result.json');
  console.log(`\n=== ${label} ===`);
  // --forceExit: a handle left open by a library (a worker thread, a socket) must not keep the run
  // alive after the last suite; the timeout bounds a run that hangs inside a suite.
  const res = spawnSync(process.execPath, [jestBin, '--runInBand', '--forceExit', '--json', `--outputFile=${out}`, ...extraArgs, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    timeout: RUN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (res.error && res.error.code === 'ETIMEDOUT') console.log(`${label}: stopped after ${RUN_TIMEOUT_MS / 60000} minutes`);
  let passed = 0;
  let failed = 0;
  const failures = [];
  if (fs.existsSync(out)) {
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = result.numPassedTests;
    failed = result.numFailedTests;
    // A suite that failed to run (syntax error, boot failure) has no failed tests: count it.
    const broken = result.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed'));
    failed += broken.length;
    for (const suite of result.testResults) {
      const file = path.relative(root, suite.name);
      for (const a of suite.assertionResults.filter((x) => x.status === 'failed')) {
        failures.push({ where: `${file} › ${a.fullName}`, message: a.failureMessages.join('\n') });
      }
    }
    for (const suite of broken) failures.push({ where: `${path.relative(root, suite.name)} (the suite did not run)`, message: suite.message || '' });
  }
  if (res.status !== 0 && failed === 0) {
    console.log(`${label}: jest exited with code ${res.status} although no test failed (crash after the run?): counted as a failure`);
    failed += 1;
  }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return { passed, failed, failures: failures.map((f) => ({ ...f, label })) };
}

async function postgresReachable(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

(async () => {
  const totals = { passed: 0, failed: 0 };
  const failures = [];
  const add = (r) => {
    totals.passed += r.passed;
    totals.failed += r.failed;
    failures.push(...r.failures);
  };

  add(runJest('SQLite: unit and integration', [], { PPID_TEST_DB: 'sqlite' }));

  const pgUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  if (process.env.PPID_SKIP_POSTGRES === '1') {
    console.log('\nPostgreSQL integration suites: skipped: PPID_SKIP_POSTGRES=1');
  } else if (await postgresReachable(pgUrl)) {
    add(runJest('PostgreSQL: integration', ['--selectProjects', 'integration'], { PPID_TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl }));
  } else if (process.env.PPID_REQUIRE_POSTGRES === '1') {
    console.log(`\nPostgreSQL integration suites: FAILED: no PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, '//')} (PPID_REQUIRE_POSTGRES=1)`);
    totals.failed += 1;
  } else {
    console.log(`\nPostgreSQL integration suites: skipped: no PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, '//')}`);
  }

  // The failed tests once more at the end, where a reader of only the log's tail sees them.
  if (failures.length) {
    console.log(`\n=== failed tests (${failures.length}) ===`);
    for (const f of failures) {
      console.log(`${f.label}: ${f.where}`);
      const lines = f.message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim()).slice(0, 12);
      for (const l of lines) console.log(`    ${l}`);
    }
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 ? 1 : 0);
})();
