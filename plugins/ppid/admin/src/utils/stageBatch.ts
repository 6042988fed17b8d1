import { STAGES_MAX_IDS, type ItemStage } from '../api/stages';

type FetchPage = (type: string, documentIds: string[]) => Promise<Record<string, ItemStage>>;
type Deferred = { promise: Promise<ItemStage | null>; resolve: (s: ItemStage | null) => void; reject: (e: unknown) => void };

const deferred = (): Deferred => {
  let resolve!: Deferred['resolve'];
  let reject!: Deferred['reject'];
  const promise = new Promise<ItemStage | null>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

/**
 * Gathers the stage requests of the cells of one list page into one request: every `load` made in
 * the same turn (all the rows' cells mount together) waits for one GET per type with all their ids
 * (split in pages of STAGES_MAX_IDS if ever more). An answer is kept `ttlMs` so that the two columns
 * of a row and a re-mount share it; an item the server left out (not readable, no workflow) is null.
 */
export function createStageBatcher(fetchPage: FetchPage, { ttlMs = 2000, now = () => Date.now() } = {}) {
  const cache = new Map<string, { at: number; promise: Promise<ItemStage | null> }>();
  const pending = new Map<string, Map<string, Deferred>>();

  async function flush(type: string) {
    const waiting = pending.get(type);
    pending.delete(type);
    if (!waiting) return;
    const ids = [...waiting.keys()];
    for (let i = 0; i < ids.length; i += STAGES_MAX_IDS) {
      const chunk = ids.slice(i, i + STAGES_MAX_IDS);
      try {
        const data = await fetchPage(type, chunk);
        for (const id of chunk) waiting.get(id)!.resolve(data[id] ?? null);
      } catch (error) {
        for (const id of chunk) {
          cache.delete(`${type}:${id}`); // the next mount asks again
          waiting.get(id)!.reject(error);
        }
      }
    }
  }

  function load(type: string, documentId: string): Promise<ItemStage | null> {
    const key = `${type}:${documentId}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.promise;
    let waiting = pending.get(type);
    if (!waiting) {
      waiting = new Map();
      pending.set(type, waiting);
      setTimeout(() => void flush(type), 0);
    }
    let d = waiting.get(documentId);
    if (!d) {
      d = deferred();
      waiting.set(documentId, d);
    }
    cache.set(key, { at: now(), promise: d.promise });
    return d.promise;
  }

  return { load, clear: () => cache.clear() };
}
