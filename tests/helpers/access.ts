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
