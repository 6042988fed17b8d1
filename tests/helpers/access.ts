/**
 * Helpers for access tests: what the database holds (to prove that a refused request changed
 * nothing) and an end user of users-permissions with a JWT from the real login route.
 */
import { createHash } from 'crypto';
import type { Booted } from './strapi';

const PPID = 'plugin::ppid.';

/** Every table that holds ppid data: the plugin's own tables and their relation (link) tables. */
export function ppidTables(strapi: any): string[] {
  const tables = new Set<string>();
  for (const [uid, meta] of strapi.db.metadata as Map<string, any>) {
    if (!uid.startsWith(PPID)) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values<any>(meta.attributes ?? {})) {
      if (attribute?.joinTable?.name) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
}

export type TableState = Record<string, string>;

/**
 * Row count and a SHA-256 of the rows (ordered by id) of every ppid table, the media links of ppid
 * records, and the number of uploaded files. Read with the query builder, so relations stored in
 * link tables count too.
 */
export async function tableState(strapi: any, tables: string[] = ppidTables(strapi)): Promise<TableState> {
  const knex = strapi.db.connection;
  const state: TableState = {};
  const digest = (rows: unknown[]) => `${rows.length} rows, sha256 ${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
  for (const table of tables) state[table] = digest(await knex(table).select('*').orderBy('id', 'asc'));
  const morph = strapi.db.metadata.get('plugin::upload.file')?.attributes?.related?.joinTable?.name ?? 'files_related_mph';
  state[`${morph} (ppid records)`] = digest(await knex(morph).select('*').where('related_type', 'like', `${PPID}%`).orderBy('id', 'asc'));
  state['plugin::upload.file count'] = String(await strapi.db.query('plugin::upload.file').count());
  return state;
}

/** The tables whose state differs between two readings, as "table: before -> after". */
export function changedTables(before: TableState, after: TableState): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).map((k) => `${k}: ${before[k]} -> ${after[k]}`);
}

/**
 * On SQLite with its single connection, `total_changes()` counts every row written since the
 * connection opened: when it has not moved, nothing was written and the tables need not be read
 * again. Null where it cannot be trusted (PostgreSQL, a pool of several connections).
 */
async function writeCounter(strapi: any): Promise<number | null> {
  const knex = strapi.db.connection;
  if (!String(knex.client.config?.client ?? '').includes('sqlite') || knex.client.pool?.max !== 1) return null;
  const rows = await knex.raw('select total_changes() as n');
  return Number((Array.isArray(rows) ? rows[0] : rows?.rows?.[0])?.n);
}

/**
 * Reads the state before a request and tells what changed after it. The last reading is reused
 * while the database reports no write since (SQLite); otherwise every table is read again.
 */
export function stateTracker(strapi: any, tables: string[] = ppidTables(strapi)) {
  let last: { state: TableState; counter: number | null } | null = null;
  const read = async () => {
    const counter = await writeCounter(strapi);
    last = { state: await tableState(strapi, tables), counter };
    return last;
  };
  const unchanged = async () => last !== null && last.counter !== null && (await writeCounter(strapi)) === last.counter;
  return {
    async before(): Promise<TableState> {
      return (await unchanged()) ? last!.state : (await read()).state;
    },
    /** The tables that differ from `before` (empty when nothing changed). */
    async changedSince(before: TableState): Promise<string[]> {
      if ((await unchanged()) && last!.state === before) return [];
      return changedTables(before, (await read()).state);
    },
  };
}

let endUsers = 0;

/** A confirmed end user with the Authenticated role, logged in through POST /api/auth/local. */
export async function endUser(app: Booted): Promise<{ id: number; jwt: string }> {
  endUsers += 1;
  const { strapi } = app;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const email = `warga.${endUsers}@contoh.id`;
  const password = 'Warga-Uji-123';
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: `warga${endUsers}`,
    email,
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const res = await app.http().post('/api/auth/local').send({ identifier: email, password });
  if (res.status !== 200) throw new Error(`end user login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: user.id, jwt: res.body.jwt as string };
}

/** The ppid tables but the mail queue's (sent in the background, it may be written during a refusal). */
export const tablesButMail = (strapi: any) => ppidTables(strapi).filter((t) => !/notification|dev_mail/.test(t));

/**
 * Refusals that change nothing, for a suite's `refused(...)`: `snapshot()` reads the tables,
 * `expectUnchanged()` asserts that none differs since the last snapshot.
 */
export function refusals(strapi: any, tables: string[] = ppidTables(strapi)) {
  const states = stateTracker(strapi, tables);
  let before: TableState;
  const snapshot = async () => {
    before = await states.before();
  };
  const expectUnchanged = async () => expect(await states.changedSince(before)).toEqual([]);
  return {
    snapshot,
    expectUnchanged,
    /** The answer's status and (when given) its message; nothing changed since the last snapshot. */
    async sinceSnapshot(res: Promise<any> | any, status: number, message?: string) {
      const r = await res;
      expect({ status: r.status, message: message === undefined ? undefined : r.body?.error?.message }).toEqual({ status, message });
      await expectUnchanged();
      return r;
    },
    /** Snapshot, then the answer: its status and a message; nothing changed. */
    async fromNow(res: Promise<any>, status: number) {
      await snapshot();
      const r = await res;
      expect([r.status, r.body?.error?.message]).toEqual([status, expect.any(String)]);
      await expectUnchanged();
      return r;
    },
  };
}

export type Refusals = ReturnType<typeof refusals>;
