/**
 * Parsing and validation of the public API's query string. Pure functions: no Strapi here.
 * Anything the parser does not know is refused with a message naming the parameter, so that a
 * public website's typo fails loudly instead of silently returning unfiltered data.
 */
import { z } from 'zod';
import { ARTICLE_17_LETTERS, DIP_CLASSES, INFO_CLASSES, PUBLIC_PAGE_SIZE_DEFAULT, PUBLIC_PAGE_SIZE_MAX } from '../domain/constants';

export class PublicQueryError extends Error {
  constructor(
    message: string,
    public readonly details: { parameter?: string; allowed?: readonly string[] } = {}
  ) {
    super(message);
    this.name = 'PublicQueryError';
  }
}

export type SortSpec = { field: string; order: 'asc' | 'desc' };

export interface PublicQuery {
  page: number;
  pageSize: number;
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
}

export const ANNOUNCEMENT_QUERY: EndpointSpec = {
  filters: ['class', 'unit', 'year', 'category'],
  classes: INFO_CLASSES,
  sortable: ['publishedAt', 'title', 'informationDate'],
  defaultSort: [{ field: 'publishedAt', order: 'desc' }],
};

export const DIP_QUERY: EndpointSpec = {
  filters: ['class', 'unit', 'year', 'category'],
  classes: DIP_CLASSES,
  sortable: ['number', 'title', 'year', 'publishedAt'],
  defaultSort: [{ field: 'number', order: 'asc' }],
};

export const EXCLUDED_QUERY: EndpointSpec = {
  filters: ['unit', 'year', 'article'],
  sortable: ['title', 'testedOn', 'exclusionEndsOn', 'publishedAt'],
  defaultSort: [{ field: 'testedOn', order: 'desc' }],
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

/** Reads a raw (koa/qs-parsed) query object into a PublicQuery, or throws PublicQueryError. */
export function parsePublicQuery(raw: Record<string, unknown>, spec: EndpointSpec): PublicQuery {
  const flat = flatten(raw);
  const allowed = ['page', 'pageSize', 'pagination[page]', 'pagination[pageSize]', 'sort', 'q', ...spec.filters];
  for (const key of Object.keys(flat)) {
    if (!allowed.includes(key)) {
      throw new PublicQueryError(`Unknown query parameter "${key}". Allowed: ${allowed.join(', ')}`, {
        parameter: key,
        allowed,
      });
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
  const pageKey = one('page') !== undefined ? 'page' : 'pagination[page]';
  const sizeKey = one('pageSize') !== undefined ? 'pageSize' : 'pagination[pageSize]';
  const page = check(pageKey, PAGE, one(pageKey)) ?? 1;
  const pageSize = check(sizeKey, PAGE_SIZE, one(sizeKey)) ?? PUBLIC_PAGE_SIZE_DEFAULT;

  const query: PublicQuery = { page, pageSize, sort: parseSort(one('sort'), spec) };

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

function parseSort(value: string | undefined, spec: EndpointSpec): SortSpec[] {
  if (value === undefined) return spec.defaultSort;
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => p === '')) {
    throw new PublicQueryError('Invalid "sort": give one to three fields, e.g. sort=publishedAt:desc', { parameter: 'sort' });
  }
  return parts.map((part) => {
    const [field, order = 'asc', ...rest] = part.split(':');
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
