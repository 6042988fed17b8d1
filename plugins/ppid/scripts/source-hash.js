'use strict';
/**
 * A hash of the plugin's sources. `npm run build` writes it to dist/.source-hash; the app compares it
 * at start and refuses to run a missing or stale build (Strapi would otherwise skip the plugin and
 * drop its tables). Used by scripts/stamp.js and by the app's register().
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
// shared/ holds the lists and contracts both halves compile in: a change there is a change of both.
const INPUTS = ['server/src', 'admin/src', 'shared', 'package.json'];

function files(rel) {
  const abs = path.join(ROOT, rel);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [rel];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const rel of INPUTS.flatMap(files)) {
    hash.update(rel.split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(path.join(ROOT, rel)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** { ok: true } or { ok: false, reason } for the build in dist/. */
function checkBuild() {
  const stamp = path.join(ROOT, 'dist', '.source-hash');
  if (!fs.existsSync(path.join(ROOT, 'dist', 'server', 'index.js')) || !fs.existsSync(stamp)) {
    return { ok: false, reason: 'the ppid plugin has not been built' };
  }
  if (!fs.existsSync(path.join(ROOT, 'server', 'src'))) return { ok: true }; // installed from a package: no sources
  if (fs.readFileSync(stamp, 'utf8').trim() !== sourceHash()) {
    return { ok: false, reason: 'the ppid plugin build is older than its sources' };
  }
  return { ok: true };
}

module.exports = { sourceHash, checkBuild, ROOT };
