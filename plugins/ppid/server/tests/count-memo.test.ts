import { countKey, createCountMemo } from '../src/public-api/count-memo';

/** A count that says how often it ran. */
function counter(values: number[]) {
  let calls = 0;
  return {
    fn: () => Promise.resolve(values[Math.min(calls++, values.length - 1)]),
    calls: () => calls,
  };
}

describe('pagination totals remembered per public version', () => {
  it('counts once per version and key, again when the version moves', async () => {
    const memo = createCountMemo();
    const c = counter([92, 93]);
    expect(await memo.get(7, 'a', c.fn)).toBe(92);
    expect(await memo.get(7, 'a', c.fn)).toBe(92);
    expect(c.calls()).toBe(1);
    expect(await memo.get(8, 'a', c.fn)).toBe(93);
    expect(c.calls()).toBe(2);
    expect(memo.size()).toBe(1);
  });

  it('keeps totals apart per key (model and where clause)', async () => {
    const memo = createCountMemo();
    expect(countKey('m', { $and: [{ publishedAt: { $notNull: true } }] })).not.toBe(countKey('m', { $and: [{ publishedAt: { $notNull: true } }, { infoClass: 'berkala' }] }));
    expect(countKey('m', { d: new Date('2026-01-01T00:00:00Z') })).toBe('m\n{"d":"2026-01-01T00:00:00.000Z"}');
    expect(await memo.get(1, countKey('m', { a: 1 }), () => Promise.resolve(10))).toBe(10);
    expect(await memo.get(1, countKey('m', { a: 2 }), () => Promise.resolve(20))).toBe(20);
    expect(await memo.get(1, countKey('n', { a: 1 }), () => Promise.resolve(30))).toBe(30);
    expect(await memo.get(1, countKey('m', { a: 1 }), () => Promise.resolve(-1))).toBe(10);
  });

  it('a request that read an older version counts afresh and stores nothing', async () => {
    const memo = createCountMemo();
    expect(await memo.get(5, 'a', () => Promise.resolve(1))).toBe(1);
    expect(await memo.get(4, 'a', () => Promise.resolve(2))).toBe(2);
    expect(await memo.get(4, 'b', () => Promise.resolve(3))).toBe(3);
    expect(memo.size()).toBe(1);
    expect(await memo.get(5, 'a', () => Promise.resolve(-1))).toBe(1);
  });

  it('without a version (outside a public request) never remembers', async () => {
    const memo = createCountMemo();
    const c = counter([1, 2]);
    expect(await memo.get(undefined, 'a', c.fn)).toBe(1);
    expect(await memo.get(undefined, 'a', c.fn)).toBe(2);
    expect(memo.size()).toBe(0);
  });

  it('clear() forgets every total of the current version (a write in this instance)', async () => {
    const memo = createCountMemo();
    const c = counter([1, 2]);
    await memo.get(3, 'a', c.fn);
    memo.clear();
    expect(await memo.get(3, 'a', c.fn)).toBe(2);
    expect(c.calls()).toBe(2);
  });

  it('concurrent requests share one count; a failed count is not remembered', async () => {
    const memo = createCountMemo();
    let release!: (n: number) => void;
    let calls = 0;
    const slow = () => {
      calls += 1;
      return new Promise<number>((r) => (release = r));
    };
    const both = Promise.all([memo.get(1, 'a', slow), memo.get(1, 'a', slow)]);
    release(42);
    expect(await both).toEqual([42, 42]);
    expect(calls).toBe(1);
    await expect(memo.get(1, 'b', () => Promise.reject(new Error('locked')))).rejects.toThrow('locked');
    expect(await memo.get(1, 'b', () => Promise.resolve(7))).toBe(7);
  });

  it('holds at most `max` totals, dropping the oldest', async () => {
    const memo = createCountMemo(2);
    await memo.get(1, 'a', () => Promise.resolve(1));
    await memo.get(1, 'b', () => Promise.resolve(2));
    await memo.get(1, 'c', () => Promise.resolve(3));
    expect(memo.size()).toBe(2);
    expect(await memo.get(1, 'a', () => Promise.resolve(-1))).toBe(-1);
    expect(await memo.get(1, 'c', () => Promise.resolve(-3))).toBe(3);
  });
});

describe('totals counted ahead after a write in this instance', () => {
  it('counts again, under the new version, the totals visitors read at the version left', async () => {
    const memo = createCountMemo();
    const a = counter([92, 93]);
    const b = counter([10, 11]);
    await memo.get(7, 'a', a.fn);
    await memo.get(7, 'b', b.fn);
    memo.clear(); // the write
    await memo.refresh(8);
    expect([a.calls(), b.calls()]).toEqual([2, 2]);
    // The first visitor at the new version finds both totals counted.
    expect(await memo.get(8, 'a', () => Promise.resolve(-1))).toBe(93);
    expect(await memo.get(8, 'b', () => Promise.resolve(-1))).toBe(11);
  });

  it('writes in a row with no visitor in between refresh once; a version not newer than the reads refreshes nothing', async () => {
    const memo = createCountMemo();
    const a = counter([1, 2, 3]);
    await memo.get(7, 'a', a.fn);
    await memo.refresh(7);
    expect(a.calls()).toBe(1);
    await memo.refresh(8);
    await memo.refresh(9);
    expect(a.calls()).toBe(2);
    // A visitor reads at 9 (primed under 8: counts at 9), then the next write refreshes again.
    expect(await memo.get(9, 'a', a.fn)).toBe(3);
    await memo.refresh(10);
    expect(a.calls()).toBe(4);
  });

  it('only the totals read at the last version, at most `refreshKeys` of them, the most recent', async () => {
    const memo = createCountMemo(1000, 2);
    const calls: string[] = [];
    const c = (key: string) => () => {
      calls.push(key);
      return Promise.resolve(1);
    };
    await memo.get(3, 'old', c('old'));
    for (const key of ['x', 'y', 'z']) await memo.get(4, key, c(key));
    calls.length = 0;
    await memo.refresh(5);
    expect(calls).toEqual(['y', 'z']);
  });

  it('a failed count is skipped and not remembered; no version read, nothing to refresh', async () => {
    const memo = createCountMemo();
    await memo.refresh(3);
    let fail = false;
    const flaky = () => (fail ? Promise.reject(new Error('locked')) : Promise.resolve(5));
    await memo.get(1, 'a', flaky);
    fail = true;
    await expect(memo.refresh(2)).resolves.toBeUndefined();
    expect(memo.size()).toBe(0);
    fail = false;
    expect(await memo.get(2, 'a', flaky)).toBe(5);
  });

  it('reads outside a public request (no version) are never refreshed', async () => {
    const memo = createCountMemo();
    const a = counter([1, 2]);
    await memo.get(undefined, 'a', a.fn);
    await memo.refresh(5);
    expect(a.calls()).toBe(1);
  });
});
