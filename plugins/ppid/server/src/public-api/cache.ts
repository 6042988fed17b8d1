/**
 * Conditional requests and a response cache for every public GET of the plugin.
 *
 * Any public route gets them by one line of route config: `config: PUBLIC_CACHED` (routes/index.ts).
 * The route's 200 answer is kept in memory under its URL together with the "public version" it was
 * built at; a strong ETag (sha-1 of the body) and Last-Modified (when the version last moved) go
 * on every answer, and If-None-Match / If-Modified-Since answer 304.
 *
 * The version lives in one database row (table `ppid_public_version`), bumped in the same process
 * by the database lifecycles of every content type the public can see (PUBLIC_MODELS): publish,
 * unpublish/withdraw, delete, enact, edits of units or workflow definitions. Every request reads
 * that row (a primary-key read), so a change made through another instance on the same database
 * invalidates this instance's cache at once, without a message bus.
 *
 * The same row carries `units_version`, moved only by writes to the organisation's units: what is
 * built from the units alone (the privacy allow-lists of every unit, services/privacy.ts) is kept
 * per units version, so publishing an announcement does not reload a thousand units.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { createCountMemo } from './count-memo';

export const VERSION_TABLE = 'ppid_public_version';

/** Content types whose writes may change a public answer. */
export const PUBLIC_MODELS = [
  'announcement', 'berkala-category', 'publication-record', 'dip-entry', 'dip-edition', 'exclusion', 'unit', 'workflow',
  'workflow-binding', 'service-report',
].map(uid).concat([
  'plugin::upload.file',
  // What the Public role may read: a grant or a revocation invalidates every answer (the fast path
  // serves entries built for anonymous requests without asking the permission layer again).
  'plugin::users-permissions.permission',
  'plugin::users-permissions.role',
]);

/** Where the public routes live (the fast path looks at nothing else). */
export const PUBLIC_PREFIX = '/api/ppid/';

const MAX_ENTRIES = 2000;

interface Entry {
  version: number;
  /** Built for a request without credentials: the Public role was allowed the route at `version`. */
  anonymous: boolean;
  /** The headers the chain before the route set (security headers, CORS for the request's origin). */
  headers: Record<string, string | string[]>;
  body: string;
  type: string;
  etag: string;
  lastModified: string;
}

export interface Version {
  version: number;
  changedAt: Date;
  /** Moves only when a unit is written (a subset of `version`'s moves). */
  unitsVersion: number;
}

const UNIT_MODEL = uid('unit');

type Ctx = {
  method: string;
  state?: Record<string, unknown>;
  url: string;
  path: string;
  status: number;
  body: unknown;
  type: string;
  get: (k: string) => string;
  set: (k: string, v: string) => void;
  response: { get: (k: string) => string; headers: Record<string, string | string[] | number | undefined> };
};

/** Headers that belong to one response, never replayed from a stored one. */
const OWN_HEADERS = new Set(['date', 'content-length', 'content-type', 'etag', 'last-modified', 'cache-control', 'x-cache', 'set-cookie', 'x-response-time']);

function replayable(headers: Ctx['response']['headers']) {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || OWN_HEADERS.has(name.toLowerCase())) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return kept;
}

/**
 * The cache key: the URL and the request's Origin, because the CORS headers stored with an answer
 * are those of that origin.
 */
const keyOf = (ctx: Ctx) => `${ctx.get('Origin')}\n${ctx.url}`;

export const strongEtag = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** Whole seconds: HTTP dates have no milliseconds, and If-Modified-Since compares at that grain. */
const httpDate = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000).toUTCString();

/** True when the request's validators show the client already holds this answer (RFC 9110 13.2.2). */
export function notModified(headers: { ifNoneMatch?: string; ifModifiedSince?: string }, etag: string, lastModified: string): boolean {
  if (headers.ifNoneMatch) {
    const tags = headers.ifNoneMatch.split(',').map((t) => t.trim());
    return tags.includes('*') || tags.includes(etag);
  }
  if (headers.ifModifiedSince) {
    const since = Date.parse(headers.ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(lastModified) <= since;
  }
  return false;
}

const validatorsOf = (ctx: Ctx) => ({ ifNoneMatch: ctx.get('If-None-Match'), ifModifiedSince: ctx.get('If-Modified-Since') });

function setValidators(ctx: Ctx, etag: string, lastModified: string, cache: 'HIT' | 'MISS') {
  ctx.set('ETag', etag);
  ctx.set('Last-Modified', lastModified);
  ctx.set('Cache-Control', 'public, no-cache');
  ctx.set('X-Cache', cache);
}

function serveHit(ctx: Ctx, hit: Entry, replayHeaders: boolean) {
  if (replayHeaders) for (const [name, value] of Object.entries(hit.headers)) ctx.set(name, value as string);
  setValidators(ctx, hit.etag, hit.lastModified, 'HIT');
  if (notModified(validatorsOf(ctx), hit.etag, hit.lastModified)) {
    ctx.status = 304;
    return;
  }
  ctx.type = hit.type;
  ctx.body = hit.body;
}

export function createPublicCache(strapi: Core.Strapi) {
  const entries = new Map<string, Entry>();
  /** Pagination totals per public version (count-memo.ts); on whether or not answers are cached. */
  const counts = createCountMemo();
  /** Everything this instance remembers of public content (its version row still rules). */
  const forget = () => {
    entries.clear();
    counts.clear();
  };
  /** Off: every answer is built afresh (validators and 304s still apply). The benchmark's "cold" runs. */
  let enabled = true;
  const knex = () => strapi.db.connection;
  let ready: Promise<void> | null = null;

  async function ensureTable() {
    if (!(await knex().schema.hasTable(VERSION_TABLE))) {
      try {
        await knex().schema.createTable(VERSION_TABLE, (t) => {
          t.integer('id').primary();
          t.bigInteger('version').notNullable();
          t.timestamp('changed_at', { useTz: true }).notNullable();
          t.bigInteger('units_version').notNullable().defaultTo(1);
        });
      } catch (e) {
        // Another instance created it between our check and our create.
        if (!(await knex().schema.hasTable(VERSION_TABLE))) throw e;
      }
    }
    // Installs from before the units version: the column is added once.
    if (!(await knex().schema.hasColumn(VERSION_TABLE, 'units_version'))) {
      try {
        await knex().schema.alterTable(VERSION_TABLE, (t) => {
          t.bigInteger('units_version').notNullable().defaultTo(1);
        });
      } catch (e) {
        if (!(await knex().schema.hasColumn(VERSION_TABLE, 'units_version'))) throw e;
      }
    }
    const row = await knex()(VERSION_TABLE).where({ id: 1 }).first();
    if (!row) {
      await knex()(VERSION_TABLE)
        .insert({ id: 1, version: 1, changed_at: new Date(), units_version: 1 })
        .onConflict('id')
        .ignore();
    }
  }
  const init = () => (ready ??= ensureTable());

  async function readVersion(): Promise<Version> {
    await init();
    const row = await knex()(VERSION_TABLE).select('version', 'changed_at', 'units_version').where({ id: 1 }).first();
    const changedAt = row.changed_at instanceof Date ? row.changed_at : new Date(Number(row.changed_at) || row.changed_at);
    return { version: Number(row.version), changedAt, unitsVersion: Number(row.units_version) };
  }
  // Requests arriving while a read of the version row is in flight share it (one query per round
  // trip, not per request): under load the row is read back to back, so a bump is seen within one
  // database round trip.
  let inFlight: Promise<Version> | null = null;
  function current(): Promise<Version> {
    if (!inFlight) {
      inFlight = readVersion().finally(() => {
        inFlight = null;
      });
    }
    return inFlight;
  }

  /**
   * Moves the public version (and the units version when a unit was written), then counts ahead the
   * list totals visitors were reading (count-memo.ts), without holding up the write.
   */
  async function bump(units = false) {
    await init();
    await knex()(VERSION_TABLE)
      .where({ id: 1 })
      .update({ version: knex().raw('version + 1'), changed_at: new Date(), ...(units ? { units_version: knex().raw('units_version + 1') } : {}) });
    forget();
    readVersion()
      .then(({ version }) => counts.refresh(version))
      .catch((e) => strapi.log.warn(`ppid: public list totals not counted ahead: ${(e as Error).message}`));
  }

  return {
    init,
    bump,
    current,
    /** Pagination totals of public lists, per public version. */
    counts,
    /** Drops this instance's entries and totals (the version row still rules). */
    clear: forget,
    setEnabled(on: boolean) {
      enabled = on;
      entries.clear();
    },
    size: () => entries.size,

    /** Subscribes the database lifecycles of PUBLIC_MODELS: any write bumps the version. */
    watch() {
      // Inside a transaction the bump waits for the commit: bumped earlier, another instance could
      // rebuild its answer from rows not yet committed and keep it under the new version. (Writing
      // the bump inside the transaction would make it atomic with the rows, but every transaction
      // that writes public content would then lock the one version row mid-way: two of them
      // writing the same rows in another order deadlock on PostgreSQL.) Strapi runs commit
      // callbacks without awaiting them, so another instance may answer from its old entry for the
      // few milliseconds the bump takes after the commit.
      const after = async (event: { model?: { uid?: string } }) => {
        forget();
        const units = event?.model?.uid === UNIT_MODEL;
        if (!strapi.db.inTransaction()) return bump(units);
        await strapi.db.transaction(async ({ onCommit }) => {
          onCommit(() => {
            forget();
            bump(units).catch((e) => strapi.log.error(`ppid: public cache version bump failed: ${(e as Error).message}`));
          });
        });
      };
      strapi.db.lifecycles.subscribe({
        models: PUBLIC_MODELS,
        afterCreate: after,
        afterCreateMany: after,
        afterUpdate: after,
        afterUpdateMany: after,
        afterDelete: after,
        afterDeleteMany: after,
      });
    },

    middleware() {
      return async (ctx: Ctx, next: () => Promise<void>) => {
        if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
        const { version, changedAt, unitsVersion } = await current();
        // The versions this answer is built at, for what is remembered per version (list totals;
        // the units' privacy allow-lists per units version).
        if (ctx.state) {
          ctx.state.ppidPublicVersion = version;
          ctx.state.ppidUnitsVersion = unitsVersion;
        }
        const lastModified = httpDate(changedAt);
        const hit = enabled ? entries.get(keyOf(ctx)) : undefined;
        if (hit && hit.version === version) return serveHit(ctx, hit, false);
        await next();
        if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
        const isText = typeof ctx.body === 'string';
        if (!isText && (Buffer.isBuffer(ctx.body) || typeof (ctx.body as any).pipe === 'function')) return;
        const body = isText ? (ctx.body as string) : JSON.stringify(ctx.body);
        const type = isText ? ctx.response.get('Content-Type') || 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
        const etag = strongEtag(body);
        if (enabled) {
          if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
          entries.set(keyOf(ctx), { version, anonymous: !ctx.get('Authorization'), headers: replayable(ctx.response.headers), body, type, etag, lastModified });
        }
        setValidators(ctx, etag, lastModified, 'MISS');
        if (notModified(validatorsOf(ctx), etag, lastModified)) {
          ctx.status = 304;
          ctx.body = null;
          return;
        }
        ctx.type = type;
        ctx.body = body;
      };
    },

    /**
     * The same answers, early in the application's middleware chain (config/middlewares.ts names
     * `plugin::ppid.public-cache` right after `strapi::errors`): a GET of a public route without
     * credentials whose answer is cached at the current version is served before the security and
     * CORS middlewares, the parsers, the session, the router and the permission layer run. The
     * headers those set on the stored answer (security headers; CORS for the same Origin) are
     * replayed, so the answer is the same byte for byte. That is what makes a cached answer and a
     * 304 cheap. Anything else (a miss, an old version, credentials) goes on unchanged to the route,
     * where `middleware()` builds and stores the answer.
     */
    fastPath() {
      return async (ctx: Ctx, next: () => Promise<void>) => {
        if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !enabled || !ctx.path.startsWith(PUBLIC_PREFIX) || ctx.get('Authorization')) return next();
        const hit = entries.get(keyOf(ctx));
        if (!hit || !hit.anonymous) return next();
        const { version } = await current();
        if (hit.version !== version) return next();
        serveHit(ctx, hit, true);
      };
    },
  };
}

export type PublicCache = ReturnType<typeof createPublicCache>;

let instance: PublicCache | null = null;
/** The process's cache (one Strapi per process; tests that boot again get a fresh one). */
export function publicCache(strapi: Core.Strapi): PublicCache {
  if (!instance || (instance as any).strapi !== strapi) {
    instance = Object.assign(createPublicCache(strapi), { strapi });
  }
  return instance;
}

/** Route config for a cached public GET: `{ method: 'GET', path, handler, config: PUBLIC_CACHED }`. */
export const PUBLIC_CACHED = {
  policies: [],
  middlewares: [(ctx: any, next: () => Promise<void>) => publicCache((globalThis as any).strapi).middleware()(ctx, next)],
};
