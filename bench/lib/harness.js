'use strict';
/** Child processes and autocannon runs shared by bench/run.js and bench/experiments/ab.js. */
const { fork } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const BENCH = path.resolve(__dirname, '..');
const children = new Set();
const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** Forks bench/<script> with extra environment; stdout/stderr go to ours, messages over IPC. */
function startChild(script, childEnv) {
  const child = fork(path.join(BENCH, script), [], {
    cwd: ROOT,
    env: { ...process.env, ...childEnv },
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Resolves with the child's first message of `type`; rejects on { type: 'error' }, exit or timeout. */
function waitFor(child, type, seconds, what) {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('message', onMessage);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${what}: no "${type}" after ${seconds}s`));
    }, seconds * 1000);
    const onMessage = (msg) => {
      if (msg && msg.type === type) {
        done();
        resolve(msg);
      } else if (msg && msg.type === 'error') {
        done();
        reject(new Error(`${what} failed:\n${msg.message}`));
      }
    };
    const onExit = (code) => {
      done();
      reject(new Error(`${what} exited with code ${code}`));
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Asks a child to stop ({ type: 'stop' }); kills it (by its own pid) after 15 s. */
async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    child.send({ type: 'stop' });
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

function killAll() {
  for (const c of children) c.kill('SIGKILL');
}

/** One autocannon run against a 127.0.0.1 URL. */
function cannon(url, seconds, connections, headers = {}) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`bench: only 127.0.0.1 is loaded, not ${url}`);
  // eslint-disable-next-line global-require
  const autocannon = require('autocannon');
  return autocannon({ url, connections, pipelining: 1, duration: seconds, timeout: 20, headers });
}

function summarize(result) {
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    avgLatency: result.latency.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A measured run: logs it, and throws when any response was not a 2xx. */
async function measure(name, url, seconds, connections, headers = {}, expectStatus = 200) {
  const result = await cannon(url, seconds, connections, headers);
  const r = summarize(result);
  // A 304 run counts 3xx, not 2xx: every response must carry the expected status.
  if (expectStatus === 304) {
    r.non2xx = result.requests.total - (result['3xx'] || 0);
  }
  log(`  ${name.padEnd(6)} ${r.rps.toFixed(1).padStart(9)} req/s  p99 ${String(r.p99).padStart(4)} ms  (${r.total} requests, non-2xx ${r.non2xx}, errors ${r.errors})`);
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`${name}: ${r.non2xx} ${expectStatus === 304 ? 'non-304' : 'non-2xx'}, ${r.errors} errors, ${r.timeouts} timeouts at ${url}`);
  return r;
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * A fresh PostgreSQL database on the local server of `adminUrl` (127.0.0.1 only), named after
 * `label`: resolves { url, drop }.
 */
async function freshPostgres(adminUrl, label) {
  // eslint-disable-next-line global-require
  const { Client } = require('pg');
  const admin = new URL(adminUrl);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(admin.hostname)) {
    throw new Error(`BENCH_DB=postgres: only a local server (127.0.0.1) is used, not ${admin.hostname}`);
  }
  // eslint-disable-next-line global-require
  const name = `ppid_bench_${label}_${require('crypto').randomBytes(3).toString('hex')}`;
  const run = async (sql) => {
    const c = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

module.exports = { ROOT, children, log, startChild, waitFor, stopChild, killAll, cannon, summarize, measure, mean, freshPostgres };
