import { decideHeadSignature, entryChanged, headTitle, markSinceEdition, parseEditionYear, readableEditions, SIGNED_LIST_NAMES, supersedes } from '../src/dip/edition-rules';
import { assignment as a, unitMap } from './fixtures/organisation';

const units = unitMap([
  { id: 1, code: 'dinas', name: 'Dinas', parentId: null },
  { id: 2, code: 'sekretariat', name: 'Sekretariat', parentId: 1 },
  { id: 10, code: 'dinas-lain', name: 'Dinas lain', parentId: null },
]);
const DAY = '2026-12-02';

describe('parseEditionYear', () => {
  it.each(['2025', '1999'])('accepts %s', (y) => expect(parseEditionYear(y)).toBe(Number(y)));
  it.each(['25', '20251', '2025.pdf', ' 2025', '', undefined, 2025, 'abcd'])('refuses %p', (y) =>
    expect(parseEditionYear(y)).toBeNull()
  );
});

describe('decideHeadSignature', () => {
  const DIP = SIGNED_LIST_NAMES['dip-edition'];
  const staff = [a(1, 'kepala', 1), a(2, 'sekretaris', 2), a(3, 'ketua_ppid', 2), a(9, 'kepala', 10)];

  it('lets the head of the agency sign', () => {
    const d = decideHeadSignature(units, staff, { agencyUnitId: 1, actorUserId: 1, date: DAY, list: DIP });
    expect(d).toEqual({ ok: true, signer: expect.objectContaining({ userId: 1, position: 'kepala' }) });
  });

  it.each([2, 3, 9, 42])('refuses user %i, who is not the head of this agency', (actor) => {
    const d = decideHeadSignature(units, staff, { agencyUnitId: 1, actorUserId: actor, date: DAY, list: DIP });
    expect(d).toMatchObject({ ok: false, reason: 'not_head' });
  });

  it('lets an acting head (Plt) sign while the assignment is in force, not after it ended', () => {
    const plt = [a(2, 'kepala', 1, { holding: 'plt', startsOn: '2026-11-01', endsOn: '2026-11-30' })];
    expect(decideHeadSignature(units, plt, { agencyUnitId: 1, actorUserId: 2, date: '2026-11-15', list: DIP }).ok).toBe(true);
    expect(decideHeadSignature(units, plt, { agencyUnitId: 1, actorUserId: 2, date: DAY, list: DIP })).toMatchObject({
      ok: false,
      reason: 'no_head',
    });
  });
});

describe('a refusal names the list being signed', () => {
  const staff = [a(1, 'kepala', 1), a(3, 'ketua_ppid', 2)];
  it.each([
    ['dip-edition', 'Hanya Kepala (Atasan PPID) yang dapat menandatangani DIP', 'Only the head of agency (Atasan PPID) may sign the DIP'],
    ['exclusion-list', 'Hanya Kepala (Atasan PPID) yang dapat menandatangani Daftar Informasi yang Dikecualikan', 'Only the head of agency (Atasan PPID) may sign the list of excluded information'],
  ] as const)('%s: not the head', (type, id, en) => {
    expect(decideHeadSignature(units, staff, { agencyUnitId: 1, actorUserId: 3, date: DAY, list: SIGNED_LIST_NAMES[type] })).toEqual({ ok: false, reason: 'not_head', message: { id, en } });
  });
  it.each([
    ['dip-edition', 'Tidak ada pemegang jabatan Kepala pada tanggal penandatanganan; DIP tidak dapat ditandatangani'],
    ['exclusion-list', 'Tidak ada pemegang jabatan Kepala pada tanggal penandatanganan; Daftar Informasi yang Dikecualikan tidak dapat ditandatangani'],
  ] as const)('%s: nobody holds the head position', (type, id) => {
    expect(decideHeadSignature(units, [], { agencyUnitId: 1, actorUserId: 1, date: DAY, list: SIGNED_LIST_NAMES[type] })).toMatchObject({ ok: false, reason: 'no_head', message: { id } });
  });
});

describe('markSinceEdition', () => {
  const edition = { year: 2025, groups: [{ entries: [{ number: '1' }, { number: '2' }] }] };
  it('marks rows of the edition and rows added since', () => {
    const out = markSinceEdition([{ number: '1' }, { number: '3' }], edition);
    expect(out).toEqual([
      { number: '1', inEdition: 2025, sinceEdition: false },
      { number: '3', inEdition: null, sinceEdition: true },
    ]);
  });
  it('marks every row as added since when nothing is enacted', () => {
    expect(markSinceEdition([{ number: '1' }], null)).toEqual([{ number: '1', inEdition: null, sinceEdition: true }]);
  });
});

describe('headTitle', () => {
  it('names the head of the agency, acting heads as Plt. or Plh.', () => {
    expect(headTitle('definitive', 'Dinas Komunikasi dan Informatika')).toBe('Kepala Dinas Komunikasi dan Informatika');
    expect(headTitle('plt', 'Dinas Sosial ')).toBe('Plt. Kepala Dinas Sosial');
    expect(headTitle('plh', 'Badan Pusat')).toBe('Plh. Kepala Badan Pusat');
    expect(headTitle('definitive', '')).toBe('Kepala');
  });
});

describe('markSinceEdition with entryChanged', () => {
  const enacted = {
    number: 'SS-01', title: 'Rencana Strategis', summary: 'Ringkasan', class: 'setiap_saat', holderOfficial: 'Sekretaris',
    responsibleOfficial: 'Kasubbag', productionTime: '2026', productionPlace: 'Pontianak', year: 2026, availableForm: 'softcopy',
    mediaType: null, retentionPeriod: '5 tahun', documentUrl: null, category: null, holderUnit: { code: 'dinas', name: 'Dinas' },
    document: null, exclusion: null,
  };
  const edition = { year: 2026, groups: [{ entries: [enacted] }] };
  it('an unchanged row is in the edition; a renamed unit or a new publishedAt is no change', () => {
    const live = { ...enacted, holderUnit: { code: 'dinas', name: 'Dinas Baru' }, publishedAt: '2026-12-01T00:00:00.000Z', mediaType: '' };
    expect(markSinceEdition([live], edition, entryChanged)[0]).toMatchObject({ inEdition: 2026, sinceEdition: false });
  });
  it.each([
    ['summary', { summary: 'Ringkasan baru' }],
    ['holder unit', { holderUnit: { code: 'bidang', name: 'Dinas' } }],
    ['category', { category: { code: 'laporan-keuangan', name: 'x' } }],
    ['document', { document: { url: '/uploads/a.pdf' } }],
    ['exclusion', { exclusion: { documentId: 'abc' } }],
    ['year', { year: 2027 }],
  ])('a row whose %s changed stays in the edition and is marked', (_, over) => {
    expect(markSinceEdition([{ ...enacted, ...over }], edition, entryChanged)[0]).toMatchObject({ inEdition: 2026, sinceEdition: true });
  });
  it('a row with a new number is added since', () => {
    expect(markSinceEdition([{ ...enacted, number: 'SS-02' }], edition, entryChanged)[0]).toMatchObject({ inEdition: null, sinceEdition: true });
  });
});

describe('an enacted edition supersedes', () => {
  it("the agency's enacted editions of its year and of every earlier year, never a later one", () => {
    expect([2025, 2026, 2027].map((year) => supersedes(2026, { year }))).toEqual([true, true, false]);
  });
});

describe('readableEditions', () => {
  it('keeps per agency and year the newest edition (rows come newest first); earlier years stay', () => {
    const rows = [
      { id: 5, year: 2027, agencyId: 1 },
      { id: 4, year: 2026, agencyId: 1 },
      { id: 3, year: 2026, agencyId: 1 },
      { id: 6, year: 2026, agencyId: 2 },
      { id: 1, year: 2025, agencyId: 1 },
    ];
    expect(readableEditions(rows, (r) => r.agencyId).map((r) => r.id)).toEqual([5, 4, 6, 1]);
    expect(readableEditions([], () => null)).toEqual([]);
  });
});
