import { adminUrl } from '../../../shared/routes';
/**
 * Helpers of the Organisation page, pure so they are tested without a browser.
 */

/** Fields the change log never lists as changed (bookkeeping, not organisation data). */
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The names of the fields a logged change touched, in a stable order: every field of the record
 * for a creation or deletion, else the fields whose value differs between before and after.
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})].filter((k) => !BOOKKEEPING.has(k)));
  const out = [...keys].filter((k) => !before || !after || !same(before[k], after[k]));
  return out.sort();
}

/** The change log's query for one page. */
export const changesUrl = (page: number, pageSize = 20) => adminUrl('organisationChanges', {}, { page, pageSize });
