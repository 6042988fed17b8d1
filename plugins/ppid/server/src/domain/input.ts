/**
 * Field-level input checks: what one write may contain, field by field, before any rule reads it
 * and before the database sees it. Pure functions over the schema's attributes (plain data) and the
 * write's data; each returns problems (path + message) that the caller turns into one 400.
 *
 * Strapi itself checks types, enumerations and maximum lengths, also on drafts, but not:
 * - text the database refuses: PostgreSQL cannot store U+0000 (the driver answers 500);
 * - dates: a date or datetime field takes any value and the database layer fails on it later,
 *   without naming the field (or, for a date written with a time, stores the day of the UTC
 *   instant, which is the wrong day in Indonesia);
 * - the shape of relation values: garbage is ignored or answers 500, several records are
 *   accepted into a to-one relation (the last one wins), and a bare documentId that starts with
 *   a digit is read as a numeric id (`parseInt`).
 */
import type { Problem } from './validation';

/** The parts of a schema attribute these checks read. */
export type FieldSpec = {
  type: string;
  enum?: readonly string[];
  relation?: string;
  target?: string;
  multiple?: boolean;
};

type Data = Record<string, any>;

/** Fields Strapi manages itself; the Content Manager sends some of them back on save or clone. */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'password']);

/**
 * Characters no text field may hold, and why. The choice: U+0000 (PostgreSQL refuses it), the
 * other C0 control characters except TAB, LF and CR (invisible, typically pasted from a PDF or a
 * word processor, and not allowed in the XML of the public feeds and sitemaps), and lone UTF-16
 * surrogates (not Unicode text: the database driver would silently replace them by U+FFFD).
 * DEL and the C1 range are left alone: XML allows them, and legacy text sometimes has them.
 */
export function badCharacter(text: string): { index: number; description: string } | null {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return { index: i, description: 'a NUL character (U+0000)' };
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
      return { index: i, description: `a control character (U+${c.toString(16).toUpperCase().padStart(4, '0')})` };
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return { index: i, description: 'a broken character (lone UTF-16 surrogate)' };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, description: 'a broken character (lone UTF-16 surrogate)' };
  }
  return null;
}

const characterProblem = (path: string[], text: string): Problem | null => {
  const bad = badCharacter(text);
  return bad
    ? { path, message: `"${path.join('.')}" contains ${bad.description} at position ${bad.index + 1}: remove it (it usually comes from text pasted from another program)` }
    : null;
};

/** The first string (or object key) inside a JSON value holding a refused character. */
function jsonProblem(path: string[], value: unknown, depth = 0): Problem | null {
  if (depth > 64) return { path, message: `"${path[0]}" is nested too deeply` };
  if (typeof value === 'string') return characterProblem(path, value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const p = jsonProblem([...path, String(i)], value[i], depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const p = characterProblem([...path, key], key) ?? jsonProblem([...path, key], inner, depth + 1);
      if (p) return p;
    }
  }
  return null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

const realDay = (y: string, m: string, d: string) => {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
};

/** A calendar date as the schema's `date` type stores it: `YYYY-MM-DD` (or a valid Date). */
export function isDateValue(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  if (typeof v !== 'string') return false;
  const m = DATE.exec(v);
  return !!m && realDay(m[1], m[2], m[3]);
}

/** An instant as the schema's `datetime` type stores it: ISO 8601 with a time (or a valid Date). */
export function isDateTimeValue(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  if (typeof v !== 'string') return false;
  const m = DATETIME.exec(v);
  return !!m && realDay(m[1], m[2], m[3]) && !Number.isNaN(Date.parse(v));
}

const isWholeNumber = (v: unknown) =>
  (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^-?\d{1,15}$/.test(v.trim()));
const isFiniteNumber = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));

// ------------------------------------------------------------------------------------ relations

/** One record named in a relation value, in long form. */
export type Ref = { id: number } | { documentId: string };

/** What a relation value asks for: replace everything (`set`) or add and remove records. */
export type RelationEdit = { set?: Ref[]; connect: Ref[]; disconnect: Ref[] };

/** The keys a record reference may carry (the Content Manager adds locale, status, position). */
const REF_KEYS = new Set(['id', 'documentId', 'locale', 'status', 'position', 'isTemporary']);
const EDIT_KEYS = new Set(['connect', 'disconnect', 'set']);
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const toId = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0 ? v : null;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v) > 0 ? Number(v) : null;
  return null;
};

/**
 * One reference: an id (a positive integer, or a string of digits), a documentId, or an object
 * with either. Media references are ids only; the Content Manager sends media back as whole file
 * objects, so their other keys are ignored.
 */
function parseRef(v: unknown, media: boolean): Ref | null {
  if (typeof v === 'number') {
    const id = toId(v);
    return id === null ? null : { id };
  }
  if (typeof v === 'string') {
    const id = toId(v);
    if (id !== null) return { id };
    return !media && DOCUMENT_ID.test(v) ? { documentId: v } : null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Data;
  if (media) {
    const id = toId(o.id);
    return id === null ? null : { id };
  }
  if (Object.keys(o).some((k) => !REF_KEYS.has(k))) return null;
  if (o.position !== undefined && (o.position === null || typeof o.position !== 'object' || Array.isArray(o.position))) return null;
  if (typeof o.documentId === 'string' && DOCUMENT_ID.test(o.documentId)) return { documentId: o.documentId };
  if (o.documentId !== undefined) return null;
  const id = toId(o.id);
  return id === null ? null : { id };
}

const parseList = (list: unknown, media: boolean): Ref[] | null => {
  if (!Array.isArray(list)) return null;
  const refs = list.map((item) => parseRef(item, media));
  return refs.every((r): r is Ref => r !== null) ? refs : null;
};

/**
 * Reads a relation (or media) value in every form Strapi accepts: null, an id, a documentId, an
 * array of them, `{ id }` / `{ documentId }`, and `{ connect, disconnect }` or `{ set }` with
 * arrays of those. Returns the edit, or a message saying what is wrong with the value.
 */
export function parseRelation(value: unknown, opts: { toOne: boolean; media?: boolean }): { edit: RelationEdit | null } | { error: string } {
  const media = opts.media === true;
  const forms = media
    ? 'a file id, a list of file ids, or { connect | disconnect | set: [ids] }'
    : 'a documentId, an id, { documentId } / { id }, a list of them, { connect: [...], disconnect: [...] } or { set: [...] }';
  const invalid = { error: `is not a valid ${media ? 'media' : 'relation'} value: use ${forms}, or null to clear it` };
  if (value === null) return { edit: { set: [], connect: [], disconnect: [] } };
  let edit: RelationEdit;
  if (Array.isArray(value)) {
    const set = parseList(value, media);
    if (!set) return invalid;
    edit = { set, connect: [], disconnect: [] };
  } else if (value && typeof value === 'object' && Object.keys(value).some((k) => EDIT_KEYS.has(k))) {
    const o = value as Data;
    if (Object.keys(o).some((k) => !EDIT_KEYS.has(k))) return invalid;
    const pick = (k: string) => (o[k] === undefined ? [] : parseList(o[k], media));
    const connect = pick('connect');
    const disconnect = pick('disconnect');
    const set = o.set === undefined ? undefined : parseList(o.set, media);
    if (!connect || !disconnect || set === null) return invalid;
    if (set !== undefined && (o.connect !== undefined || o.disconnect !== undefined)) {
      return { error: 'mixes "set" with "connect"/"disconnect": use either "set" alone, or "connect" and "disconnect"' };
    }
    edit = { set, connect, disconnect };
  } else {
    const ref = parseRef(value, media);
    if (!ref) return invalid;
    edit = { set: [ref], connect: [], disconnect: [] };
  }
  if (opts.toOne && ((edit.set?.length ?? 0) > 1 || edit.connect.length > 1)) {
    return { error: 'holds a single record: name one, not several' };
  }
  return { edit };
}

const sameRef = (a: Ref, b: { id?: unknown; documentId?: unknown }) =>
  ('id' in a && a.id === b.id) || ('documentId' in a && a.documentId === b.documentId);

/**
 * The record a to-one relation points at after the edit: a reference, null when emptied, or
 * `undefined` when the edit leaves it as it is. `current` is the stored target (id and documentId).
 */
export function toOneAfter(edit: RelationEdit, current: { id?: unknown; documentId?: unknown } | null): Ref | null | undefined {
  if (edit.set !== undefined) return edit.set[0] ?? null;
  if (edit.connect.length > 0) return edit.connect[0];
  if (edit.disconnect.length === 0) return undefined;
  if (!current) return null;
  return edit.disconnect.some((r) => sameRef(r, current)) ? null : undefined;
}

/** Every record a relation edit adds (connect and set): those must exist. */
export const addedRefs = (edit: RelationEdit): Ref[] => [...(edit.set ?? []), ...edit.connect];

/**
 * The relation value written back in long form, so that the database layer reads it the way these
 * checks did (a bare documentId starting with a digit would otherwise be taken for an id).
 */
export function canonicalRelation(value: unknown, edit: RelationEdit): unknown {
  if (value === null) return null;
  const longForm = (list: unknown[], refs: Ref[]) =>
    refs.map((ref, i) => (list[i] && typeof list[i] === 'object' ? { ...(list[i] as Data), ...ref } : ref));
  if (Array.isArray(value)) return { set: longForm(value, edit.set ?? []) };
  if (value && typeof value === 'object' && Object.keys(value).some((k) => EDIT_KEYS.has(k))) {
    const o = value as Data;
    const out: Data = {};
    if (o.set !== undefined) out.set = longForm(o.set, edit.set ?? []);
    if (o.connect !== undefined) out.connect = longForm(o.connect, edit.connect);
    if (o.disconnect !== undefined) out.disconnect = longForm(o.disconnect, edit.disconnect);
    return out;
  }
  return { set: longForm([value], edit.set ?? []) };
}

const isToOne = (spec: FieldSpec) =>
  spec.type === 'media' ? spec.multiple !== true : spec.relation === 'oneToOne' || spec.relation === 'manyToOne';

// ------------------------------------------------------------------------------------ the check

export type FieldsCheck = { problems: Problem[]; relations: Record<string, RelationEdit> };

/**
 * Checks every field of one write against its attribute: text is text without refused
 * characters, enumerations hold one of their values, numbers are numbers, dates are real dates,
 * relation values have one of the accepted shapes. Unknown and system fields are left to Strapi.
 * Also returns the parsed relation edits, by field.
 */
export function checkFields(attributes: Record<string, FieldSpec>, data: Data): FieldsCheck {
  const problems: Problem[] = [];
  const relations: Record<string, RelationEdit> = {};
  for (const [name, value] of Object.entries(data)) {
    const spec = attributes[name];
    if (!spec || SYSTEM_FIELDS.has(name) || value === undefined) continue;
    const path = [name];
    const say = (message: string) => problems.push({ path, message: `"${name}" ${message}` });

    if (spec.type === 'relation' || spec.type === 'media') {
      if (spec.type === 'relation' && (spec.relation === 'morphToOne' || spec.relation === 'morphToMany')) continue;
      const parsed = parseRelation(value, { toOne: isToOne(spec), media: spec.type === 'media' });
      if ('error' in parsed) say(parsed.error);
      else if (parsed.edit) relations[name] = parsed.edit;
      continue;
    }
    if (value === null) continue;
    if (TEXT_TYPES.has(spec.type)) {
      if (typeof value !== 'string') say(`must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`);
      else {
        const p = characterProblem(path, value);
        if (p) problems.push(p);
      }
    } else if (spec.type === 'enumeration') {
      const allowed = spec.enum ?? [];
      if (typeof value !== 'string' || !allowed.includes(value)) say(`must be one of: ${allowed.join(', ')}`);
    } else if (spec.type === 'integer' || spec.type === 'biginteger') {
      if (!isWholeNumber(value)) say('must be a whole number');
    } else if (spec.type === 'float' || spec.type === 'decimal') {
      if (!isFiniteNumber(value)) say('must be a number');
    } else if (spec.type === 'date') {
      if (!isDateValue(value)) say('must be a calendar date written YYYY-MM-DD, e.g. 2026-01-31');
    } else if (spec.type === 'datetime' || spec.type === 'timestamp') {
      if (!isDateTimeValue(value)) say('must be a date and time in ISO 8601, e.g. 2026-01-31T09:00:00+07:00');
    } else if (spec.type === 'json') {
      const p = jsonProblem(path, value);
      if (p) problems.push(p);
    }
  }
  return { problems, relations };
}

/** A field the workflow needs, and why (shown to the person). */
export type NeededField = { field: string; reason: string };

/**
 * Fields that must hold a value even on a draft. `merged` is the stored row with the write's
 * edits applied, relations as the record they point at (or null).
 */
export function missingNeeded(merged: Data, needed: readonly NeededField[]): Problem[] {
  return needed
    .filter(({ field }) => {
      const v = merged[field];
      return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    })
    .map(({ field, reason }) => ({ path: [field], message: `"${field}" is required, also on a draft: ${reason}` }));
}
