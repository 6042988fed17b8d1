import { subtree, wouldCycle } from '../src/domain/organisation';
import { hasRelation, isNoopRelation, relationKey, lockedEditionChange, rules, sameValue } from '../src/domain/validation';
import { buildSnapshot, canonicalJson } from '../src/dip/snapshot';
import { today, yearRange } from '../src/domain/time';

const units = [
  { id: 1, code: 'opd', parentId: null },
  { id: 2, code: 'bidang-a', parentId: 1 },
  { id: 3, code: 'seksi-a1', parentId: 2 },
  { id: 4, code: 'bidang-b', parentId: 1 },
  { id: 5, code: 'lain', parentId: null },
];

describe('organisation', () => {
  it('walks a unit and everything below it', () => {
    expect(subtree(units, 1)).toEqual([1, 2, 4, 3]);
    expect(subtree(units, 2)).toEqual([2, 3]);
    expect(subtree(units, 5)).toEqual([5]);
    expect(subtree(units, 99)).toEqual([]);
  });
  it('detects cycles, including a unit as its own parent', () => {
    expect(wouldCycle(units, 2, 3)).toBe(true);
    expect(wouldCycle(units, 2, 2)).toBe(true);
    expect(wouldCycle(units, 3, 4)).toBe(false);
  });
});

describe('validation rules', () => {
  it('needs proof on a publication record', () => {
    expect(rules['publication-record']({ channel: 'website' })[0].message).toMatch(/needs proof/);
    expect(rules['publication-record']({ url: 'ftp://x' }).map((p) => p.message)).toEqual(['The proof URL must be an http(s) address']);
    expect(rules['publication-record']({ url: 'https://kalbarprov.go.id/x' })).toEqual([]);
    expect(rules['publication-record']({ proofFile: 12 })).toEqual([]);
    expect(rules['publication-record']({ proofFile: { connect: [{ id: 1 }] } })).toEqual([]);
  });
  it('orders dates', () => {
    expect(rules['position-assignment']({ startsOn: '2026-02-01', endsOn: '2026-01-31' })).toHaveLength(1);
    expect(rules['position-assignment']({ startsOn: '2026-02-01', endsOn: '2026-02-01' })).toEqual([]);
    expect(rules['position-assignment']({ startsOn: '2026-02-01', endsOn: null })).toEqual([]);
    expect(rules.exclusion({ testedOn: '2026-05-01', exclusionEndsOn: '2026-04-30' })[0].path).toEqual(['exclusionEndsOn']);
    expect(rules.evaluation({ periodStart: '2026-05-01', periodEnd: '2026-04-30' })).toHaveLength(1);
  });
  it('links exclusions only from excluded DIP entries', () => {
    expect(rules['dip-entry']({ infoClass: 'dikecualikan', exclusion: null })[0].path).toEqual(['exclusion']);
    expect(rules['dip-entry']({ infoClass: 'dikecualikan' })[0].path).toEqual(['exclusion']);
    expect(rules['dip-entry']({ infoClass: 'dikecualikan', exclusion: { connect: [{ documentId: 'x' }] } })).toEqual([]);
    expect(rules['dip-entry']({ infoClass: 'berkala', exclusion: 4 })[0].message).toMatch(/Only entries of class/);
  });
  it('needs the signer and date of a signed content plan', () => {
    expect(rules['content-plan']({ state: 'signed', signedAt: '2026-01-02' })[0].path).toEqual(['signedAt']);
    expect(rules['content-plan']({ state: 'signed', signedBy: 4 })).toHaveLength(1);
    expect(rules['content-plan']({ state: 'submitted', signedAt: '2026-01-02', signedBy: { connect: [{ id: 4 }] } })).toEqual([]);
    expect(rules['content-plan']({ state: 'draft' })).toEqual([]);
  });
  it('keeps berkala categories on berkala announcements', () => {
    expect(rules.announcement({ infoClass: 'serta_merta', berkalaCategory: 2 })).toHaveLength(1);
    expect(rules.announcement({ infoClass: 'berkala', berkalaCategory: 2 })).toEqual([]);
  });
  it('finds the record a relation value names', () => {
    expect(relationKey(7)).toBe(7);
    expect(relationKey('abc')).toBe('abc');
    expect(relationKey({ id: 3 })).toBe(3);
    expect(relationKey({ documentId: 'd1', id: 3 })).toBe('d1');
    expect(relationKey({ connect: [{ documentId: 'd2' }] })).toBe('d2');
    expect(relationKey({ set: [{ id: 5 }] })).toBe(5);
    expect(relationKey({ connect: [] })).toBeNull();
    expect(relationKey(null)).toBeNull();
  });
  it('reads relation values of every write form', () => {
    expect(hasRelation(undefined)).toBeUndefined();
    expect(hasRelation(null)).toBe(false);
    expect(hasRelation(3)).toBe(true);
    expect(hasRelation({ set: [] })).toBe(false);
    expect(hasRelation({ disconnect: [{ id: 1 }] })).toBe(false);
    expect(hasRelation({ connect: [], disconnect: [] })).toBeUndefined();
  });
  it('requires the decree, date and signer to enact an edition', () => {
    expect(rules['dip-edition']({ state: 'enacted', decreeNumber: 'X' }).map((p) => p.path[0])).toEqual(['signedAt', 'signerName']);
    expect(rules['dip-edition']({ state: 'draft' })).toEqual([]);
  });
  it('locks an enacted edition but accepts what the Content Manager sends back unchanged', () => {
    const current = { state: 'enacted', title: 'DIP 2026', signedAt: '2026-01-10', year: 2026, snapshot: { a: 1 } };
    expect(lockedEditionChange({ state: 'superseded' }, current)).toEqual([]);
    expect(lockedEditionChange({ title: 'DIP 2026', signedAt: '2026-01-10T00:00:00.000Z', agency: { connect: [], disconnect: [] }, snapshot: { a: 1 } }, current)).toEqual([]);
    expect(lockedEditionChange({ title: 'x' }, current)).toEqual([{ path: ['title'], message: 'This DIP edition is enacted and can no longer be changed' }]);
    expect(lockedEditionChange({ state: 'draft' }, current)[0].path).toEqual(['state']);
    expect(lockedEditionChange({ state: 'enacted' }, { ...current, state: 'superseded' })[0].message).toMatch(/is superseded/);
    expect(isNoopRelation({})).toBe(false);
    expect(sameValue(new Date('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(1, 2)).toBe(false);
  });
});

describe('DIP snapshot', () => {
  const edition = { year: 2026, decreeNumber: '12/2026', signerName: 'Kepala', signedAt: '2026-01-05' };
  it('groups by class in register order and hashes canonically', () => {
    const a = buildSnapshot(edition, [
      { class: 'setiap_saat', number: 'SS-10' },
      { class: 'berkala', number: 'B-2' },
      { class: 'setiap_saat', number: 'SS-9' },
    ]);
    expect(a.snapshot.groups.map((g) => [g.class, g.entries.map((e) => e.number)])).toEqual([
      ['berkala', ['B-2']],
      ['setiap_saat', ['SS-9', 'SS-10']],
    ]);
    expect(a.entryCount).toBe(3);
    const b = buildSnapshot(edition, [
      { number: 'SS-9', class: 'setiap_saat' },
      { class: 'setiap_saat', number: 'SS-10' },
      { number: 'B-2', class: 'berkala' },
    ]);
    expect(b.hash).toBe(a.hash);
    expect(buildSnapshot({ ...edition, decreeNumber: '13/2026' }, []).hash).not.toBe(a.hash);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});

describe('agency time', () => {
  it('computes years and days in Asia/Jakarta', () => {
    expect(yearRange(2026).start.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(yearRange(2026).end.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(today(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01');
    expect(today(new Date('2026-03-31T17:30:00Z'), 'Asia/Jayapura')).toBe('2026-04-01');
    expect(today(new Date('2026-03-31T16:30:00Z'))).toBe('2026-03-31');
  });
});
