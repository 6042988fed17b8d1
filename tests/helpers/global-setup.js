'use strict';
/**
 * Once per integration run: build the plugin when its build is missing or stale, and compile the
 * app's TypeScript (config/, src/) into dist/, which each test file then boots from.
 */
const { execSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  const { checkBuild } = require(path.join(root, 'plugins', 'ppid', 'scripts', 'source-hash.js'));
  if (!checkBuild().ok) {
    execSync('npm run build:plugin', { cwd: root, stdio: 'inherit' });
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: root, ignoreDiagnostics: true });
};
