import { ENDING_SOON_DAYS, organisationOverview, type OverviewAssignment, type OverviewUnit } from '../src/organisation/overview';

const unit = (id: number, name: string, parentId: number | null, extra: Partial<OverviewUnit> = {}): OverviewUnit => ({
  id,
  documentId: `u${id}`,
  code: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind: parentId === null ? 'agency' : 'division',
  parentId,
  active: true,
  publishes: true,
  ...extra,
});

const assignment = (unitId: number, userId: number, position: OverviewAssignment['position'], startsOn: string, endsOn: string | null = null, holding: OverviewAssignment['holding'] = 'definitive'): OverviewAssignment => ({
  documentId: `a${unitId}-${userId}-${position}-${startsOn}`,
  userId,
  userName: `User ${userId}`,
  position,
  unitId,
  holding,
  startsOn,
  endsOn,
  officialName: null,
  nip: null,
  decreeNumber: null,
});

describe('organisationOverview', () => {
  const units = [unit(3, 'Bidang Statistik', 1), unit(1, 'Dinas Kominfo', null), unit(2, 'Bidang IKP', 1), unit(4, 'Seksi Data', 3)];

  it('lists units depth-first from the root, siblings by name', () => {
    const rows = organisationOverview(units, [], '2026-12-05');
    expect(rows.map((r) => [r.name, r.depth])).toEqual([
      ['Dinas Kominfo', 0],
      ['Bidang IKP', 1],
      ['Bidang Statistik', 1],
      ['Seksi Data', 2],
    ]);
  });

  it('keeps holders in force on the date, upcoming ones apart, and leaves ended ones out', () => {
    const rows = organisationOverview(
      units,
      [
        assignment(2, 10, 'kabid', '2025-01-01'),
        assignment(2, 11, 'fungsional', '2026-12-05', '2026-12-05'),
        assignment(2, 12, 'operator', '2024-01-01', '2026-12-04'),
        assignment(2, 13, 'operator', '2026-12-06'),
      ],
      '2026-12-05'
    );
    const ikp = rows.find((r) => r.id === 2)!;
    expect(ikp.holders.map((h) => [h.userId, h.position])).toEqual([
      [10, 'kabid'],
      [11, 'fungsional'],
    ]);
    expect(ikp.upcoming.map((h) => h.userId)).toEqual([13]);
    expect(ikp.holders[0]).not.toHaveProperty('unitId');
  });

  it('marks acting holders and those whose assignment ends within the window', () => {
    const rows = organisationOverview(
      units,
      [
        assignment(1, 20, 'kepala', '2026-11-01', '2027-01-04', 'plt'),
        assignment(1, 21, 'sekretaris', '2020-01-01', '2027-01-05'),
        assignment(1, 22, 'ppid_utama', '2020-01-01T00:00:00.000Z', null),
      ],
      '2026-12-05'
    );
    const agency = rows.find((r) => r.id === 1)!;
    const by = Object.fromEntries(agency.holders.map((h) => [h.userId, h]));
    expect(ENDING_SOON_DAYS).toBe(30);
    expect([by[20].acting, by[20].endingSoon]).toEqual([true, true]);
    expect([by[21].acting, by[21].endingSoon]).toEqual([false, false]);
    expect(by[22].startsOn).toBe('2020-01-01');
    expect(agency.holders.map((h) => h.position)).toEqual(['kepala', 'sekretaris', 'ppid_utama']);
  });

  it('lists a unit whose parent is missing as a root, and units caught in a cycle once', () => {
    const rows = organisationOverview([unit(5, 'Orphan', 99), unit(6, 'A', 7), unit(7, 'B', 6)], [], '2026-12-05');
    expect(rows.map((r) => r.name).sort()).toEqual(['A', 'B', 'Orphan']);
    expect(rows.find((r) => r.name === 'Orphan')!.depth).toBe(0);
  });
});
