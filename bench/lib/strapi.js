'use strict';
/**
 * Boots the real app (compiled dist/, the built ppid plugin) for the benchmark, with one addition:
 * Strapi's API directory points at bench/api, which holds the benchmark-only collection type
 * `api::bench-announcement.bench-announcement` (the app has no src/api of its own, so nothing of the
 * app is hidden by this). The type exists only in the processes and databases the bench creates.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..', '..');
const BENCH_API_DIR = path.resolve(__dirname, '..', 'api');
const BENCH_UID = 'api::bench-announcement.bench-announcement';
/** `find` on the relation targets, needed by core REST to populate them for the Public role. */
const RELATED_FIND_ACTIONS = ['plugin::ppid.unit.find', 'plugin::ppid.berkala-category.find'];

/** The public fields our endpoint returns, asked of Strapi's core REST `find` on the bench copy. */
const CORE_QUERY =
  '/api/bench-announcements?' +
  [
    'fields[0]=slug',
    'fields[1]=title',
    'fields[2]=summary',
    'fields[3]=infoClass',
    'fields[4]=informationDate',
    'fields[5]=publishedAt',
    'fields[6]=updatedAt',
    'populate[unit][fields][0]=code',
    'populate[unit][fields][1]=name',
    'populate[berkalaCategory][fields][0]=code',
    'populate[berkalaCategory][fields][1]=name',
    'sort=publishedAt:desc',
    'pagination[pageSize]=25',
  ].join('&');
const OURS_PATH = '/api/ppid/announcements';

/**
 * Boots Strapi in this process. `db` is { client: 'sqlite', file } or { client: 'postgres', url }.
 * `adminPanel: true` serves the built admin panel. Returns { strapi, listen(): port, stop() }.
 */
async function bootApp({ dbFile, pgUrl, logLevel = 'error', adminPanel = false } = {}) {
  const env = {
    NODE_ENV: process.env.BENCH_NODE_ENV || 'production',
    LOG_LEVEL: logLevel,
    LOG_STARTUP: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    PPID_SEED_DEMO: 'false',
    HOST: '127.0.0.1',
  };
  // Production refuses demo secrets: a benchmark boot gets throw-away ones (unless set).
  for (const name of ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) {
    env[name] = process.env[name] || require('crypto').randomBytes(32).toString('base64');
  }
  if (pgUrl) Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: pgUrl });
  else {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile });
  }
  Object.assign(process.env, env);

  // eslint-disable-next-line global-require
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    // The admin panel (dist/build) only for the benchmarks that drive a browser (bench/inbox.js).
    serveAdminPanel: adminPanel,
  });
  // Strapi loads APIs from dirs.dist.api (dist/src/api); the app has none: use the bench's.
  if (fs.existsSync(app.dirs.dist.api)) {
    throw new Error(`The app now has APIs in ${app.dirs.dist.api}: bench/lib/strapi.js would hide them; merge them instead`);
  }
  app.dirs.dist.api = BENCH_API_DIR;
  await app.load();
  app.log.level = logLevel;
  if (!app.contentType(BENCH_UID)) throw new Error(`${BENCH_UID} did not load from ${BENCH_API_DIR}`);

  return {
    strapi: app,
    listen: () =>
      new Promise((resolve, reject) => {
        const server = app.server.listen(0, '127.0.0.1', () => resolve(server.address().port));
        server.once('error', reject);
      }),
    stop: async () => {
      await app.destroy();
    },
  };
}

/**
 * Opens Strapi's core `find` of the bench copy to the Public role (as an admin would in Users &
 * Permissions), with `find` on the related unit and berkala category, without which core REST
 * silently drops `populate[unit]` / `populate[berkalaCategory]` for public callers.
 */
async function grantPublic(strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('No users-permissions Public role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of [`${BENCH_UID}.find`, ...RELATED_FIND_ACTIONS]) {
    const found = await permissions.findOne({ where: { action, role: { id: role.id } } });
    if (!found) await permissions.create({ data: { action, role: role.id } });
  }
}

/** GET helper against 127.0.0.1:port: resolves { status, headers, text, body }. */
function httpGetter(port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (urlPath) =>
    new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body = null;
          try {
            body = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode, headers: res.headers, text, body });
        });
      });
      req.on('error', reject);
    });
}

module.exports = { APP_DIR, BENCH_UID, RELATED_FIND_ACTIONS, CORE_QUERY, OURS_PATH, bootApp, grantPublic, httpGetter };
