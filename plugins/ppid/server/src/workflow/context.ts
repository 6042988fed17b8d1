/**
 * The engine's own writes (publishing an approved item, seeding) run inside this scope; the
 * publish gate lets exactly those through and nothing else. AsyncLocalStorage carries the scope
 * through Strapi's document service into the middleware without a flag anyone could send.
 */
import { AsyncLocalStorage } from 'async_hooks';

type Scope = { documentIds: Set<string> | 'all' };
const storage = new AsyncLocalStorage<Scope>();

/** Runs `fn` with the engine allowed to publish (and write workflow records for) `documentId`. */
export const asEngine = <T>(documentId: string, fn: () => Promise<T>): Promise<T> =>
  storage.run({ documentIds: new Set([documentId]) }, fn);

/** Runs `fn` as trusted system code (demo seed, migrations): the gate does not apply. */
export const asSystem = <T>(fn: () => Promise<T>): Promise<T> => storage.run({ documentIds: 'all' }, fn);

export function engineMayWrite(documentId: string | undefined): boolean {
  const scope = storage.getStore();
  if (!scope) return false;
  return scope.documentIds === 'all' || (documentId !== undefined && scope.documentIds.has(documentId));
}

export const inSystemScope = () => storage.getStore()?.documentIds === 'all';
