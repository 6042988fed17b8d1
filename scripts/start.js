#!/usr/bin/env node
'use strict';
/**
 * `npm run develop` / `npm start`: builds the ppid plugin when its build is missing or stale, then
 * runs Strapi. `develop` seeds the demo agency (PPID_SEED_DEMO=false to skip) on the embedded SQLite
 * database (.tmp/data.db) unless DATABASE_CLIENT says otherwise. `start` (production) builds the
 * admin panel first when it has not been built.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const mode = process.argv[2] === 'start' ? 'start' : 'develop';
const { checkBuild } = require(path.join(root, 'plugins', 'ppid', 'scripts', 'source-hash.js'));

const run = (cmd, args, env = {}) => {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) process.exit(res.status ?? 1);
};

if (!fs.existsSync(path.join(root, 'node_modules', '@strapi', 'strapi'))) {
  console.error('Dependencies are missing: run `npm install --no-audit --no-fund` first.');
  process.exit(1);
}

const build = checkBuild();
if (!build.ok) {
  console.log(`[ppid] ${build.reason}: building it now (npm run build:plugin)...`);
  run('npm', ['run', 'build:plugin']);
}

const strapiBin = path.join(root, 'node_modules', '.bin', 'strapi');
if (mode === 'develop') {
  run(strapiBin, ['develop'], { PPID_SEED_DEMO: process.env.PPID_SEED_DEMO ?? 'true' });
} else {
  if (!fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) run(strapiBin, ['build']);
  run(strapiBin, ['start']);
}
