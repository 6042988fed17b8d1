/**
 * The request desk's rules (requests/desk.ts): a request's clock as the desk shows it, the desk's
 * views, the units and excluded information its pickers offer, the written notice's completeness rule and the extension's problems in words. Dates from
 * the 2026 calendar: Monday 2026-08-10; 2026-08-17 and 2026-08-25 are public holidays, so the 10
 * working days from 10 August end on Wednesday 26 August.
 */
import { citableExclusions, deskClock, dispositionUnits, dueSoonBy, extensionCheck, lettersOf, noticeProblems, NOTICE_PROBLEMS, viewWhere } from '../src/requests/desk';
import { createClock, type ClockSettings } from '../src/workflow/clock';

const clock = createClock({ timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true } as ClockSettings);
const at = (iso: string) => new Date(iso);
const received = { receivedAt: at('2026-08-10T09:00:00+07:00'), extensionDays: 0, state: 'assigned' as const, signedAt: null };

describe('deskClock', () => {
  it('puts a request waiting for the requester on hold: never due soon or overdue, counted from receipt once completed', () => {
    const waiting = { ...received, state: 'incomplete' as const };
    // Sat 29 August: past the due day (26 August) of the same request.
    expect(deskClock(clock, waiting, at('2026-08-21T10:00:00+07:00'))).toMatchObject({ onHold: true, dueSoon: false, overdue: false, workingDaysLeft: 2, dueOn: '2026-08-26' });
    expect(deskClock(clock, waiting, at('2026-08-29T10:00:00+07:00'))).toMatchObject({ onHold: true, dueSoon: false, overdue: false, workingDaysLeft: -2 });
    // Completed (back at the check): the same deadline, counted from the receipt, is overdue.
    expect(deskClock(clock, { ...received, state: 'checking' }, at('2026-08-29T10:00:00+07:00'))).toMatchObject({ onHold: false, overdue: true, dueOn: '2026-08-26' });
    // The desk's due-soon and overdue views leave it out; its own view and the open view list it.
    const views = { now: at('2026-08-29T10:00:00+07:00'), dueSoonBy: '2026-09-03' };
    for (const view of ['due_soon', 'overdue'] as const) expect(JSON.stringify(viewWhere(view, views))).not.toContain('"incomplete"');
    expect(viewWhere('incomplete', views)).toEqual({ state: 'incomplete' });
    expect(JSON.stringify(viewWhere('open', views))).toContain('"incomplete"');
  });

  it('counts working days left, skipping weekends and holidays', () => {
    const c = deskClock(clock, received, at('2026-08-10T10:00:00+07:00'));
    expect(c).toMatchObject({ receivedOn: '2026-08-10', dueOn: '2026-08-26', extended: false, workingDaysLeft: 10, overdue: false, dueSoon: false, answered: false, onTime: null });
    expect(c.dueAt.toISOString()).toBe('2026-08-26T16:59:59.999Z');
  });

  it('is due soon at 3 working days or fewer, and 0 on the last day (still on time)', () => {
    expect(deskClock(clock, received, at('2026-08-21T10:00:00+07:00'))).toMatchObject({ workingDaysLeft: 2, dueSoon: true, overdue: false }); // Mon 24, Wed 26
    expect(deskClock(clock, received, at('2026-08-26T23:00:00+07:00'))).toMatchObject({ workingDaysLeft: 0, dueSoon: true, overdue: false });
  });

  it('is overdue the day after, with negative working days', () => {
    expect(deskClock(clock, received, at('2026-08-28T09:00:00+07:00'))).toMatchObject({ workingDaysLeft: -2, overdue: true, dueSoon: false });
  });

  it('adds the extension, and stops the count once answered or closed', () => {
    expect(deskClock(clock, { ...received, extensionDays: 7 }, at('2026-08-28T09:00:00+07:00'))).toMatchObject({ dueOn: '2026-09-04', extended: true, overdue: false, workingDaysLeft: 5 });
    const signed = deskClock(clock, { ...received, state: 'delivering', signedAt: at('2026-08-26T15:00:00+07:00') }, at('2026-09-30T09:00:00+07:00'));
    expect(signed).toMatchObject({ answered: true, workingDaysLeft: null, overdue: false, onTime: true });
    const late = deskClock(clock, { ...received, state: 'delivered', signedAt: at('2026-08-27T08:00:00+07:00') }, at('2026-09-30T09:00:00+07:00'));
    expect(late).toMatchObject({ answered: true, onTime: false });
    expect(deskClock(clock, { ...received, state: 'closed' }, at('2026-09-30T09:00:00+07:00'))).toMatchObject({ answered: false, overdue: false, workingDaysLeft: null });
  });
});

describe('viewWhere and dueSoonBy', () => {
  it('is due soon up to the 3rd working day after today (Fri 21 Aug: Mon 24, Wed 26, Thu 27; Tue 25 a holiday)', () => {
    expect(dueSoonBy(clock, at('2026-08-21T10:00:00+07:00'))).toBe('2026-08-27');
    // A Saturday counts from the weekend: Mon 10, Tue 11, Wed 12 August.
    expect(dueSoonBy(clock, at('2026-08-08T10:00:00+07:00'))).toBe('2026-08-12');
  });

  it('filters each view on the stored state, signature and deadline', () => {
    const now = at('2026-08-21T10:00:00+07:00');
    const bounds = { now, dueSoonBy: '2026-08-27' };
    const onClock = { state: { $in: ['registered', 'checking', 'incomplete', 'assigned', 'signing'] }, signedAt: { $null: true } };
    // Waiting for the requester is open but on hold: not in due soon or overdue.
    const running = { state: { $in: ['registered', 'checking', 'assigned', 'signing'] }, signedAt: { $null: true } };
    expect(viewWhere('open', bounds)).toEqual(onClock);
    expect(viewWhere('due_soon', bounds)).toEqual({ ...running, dueAt: { $gte: now }, dueOn: { $lte: '2026-08-27' } });
    expect(viewWhere('overdue', bounds)).toEqual({ ...running, dueAt: { $lt: now } });
    expect(viewWhere('incomplete', bounds)).toEqual({ state: 'incomplete' });
    expect(viewWhere('answered', bounds)).toEqual({ $or: [{ signedAt: { $notNull: true } }, { state: { $in: ['delivering', 'delivered'] } }] });
    expect(viewWhere('all', bounds)).toEqual({});
  });

  it('agrees with deskClock: due soon on the last 3 working days, overdue after the end of the last day', () => {
    const due = deskClock(clock, received, at('2026-08-21T10:00:00+07:00'));
    expect([due.dueSoon, due.dueOn <= dueSoonBy(clock, at('2026-08-21T10:00:00+07:00'))]).toEqual([true, true]);
    const early = deskClock(clock, received, at('2026-08-18T10:00:00+07:00'));
    expect([early.dueSoon, early.dueOn <= dueSoonBy(clock, at('2026-08-18T10:00:00+07:00'))]).toEqual([false, false]); // Wed 19, Thu 20, Fri 21
  });
});

describe('dispositionUnits', () => {
  const units = [
    { id: 1, code: 'dinas', name: 'Dinas', parentId: null, active: true },
    { id: 2, code: 'bidang-ikp', name: 'Bidang IKP', parentId: 1, active: true },
    { id: 3, code: 'seksi-a', name: 'Seksi A', parentId: 2, active: true },
    { id: 4, code: 'bidang-lama', name: 'Bidang Lama', parentId: 1, active: false },
    { id: 5, code: 'dinas-lain', name: 'Dinas Lain', parentId: null, active: true },
    { id: 6, code: 'bidang-lain', name: 'Bidang Lain', parentId: 5, active: true },
  ];
  it('lists the active units of the request unit\'s agency, by code', () => {
    expect(dispositionUnits(units, 1).map((u) => u.id)).toEqual([2, 1, 3]);
    expect(dispositionUnits(units, 3).map((u) => u.code)).toEqual(['bidang-ikp', 'dinas', 'seksi-a']);
    expect(dispositionUnits(units, 6)).toEqual([{ id: 6, code: 'bidang-lain', name: 'Bidang Lain' }, { id: 5, code: 'dinas-lain', name: 'Dinas Lain' }]);
  });
  it('is empty without a unit', () => {
    expect(dispositionUnits(units, null)).toEqual([]);
    expect(dispositionUnits(units, 99)).toEqual([]);
  });
});

describe('citableExclusions', () => {
  const units = [
    { id: 1, code: 'dinas', name: 'Dinas', parentId: null, active: true },
    { id: 2, code: 'bidang-ikp', name: 'Bidang IKP', parentId: 1, active: true },
    { id: 4, code: 'bidang-lama', name: 'Bidang Lama', parentId: 1, active: false },
    { id: 5, code: 'dinas-lain', name: 'Dinas Lain', parentId: null, active: true },
  ];
  const row = (id: number, over: Partial<Parameters<typeof citableExclusions>[0][number]>) => ({
    id, documentId: `x${id}`, title: `Informasi ${id}`, article17Letter: 'b', decreeNumber: null, unitId: 2, exclusionEndsOn: '2030-12-31', reopenedOn: null, ...over,
  });
  const rows = [
    row(1, { title: 'Tender berjalan', decreeNumber: '000.9/61/2026' }),
    row(2, { title: 'Data pribadi pegawai', article17Letter: 'h', unitId: 4 }), // a retired unit of the agency: still its list
    row(3, { title: 'Berakhir kemarin', exclusionEndsOn: '2026-08-09' }),
    row(4, { title: 'Berakhir hari ini', exclusionEndsOn: '2026-08-10' }), // the end date is the last excluded day
    row(5, { title: 'Dibuka kembali', reopenedOn: '2026-08-01' }),
    row(6, { title: 'Milik dinas lain', unitId: 5 }),
    row(7, { title: 'Tanpa unit', unitId: null }),
    row(8, { title: 'Anggaran rahasia', article17Letter: 'b' }),
  ];

  it("offers the agency's entries in force on the day, by letter then title, with the decree's number", () => {
    expect(citableExclusions(rows, units, 2, '2026-08-10')).toEqual([
      { id: 8, documentId: 'x8', title: 'Anggaran rahasia', article17Letter: 'b', decreeNumber: null },
      { id: 4, documentId: 'x4', title: 'Berakhir hari ini', article17Letter: 'b', decreeNumber: null },
      { id: 1, documentId: 'x1', title: 'Tender berjalan', article17Letter: 'b', decreeNumber: '000.9/61/2026' },
      { id: 2, documentId: 'x2', title: 'Data pribadi pegawai', article17Letter: 'h', decreeNumber: null },
    ]);
    expect(citableExclusions(rows, units, 2, '2026-08-11').map((e) => e.id)).toEqual([8, 1, 2]);
  });

  it("offers another agency's requests only that agency's entries, and nothing without a unit", () => {
    expect(citableExclusions(rows, units, 5, '2026-08-10').map((e) => e.id)).toEqual([6]);
    expect(citableExclusions(rows, units, null, '2026-08-10')).toEqual([]);
    expect(citableExclusions(rows, units, 99, '2026-08-10')).toEqual([]);
  });
});

describe('noticeProblems', () => {
  it('needs an outcome', () => {
    expect(noticeProblems({ outcome: null })).toEqual(['outcome_missing']);
    expect(noticeProblems({ outcome: 'granted_full' })).toEqual([]);
    expect(noticeProblems({ outcome: 'not_held' })).toEqual([]);
  });

  it('a refusal cites the Pasal 17 letter and an exclusion whose letter matches', () => {
    expect(noticeProblems({ outcome: 'refused' })).toEqual(['refusal_article_missing', 'exclusion_missing']);
    expect(noticeProblems({ outcome: 'refused', refusalArticle: 'b', exclusion: { article17Letter: 'h' } })).toEqual(['exclusion_letter_mismatch']);
    expect(noticeProblems({ outcome: 'refused', refusalArticle: 'h', exclusion: { article17Letter: 'h' } })).toEqual([]);
    expect(noticeProblems({ outcome: 'refused', refusalArticle: 'h', exclusion: {} })).toEqual([]);
  });

  it('a referral names the other body; a partial grant says what is withheld', () => {
    expect(noticeProblems({ outcome: 'held_elsewhere', referralBody: '  ' })).toEqual(['referral_missing']);
    expect(noticeProblems({ outcome: 'held_elsewhere', referralBody: 'Dinas Kesehatan Provinsi' })).toEqual([]);
    expect(noticeProblems({ outcome: 'granted_part' })).toEqual(['withheld_missing']);
    expect(noticeProblems({ outcome: 'granted_part', noticeBody: 'Data pribadi penerima bantuan dihitamkan.' })).toEqual([]);
  });

  it('every problem names a field and says it in both languages', () => {
    for (const p of Object.values(NOTICE_PROBLEMS)) expect([p.path, p.text.id.length > 10, p.text.en.length > 10]).toEqual([expect.any(String), true, true]);
  });
});

describe('extensionCheck', () => {
  const before = at('2026-08-20T10:00:00+07:00');
  it('allows one extension of 1-7 working days with a reason, before the deadline', () => {
    expect(extensionCheck(clock, received, { days: 7, reason: 'Dokumen di arsip inaktif.' }, before)).toEqual([]);
  });
  it('says what is wrong, in both languages', () => {
    const problems = extensionCheck(clock, { ...received, extensionDays: 3 }, { days: 8, reason: ' ' }, at('2026-08-27T08:00:00+07:00'));
    expect(problems.map((p) => [p.problem, p.path])).toEqual([
      ['already_extended', 'days'],
      ['too_long', 'days'],
      ['reason_missing', 'reason'],
      ['deadline_passed', 'days'],
    ]);
    expect(problems[0].text.id).toMatch(/sekali/);
    expect(extensionCheck(clock, received, { days: 1.5, reason: 'x' }, before).map((p) => p.problem)).toEqual(['not_whole_days']);
  });
});

describe('lettersOf', () => {
  it('has the receipt always, the others once their fact is recorded', () => {
    expect(lettersOf({ state: 'registered' })).toEqual({ receipt: true, incomplete: false, extension: false, notice: false, refusal: false });
    expect(lettersOf({ state: 'incomplete', missingItems: 'Fotokopi KTP.' })).toMatchObject({ incomplete: true });
    expect(lettersOf({ state: 'checking', missingItems: 'Fotokopi KTP.' })).toMatchObject({ incomplete: false });
    expect(lettersOf({ state: 'assigned', extensionDays: 4 })).toMatchObject({ extension: true, notice: false });
    expect(lettersOf({ state: 'delivered', signedAt: '2026-08-20T03:00:00Z', outcome: 'refused' })).toMatchObject({ notice: true, refusal: true });
    expect(lettersOf({ state: 'delivered', signedAt: '2026-08-20T03:00:00Z', outcome: 'granted_part' })).toMatchObject({ notice: true, refusal: false });
  });
});
