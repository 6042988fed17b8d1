/**
 * Pagination totals remembered per public version.
 *
 * A public list's total (`count` over the published rows matching its filters) is the same for every
 * request answered at one public version: the version moves on every write to a content type the
 * public can see (cache.ts, PUBLIC_MODELS), in this instance or in another one on the same database.
 * At 100k rows that count is the costliest statement of an uncached list (a scan of ~92k index
 * entries), so it is counted once per version and filter set, and reused until the version moves.
 *
 * Exactness rests on the same rules as the response cache: a count is kept only under the version
 * the request read before counting (never under a newer one), the memo is emptied the moment this
 * instance writes public content (before its version bump), and a request that read an older
 * version than the memo's counts afresh without storing anything.
 *
 * Counted ahead after a write: the instance that writes calls `refresh(newVersion)` once its bump
 * is committed, and the totals visitors were reading at the version just left (at most
 * REFRESH_KEYS of them, one count at a time) are counted again under the new version, so the first
 * visitor after a publish does not wait for a count of the whole list. Writes in a row with no
 * visitor in between refresh once; another instance counts on its first request as before.
 */
export const COUNT_MEMO_MAX = 1000;
export const REFRESH_KEYS = 8;

export interface CountMemo {
  /** The total for `key` at `version`: remembered, or counted by `compute` (and remembered). */
  get(version: unknown, key: string, compute: () => Promise<number>): Promise<number>;
  /** Forgets every total (a write to public content in this instance). */
  clear(): void;
  /**
   * Counts again, under `version`, the totals visitors read at the last version they read at
   * (each such version once). Resolves when done; a failed count is skipped.
   */
  refresh(version: number): Promise<void>;
  size(): number;
}

export function createCountMemo(max = COUNT_MEMO_MAX, refreshKeys = REFRESH_KEYS): CountMemo {
  let atVersion: number | null = null;
  const totals = new Map<string, Promise<number>>();
  /** The totals visitors read, most recent last: the version they read at and how to count. */
  const read = new Map<string, { version: number; compute: () => Promise<number> }>();
  /** The last read version a refresh has counted ahead from. */
  let refreshedFrom = -1;

  function remember(version: number, key: string, compute: () => Promise<number>): Promise<number> | null {
    // A version older than the memo's: count, remember nothing.
    if (atVersion !== null && version < atVersion) return null;
    if (version !== atVersion) {
      totals.clear();
      atVersion = version;
    }
    const known = totals.get(key);
    if (known) return known;
    const total = compute();
    if (totals.size >= max) totals.delete(totals.keys().next().value as string);
    totals.set(key, total);
    // A failed count is not remembered.
    total.catch(() => {
      if (totals.get(key) === total) totals.delete(key);
    });
    return total;
  }

  return {
    get(version, key, compute) {
      // Outside a public request (no version read): count, remember nothing.
      if (typeof version !== 'number') return compute();
      const total = remember(version, key, compute);
      if (!total) return compute();
      read.delete(key);
      read.set(key, { version, compute });
      if (read.size > refreshKeys) read.delete(read.keys().next().value as string);
      return total;
    },
    async refresh(version) {
      const last = Math.max(-1, ...[...read.values()].map((r) => r.version));
      if (last < 0 || last <= refreshedFrom || version <= last) return;
      refreshedFrom = last;
      for (const [key, r] of [...read].filter(([, x]) => x.version === last)) {
        // A later write moved on: what this refresh would count is already old.
        if (atVersion !== null && atVersion > version) return;
        await remember(version, key, r.compute)?.catch(() => undefined);
      }
    },
    clear() {
      totals.clear();
    },
    size: () => totals.size,
  };
}

/** The memo key of a count: the model and its where clause (dates as ISO strings). */
export const countKey = (model: string, where: unknown) => `${model}\n${JSON.stringify(where)}`;
