/**
 * The public API's query parsing (Strapi REST conventions on the public whitelist): pure functions.
 */
import { parseFilters } from '../src/public-api/filters';
import { ANNOUNCEMENT_QUERY, DIP_QUERY, parsePublicQuery, PublicQueryError } from '../src/public-api/query';
import { notModified, strongEtag } from '../src/public-api/cache';
import { orderedStages, sopView, timeStandardText } from '../src/public-api/sops';

const parameterOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PublicQueryError) return e.details.parameter;
    throw e;
  }
  throw new Error('did not throw');
};

describe('parseFilters', () => {
  const schema = ANNOUNCEMENT_QUERY.filterable;
  it('maps public names to columns, with every operator', () => {
    expect(parseFilters({ class: { $eq: 'berkala' } }, schema)).toEqual([{ infoClass: { $eq: 'berkala' } }]);
    expect(parseFilters({ class: 'berkala' }, schema)).toEqual([{ infoClass: { $eq: 'berkala' } }]);
    expect(parseFilters({ slug: { $in: ['a', 'b'], $notIn: { 0: 'c' } } }, schema)).toEqual([{ slug: { $in: ['a', 'b'], $notIn: ['c'] } }]);
    expect(parseFilters({ title: { $containsi: 'x', $startsWith: 'y', $contains: 'z', $ne: 'w' } }, schema)).toEqual([
      { title: { $containsi: 'x', $startsWith: 'y', $contains: 'z', $ne: 'w' } },
    ]);
    expect(parseFilters({ informationDate: { $lt: '2025-01-01', $gte: '2024-01-01', $lte: '2025-02-01', $gt: '2023-01-01' } }, schema)).toEqual([
      { informationDate: { $lt: '2025-01-01', $gte: '2024-01-01', $lte: '2025-02-01', $gt: '2023-01-01' } },
    ]);
    expect(parseFilters({ summary: { $null: 'true' }, title: { $notNull: 'false' } }, schema)).toEqual([
      { summary: { $null: true } },
      { title: { $notNull: false } },
    ]);
    expect(parseFilters({ publishedAt: { $gt: '2025-01-01T00:00:00+07:00' } }, schema)).toEqual([{ publishedAt: { $gt: '2024-12-31T17:00:00.000Z' } }]);
    expect(parseFilters({ unit: { code: { $eq: 'bidang-ikp' } } }, schema)).toEqual([{ unit: { $and: [{ code: { $eq: 'bidang-ikp' } }] } }]);
    expect(parseFilters({ category: { name: { $containsi: 'keu' } } }, schema)).toEqual([{ berkalaCategory: { $and: [{ name: { $containsi: 'keu' } }] } }]);
  });

  it('nests $and, $or and $not', () => {
    expect(parseFilters({ $or: [{ class: { $eq: 'berkala' } }, { unit: { code: { $eq: 'x' } } }] }, schema)).toEqual([
      { $or: [{ $and: [{ infoClass: { $eq: 'berkala' } }] }, { $and: [{ unit: { $and: [{ code: { $eq: 'x' } }] } }] }] },
    ]);
    expect(parseFilters({ $not: { class: 'berkala' } }, schema)).toEqual([{ $not: { $and: [{ infoClass: { $eq: 'berkala' } }] } }]);
  });

  it.each([
    [{ internalNote: { $eq: 'x' } }, 'filters[internalNote]'],
    [{ unit: { id: { $eq: '1' } } }, 'filters[unit][id]'],
    [{ unit: 'x' }, 'filters[unit]'],
    [{ title: { $regex: 'x' } }, 'filters[title][$regex]'],
    [{ title: {} }, 'filters[title]'],
    [{ publishedAt: { $contains: '2020' } }, 'filters[publishedAt][$contains]'],
    [{ publishedAt: { $lt: 'yesterday' } }, 'filters[publishedAt][$lt]'],
    [{ informationDate: { $eq: '2025-1-1' } }, 'filters[informationDate][$eq]'],
    [{ slug: { $in: [] } }, 'filters[slug][$in]'],
    [{ slug: { $in: [['nested']] } }, 'filters[slug][$in][0]'],
    [{ title: { $null: 'maybe' } }, 'filters[title][$null]'],
    [{ $or: 'x' }, 'filters[$or]'],
    [{ $or: [{ createdBy: { $eq: 1 } }] }, 'filters[$or][0][createdBy]'],
    ['x', 'filters'],
  ])('refuses %j naming %s', (raw, parameter) => {
    expect(parameterOf(() => parseFilters(raw, schema))).toBe(parameter);
  });

  it('refuses nesting deeper than six levels', () => {
    let raw: any = { class: 'berkala' };
    for (let i = 0; i < 8; i += 1) raw = { $and: [raw] };
    expect(parameterOf(() => parseFilters(raw, schema))).toMatch(/^filters(\[\$and\]\[0\])+$/);
  });

  it('types DIP years as numbers', () => {
    expect(parseFilters({ year: { $gte: '2024' } }, DIP_QUERY.filterable)).toEqual([{ year: { $gte: 2024 } }]);
    expect(parameterOf(() => parseFilters({ year: { $eq: '20x4' } }, DIP_QUERY.filterable))).toBe('filters[year][$eq]');
  });
});

describe('parsePublicQuery', () => {
  it('reads sort as a string, an array or an object, and pages by page or start/limit', () => {
    expect(parsePublicQuery({ sort: 'title:DESC,publishedAt' }, ANNOUNCEMENT_QUERY).sort).toEqual([
      { field: 'title', order: 'desc' },
      { field: 'publishedAt', order: 'asc' },
    ]);
    expect(parsePublicQuery({ sort: ['title:asc'] }, ANNOUNCEMENT_QUERY).sort).toEqual([{ field: 'title', order: 'asc' }]);
    expect(parsePublicQuery({ sort: { title: 'desc' } }, ANNOUNCEMENT_QUERY).sort).toEqual([{ field: 'title', order: 'desc' }]);
    expect(parsePublicQuery({ pagination: { start: '5', limit: '10' } }, ANNOUNCEMENT_QUERY).offset).toEqual({ start: 5, limit: 10 });
    const q = parsePublicQuery({ pagination: { page: '2', pageSize: '5', withCount: 'true' } }, ANNOUNCEMENT_QUERY);
    expect([q.page, q.pageSize, q.offset]).toEqual([2, 5, undefined]);
  });

  it('keeps documentId in fields, accepts * and public relations in populate', () => {
    expect(parsePublicQuery({ fields: ['title'] }, ANNOUNCEMENT_QUERY).fields).toEqual(['documentId', 'title']);
    expect(parsePublicQuery({ fields: 'title,slug' }, ANNOUNCEMENT_QUERY).fields).toEqual(['documentId', 'title', 'slug']);
    expect(parsePublicQuery({ fields: '*' }, ANNOUNCEMENT_QUERY).fields).toBeUndefined();
    for (const populate of ['*', 'unit,category', ['coverImage'], { unit: 'true' }, { unit: { fields: ['code'] } }]) {
      expect(() => parsePublicQuery({ populate }, ANNOUNCEMENT_QUERY)).not.toThrow();
    }
  });

  it.each([
    [{ fields: ['internalNote'] }, 'fields[0]'],
    [{ fields: [''] }, 'fields'],
    [{ populate: 'drafter' }, 'populate'],
    [{ populate: ['unit', 'createdBy'] }, 'populate[1]'],
    [{ populate: { unit: { filters: { x: 1 } } } }, 'populate[unit][filters]'],
    [{ sort: [{ a: 1 }] }, 'sort'],
    [{ pagination: 'x' }, 'pagination'],
    [{ pagination: { start: '0' }, page: '1' }, 'pagination[start]'],
    [{ pagination: { start: '-1' } }, 'pagination[start]'],
    [{ pagination: { limit: '101' } }, 'pagination[limit]'],
    [{ pagination: { withCount: 'maybe' } }, 'pagination[withCount]'],
    [{ pagination: { cursor: '1' } }, 'pagination[cursor]'],
    [{ locale: 'en' }, 'locale'],
  ])('refuses %j naming %s', (raw, parameter) => {
    expect(parameterOf(() => parsePublicQuery(raw as Record<string, unknown>, ANNOUNCEMENT_QUERY))).toBe(parameter);
  });
});

describe('conditional requests', () => {
  const etag = strongEtag('{"data":[]}');
  const lastModified = 'Fri, 05 Dec 2025 03:00:00 GMT';
  it('is strong and follows the body', () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(strongEtag('{"data":[1]}')).not.toBe(etag);
  });
  it('answers 304 on a matching If-None-Match, which wins over If-Modified-Since', () => {
    expect(notModified({ ifNoneMatch: etag }, etag, lastModified)).toBe(true);
    expect(notModified({ ifNoneMatch: `"x", ${etag}` }, etag, lastModified)).toBe(true);
    expect(notModified({ ifNoneMatch: '*' }, etag, lastModified)).toBe(true);
    expect(notModified({ ifNoneMatch: '"x"', ifModifiedSince: lastModified }, etag, lastModified)).toBe(false);
    expect(notModified({ ifNoneMatch: `W/${etag}` }, etag, lastModified)).toBe(false);
  });
  it('answers 304 when nothing changed since If-Modified-Since', () => {
    expect(notModified({ ifModifiedSince: lastModified }, etag, lastModified)).toBe(true);
    expect(notModified({ ifModifiedSince: 'Fri, 05 Dec 2025 02:59:59 GMT' }, etag, lastModified)).toBe(false);
    expect(notModified({ ifModifiedSince: 'kemarin' }, etag, lastModified)).toBe(false);
    expect(notModified({}, etag, lastModified)).toBe(false);
  });
});

describe('SOP view', () => {
  const def: any = {
    key: 'pengumuman', version: 2, name: { id: 'Pengumuman', en: 'Announcements' }, contentType: 'announcement',
    sop: { number: '190/2024', title: 'SOP Pengumuman', issuer: 'Dinas Kominfo', legalBasis: ['UU 14/2008'] },
    initialStage: 'draft',
    stages: [
      { key: 'draft', name: { id: 'Penyusunan', en: 'Drafting' }, actor: 'fungsional', kind: 'work', timeStandard: { amount: 2, unit: 'days' }, output: 'Draf' },
      { key: 'cancelled', name: { id: 'Batal', en: 'Cancelled' }, kind: 'cancelled' },
      { key: 'review', name: { id: 'Pemeriksaan', en: 'Review' }, actor: 'kabid', kind: 'review', timeStandard: { amount: 4, unit: 'hours' } },
      { key: 'published', name: { id: 'Diumumkan', en: 'Published' }, kind: 'published' },
    ],
    transitions: [
      { from: 'draft', to: 'review', action: 'forward', label: { id: 'Kirim', en: 'Send' } },
      { from: 'review', to: 'draft', action: 'return', label: { id: 'Kembalikan', en: 'Return' } },
      { from: 'review', to: 'published', action: 'publish', label: { id: 'Umumkan', en: 'Publish' } },
      { from: 'draft', to: 'cancelled', action: 'cancel', label: { id: 'Batal', en: 'Cancel' } },
    ],
  };
  it('walks the main path and names actors by position, in Indonesian', () => {
    expect(orderedStages(def).map((s) => s.key)).toEqual(['draft', 'review', 'published']);
    const view = sopView(def, { contentType: 'announcement', units: null }, null);
    expect(view.steps).toEqual([
      { number: 1, name: 'Penyusunan', actor: 'Fungsional / Pelaksana', timeStandard: '2 hari kerja', output: 'Draf' },
      { number: 2, name: 'Pemeriksaan', actor: 'Kepala Bidang / Kasubag (Koordinator)', timeStandard: '4 jam kerja', output: null },
    ]);
    expect(view.sop).toMatchObject({ number: '190/2024', legalBasis: ['UU 14/2008'], effectiveOn: null });
    expect(timeStandardText({ amount: 30, unit: 'minutes' })).toBe('30 menit');
  });
});
