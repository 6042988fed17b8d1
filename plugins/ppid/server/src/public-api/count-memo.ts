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
 */
export const COUNT_MEMO_MAX = 1000;

export interface CountMemo {
  /** The total for `key` at `version`: remembered, or counted by `compute` (and remembered). */
  get(version: unknown, key: string, compute: () => Promise<number>): Promise<number>;
  /** Forgets every total (a write to public content in this instance). */
  clear(): void;
  size(): number;
}

export function createCountMemo(max = COUNT_MEMO_MAX): CountMemo {
  let atVersion: number | null = null;
  const totals = new Map<string, Promise<number>>();
  return {
    get(version, key, compute) {
      // Outside a public request (no version read), or a request that read a version older than the
      // memo's: count, remember nothing.
      if (typeof version !== 'number' || (atVersion !== null && version < atVersion)) return compute();
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
    },
    clear() {
      totals.clear();
    },
    size: () => totals.size,
  };
}

/** The memo key of a count: the model and its where clause (dates as ISO strings). */
export const countKey = (model: string, where: unknown) => `${model}\n${JSON.stringify(where)}`;
