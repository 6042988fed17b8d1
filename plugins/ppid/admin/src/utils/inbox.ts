import type { InboxItem } from '../api/types';

const dueTime = (iso: string | null) => {
  if (!iso) return Number.POSITIVE_INFINITY;
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/** Overdue items first, then the earliest due; items without a due time last; stable otherwise. */
export function sortInbox<T extends Pick<InboxItem, 'overdue' | 'dueAt'>>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.overdue !== b.item.overdue) return a.item.overdue ? -1 : 1;
      const byDue = dueTime(a.item.dueAt) - dueTime(b.item.dueAt);
      if (byDue !== 0 && !Number.isNaN(byDue)) return byDue;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
