/**
 * Legal deadlines of the information service in working days. Every expected date is worked out by
 * hand from the 2026 calendar: 2026-08-10 is a Monday; 2026-08-17 (Independence Day) and 2026-08-25
 * (Maulid Nabi) are public holidays; 2026-10-01 is a Thursday. WIB = UTC+7, WITA = UTC+8.
 */
import {
  addWorkingDays,
  answerDeadline,
  answeredOnTime,
  deadline,
  extensionProblems,
  OBJECTION_ANSWER_WORKING_DAYS,
  receiptDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../src/requests/deadlines';
import { createClock, type ClockSettings } from '../src/workflow/clock';

const JAKARTA: ClockSettings = { timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true };
const clock = createClock(JAKARTA);
const at = (iso: string) => new Date(iso);

describe('receiptDay', () => {
  it('is the day itself during or before office hours on a working day', () => {
    expect(receiptDay(clock, at('2026-08-10T09:00:00+07:00'))).toBe('2026-08-10');
    expect(receiptDay(clock, at('2026-08-10T06:30:00+07:00'))).toBe('2026-08-10');
  });

  it('moves to the next working day at or after closing time, over the weekend and a holiday', () => {
    expect(receiptDay(clock, at('2026-08-14T16:00:00+07:00'))).toBe('2026-08-18'); // Fri closing -> Tue (Mon 17 is a holiday)
    expect(receiptDay(clock, at('2026-08-14T21:30:00+07:00'))).toBe('2026-08-18');
    expect(receiptDay(clock, at('2026-10-03T10:00:00+07:00'))).toBe('2026-10-05'); // Saturday -> Monday
  });

  it('reads the time in the agency zone, not in UTC', () => {
    // 23:30 UTC on Sunday 9 August is Monday 06:30 WIB.
    expect(receiptDay(clock, at('2026-08-09T23:30:00Z'))).toBe('2026-08-10');
    // 15:30 WIB is 16:30 WITA: after closing in Makassar.
    const makassar = createClock({ ...JAKARTA, timezone: 'Asia/Makassar' });
    expect(receiptDay(makassar, at('2026-08-13T15:30:00+07:00'))).toBe('2026-08-14');
    expect(receiptDay(clock, at('2026-08-13T15:30:00+07:00'))).toBe('2026-08-13');
  });

  it('refuses an invalid instant', () => {
    expect(() => receiptDay(clock, new Date('nonsense'))).toThrow('Invalid receipt time');
  });
});

describe('the answer deadline (Pasal 22 ayat 7 and 8)', () => {
  it('is the 10th working day after receipt, skipping weekends and both August holidays, to the end of that day', () => {
    const d = answerDeadline(clock, at('2026-08-10T09:00:00+07:00'));
    expect(d.receivedOn).toBe('2026-08-10');
    expect(d.dueOn).toBe('2026-08-26');
    expect(d.dueAt.toISOString()).toBe('2026-08-26T16:59:59.999Z'); // 23:59:59.999 WIB
  });

  it('counts from the next working day for a request sent on a Saturday', () => {
    expect(answerDeadline(clock, at('2026-10-03T10:00:00+07:00')).dueOn).toBe('2026-10-19');
  });

  it('adds the extension in working days', () => {
    expect(answerDeadline(clock, at('2026-08-10T09:00:00+07:00'), 7).dueOn).toBe('2026-09-04');
  });

  it("skips the agency's extra holidays (cuti bersama)", () => {
    const withLeave = createClock({ ...JAKARTA, extraHolidays: ['2026-08-24'] });
    expect(answerDeadline(withLeave, at('2026-08-10T09:00:00+07:00')).dueOn).toBe('2026-08-27');
  });

  it('an answer on the last day, late in the evening, is on time; the next morning is late', () => {
    const received = at('2026-08-10T09:00:00+07:00');
    expect(answeredOnTime(clock, received, 0, at('2026-08-26T22:00:00+07:00'))).toBe(true);
    expect(answeredOnTime(clock, received, 0, at('2026-08-27T08:00:00+07:00'))).toBe(false);
    expect(answeredOnTime(clock, received, 7, at('2026-08-27T08:00:00+07:00'))).toBe(true);
  });

  it('objections are answered within 30 working days', () => {
    // From Thursday 1 October: 21 working days in October after the 1st, then 9 in November.
    expect(deadline(clock, at('2026-10-01T10:00:00+07:00'), OBJECTION_ANSWER_WORKING_DAYS).dueOn).toBe('2026-11-12');
  });
});

describe('extensionProblems', () => {
  const request = { receivedAt: at('2026-08-10T09:00:00+07:00'), extensionDays: 0 };
  const now = at('2026-08-20T10:00:00+07:00');

  it('allows one extension of 1 to 7 working days with a reason before the deadline', () => {
    expect(extensionProblems(clock, request, { days: 7, reason: 'Dokumen tersebar di tiga bidang' }, now)).toEqual([]);
    expect(extensionProblems(clock, request, { days: 1, reason: 'Perlu pengecekan' }, at('2026-08-26T23:00:00+07:00'))).toEqual([]);
  });

  it('names every problem: a second extension, too many days, no reason, a passed deadline', () => {
    expect(extensionProblems(clock, { ...request, extensionDays: 3 }, { days: 3, reason: 'lagi' }, now)).toEqual(['already_extended']);
    expect(extensionProblems(clock, request, { days: 8, reason: 'x' }, now)).toEqual(['too_long']);
    expect(extensionProblems(clock, request, { days: 2, reason: '   ' }, now)).toEqual(['reason_missing']);
    expect(extensionProblems(clock, request, { days: 2, reason: 'x' }, at('2026-08-27T00:00:00+07:00'))).toEqual(['deadline_passed']);
    expect(extensionProblems(clock, request, { days: 1.5, reason: 'x' }, now)).toEqual(['not_whole_days']);
    expect(extensionProblems(clock, request, { days: 0, reason: null }, now)).toEqual(['not_whole_days', 'reason_missing']);
  });
});

describe('working-day arithmetic', () => {
  it('addWorkingDays with 0 is the day itself; workingDayOnOrAfter skips to a working day', () => {
    expect(addWorkingDays(clock, '2026-08-10', 0)).toBe('2026-08-10');
    expect(workingDayOnOrAfter(clock, '2026-08-15')).toBe('2026-08-18');
    expect(workingDayOnOrAfter(clock, '2026-08-18')).toBe('2026-08-18');
  });

  it('workingDaysBetween is the inverse of addWorkingDays, and 0 backwards', () => {
    expect(workingDaysBetween(clock, '2026-08-10', '2026-08-26')).toBe(10);
    expect(workingDaysBetween(clock, '2026-08-10', '2026-09-04')).toBe(17);
    expect(workingDaysBetween(clock, '2026-08-26', '2026-08-10')).toBe(0);
    expect(workingDaysBetween(clock, '2026-08-15', '2026-08-17')).toBe(0); // weekend and a holiday
  });

  it('refuses malformed dates and day counts', () => {
    expect(() => addWorkingDays(clock, '2026-8-1', 1)).toThrow('Not a local date');
    expect(() => addWorkingDays(clock, '2026-02-30', 1)).toThrow('Not a local date');
    expect(() => addWorkingDays(clock, '2026-08-10', -1)).toThrow('whole number');
    expect(() => workingDaysBetween(clock, 'x', '2026-08-10')).toThrow('Not a local date');
  });
});
