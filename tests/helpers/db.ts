/**
 * Which database the integration suites run on. `PPID_TEST_DB=postgres` (set by `npm test` for its
 * second pass) runs them on PostgreSQL: each test file gets a fresh database on the server named by
 * `TEST_DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/test).
 */
import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

export const TEST_DB = process.env.PPID_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export type DbHandle = { env: Record<string, string>; drop: () => Promise<void> };

async function withPg<T>(url: string, fn: (client: any) => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await withPg(ADMIN_URL, (c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * A fresh, empty database for one test file, with its own private file store (the plugin's
 * `privateFiles.dir`, PPID_PRIVATE_FILES_DIR) in a temp folder that goes with it.
 */
export async function freshDatabase(label: string): Promise<DbHandle> {
  const suffix = `${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-test-'));
  const files = { PPID_PRIVATE_FILES_DIR: path.join(dir, 'private-files') };
  const removeDir = async () => fs.rmSync(dir, { recursive: true, force: true });
  if (TEST_DB === 'postgres') {
    const name = `ppid_t_${suffix}`;
    await withPg(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), ...files },
      drop: async () => {
        await withPg(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
        await removeDir();
      },
    };
  }
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, `${suffix}.db`), ...files },
    drop: removeDir,
  };
}
