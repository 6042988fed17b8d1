import { byUrgency, pageOf } from '../src/workflow/inbox-order';

describe('byUrgency', () => {
  it('puts overdue items first, then the earliest due, items without a due time last', () => {
    const items = [
      { key: 'later', overdue: false, dueAt: '2026-01-02T10:00:00Z' },
      { key: 'none', overdue: false, dueAt: null },
      { key: 'late-2', overdue: true, dueAt: '2026-01-01T09:00:00Z' },
      { key: 'sooner', overdue: false, dueAt: '2026-01-01T12:00:00Z' },
      { key: 'late-1', overdue: true, dueAt: '2026-01-01T08:00:00Z' },
    ];
    expect(byUrgency(items).map((i) => i.key)).toEqual(['late-1', 'late-2', 'sooner', 'later', 'none']);
  });

  it('keeps the order of items due at the same time and does not mutate its input', () => {
    const items = [
      { key: 'a', overdue: false, dueAt: null },
      { key: 'b', overdue: false, dueAt: null },
    ];
    const copy = [...items];
    expect(byUrgency(items).map((i) => i.key)).toEqual(['a', 'b']);
    expect(items).toEqual(copy);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 52 }, (_, i) => i);
  it('cuts one page and says how many there are', () => {
    expect(pageOf(items, 1, 25)).toEqual({ rows: items.slice(0, 25), pagination: { page: 1, pageSize: 25, pageCount: 3, total: 52 } });
    expect(pageOf(items, 3, 25).rows).toEqual([50, 51]);
  });
  it('answers an empty page past the end and one page for nothing', () => {
    expect(pageOf(items, 4, 25).rows).toEqual([]);
    expect(pageOf([], 1, 25).pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 0 });
  });
});
