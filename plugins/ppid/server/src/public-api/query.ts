/**
 * Parsing and validation of the public API's query string. Pure functions: no Strapi here.
 * Anything the parser does not know is refused with a message naming the parameter, so that a
 * public website's typo fails loudly instead of silently returning unfiltered data.
 */
import { z } from 'zod';
import { PublicQueryError } from './errors';
import { asList, type FilterSchema, parseFilters } from './filters';
import { ARTICLE_17_LETTERS, DIP_CLASSES, INFO_CLASSES, PUBLIC_PAGE_SIZE_DEFAULT, PUBLIC_PAGE_SIZE_MAX } from '../domain/constants';

export { PublicQueryError };

export type SortSpec = { field: string; order: 'asc' | 'desc' };

export interface PublicQuery {
  page: number;
  pageSize: number;
  /** Set when the caller paged with pagination[start|limit] (Strapi's offset form). */
  offset?: { start: number; limit: number };
  /** Strapi-style filters, already translated to where clauses on public columns. */
  where: Record<string, unknown>[];
  /** fields[]: the subset of public fields to return (documentId always kept); undefined = all. */
  fields?: string[];
  sort: SortSpec[];
  q?: string;
  infoClass?: string;
  unit?: string;
  year?: number;
  category?: string;
  article?: string;
}

export interface EndpointSpec {
  /** Filters this endpoint takes besides page, pageSize, sort and q. */
  filters: readonly ('class' | 'unit' | 'year' | 'category' | 'article')[];
  classes?: readonly string[];
  sortable: readonly string[];
  defaultSort: SortSpec[];
  /** Public field name → column, for filters[...]. */
  filterable: FilterSchema;
  /** Public fields fields[] may name (the serializer's top-level keys). */
  fields: readonly string[];
  /** Public relations populate may name (always returned; populate is accepted for compatibility). */
  populate: readonly string[];
  /** Public sort names that differ from the column. */
  sortColumns?: Record<string, string>;
}

const s = (column: string) => ({ column, kind: 'string' as const });
const REF_FIELDS = { code: s('code'), name: s('name') };

export const ANNOUNCEMENT_QUERY: EndpointSpec = {
  filters: ['class', 'unit', 'year', 'category'],
  classes: INFO_CLASSES,
  sortable: ['publishedAt', 'title', 'informationDate', 'updatedAt', 'slug'],
  defaultSort: [{ field: 'publishedAt', order: 'desc' }],
  filterable: {
    documentId: s('documentId'),
    slug: s('slug'),
    title: s('title'),
    summary: s('summary'),
    class: s('infoClass'),
    informationDate: { column: 'informationDate', kind: 'date' },
    publishedAt: { column: 'publishedAt', kind: 'datetime' },
    updatedAt: { column: 'updatedAt', kind: 'datetime' },
    unit: { relation: 'unit', fields: REF_FIELDS },
    category: { relation: 'berkalaCategory', fields: REF_FIELDS },
  },
  fields: ['documentId', 'slug', 'title', 'summary', 'class', 'category', 'unit', 'informationDate', 'publishedAt', 'updatedAt', 'coverImage'],
  populate: ['unit', 'category', 'coverImage'],
};

export const DIP_QUERY: EndpointSpec = {
  filters: ['class', 'unit', 'year', 'category'],
  classes: DIP_CLASSES,
  sortable: ['number', 'title', 'year', 'publishedAt'],
  defaultSort: [{ field: 'number', order: 'asc' }],
  filterable: {
    documentId: s('documentId'),
    number: s('number'),
    title: s('title'),
    summary: s('summary'),
    class: s('infoClass'),
    year: { column: 'year', kind: 'number' },
    availableForm: s('availableForm'),
    publishedAt: { column: 'publishedAt', kind: 'datetime' },
    holderUnit: { relation: 'holderUnit', fields: REF_FIELDS },
    unit: { relation: 'holderUnit', fields: REF_FIELDS },
    category: { relation: 'berkalaCategory', fields: REF_FIELDS },
  },
  fields: [
    'documentId', 'number', 'title', 'summary', 'class', 'category', 'holderUnit', 'holderOfficial', 'responsibleOfficial',
    'productionTime', 'productionPlace', 'year', 'availableForm', 'mediaType', 'retentionPeriod', 'documentUrl', 'document',
    'exclusion', 'reopenedOn', 'publishedAt', 'inEdition', 'sinceEdition',
  ],
  populate: ['holderUnit', 'category', 'document', 'exclusion'],
};

export const EXCLUDED_QUERY: EndpointSpec = {
  filters: ['unit', 'year', 'article'],
  sortable: ['title', 'testedOn', 'exclusionEndsOn', 'publishedAt'],
  defaultSort: [{ field: 'testedOn', order: 'desc' }],
  filterable: {
    documentId: s('documentId'),
    title: s('title'),
    article: s('article17Letter'),
    legalBasis: s('legalBasis'),
    testedOn: { column: 'testedOn', kind: 'date' },
    exclusionEndsOn: { column: 'exclusionEndsOn', kind: 'date' },
    reopenedOn: { column: 'reopenedOn', kind: 'date' },
    decreeNumber: s('decreeNumber'),
    publishedAt: { column: 'publishedAt', kind: 'datetime' },
    unit: { relation: 'unit', fields: REF_FIELDS },
  },
  fields: [
    'documentId', 'title', 'unit', 'article', 'ground', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed', 'testedOn',
    'exclusionEndsOn', 'reopenedOn', 'status', 'enactedBy', 'decreeNumber', 'publishedAt',
  ],
  populate: ['unit'],
};

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const positiveInt = (name: string, max?: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a positive whole number`)
    .transform(Number)
    .refine((n) => n >= 1, `${name} must be at least 1`)
    .refine((n) => max === undefined || n <= max, `${name} must be at most ${max}`);

// Schemas are built once, at load: building a zod schema costs far more than running it, and
// parsePublicQuery runs on every public request.
const PAGE = positiveInt('page', 100000);
const PAGE_SIZE = positiveInt('pageSize', PUBLIC_PAGE_SIZE_MAX);
const PAGE_SIZE_LIMIT = positiveInt('limit', PUBLIC_PAGE_SIZE_MAX);
const START = z.string().regex(/^\d{1,9}$/, 'start must be a whole number, 0 or more').transform(Number);
const BOOL = z.enum(['true', 'false']);
const UNIT = z.string().max(40).regex(CODE, 'must be a unit code such as "bidang-ikp"');
const CATEGORY = z.string().max(60).regex(CODE, 'must be a category code such as "laporan-keuangan"');
const YEAR = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit year')
  .transform(Number)
  .refine((n) => n >= 1945 && n <= 2200, 'must be between 1945 and 2200');
const ARTICLE = z
  .string()
  .refine((v) => (ARTICLE_17_LETTERS as readonly string[]).includes(v), 'must be a letter of Pasal 17, a to j');
const classSchemas = new WeakMap<EndpointSpec, z.ZodType<string>>();
const classSchema = (spec: EndpointSpec) => {
  let schema = classSchemas.get(spec);
  if (!schema) {
    const classes = spec.classes ?? [];
    schema = z.string().refine((v) => classes.includes(v), `must be one of ${classes.join(', ')}`);
    classSchemas.set(spec, schema);
  }
  return schema;
};

const STRUCTURED = ['filters', 'fields', 'populate', 'sort', 'pagination'];

/** Reads a raw (koa/qs-parsed) query object into a PublicQuery, or throws PublicQueryError. */
export function parsePublicQuery(raw: Record<string, unknown>, spec: EndpointSpec): PublicQuery {
  raw = raw ?? {};
  const simple: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!STRUCTURED.includes(k)) simple[k] = v;
  const pagination = raw.pagination;
  if (pagination !== undefined && (typeof pagination !== 'object' || Array.isArray(pagination) || pagination === null)) {
    throw new PublicQueryError('Malformed "pagination": use pagination[page]&pagination[pageSize] or pagination[start]&pagination[limit]', {
      parameter: 'pagination',
    });
  }
  const flat = flatten({ ...simple, ...(pagination ? { pagination } : {}) });
  const allowed = [
    'page', 'pageSize', 'pagination[page]', 'pagination[pageSize]', 'pagination[start]', 'pagination[limit]', 'pagination[withCount]',
    'q', ...spec.filters,
  ];
  for (const key of Object.keys(flat)) {
    if (!allowed.includes(key)) {
      const all = [...allowed, 'filters', 'sort', 'fields', 'populate'];
      throw new PublicQueryError(`Unknown query parameter "${key}". Allowed: ${all.join(', ')}`, { parameter: key, allowed: all });
    }
  }

  const one = (key: string): string | undefined => {
    const value = flat[key];
    if (value === undefined) return undefined;
    if (Array.isArray(value)) {
      throw new PublicQueryError(`Query parameter "${key}" may be given only once`, { parameter: key });
    }
    return value;
  };
  const check = <T>(key: string, schema: z.ZodType<T>, value: string | undefined): T | undefined => {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new PublicQueryError(`Invalid "${key}": ${result.error.issues[0]?.message ?? 'bad value'}`, { parameter: key });
    }
    return result.data;
  };

  if (one('page') !== undefined && one('pagination[page]') !== undefined) {
    throw new PublicQueryError('Give either "page" or "pagination[page]", not both', { parameter: 'page' });
  }
  if (one('pageSize') !== undefined && one('pagination[pageSize]') !== undefined) {
    throw new PublicQueryError('Give either "pageSize" or "pagination[pageSize]", not both', { parameter: 'pageSize' });
  }
  const usesOffset = one('pagination[start]') !== undefined || one('pagination[limit]') !== undefined;
  const usesPage = ['page', 'pageSize', 'pagination[page]', 'pagination[pageSize]'].some((k) => one(k) !== undefined);
  if (usesOffset && usesPage) {
    throw new PublicQueryError('Give either page/pageSize or pagination[start]/pagination[limit], not both', {
      parameter: one('pagination[start]') !== undefined ? 'pagination[start]' : 'pagination[limit]',
    });
  }
  if (one('pagination[withCount]') !== undefined) check('pagination[withCount]', BOOL, one('pagination[withCount]'));
  const pageKey = one('page') !== undefined ? 'page' : 'pagination[page]';
  const sizeKey = one('pageSize') !== undefined ? 'pageSize' : 'pagination[pageSize]';
  const page = check(pageKey, PAGE, one(pageKey)) ?? 1;
  const pageSize = check(sizeKey, PAGE_SIZE, one(sizeKey)) ?? PUBLIC_PAGE_SIZE_DEFAULT;

  const query: PublicQuery = {
    page,
    pageSize,
    sort: parseSort(raw.sort, spec),
    where: parseFilters(raw.filters, spec.filterable),
    fields: parseFields(raw.fields, spec),
  };
  parsePopulate(raw.populate, spec);
  if (usesOffset) {
    const start = check('pagination[start]', START, one('pagination[start]')) ?? 0;
    const limit = check('pagination[limit]', PAGE_SIZE_LIMIT, one('pagination[limit]')) ?? PUBLIC_PAGE_SIZE_DEFAULT;
    query.offset = { start, limit };
  }

  const q = one('q');
  if (q !== undefined) {
    const trimmed = q.trim();
    if (trimmed.length < 2 || trimmed.length > 200) {
      throw new PublicQueryError('Invalid "q": the search text must be 2 to 200 characters long', { parameter: 'q' });
    }
    query.q = trimmed;
  }
  if (spec.filters.includes('class')) query.infoClass = check('class', classSchema(spec), one('class'));
  if (spec.filters.includes('unit')) query.unit = check('unit', UNIT, one('unit'));
  if (spec.filters.includes('category')) query.category = check('category', CATEGORY, one('category'));
  if (spec.filters.includes('year')) query.year = check('year', YEAR, one('year'));
  if (spec.filters.includes('article')) query.article = check('article', ARTICLE, one('article'));
  return query;
}

/** `fields=a,b`, `fields[0]=a&fields[1]=b`: a subset of the endpoint's public fields. */
export function parseFields(value: unknown, spec: Pick<EndpointSpec, 'fields'>): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? value.split(',').map((f) => f.trim()) : asList(value);
  if (!list || list.length === 0 || list.some((f) => typeof f !== 'string' || f === '')) {
    throw new PublicQueryError('Malformed "fields": use fields[0]=title&fields[1]=slug or fields=title,slug', { parameter: 'fields' });
  }
  for (const [i, f] of (list as string[]).entries()) {
    if (f === '*') continue;
    if (!spec.fields.includes(f)) {
      throw new PublicQueryError(`Unknown field "${f}" in "fields[${i}]". Public fields: ${spec.fields.join(', ')}`, {
        parameter: `fields[${i}]`,
        allowed: spec.fields,
      });
    }
  }
  return (list as string[]).includes('*') ? undefined : [...new Set(['documentId', ...(list as string[])])];
}

/**
 * `populate=*`, `populate=unit,category`, `populate[0]=unit`, `populate[unit]=true` or
 * `populate[unit][fields][0]=code`: accepted for the public relations (which every answer carries
 * anyway); anything else is refused by name.
 */
export function parsePopulate(value: unknown, spec: Pick<EndpointSpec, 'populate'>): void {
  if (value === undefined || value === '*') return;
  const refuse = (name: string, param: string) => {
    throw new PublicQueryError(`Unknown relation "${name}" in "${param}". Public relations: ${spec.populate.join(', ')}`, {
      parameter: param,
      allowed: spec.populate,
    });
  };
  if (typeof value === 'string') {
    for (const name of value.split(',').map((v) => v.trim())) if (!spec.populate.includes(name)) refuse(name, 'populate');
    return;
  }
  const list = asList(value);
  if (list) {
    list.forEach((name, i) => {
      if (typeof name !== 'string' || !spec.populate.includes(name)) refuse(String(name), `populate[${i}]`);
    });
    return;
  }
  if (value && typeof value === 'object') {
    for (const [name, opts] of Object.entries(value as Record<string, unknown>)) {
      if (!spec.populate.includes(name)) refuse(name, `populate[${name}]`);
      if (opts === 'true' || opts === '*' || opts === true) continue;
      if (opts && typeof opts === 'object' && !Array.isArray(opts)) {
        for (const key of Object.keys(opts)) {
          if (key !== 'fields' && key !== 'populate') {
            throw new PublicQueryError(`Unsupported "populate[${name}][${key}]": public relations take fields only`, {
              parameter: `populate[${name}][${key}]`,
            });
          }
        }
        continue;
      }
      throw new PublicQueryError(`Malformed "populate[${name}]"`, { parameter: `populate[${name}]` });
    }
    return;
  }
  throw new PublicQueryError('Malformed "populate"', { parameter: 'populate' });
}

/** `sort=title`, `sort=title:asc,publishedAt:desc`, `sort[0]=title:asc`, or `sort[title]=asc`. */
function parseSort(value: unknown, spec: EndpointSpec): SortSpec[] {
  if (value === undefined) return spec.defaultSort;
  let parts: string[];
  if (typeof value === 'string') parts = value.split(',').map((p) => p.trim());
  else {
    const list = asList(value);
    if (list && list.every((p) => typeof p === 'string')) parts = (list as string[]).flatMap((p) => p.split(',').map((x) => x.trim()));
    else if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
      parts = Object.entries(value as Record<string, string>).map(([k, v]) => `${k}:${v.toLowerCase()}`);
    } else throw new PublicQueryError('Malformed "sort": use sort=field:asc or sort[0]=field:desc', { parameter: 'sort' });
  }
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => p === '')) {
    throw new PublicQueryError('Invalid "sort": give one to three fields, e.g. sort=publishedAt:desc', { parameter: 'sort' });
  }
  return parts.map((part) => {
    const [field, rawOrder = 'asc', ...rest] = part.split(':');
    const order = rawOrder.toLowerCase();
    if (!spec.sortable.includes(field) || rest.length > 0 || (order !== 'asc' && order !== 'desc')) {
      throw new PublicQueryError(
        `Invalid "sort" value "${part}": sortable fields are ${spec.sortable.join(', ')}, each optionally :asc or :desc`,
        { parameter: 'sort', allowed: spec.sortable }
      );
    }
    return { field, order };
  });
}

/**
 * Koa's qs parser turns `pagination[page]=2` into `{ pagination: { page: '2' } }` and `a=1&a=2`
 * into arrays. Flatten back to bracket keys; anything deeper or non-string is reported.
 */
function flatten(raw: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const visit = (prefix: string, value: unknown, depth: number) => {
    if (typeof value === 'string') {
      out[prefix] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      out[prefix] = value as string[];
    } else if (value && typeof value === 'object' && !Array.isArray(value) && depth < 4) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(`${prefix}[${k}]`, v, depth + 1);
    } else {
      throw new PublicQueryError(`Malformed query parameter "${prefix}"`, { parameter: prefix });
    }
  };
  for (const [key, value] of Object.entries(raw ?? {})) visit(key, value, 0);
  return out;
}
