/**
 * A board column's pages in the admin (pure): the first page comes with the board, further pages are
 * asked for one at a time ("Muat lebih banyak") and appended. A card that moved between two pages
 * (someone took a step meanwhile) is shown once.
 */
import { adminUrl } from '../../../shared/routes';
import type { BoardItem } from '../api/types';
import type { BoardPagination } from '../../../shared/board';

export interface ColumnPages {
  /** The cards shown: the first page, then each page loaded, without repeats. */
  items: BoardItem[];
  /** Every active item at the stage, as last counted by the server. */
  total: number;
  /** The page to ask for next; null when every page is shown. */
  nextPage: number | null;
  /** Cards not shown yet. */
  remaining: number;
}

/** What a column shows after its first page and the further pages loaded (in order). */
export function columnPages(first: { items: BoardItem[]; pagination: BoardPagination }, more: { data: BoardItem[]; meta: { pagination: BoardPagination } }[]): ColumnPages {
  const seen = new Set<string>();
  const items: BoardItem[] = [];
  for (const item of [...first.items, ...more.flatMap((p) => p.data)]) {
    if (seen.has(item.documentId)) continue;
    seen.add(item.documentId);
    items.push(item);
  }
  const last = more.length ? more[more.length - 1].meta.pagination : first.pagination;
  const total = last.total;
  const nextPage = last.page < last.pageCount && items.length < total ? last.page + 1 : null;
  return { items, total, nextPage, remaining: nextPage === null ? 0 : Math.max(0, total - items.length) };
}

/** The URL of a column's page `page` (GET /ppid/workflow/board/column). */
export const columnPageUrl = (column: { type: string; workflow: string; version: number; stage: string; pageSize: number }, page: number) =>
  adminUrl('boardColumn', {}, { type: column.type, workflow: column.workflow, version: column.version, stage: column.stage, page, pageSize: column.pageSize });
