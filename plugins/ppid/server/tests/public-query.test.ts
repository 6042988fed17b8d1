import { ANNOUNCEMENT_QUERY, DIP_QUERY, EXCLUDED_QUERY, parsePublicQuery, PublicQueryError } from '../src/public-api/query';

const parse = (raw: Record<string, unknown>, spec = ANNOUNCEMENT_QUERY) => parsePublicQuery(raw, spec);
const failure = (raw: Record<string, unknown>, spec = ANNOUNCEMENT_QUERY) => {
  try {
    parsePublicQuery(raw, spec);
  } catch (e) {
    expect(e).toBeInstanceOf(PublicQueryError);
    return (e as PublicQueryError).message;
  }
  throw new Error('expected a PublicQueryError');
};

describe('parsePublicQuery', () => {
  it('defaults to page 1 of 25, newest first', () => {
    expect(parse({})).toEqual({ page: 1, pageSize: 25, sort: [{ field: 'publishedAt', order: 'desc' }] });
  });

  it('reads flat and Strapi-style pagination', () => {
    expect(parse({ page: '3', pageSize: '100' })).toMatchObject({ page: 3, pageSize: 100 });
    expect(parse({ pagination: { page: '2', pageSize: '10' } })).toMatchObject({ page: 2, pageSize: 10 });
  });

  it('refuses a page size above 100 and pages that are not positive whole numbers', () => {
    expect(failure({ pageSize: '101' })).toBe('Invalid "pageSize": pageSize must be at most 100');
    expect(failure({ pageSize: '1000' })).toMatch(/at most 100/);
    expect(failure({ page: '0' })).toMatch(/at least 1/);
    expect(failure({ page: '-1' })).toMatch(/positive whole number/);
    expect(failure({ page: '1.5' })).toMatch(/positive whole number/);
    expect(failure({ page: 'abc' })).toMatch(/positive whole number/);
    expect(failure({ page: '1', pagination: { page: '2' } })).toMatch(/not both/);
  });

  it('names an unknown parameter and lists the allowed ones', () => {
    expect(failure({ filters: { title: 'x' } })).toMatch(/^Unknown query parameter "filters\[title\]"\. Allowed: page, pageSize/);
    expect(failure({ filters: { title: { $eq: 'x' } } })).toMatch(/^Unknown query parameter "filters\[title\]\[\$eq\]"/);
    expect(failure({ populate: '*' })).toMatch(/Unknown query parameter "populate"/);
    expect(failure({ article: 'a' })).toMatch(/Unknown query parameter "article"/);
  });

  it('refuses repeated and deeply nested parameters', () => {
    expect(failure({ class: ['berkala', 'setiap_saat'] })).toBe('Query parameter "class" may be given only once');
    expect(failure({ pagination: { page: { x: '1' } } })).toMatch(/Unknown query parameter "pagination\[page\]\[x\]"/);
    expect(failure({ a: { b: { c: { d: { e: { f: '1' } } } } } })).toMatch(/Malformed query parameter "a\[b\]\[c\]\[d\]\[e\]"/);
  });

  it('validates each filter', () => {
    expect(parse({ class: 'serta_merta', unit: 'bidang-ikp', year: '2026', q: '  banjir ', category: 'laporan-keuangan' })).toMatchObject({
      infoClass: 'serta_merta',
      unit: 'bidang-ikp',
      year: 2026,
      q: 'banjir',
      category: 'laporan-keuangan',
    });
    expect(failure({ class: 'dikecualikan' })).toMatch(/must be one of berkala, serta_merta, setiap_saat/);
    expect(parse({ class: 'dikecualikan' }, DIP_QUERY).infoClass).toBe('dikecualikan');
    expect(failure({ unit: 'Bidang IKP' })).toMatch(/unit code/);
    expect(failure({ year: '26' })).toMatch(/four-digit year/);
    expect(failure({ year: '1900' })).toMatch(/between 1945 and 2200/);
    expect(failure({ q: 'a' })).toMatch(/2 to 200 characters/);
    expect(failure({ q: 'x'.repeat(201) })).toMatch(/2 to 200 characters/);
    expect(parse({ article: 'h' }, EXCLUDED_QUERY).article).toBe('h');
    expect(failure({ article: 'k' }, EXCLUDED_QUERY)).toMatch(/a to j/);
  });

  it('reads sort lists and refuses unknown fields or orders', () => {
    expect(parse({ sort: 'title:asc,publishedAt:desc' }).sort).toEqual([
      { field: 'title', order: 'asc' },
      { field: 'publishedAt', order: 'desc' },
    ]);
    expect(parse({ sort: 'title' }).sort).toEqual([{ field: 'title', order: 'asc' }]);
    expect(failure({ sort: 'internalNote:asc' })).toMatch(/sortable fields are publishedAt, title, informationDate/);
    expect(failure({ sort: 'title:up' })).toMatch(/Invalid "sort" value "title:up"/);
    expect(failure({ sort: 'title,' })).toMatch(/one to three fields/);
    expect(parse({}, DIP_QUERY).sort).toEqual([{ field: 'number', order: 'asc' }]);
  });
});
