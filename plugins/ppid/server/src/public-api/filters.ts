/**
 * Strapi's REST `filters` on the public whitelist. Pure: turns the qs-parsed `filters` object into a
 * database `where` over the columns behind the public field names, or throws PublicQueryError naming
 * the parameter (e.g. `filters[internalNote][$eq]`). Only fields a public serializer returns can be
 * filtered on, so a filter can never probe a hidden column.
 */
import { PublicQueryError } from './errors';

export type FieldKind = 'string' | 'number' | 'date' | 'datetime';

export interface FilterField {
  /** Column (attribute) name behind the public name. */
  column: string;
  kind: FieldKind;
}

export interface FilterRelation {
  /** Relation attribute behind the public name. */
  relation: string;
  fields: Record<string, FilterField>;
}

export type FilterSchema = Record<string, FilterField | FilterRelation>;

export const OPERATORS = [
  '$eq', '$ne', '$in', '$notIn', '$contains', '$containsi', '$startsWith', '$lt', '$lte', '$gt', '$gte', '$null', '$notNull',
] as const;
type Operator = (typeof OPERATORS)[number];

const TEXT_ONLY: readonly Operator[] = ['$contains', '$containsi', '$startsWith'];
const MAX_DEPTH = 6;
const MAX_LIST = 100;

type Where = Record<string, unknown>;

const isRelation = (f: FilterField | FilterRelation): f is FilterRelation => 'relation' in f;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** qs turns `a[0]=x&a[1]=y` into an array, but past its array limit into an object with numeric keys. */
export function asList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Object.keys(value).every((k) => /^\d+$/.test(k))) {
    return Object.keys(value).sort((a, b) => Number(a) - Number(b)).map((k) => value[k]);
  }
  return null;
}

function scalar(value: unknown, field: FilterField, param: string): string | number {
  if (typeof value !== 'string') throw new PublicQueryError(`Invalid "${param}": expected a single value`, { parameter: param });
  if (value.length > 200) throw new PublicQueryError(`Invalid "${param}": at most 200 characters`, { parameter: param });
  switch (field.kind) {
    case 'number': {
      if (!/^-?\d{1,9}$/.test(value)) throw new PublicQueryError(`Invalid "${param}": expected a whole number`, { parameter: param });
      return Number(value);
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new PublicQueryError(`Invalid "${param}": expected a date YYYY-MM-DD`, { parameter: param });
      return value;
    case 'datetime': {
      const d = new Date(value);
      if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) {
        throw new PublicQueryError(`Invalid "${param}": expected an ISO 8601 date or time`, { parameter: param });
      }
      return d.toISOString();
    }
    default:
      return value;
  }
}

function bool(value: unknown, param: string): boolean {
  if (value === 'true' || value === '1' || value === '') return true;
  if (value === 'false' || value === '0') return false;
  throw new PublicQueryError(`Invalid "${param}": expected true or false`, { parameter: param });
}

function condition(raw: unknown, field: FilterField, param: string): Where {
  // `filters[title]=x` is Strapi's shorthand for $eq.
  if (!isObject(raw)) return { [field.column]: { $eq: scalar(raw, field, param) } };
  const out: Where = {};
  const entries = Object.entries(raw);
  if (entries.length === 0) throw new PublicQueryError(`Invalid "${param}": no operator given`, { parameter: param });
  for (const [op, value] of entries) {
    const p = `${param}[${op}]`;
    if (!(OPERATORS as readonly string[]).includes(op)) {
      throw new PublicQueryError(`Unknown filter operator "${p}". Allowed: ${OPERATORS.join(', ')}`, { parameter: p, allowed: OPERATORS });
    }
    const operator = op as Operator;
    if (TEXT_ONLY.includes(operator) && field.kind !== 'string') {
      throw new PublicQueryError(`Invalid "${p}": ${op} applies to text fields only`, { parameter: p });
    }
    if (operator === '$in' || operator === '$notIn') {
      const list = asList(value) ?? (typeof value === 'string' ? [value] : null);
      if (!list || list.length === 0 || list.length > MAX_LIST) {
        throw new PublicQueryError(`Invalid "${p}": expected 1 to ${MAX_LIST} values`, { parameter: p });
      }
      out[op] = list.map((v, i) => scalar(v, field, `${p}[${i}]`));
    } else if (operator === '$null' || operator === '$notNull') {
      out[op] = bool(value, p);
    } else {
      out[op] = scalar(value, field, p);
    }
  }
  return { [field.column]: out };
}

function group(raw: unknown, schema: FilterSchema, param: string, depth: number): Where[] {
  if (depth > MAX_DEPTH) throw new PublicQueryError(`"${param}" is nested too deeply`, { parameter: param });
  if (!isObject(raw)) throw new PublicQueryError(`Malformed "${param}": expected filters[field][$operator]=value`, { parameter: param });
  const parts: Where[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const p = `${param}[${key}]`;
    if (key === '$and' || key === '$or') {
      const list = asList(value);
      if (!list || list.length === 0) throw new PublicQueryError(`Invalid "${p}": expected a list of filters`, { parameter: p });
      const members = list.map((item, i) => ({ $and: group(item, schema, `${p}[${i}]`, depth + 1) }));
      parts.push({ [key]: members });
    } else if (key === '$not') {
      parts.push({ $not: { $and: group(value, schema, p, depth + 1) } });
    } else {
      const field = schema[key];
      if (!field) {
        throw new PublicQueryError(`Unknown filter "${p}". Filterable: ${Object.keys(schema).join(', ')}`, {
          parameter: p,
          allowed: Object.keys(schema),
        });
      }
      if (isRelation(field)) {
        if (!isObject(value)) throw new PublicQueryError(`Invalid "${p}": filter a relation by its fields, e.g. ${p}[code][$eq]=...`, { parameter: p });
        const inner: Where[] = [];
        for (const [sub, subValue] of Object.entries(value)) {
          const sp = `${p}[${sub}]`;
          const subField = field.fields[sub];
          if (!subField) {
            throw new PublicQueryError(`Unknown filter "${sp}". Filterable: ${Object.keys(field.fields).join(', ')}`, {
              parameter: sp,
              allowed: Object.keys(field.fields),
            });
          }
          inner.push(condition(subValue, subField, sp));
        }
        parts.push({ [field.relation]: { $and: inner } });
      } else {
        parts.push(condition(value, field, p));
      }
    }
  }
  return parts;
}

/** `filters` (qs-parsed) → list of where clauses to AND with the publication filter. */
export function parseFilters(raw: unknown, schema: FilterSchema): Where[] {
  if (raw === undefined) return [];
  return group(raw, schema, 'filters', 0);
}
