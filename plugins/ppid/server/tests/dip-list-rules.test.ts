import { buildExclusionSnapshot, collectionComplete, decideRowReturns, lockedListChange, proofFillOnly, returnsToCollection, submissionStatus, submissionsToReopen, submittingUnits, unitsOfSubmission } from '../src/dip/list-rules';
import { validateDefinition, type WorkflowDefinition } from '../src/workflow/definition';
import { DIP_LIST_TEMPLATES, dipListDisdukcapil, dipListKapuasHulu } from '../src/workflow/templates-dip-list';
import type { UnitNode } from '../src/workflow/actors';

const units = new Map<number, UnitNode>([
  [1, { id: 1, code: 'dinas', name: 'Dinas', parentId: null }],
  [2, { id: 2, code: 'bidang-ikp', name: 'Bidang IKP', parentId: 1 }],
  [3, { id: 3, code: 'seksi-publikasi', name: 'Seksi Publikasi', parentId: 2 }],
  [4, { id: 4, code: 'bidang-aptika', name: 'Bidang Aptika', parentId: 1 }],
  [9, { id: 9, code: 'kecil', name: 'Badan kecil', parentId: null }],
]);
const own = [
  { documentId: 'a', number: 'SS-01', title: 'Rencana Strategis' },
  { documentId: 'b', number: 'SS-02', title: 'Daftar kontrak' },
];

describe('who submits rows for the year’s list', () => {
  it('is each direct sub-unit of the agency, ordered by code, answering for the units below it', () => {
    expect(submittingUnits(units, 1).map((u) => u.code)).toEqual(['bidang-aptika', 'bidang-ikp']);
    expect(unitsOfSubmission(units, 2).sort()).toEqual([2, 3]);
  });
  it('is the agency itself when it has no sub-units; nobody for an unknown unit', () => {
    expect(submittingUnits(units, 9).map((u) => u.code)).toEqual(['kecil']);
    expect(submittingUnits(units, 99)).toEqual([]);
  });
  it('is complete only when there are submissions and every one was accepted', () => {
    expect(collectionComplete([])).toBe(false);
    expect(collectionComplete([{ state: 'accepted' }, { state: 'filling' }])).toBe(false);
    expect(collectionComplete([{ state: 'accepted' }, { state: 'accepted' }])).toBe(true);
  });
});

describe('the check returns a submission', () => {
  it('whole, with a reason of at least 10 characters', () => {
    expect(decideRowReturns({ reason: 'Lengkapi seluruh baris unit' }, own)).toEqual({ ok: true, rows: [], reason: 'Lengkapi seluruh baris unit' });
    expect(decideRowReturns({ reason: 'singkat' }, own)).toMatchObject({ ok: false, path: ['reason'] });
    expect(decideRowReturns({}, own)).toMatchObject({ ok: false, path: ['reason'] });
  });
  it('or single rows, each its own reason, named in the log reason', () => {
    const d = decideRowReturns({ rows: [{ entry: 'b', reason: 'Nilai kontrak belum disebut' }] }, own);
    expect(d).toEqual({ ok: true, rows: [{ entry: 'b', number: 'SS-02', title: 'Daftar kontrak', reason: 'Nilai kontrak belum disebut' }], reason: 'SS-02 Daftar kontrak: Nilai kontrak belum disebut' });
    const withNote = decideRowReturns({ reason: 'Dua hal perlu diperbaiki', rows: [{ entry: 'a', reason: 'Tahun pembuatan salah' }] }, own);
    expect(withNote).toMatchObject({ ok: true, reason: 'Dua hal perlu diperbaiki (SS-01 Rencana Strategis: Tahun pembuatan salah)' });
  });
  it('refuses rows of another unit, a row named twice, a short row reason, a malformed list', () => {
    expect(decideRowReturns({ rows: [{ entry: 'x', reason: 'Alasan yang cukup panjang' }] }, own)).toMatchObject({ ok: false, path: ['rows', 0, 'entry'] });
    expect(decideRowReturns({ rows: [{ entry: 'a', reason: 'Alasan yang cukup panjang' }, { entry: 'a', reason: 'Alasan yang cukup panjang' }] }, own)).toMatchObject({ ok: false, path: ['rows', 1, 'entry'] });
    expect(decideRowReturns({ rows: [{ entry: 'a', reason: 'pendek' }] }, own)).toMatchObject({ ok: false, path: ['rows', 0, 'reason'] });
    expect(decideRowReturns({ rows: 'a' }, own)).toMatchObject({ ok: false, path: ['rows'] });
  });
});

describe('the signed list of excluded information', () => {
  const list = { year: 2026, decreeNumber: '046/2026', signerName: 'Kepala', signerTitle: 'Kepala Dinas', signedAt: '2026-01-10' };
  it('freezes the consequence tests ordered by title, never the excluded content, with a stable hash', () => {
    const rows = [
      { title: 'Zona rahasia', article: 'c', consequenceIfOpened: 'x', excludedContent: 'NIK pemohon' },
      { title: 'Arsip lelang', article: 'b', consequenceIfOpened: 'y' },
    ];
    const a = buildExclusionSnapshot(list, rows);
    expect(a.entryCount).toBe(2);
    expect(a.snapshot.entries.map((e) => e.title)).toEqual(['Arsip lelang', 'Zona rahasia']);
    expect(JSON.stringify(a.snapshot)).not.toContain('NIK pemohon');
    expect(buildExclusionSnapshot(list, [...rows].reverse()).hash).toBe(a.hash);
  });
  it('never changes once signed; unchanged values pass', () => {
    const current = { title: 'Daftar 2026', state: 'signed', note: null };
    expect(lockedListChange({ title: 'Daftar 2026', state: 'signed', updatedAt: 'x' }, current)).toEqual([]);
    expect(lockedListChange({ title: 'Diubah' }, current)).toMatchObject([{ path: ['title'] }]);
    expect(lockedListChange({ state: 'draft' }, current)).toMatchObject([{ path: ['state'] }]);
  });
  it('an enacted edition takes its upload proofs once, nothing else', () => {
    expect(proofFillOnly({ websiteUrl: 'https://x', title: 'y' }, { websiteUrl: null })).toEqual({ title: 'y' });
    expect(proofFillOnly({ websiteUrl: 'https://z' }, { websiteUrl: 'https://x' })).toEqual({ websiteUrl: 'https://z' });
  });
});

describe('the list templates', () => {
  it('are valid definitions, each signing edge from a stage the head acts at', () => {
    for (const def of DIP_LIST_TEMPLATES) {
      expect(validateDefinition(def)).toEqual([]);
      for (const t of def.transitions.filter((x) => x.signs)) expect(def.stages.find((s) => s.key === t.from)?.actor).toBe('kepala');
    }
  });
  it('refuse a signing edge taken by anyone but the head', () => {
    const bad: WorkflowDefinition = { ...dipListKapuasHulu, transitions: dipListKapuasHulu.transitions.map((t) => (t.from === 'coordination' && t.action === 'forward' ? { ...t, signs: true } : t)) };
    expect(validateDefinition(bad)).toEqual([expect.objectContaining({ path: ['transitions', 0, 'signs'] })]);
  });
});

describe('a return of the list to its collection', () => {
  const edge = (def: WorkflowDefinition, key: string) => def.transitions.find((t) => `${t.from}->${t.to}:${t.action}` === key)!;
  it("is the head's return to the Ketua PPID in SOP 001 (the list goes on only through the collection again)", () => {
    expect(returnsToCollection(dipListKapuasHulu.transitions, edge(dipListKapuasHulu, 'signing->coordination:return'))).toBe(true);
  });
  it('is the Ketua PPID Pembantu returning to the collection in SOP 003, not the head returning to him', () => {
    expect(returnsToCollection(dipListDisdukcapil.transitions, edge(dipListDisdukcapil, 'approval->collection:return'))).toBe(true);
    expect(returnsToCollection(dipListDisdukcapil.transitions, edge(dipListDisdukcapil, 'signing->approval:return'))).toBe(false);
  });
  it('is never a forward step, a signature or a cancellation', () => {
    for (const key of ['coordination->collection:forward', 'collection->signing:forward', 'signing->enacted:publish', 'coordination->cancelled:cancel'])
      expect(returnsToCollection(dipListKapuasHulu.transitions, edge(dipListKapuasHulu, key))).toBe(false);
  });
  const subs = [
    { id: 'a', state: 'accepted', unit: { code: 'bidang-ikp' } },
    { id: 'b', state: 'filling', unit: { code: 'bidang-statistik' } },
    { id: 'c', state: 'accepted', unit: { code: 'sekretariat' } },
  ];
  const ids = (r: ReturnType<typeof submissionsToReopen<(typeof subs)[number]>>) => (r.ok ? r.reopen.map((s) => s.id) : r.message.en);

  it('reopens the accepted submissions only', () => {
    expect(ids(submissionsToReopen(subs))).toEqual(['a', 'c']);
    expect(submissionsToReopen([])).toEqual({ ok: true, reopen: [] });
  });

  it('reopens only the units the head names, among the accepted ones', () => {
    expect(ids(submissionsToReopen(subs, ['sekretariat']))).toEqual(['c']);
    // A named unit still filling keeps its round; nothing else reopens.
    expect(ids(submissionsToReopen(subs, ['bidang-statistik']))).toEqual([]);
    expect(ids(submissionsToReopen(subs, ['sekretariat', 'bidang-ikp']))).toEqual(['a', 'c']);
  });

  it('refuses a unit that submits nothing for the list, naming it and where it was given', () => {
    expect(submissionsToReopen(subs, ['bidang-ikp', 'upt-lab'])).toEqual({
      ok: false,
      path: ['units', '1'],
      message: { id: 'Unit "upt-lab" tidak menyampaikan usulan untuk daftar ini', en: 'Unit "upt-lab" has no submission for this list' },
    });
  });
});

describe('where a unit\'s submission stands', () => {
  it.each([
    [{ state: 'filling', stageKind: 'work', lastAction: null }, 'filling'],
    [{ state: 'filling', stageKind: 'work', lastAction: 'start' }, 'filling'],
    [{ state: 'filling', stageKind: 'review', lastAction: 'forward' }, 'submitted'],
    [{ state: 'filling', stageKind: 'work', lastAction: 'return' }, 'returned'],
    [{ state: 'filling', stageKind: 'work', lastAction: 'reopen' }, 'returned'],
    [{ state: 'accepted', stageKind: 'published', lastAction: 'publish' }, 'accepted'],
    [{ state: 'accepted', stageKind: null, lastAction: null }, 'accepted'],
  ])('%j is %s', (input, status) => {
    expect(submissionStatus(input)).toBe(status);
  });
});
