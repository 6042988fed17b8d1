#!/usr/bin/env node
'use strict';
/**
 * `npm run ppid:check`: runs the compliance checker once against the app's database (the same
 * DATABASE_* settings as `npm start`), prints the open alerts and exits
 *   0  when no open alert is at or above --fail-on (default: warning),
 *   1  when there are open violations,
 *   2  when the check itself could not run.
 * For operations and for cron outside Strapi. It does not start the HTTP server, schedule jobs or
 * send mail (unless --digest, which queues the day's digests in the outbox for the server to send).
 *
 * Options: --fail-on=info|warning|critical  --lang=en|id  --json  --digest
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const RANK = { info: 0, warning: 1, critical: 2 };
const failOn = option('fail-on', 'warning');
const lang = option('lang', 'en');
const unknown = args.filter((a) => !/^--(fail-on|lang)=/.test(a) && !['--json', '--digest'].includes(a));
if (unknown.length || !(failOn in RANK) || !['en', 'id'].includes(lang)) {
  console.error(`Usage: npm run ppid:check -- [--fail-on=info|warning|critical] [--lang=en|id] [--json] [--digest]${unknown.length ? `\nUnknown option ${unknown.join(' ')}` : ''}`);
  process.exit(2);
}

async function main() {
  const { checkBuild } = require(path.join(root, 'plugins', 'ppid', 'scripts', 'source-hash.js'));
  if (!checkBuild().ok) {
    const res = spawnSync('npm', ['run', 'build:plugin', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) throw new Error('the ppid plugin could not be built');
  }
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  if (!fs.existsSync(path.join(root, 'dist', 'config', 'database.js'))) await compileStrapi({ appDir: root, ignoreDiagnostics: true });
  // Only this run: no cron jobs, no catch-up, no mail dispatch, no demo seeding.
  Object.assign(process.env, { PPID_COMPLIANCE: 'false', PPID_NOTIFICATIONS: 'false', PPID_SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL || 'error', STRAPI_TELEMETRY_DISABLED: 'true' });
  const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = process.env.LOG_LEVEL;
  try {
    const result = await strapi.plugin('ppid').service('compliance-runs').runNow({ digest: flag('digest') });
    const alerts = [];
    for (let page = 1; ; page += 1) {
      const { data, meta } = await strapi.plugin('ppid').service('compliance-alerts').listAlerts({ page, pageSize: 100 });
      alerts.push(...data);
      if (page >= meta.pagination.pageCount) break;
    }
    const violations = alerts.filter((a) => RANK[a.severity] >= RANK[failOn]);
    if (flag('json')) {
      console.log(JSON.stringify({ run: result, alerts, violations: violations.length }, null, 2));
    } else {
      const count = (s) => alerts.filter((a) => a.severity === s).length;
      console.log(`PPID compliance check (${result.window}): ${result.findings} finding(s) in ${result.ms} ms; opened ${result.opened}, resolved ${result.resolved}`);
      console.log(`Open alerts: ${alerts.length} (critical ${count('critical')}, warning ${count('warning')}, info ${count('info')})`);
      for (const a of alerts) {
        const mark = a.state === 'acknowledged' ? ' (acknowledged)' : '';
        console.log(`  ${a.severity.toUpperCase().padEnd(8)} ${a.rule.padEnd(22)} ${(a.unit ? a.unit.code : '-').padEnd(24)} ${a.title[lang] || a.title.en}${mark}`);
      }
      console.log(violations.length ? `${violations.length} open violation(s) at or above "${failOn}"` : `No open violation at or above "${failOn}"`);
    }
    return violations.length ? 1 : 0;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`ppid:check could not run: ${error && error.message ? error.message : error}`);
    process.exit(2);
  }
);
