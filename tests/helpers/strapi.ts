/**
 * Boots the real app once per test file on its own database and gives supertest agents for a
 * public visitor and for admin users, through the real HTTP routes.
 */
import path from 'path';
import request from 'supertest';
import { freshDatabase, type DbHandle } from './db';

const APP_DIR = path.resolve(__dirname, '..', '..');

export type Booted = {
  strapi: any;
  http: () => request.Agent;
  db: DbHandle;
  /** Listens on 127.0.0.1 (a free port) for a real browser; resolves the base URL. */
  listen: () => Promise<string>;
  stop: (opts?: { keepDatabase?: boolean }) => Promise<void>;
};

export async function boot(label: string, env: Record<string, string> = {}, existing?: DbHandle, opts: { adminPanel?: boolean } = {}): Promise<Booted> {
  const db = existing ?? (await freshDatabase(label));
  // The compliance checker's cron and start-up catch-up are off unless a suite turns them on.
  Object.assign(process.env, db.env, { NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'error', LOG_STARTUP: 'false', STRAPI_TELEMETRY_DISABLED: 'true', PPID_COMPLIANCE: 'false' }, env);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createStrapi } = require('@strapi/strapi');
  const instance = createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: opts.adminPanel === true,
  });
  let strapi: any;
  try {
    strapi = await instance.load();
  } catch (error) {
    // A failed boot must not leave a pool open that keeps jest from exiting.
    await instance.destroy().catch(() => undefined);
    if (!existing) await db.drop().catch(() => undefined);
    throw error;
  }
  strapi.log.level = 'error';
  await strapi.server.mount();
  const agent = () => request.agent(strapi.server.httpServer);
  return {
    strapi,
    db,
    http: agent,
    listen: () =>
      new Promise<string>((resolve, reject) => {
        strapi.server.httpServer.once('error', reject);
        strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${strapi.server.httpServer.address().port}`));
      }),
    async stop({ keepDatabase = false } = {}) {
      // Document-service events are emitted after their transaction commits: let them finish
      // before the pool closes.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await strapi.destroy();
      if (!keepDatabase) await db.drop();
      for (const key of Object.keys(db.env)) delete process.env[key];
    },
  };
}

let adminCounter = 0;

/** Creates an admin user with the given role codes (default: Super Admin) and logs in. */
export async function adminSession(booted: Booted, roles: string[] = ['strapi-super-admin']) {
  const { strapi } = booted;
  adminCounter += 1;
  const email = `admin${adminCounter}@test.ppid.go.id`;
  const password = 'Rahasia-Uji-123';
  const roleRows = await strapi.db.query('admin::role').findMany({ where: { code: { $in: roles } } });
  const user = await strapi.service('admin::user').create({
    email,
    firstname: 'Uji',
    lastname: `Admin ${adminCounter}`,
    password,
    isActive: true,
    registrationToken: null,
    roles: roleRows.map((r: any) => r.id),
  });
  const res = await booted.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const token = res.body.data.token as string;
  const as = (method: 'get' | 'post' | 'put' | 'delete', url: string) =>
    booted.http()[method](url).set('Authorization', `Bearer ${token}`);
  return { user, token, email, as };
}

/** The answer when its status is `status` (200 unless told); otherwise an error naming the status and body. */
export async function ok(res: Promise<any> | any, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
  return r;
}
