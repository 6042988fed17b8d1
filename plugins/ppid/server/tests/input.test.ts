import {
  badCharacter,
  canonicalRelation,
  checkFields,
  isDateTimeValue,
  isDateValue,
  missingNeeded,
  parseRelation,
  toOneAfter,
  type FieldSpec,
} from '../src/domain/input';
import { hasRelation, relationKey, unitTreeAfter } from '../src/domain/validation';

const attributes: Record<string, FieldSpec> = {
  title: { type: 'string' },
  body: { type: 'richtext' },
  infoClass: { type: 'enumeration', enum: ['berkala', 'serta_merta'] },
  year: { type: 'integer' },
  score: { type: 'float' },
  signedAt: { type: 'date' },
  meetingAt: { type: 'datetime' },
  snapshot: { type: 'json' },
  unit: { type: 'relation', relation: 'manyToOne', target: 'plugin::ppid.unit' },
  items: { type: 'relation', relation: 'oneToMany', target: 'plugin::ppid.content-plan-item' },
  cover: { type: 'media', multiple: false },
  attachments: { type: 'media', multiple: true },
  createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
};

const paths = (data: Record<string, unknown>) => checkFields(attributes, data).problems.map((p) => p.path.join('.'));

describe('text', () => {
  it('refuses NUL, control characters other than tab/newline/return, and lone surrogates', () => {
    expect(badCharacter('Pengumuman\tbaru\r\n')).toBeNull();
    expect(badCharacter('emoji 😀 ok')).toBeNull();
    expect(badCharacter('ab\u0000c')).toEqual({ index: 2, description: 'a NUL character (U+0000)' });
    expect(badCharacter('bell\u0007')?.description).toBe('a control character (U+0007)');
    expect(badCharacter('x\ud83d')?.description).toMatch(/lone UTF-16 surrogate/);
    expect(badCharacter('\ude00x')?.description).toMatch(/lone UTF-16 surrogate/);
    expect(badCharacter('del\u007f and c1 \u0085')).toBeNull();
  });
  it('names the field and the position', () => {
    const [p] = checkFields(attributes, { title: 'Judul\u0000' }).problems;
    expect(p).toEqual({ path: ['title'], message: expect.stringMatching(/^"title" contains a NUL character \(U\+0000\) at position 6/) });
  });
  it('refuses numbers and objects where text is expected, and checks JSON strings and keys', () => {
    expect(paths({ title: 12345, body: ['a'] })).toEqual(['title', 'body']);
    expect(paths({ title: null, body: '' })).toEqual([]);
    expect(paths({ snapshot: { a: [{ b: 'x\u0000' }] } })).toEqual(['snapshot.a.0.b']);
    expect(paths({ snapshot: { 'k\u0000': 1 } })).toEqual(['snapshot.k\u0000']);
    expect(paths({ snapshot: { a: [1, 'two', null] } })).toEqual([]);
  });
});

describe('numbers and enumerations', () => {
  it('takes whole numbers (or digit strings) and finite numbers only', () => {
    expect(paths({ year: 2026, score: 1.5 })).toEqual([]);
    expect(paths({ year: '2026', score: '1.5' })).toEqual([]);
    expect(paths({ year: 'abc' })).toEqual(['year']);
    expect(paths({ year: 2026.5 })).toEqual(['year']);
    expect(paths({ year: 1e300 })).toEqual(['year']);
    expect(paths({ score: 'x' })).toEqual(['score']);
    expect(paths({ score: Infinity })).toEqual(['score']);
  });
  it('names the allowed values of an enumeration', () => {
    expect(checkFields(attributes, { infoClass: 'rahasia' }).problems[0].message).toBe('"infoClass" must be one of: berkala, serta_merta');
    expect(paths({ infoClass: 3 })).toEqual(['infoClass']);
    expect(paths({ infoClass: 'berkala' })).toEqual([]);
  });
});

describe('dates', () => {
  it('a date is a real calendar day written YYYY-MM-DD', () => {
    expect(isDateValue('2026-01-31')).toBe(true);
    expect(isDateValue('2028-02-29')).toBe(true);
    expect(isDateValue(new Date('2026-01-01T00:00:00Z'))).toBe(true);
    for (const bad of ['2026-13-45', '2026-02-30', '2027-02-29', '', '2026-1-5', '2026-01-01T20:00:00Z', 20260101, {}, [], true, new Date('x')]) {
      expect(isDateValue(bad)).toBe(false);
    }
  });
  it('a datetime is ISO 8601 with a time', () => {
    expect(isDateTimeValue('2026-05-04T03:00:00.000Z')).toBe(true);
    expect(isDateTimeValue('2026-05-04T10:00:00+07:00')).toBe(true);
    expect(isDateTimeValue('2026-05-04T10:00')).toBe(true);
    for (const bad of ['2026-05-04', '2026-13-01T00:00:00Z', '2026-05-04T25:00:00Z', '', 'now', 1767225600000, {}]) {
      expect(isDateTimeValue(bad)).toBe(false);
    }
  });
  it('names the field and the expected form', () => {
    expect(checkFields(attributes, { signedAt: 20260101 }).problems).toEqual([
      { path: ['signedAt'], message: '"signedAt" must be a calendar date written YYYY-MM-DD, e.g. 2026-01-31' },
    ]);
    expect(paths({ signedAt: null, meetingAt: null })).toEqual([]);
    expect(paths({ meetingAt: 5 })).toEqual(['meetingAt']);
  });
});

describe('relation values', () => {
  const one = { toOne: true };
  it('reads every form Strapi accepts', () => {
    expect(parseRelation('abc123', one)).toEqual({ edit: { set: [{ documentId: 'abc123' }], connect: [], disconnect: [] } });
    expect(parseRelation(7, one)).toEqual({ edit: { set: [{ id: 7 }], connect: [], disconnect: [] } });
    expect(parseRelation('7', one)).toEqual({ edit: { set: [{ id: 7 }], connect: [], disconnect: [] } });
    expect(parseRelation({ documentId: 'd1' }, one)).toEqual({ edit: { set: [{ documentId: 'd1' }], connect: [], disconnect: [] } });
    expect(parseRelation({ id: 3 }, one)).toEqual({ edit: { set: [{ id: 3 }], connect: [], disconnect: [] } });
    expect(parseRelation(['d1'], one)).toEqual({ edit: { set: [{ documentId: 'd1' }], connect: [], disconnect: [] } });
    expect(parseRelation(null, one)).toEqual({ edit: { set: [], connect: [], disconnect: [] } });
    expect(parseRelation({ set: [] }, one)).toEqual({ edit: { set: [], connect: [], disconnect: [] } });
    expect(parseRelation({ connect: [], disconnect: [] }, one)).toEqual({ edit: { set: undefined, connect: [], disconnect: [] } });
    // What the Content Manager sends: locale, status, position and its temporary flag.
    expect(
      parseRelation({ connect: [{ id: 4, documentId: 'd4', locale: null, isTemporary: true, position: { end: true } }], disconnect: [{ id: 2, documentId: 'd2' }] }, one)
    ).toEqual({ edit: { set: undefined, connect: [{ documentId: 'd4' }], disconnect: [{ documentId: 'd2' }] } });
    expect(parseRelation(['a', 'b', 3], { toOne: false })).toEqual({ edit: { set: [{ documentId: 'a' }, { documentId: 'b' }, { id: 3 }], connect: [], disconnect: [] } });
  });
  it('refuses garbage with a message naming the accepted forms', () => {
    for (const bad of [true, false, [[1]], { foo: 1 }, {}, { connect: [null] }, { connect: [true] }, { connect: 'x' }, { connect: [{ id: 1, extra: 2 }] },
      { id: 'abc' }, 1.5, -1, 0, 1e20, '', 'has space', { documentId: 5 }, { set: [{}] }, { connect: [], other: [] }, [null]]) {
      const res = parseRelation(bad, one);
      expect('error' in res && res.error).toMatch(/is not a valid relation value: use a documentId, an id/);
    }
  });
  it('refuses several records in a to-one relation, and set mixed with connect', () => {
    expect(parseRelation(['a', 'b'], one)).toEqual({ error: 'holds a single record: name one, not several' });
    expect(parseRelation({ connect: [{ documentId: 'a' }, { documentId: 'b' }] }, one)).toEqual({ error: 'holds a single record: name one, not several' });
    expect(parseRelation({ set: ['a'], connect: ['b'] }, { toOne: false })).toEqual({ error: expect.stringMatching(/mixes "set"/) });
  });
  it('takes media as ids or whole file objects', () => {
    expect(parseRelation({ id: 9, name: 'a.pdf', url: '/uploads/a.pdf' }, { toOne: true, media: true })).toEqual({ edit: { set: [{ id: 9 }], connect: [], disconnect: [] } });
    expect(parseRelation([{ id: 9, mime: 'x' }, 10], { toOne: false, media: true })).toEqual({ edit: { set: [{ id: 9 }, { id: 10 }], connect: [], disconnect: [] } });
    expect('error' in parseRelation('abc', { toOne: true, media: true })).toBe(true);
    expect('error' in parseRelation({ foo: 1 }, { toOne: false, media: true })).toBe(true);
    expect(paths({ cover: { id: 1 }, attachments: [1, 2] })).toEqual([]);
    expect(paths({ cover: [1, 2] })).toEqual(['cover']);
  });
  it('leaves system fields to Strapi and returns the parsed edits', () => {
    const { problems, relations } = checkFields(attributes, { createdBy: 'garbage!', unit: { connect: [{ documentId: 'u1' }] }, items: ['i1', 'i2'], nope: { x: 1 } });
    expect(problems).toEqual([]);
    expect(Object.keys(relations)).toEqual(['unit', 'items']);
  });
  it('works out where a to-one relation points after the edit', () => {
    const current = { id: 3, documentId: 'd3' };
    const edit = (v: unknown) => {
      const parsed = parseRelation(v, one);
      if ('error' in parsed || !parsed.edit) throw new Error('bad');
      return parsed.edit;
    };
    expect(toOneAfter(edit({ connect: [], disconnect: [] }), current)).toBeUndefined();
    expect(toOneAfter(edit({ connect: [{ documentId: 'd4' }], disconnect: [{ documentId: 'd3' }] }), current)).toEqual({ documentId: 'd4' });
    expect(toOneAfter(edit({ disconnect: [{ documentId: 'd3' }] }), current)).toBeNull();
    expect(toOneAfter(edit({ disconnect: [{ id: 3 }] }), current)).toBeNull();
    expect(toOneAfter(edit({ disconnect: [{ documentId: 'other' }] }), current)).toBeUndefined();
    expect(toOneAfter(edit(null), current)).toBeNull();
    expect(toOneAfter(edit({ set: [] }), current)).toBeNull();
    expect(toOneAfter(edit(['d5']), current)).toEqual({ documentId: 'd5' });
  });
  it('writes relation values back in long form, so that a documentId is never taken for an id', () => {
    const edit = (v: unknown) => (parseRelation(v, { toOne: false }) as any).edit;
    expect(canonicalRelation('1abc', edit('1abc'))).toEqual({ set: [{ documentId: '1abc' }] });
    expect(canonicalRelation(['1abc', 5], edit(['1abc', 5]))).toEqual({ set: [{ documentId: '1abc' }, { id: 5 }] });
    const cm = { connect: [{ id: 4, documentId: 'd4', position: { end: true } }], disconnect: [] };
    expect(canonicalRelation(cm, edit(cm))).toEqual({ connect: [{ id: 4, documentId: 'd4', position: { end: true } }], disconnect: [] });
    expect(canonicalRelation(null, edit(null))).toBeNull();
  });
});

describe('what the workflow needs on drafts', () => {
  const needed = [
    { field: 'unit', reason: 'reviewers come from it' },
    { field: 'infoClass', reason: 'it decides the list' },
  ];
  it('names each missing field with the reason', () => {
    expect(missingNeeded({ unit: null, infoClass: '' }, needed)).toEqual([
      { path: ['unit'], message: '"unit" is required, also on a draft: reviewers come from it' },
      { path: ['infoClass'], message: '"infoClass" is required, also on a draft: it decides the list' },
    ]);
    expect(missingNeeded({ unit: { id: 1 }, infoClass: 'berkala' }, needed)).toEqual([]);
    expect(missingNeeded({ infoClass: 'berkala' }, needed).map((p) => p.path[0])).toEqual(['unit']);
  });
});

describe('relation keys (validation.ts) in every form', () => {
  it('reads lists, set and connect', () => {
    expect(relationKey(['d1', 'd2'])).toBe('d1');
    expect(relationKey([{ documentId: 'd1' }])).toBe('d1');
    expect(relationKey({ set: ['d9'] })).toBe('d9');
    expect(relationKey({ connect: [], disconnect: [{ id: 1 }] })).toBeNull();
    expect(relationKey({ foo: 1 })).toBeNull();
    expect(relationKey([])).toBeNull();
    expect(hasRelation(['d1'])).toBe(true);
    expect(hasRelation([])).toBe(false);
  });
});

describe('unit tree after a write', () => {
  // 1 agency > 2 division > 3 section; 4 another division
  const units = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 4, parentId: 1 },
  ];
  it('refuses a unit below itself, through its parent or its children', () => {
    expect(unitTreeAfter(units, { selfId: 1, parentId: 3 }).cycle).toBe(true);
    expect(unitTreeAfter(units, { selfId: 2, parentId: 2 }).cycle).toBe(true);
    expect(unitTreeAfter(units, { selfId: 3, parentId: 4 }).cycle).toBe(false);
    expect(unitTreeAfter(units, { selfId: 3, children: { connect: [1], disconnect: [] } }).cycle).toBe(true);
    expect(unitTreeAfter(units, { selfId: 4, children: { connect: [3], disconnect: [] } }).cycle).toBe(false);
    expect(unitTreeAfter(units, { selfId: 2, children: { set: [2], connect: [], disconnect: [] } }).cycle).toBe(true);
    // A new unit (an id no stored unit has) below 3 that takes the agency as its child.
    expect(unitTreeAfter(units, { selfId: -1, parentId: 3, children: { connect: [1], disconnect: [] } }).cycle).toBe(true);
    expect(unitTreeAfter(units, { selfId: -1, parentId: 3, children: { connect: [4], disconnect: [] } }).cycle).toBe(false);
  });
});
