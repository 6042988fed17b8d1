/**
 * The order of a person's inbox and its pages (pure): overdue first, then the earliest due, items
 * without a due time last, ties in their given order. The server sorts and pages; the admin shows the
 * page it gets.
 */
export type Urgency = { overdue: boolean; dueAt: unknown };

const dueTime = (at: unknown) => {
  if (!at) return Number.POSITIVE_INFINITY;
  const time = new Date(at as string).getTime();
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
};

export function byUrgency<T extends Urgency>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.overdue !== b.item.overdue) return a.item.overdue ? -1 : 1;
      const byDue = dueTime(a.item.dueAt) - dueTime(b.item.dueAt);
      return byDue !== 0 && !Number.isNaN(byDue) ? byDue : a.index - b.index;
    })
    .map(({ item }) => item);
}

export type PageMeta = { page: number; pageSize: number; pageCount: number; total: number };

/** One page of `items` (pages count from 1) and the page's meta, in Strapi's pagination shape. */
export function pageOf<T>(items: T[], page: number, pageSize: number): { rows: T[]; pagination: PageMeta } {
  return {
    rows: items.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(items.length / pageSize)), total: items.length },
  };
}
