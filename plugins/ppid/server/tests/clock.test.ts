/**
 * The working-time clock. Every expected instant is worked out by hand from the 2026 calendar
 * (2026-01-01 is a Thursday; 2026-08-10 and 2026-08-17 are Mondays; 2026-03-19 is a Thursday) and
 * written as a literal UTC instant. WIB = UTC+7, WITA = UTC+8, WIT = UTC+9.
 */
import { createClock, splitWorkingMinutes, type ClockSettings, type TimeUnit, type WorkingClock } from '../src/workflow/clock';

const JAKARTA: ClockSettings = { timezone: 'Asia/Jakarta', officeHours: { start: '08:00', end: '16:00' }, holidays: true };
const clock = createClock(JAKARTA);
const at = (iso: string) => new Date(iso);
const due = (c: WorkingClock, start: string, amount: number, unit: TimeUnit) => c.addWorking(at(start), amount, unit).toISOString();

describe('createClock', () => {
  it('exposes the normalised settings and the length of an office day', () => {
    expect(clock.dayMinutes).toBe(480);
    expect(clock.settings.workDays).toEqual([1, 2, 3, 4, 5]);
    expect(clock.settings.extraHolidays).toEqual([]);
    expect(createClock({ ...JAKARTA, officeHours: { start: '07:30', end: '16:00' } }).dayMinutes).toBe(510);
  });
});

describe('addWorking: minutes and hours', () => {
  it('stays on the same day while the office is open', () => {
    expect(due(clock, '2026-08-10T09:00:00+07:00', 15, 'minutes')).toBe('2026-08-10T02:15:00.000Z'); // Mon 09:15 WIB
    expect(due(clock, '2026-08-10T09:00:00+07:00', 1, 'hours')).toBe('2026-08-10T03:00:00.000Z'); // Mon 10:00 WIB
    expect(due(clock, '2026-08-10T08:00:00+07:00', 480, 'minutes')).toBe('2026-08-10T09:00:00.000Z'); // Mon 16:00 WIB
    expect(due(clock, '2026-08-10T09:00:30+07:00', 10, 'minutes')).toBe('2026-08-10T02:10:30.000Z'); // seconds are kept
  });

  it('a due time landing exactly on closing time stays at closing time', () => {
    expect(due(clock, '2026-08-10T15:00:00+07:00', 1, 'hours')).toBe('2026-08-10T09:00:00.000Z'); // Mon 16:00 WIB, not Tue 08:00
    expect(due(clock, '2026-08-10T15:45:00+07:00', 15, 'minutes')).toBe('2026-08-10T09:00:00.000Z');
  });

  it('crosses closing time into the next morning', () => {
    expect(due(clock, '2026-08-10T15:30:00+07:00', 1, 'hours')).toBe('2026-08-11T01:30:00.000Z'); // Tue 08:30 WIB
    expect(due(clock, '2026-08-10T15:00:00+07:00', 61, 'minutes')).toBe('2026-08-11T01:01:00.000Z'); // Tue 08:01 WIB
  });

  it('goes from Friday to Monday across the weekend', () => {
    expect(due(clock, '2026-08-07T15:00:00+07:00', 2, 'hours')).toBe('2026-08-10T02:00:00.000Z'); // Fri 15:00 -> Mon 09:00 WIB
  });

  it('a start outside office hours starts counting at the next opening', () => {
    expect(due(clock, '2026-08-10T07:00:00+07:00', 15, 'minutes')).toBe('2026-08-10T01:15:00.000Z'); // Mon early -> 08:15
    expect(due(clock, '2026-08-10T20:00:00+07:00', 15, 'minutes')).toBe('2026-08-11T01:15:00.000Z'); // Mon evening -> Tue 08:15
    expect(due(clock, '2026-08-10T16:00:00+07:00', 1, 'hours')).toBe('2026-08-11T02:00:00.000Z'); // at closing -> Tue 09:00
    expect(due(clock, '2026-08-08T11:00:00+07:00', 15, 'minutes')).toBe('2026-08-10T01:15:00.000Z'); // Saturday -> Mon 08:15
    expect(due(clock, '2026-08-17T10:00:00+07:00', 15, 'minutes')).toBe('2026-08-18T01:15:00.000Z'); // 17 Aug holiday -> Tue 08:15
  });

  it('accepts fractional amounts and treats 0 as due at the start', () => {
    expect(due(clock, '2026-08-10T15:00:00+07:00', 1.5, 'hours')).toBe('2026-08-11T01:30:00.000Z'); // Tue 08:30 WIB
    expect(due(clock, '2026-08-10T08:00:00+07:00', 0.5, 'days')).toBe('2026-08-10T05:00:00.000Z'); // Mon 12:00 WIB
    expect(due(clock, '2026-08-08T11:00:00+07:00', 0, 'hours')).toBe('2026-08-08T04:00:00.000Z');
  });
});

describe("addWorking: days ('1 hari' = one working day of office time)", () => {
  it('Monday 10:00 is due Tuesday 10:00', () => {
    expect(due(clock, '2026-08-10T10:00:00+07:00', 1, 'days')).toBe('2026-08-11T03:00:00.000Z');
  });

  it('Friday 10:00 is due Monday 10:00', () => {
    expect(due(clock, '2026-08-07T10:00:00+07:00', 1, 'days')).toBe('2026-08-10T03:00:00.000Z');
  });

  it('Saturday is due Monday at closing time', () => {
    expect(due(clock, '2026-08-08T11:00:00+07:00', 1, 'days')).toBe('2026-08-10T09:00:00.000Z'); // Mon 16:00 WIB
  });

  it('skips Independence Day: Wed 12 Aug 10:00 + 3 days is Tue 18 Aug 10:00 WIB', () => {
    // 13 Thu (1), 14 Fri (2), weekend 15-16, Mon 17 Aug holiday, Tue 18 (3)
    expect(due(clock, '2026-08-12T10:00:00+07:00', 3, 'days')).toBe('2026-08-18T03:00:00.000Z');
    expect(clock.isWorkingDay('2026-08-17')).toBe(false);
    expect(clock.holidayName('2026-08-17')).toBe('Hari Ulang Tahun Kemerdekaan Republik Indonesia');
  });

  it('skips Nyepi (Thu 19 Mar) and Idul Fitri (Fri 20 / Sat 21 Mar 2026)', () => {
    expect(clock.holidayName('2026-03-19')).toBe('Hari Raya Nyepi');
    expect(clock.holidayName('2026-03-20')).toBe('Hari Raya Idul Fitri');
    expect(clock.holidayName('2026-03-21')).toBe('Hari Raya Idul Fitri');
    expect(clock.holidayName('2026-03-18')).toBeNull();
    expect(clock.isWorkingDay('2026-03-18')).toBe(true);
    expect(clock.isWorkingDay('2026-03-19')).toBe(false);
    expect(clock.isWorkingDay('2026-03-20')).toBe(false);
    // Wed 18 Mar 10:00 + 2 days: Thu, Fri holidays, weekend, Mon 23 (1), Tue 24 (2)
    expect(due(clock, '2026-03-18T10:00:00+07:00', 2, 'days')).toBe('2026-03-24T03:00:00.000Z');
    // submitted the evening before the holidays: counting starts Mon 23 08:00, due Mon 16:00
    expect(due(clock, '2026-03-18T17:00:00+07:00', 1, 'days')).toBe('2026-03-23T09:00:00.000Z');
  });

  it('ignores public holidays when `holidays` is false', () => {
    const plain = createClock({ ...JAKARTA, holidays: false });
    expect(due(plain, '2026-03-18T10:00:00+07:00', 2, 'days')).toBe('2026-03-20T03:00:00.000Z'); // Fri 20 Mar 10:00
    expect(plain.isWorkingDay('2026-03-19')).toBe(true);
    expect(plain.holidayName('2026-03-19')).toBeNull();
  });

  it('skips extraHolidays (e.g. cuti bersama on Mon 23 and Tue 24 Mar)', () => {
    const cuti = createClock({ ...JAKARTA, extraHolidays: ['2026-03-23', '2026-03-24'] });
    expect(due(clock, '2026-03-18T10:00:00+07:00', 1, 'days')).toBe('2026-03-23T03:00:00.000Z'); // without: Mon 23 10:00
    expect(due(cuti, '2026-03-18T10:00:00+07:00', 1, 'days')).toBe('2026-03-25T03:00:00.000Z'); // with: Wed 25 10:00
    expect(cuti.isWorkingDay('2026-03-23')).toBe(false);
    expect(cuti.isWorkingDay('2026-03-25')).toBe(true);
    expect(cuti.holidayName('2026-03-23')).toBeNull();
    // extra holidays also apply when public holidays are off
    expect(createClock({ ...JAKARTA, holidays: false, extraHolidays: ['2026-08-11'] }).isWorkingDay('2026-08-11')).toBe(false);
  });

  it('supports a six-day week (workDays 1..6)', () => {
    const sixDays = createClock({ ...JAKARTA, workDays: [1, 2, 3, 4, 5, 6] });
    expect(due(sixDays, '2026-08-07T10:00:00+07:00', 1, 'days')).toBe('2026-08-08T03:00:00.000Z'); // Fri -> Sat 10:00
    expect(due(sixDays, '2026-08-08T15:00:00+07:00', 2, 'hours')).toBe('2026-08-10T02:00:00.000Z'); // Sat 15:00 -> Mon 09:00
    expect(sixDays.isWorkingDay('2026-03-14')).toBe(true); // an ordinary Saturday
    expect(sixDays.isWorkingDay('2026-03-21')).toBe(false); // Saturday, Idul Fitri
    expect(sixDays.isWorkingDay('2026-03-22')).toBe(false); // Sunday
    expect(clock.isWorkingDay('2026-03-14')).toBe(false); // five-day week
  });

  it('30 working days: Wed 12 Aug 10:00 is due Fri 25 Sep 10:00 (17 and 25 Aug are holidays)', () => {
    expect(due(clock, '2026-08-12T10:00:00+07:00', 30, 'days')).toBe('2026-09-25T03:00:00.000Z');
  });

  it('a long span (250 working days) across the year end', () => {
    // After Mon 5 Jan 2026: Jan 18, Feb 19, Mar 20, Apr 21, May 18, Jun 20, Jul 23, Aug 19, Sep 22,
    // Oct 22, Nov 21, Dec 22 -> 245; 2027: Jan 1 and Tue 5 Jan are holidays -> 4 (246), 6, 7, 8, 11 (250)
    expect(due(clock, '2026-01-05T10:00:00+07:00', 250, 'days')).toBe('2027-01-11T03:00:00.000Z');
  });
});

describe('other time zones', () => {
  const makassar = createClock({ ...JAKARTA, timezone: 'Asia/Makassar' });
  const jayapura = createClock({ ...JAKARTA, timezone: 'Asia/Jayapura' });

  it('the same local schedule gives different UTC instants', () => {
    expect(due(clock, '2026-08-10T10:00:00+07:00', 1, 'days')).toBe('2026-08-11T03:00:00.000Z');
    expect(due(makassar, '2026-08-10T10:00:00+08:00', 1, 'days')).toBe('2026-08-11T02:00:00.000Z');
    expect(due(jayapura, '2026-08-10T10:00:00+09:00', 1, 'days')).toBe('2026-08-11T01:00:00.000Z');
    expect(due(jayapura, '2026-08-12T10:00:00+09:00', 3, 'days')).toBe('2026-08-18T01:00:00.000Z');
  });

  it('one instant is before opening, inside hours or after closing depending on the zone', () => {
    // 00:30Z = 07:30 WIB (closed), 08:30 WITA, 09:30 WIT
    expect(due(clock, '2026-08-10T00:30:00Z', 30, 'minutes')).toBe('2026-08-10T01:30:00.000Z'); // 08:30 WIB
    expect(due(makassar, '2026-08-10T00:30:00Z', 30, 'minutes')).toBe('2026-08-10T01:00:00.000Z'); // 09:00 WITA
    expect(due(jayapura, '2026-08-10T00:30:00Z', 30, 'minutes')).toBe('2026-08-10T01:00:00.000Z'); // 10:00 WIT
    // 08:30Z = 15:30 WIB (open), 16:30 WITA and 17:30 WIT (closed)
    expect(due(clock, '2026-08-10T08:30:00Z', 1, 'hours')).toBe('2026-08-11T01:30:00.000Z'); // Tue 08:30 WIB
    expect(due(makassar, '2026-08-10T08:30:00Z', 1, 'hours')).toBe('2026-08-11T01:00:00.000Z'); // Tue 09:00 WITA
    expect(due(jayapura, '2026-08-10T08:30:00Z', 1, 'hours')).toBe('2026-08-11T00:00:00.000Z'); // Tue 09:00 WIT
  });

  it('reads the local date in the zone: Fri 15:30Z is already Saturday in Jayapura', () => {
    // 2026-08-07T15:30Z = Fri 22:30 WIB, Sat 00:30 WIT; both go to Monday 08:00 local
    expect(due(clock, '2026-08-07T15:30:00Z', 1, 'hours')).toBe('2026-08-10T02:00:00.000Z'); // Mon 09:00 WIB
    expect(due(jayapura, '2026-08-07T15:30:00Z', 1, 'hours')).toBe('2026-08-10T00:00:00.000Z'); // Mon 09:00 WIT
  });
});

describe('workingMinutesBetween', () => {
  it('counts only office time inside the day', () => {
    expect(clock.workingMinutesBetween(at('2026-08-10T09:00:00+07:00'), at('2026-08-10T10:30:00+07:00'))).toBe(90);
    expect(clock.workingMinutesBetween(at('2026-08-10T07:00:00+07:00'), at('2026-08-10T08:30:00+07:00'))).toBe(30);
    expect(clock.workingMinutesBetween(at('2026-08-10T15:00:00+07:00'), at('2026-08-10T20:00:00+07:00'))).toBe(60);
    expect(clock.workingMinutesBetween(at('2026-08-10T06:00:00+07:00'), at('2026-08-10T22:00:00+07:00'))).toBe(480);
  });

  it('is 0 when end <= start, and over a weekend', () => {
    expect(clock.workingMinutesBetween(at('2026-08-10T10:00:00+07:00'), at('2026-08-10T09:00:00+07:00'))).toBe(0);
    expect(clock.workingMinutesBetween(at('2026-08-10T10:00:00+07:00'), at('2026-08-10T10:00:00+07:00'))).toBe(0);
    expect(clock.workingMinutesBetween(at('2026-08-08T09:00:00+07:00'), at('2026-08-09T15:00:00+07:00'))).toBe(0);
  });

  it('rounds down to whole minutes', () => {
    expect(clock.workingMinutesBetween(at('2026-08-10T09:00:00+07:00'), at('2026-08-10T09:00:59.999+07:00'))).toBe(0);
    expect(clock.workingMinutesBetween(at('2026-08-10T09:00:00+07:00'), at('2026-08-10T09:01:59.999+07:00'))).toBe(1);
  });

  it('across a weekend and across a weekend plus a holiday, equal to the amount added', () => {
    // Fri 7 Aug 15:00 -> Mon 10 Aug 09:00 WIB: 60 + 60
    expect(clock.workingMinutesBetween(at('2026-08-07T15:00:00+07:00'), at('2026-08-10T09:00:00+07:00'))).toBe(120);
    // Fri 14 Aug 15:00 -> Tue 18 Aug 09:00 WIB: 60 + (weekend, 17 Aug) 0 + 60
    expect(clock.workingMinutesBetween(at('2026-08-14T15:00:00+07:00'), at('2026-08-18T09:00:00+07:00'))).toBe(120);
    expect(due(clock, '2026-08-14T15:00:00+07:00', 120, 'minutes')).toBe('2026-08-18T02:00:00.000Z');
    // Wed 18 Mar 10:00 -> Tue 24 Mar 10:00 WIB: two working days over Nyepi, Idul Fitri and a weekend
    expect(clock.workingMinutesBetween(at('2026-03-18T10:00:00+07:00'), at('2026-03-24T10:00:00+07:00'))).toBe(960);
  });

  it('round trip: workingMinutesBetween(s, addWorking(s, n)) === n', () => {
    const starts = [
      '2026-08-10T09:00:00+07:00', // inside hours
      '2026-08-10T07:12:00+07:00', // before opening
      '2026-08-10T18:00:00+07:00', // evening
      '2026-08-10T15:59:30+07:00', // seconds before closing
      '2026-08-08T11:00:00+07:00', // Saturday
      '2026-08-16T23:59:00+07:00', // the night before Independence Day
      '2026-03-18T13:37:00+07:00', // before Nyepi and Idul Fitri
      '2026-12-31T14:00:00+07:00', // across the year end
    ];
    const amounts = [1, 59, 60, 61, 479, 480, 481, 1234, 9600];
    const jayapura = createClock({ ...JAKARTA, timezone: 'Asia/Jayapura', workDays: [1, 2, 3, 4, 5, 6] });
    for (const c of [clock, jayapura]) {
      for (const s of starts) {
        for (const n of amounts) {
          const end = c.addWorking(at(s), n, 'minutes');
          expect({ s, n, got: c.workingMinutesBetween(at(s), end) }).toEqual({ s, n, got: n });
        }
      }
    }
  });
});

describe('public holidays from date-holidays', () => {
  it('joins the names of two holidays on one date (25 Dec 2027)', () => {
    expect(clock.holidayName('2027-12-25')).toBe('Maulid Nabi Muhammad, Hari Raya Natal');
  });

  it("counts only type 'public' and asks date-holidays once per year", () => {
    const calls: number[] = [];
    class FakeHolidays {
      constructor(readonly country: string) {}
      getHolidays(year: number) {
        calls.push(year);
        return [
          { date: `${year}-08-17 00:00:00`, type: 'public', name: 'Kemerdekaan' },
          { date: `${year}-08-18 00:00:00 -0600`, type: 'observance', name: 'Just observed' },
          { date: `${year}-08-19 00:00:00 -0600`, type: 'public', name: 'Evening-start holiday' },
        ];
      }
    }
    jest.isolateModules(() => {
      jest.doMock('date-holidays', () => FakeHolidays);
      const { createClock: create } = require('../src/workflow/clock') as typeof import('../src/workflow/clock');
      const c = create(JAKARTA);
      expect(c.isWorkingDay('2026-08-17')).toBe(false);
      expect(c.isWorkingDay('2026-08-18')).toBe(true);
      expect(c.holidayName('2026-08-18')).toBeNull();
      expect(c.holidayName('2026-08-19')).toBe('Evening-start holiday');
      // Mon 17 Aug 10:00 WIB + 2 days: the 17th and 19th are off -> all of Tue 18 and Thu 20 -> Thu 16:00 WIB
      expect(c.addWorking(at('2026-08-17T10:00:00+07:00'), 2, 'days').toISOString()).toBe('2026-08-20T09:00:00.000Z');
      create(JAKARTA).isWorkingDay('2026-01-02'); // a second clock shares the cache
      c.isWorkingDay('2027-08-17');
      expect(calls).toEqual([2026, 2027]);
      jest.dontMock('date-holidays');
    });
  });
});

describe('isOverdue', () => {
  const dueAt = at('2026-08-11T03:00:00.000Z');
  it('is true only strictly after the due instant', () => {
    expect(clock.isOverdue(dueAt, at('2026-08-11T02:59:59.999Z'))).toBe(false);
    expect(clock.isOverdue(dueAt, at('2026-08-11T03:00:00.000Z'))).toBe(false);
    expect(clock.isOverdue(dueAt, at('2026-08-11T03:00:00.001Z'))).toBe(true);
  });
  it('is never overdue without a due date', () => {
    expect(clock.isOverdue(null, at('2099-01-01T00:00:00Z'))).toBe(false);
  });
  it('rejects invalid instants', () => {
    expect(() => clock.isOverdue(dueAt, at('nope'))).toThrow(/now must be a valid Date/);
    expect(() => clock.isOverdue(at('nope'), at('2026-08-11T03:00:00Z'))).toThrow(/due must be a valid Date/);
  });
});

describe('splitWorkingMinutes', () => {
  it('splits into office days, hours and minutes', () => {
    expect(splitWorkingMinutes(605, 480)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(splitWorkingMinutes(0, 480)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(splitWorkingMinutes(480, 480)).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(splitWorkingMinutes(479, 480)).toEqual({ days: 0, hours: 7, minutes: 59 });
    expect(splitWorkingMinutes(1000, 450)).toEqual({ days: 2, hours: 1, minutes: 40 });
    expect(splitWorkingMinutes(61.9, 480)).toEqual({ days: 0, hours: 1, minutes: 1 });
  });
  it('rejects bad input', () => {
    expect(() => splitWorkingMinutes(-1, 480)).toThrow(/minutes must be a finite number >= 0/);
    expect(() => splitWorkingMinutes(NaN, 480)).toThrow(/minutes must be a finite number >= 0, got NaN/);
    expect(() => splitWorkingMinutes(60, 0)).toThrow(/dayMinutes must be a finite number > 0/);
  });
});

describe('bad input', () => {
  const start = at('2026-08-10T09:00:00+07:00');

  it('amount must be a finite number >= 0', () => {
    expect(() => clock.addWorking(start, -1, 'minutes')).toThrow(/amount must be a finite number >= 0, got -1/);
    expect(() => clock.addWorking(start, NaN, 'hours')).toThrow(/amount .*got NaN/);
    expect(() => clock.addWorking(start, Infinity, 'days')).toThrow(/amount .*got Infinity/);
    expect(() => clock.addWorking(start, '1' as unknown as number, 'days')).toThrow(/amount .*got "1"/);
  });

  it('unknown units', () => {
    expect(() => clock.addWorking(start, 1, 'weeks' as TimeUnit)).toThrow(/Unknown time unit "weeks"/);
    expect(() => clock.addWorking(start, 1, 'toString' as TimeUnit)).toThrow(/Unknown time unit/);
  });

  it('invalid dates', () => {
    expect(() => clock.addWorking(at('not a date'), 1, 'hours')).toThrow(/start must be a valid Date, got Invalid Date/);
    expect(() => clock.addWorking('2026-08-10' as unknown as Date, 1, 'hours')).toThrow(/start must be a valid Date/);
    expect(() => clock.workingMinutesBetween(start, at(''))).toThrow(/end must be a valid Date/);
    expect(() => clock.workingMinutesBetween(at(''), start)).toThrow(/start must be a valid Date/);
    expect(() => clock.isWorkingDay('2026-02-30')).toThrow(/date must be a real local date 'YYYY-MM-DD', got "2026-02-30"/);
    expect(() => clock.isWorkingDay('17/08/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => clock.holidayName('2026-8-17')).toThrow(/YYYY-MM-DD/);
  });

  it('bad settings', () => {
    const make = (patch: Partial<ClockSettings>) => () => createClock({ ...JAKARTA, ...patch });
    expect(make({ officeHours: { start: '8:00', end: '16:00' } })).toThrow(/officeHours.start must be a 24-hour time 'HH:mm'.*"8:00"/);
    expect(make({ officeHours: { start: '08:00', end: '24:00' } })).toThrow(/officeHours.end must be .*'HH:mm'/);
    expect(make({ officeHours: { start: '08:00', end: '16:60' } })).toThrow(/officeHours.end/);
    expect(make({ officeHours: { start: '16:00', end: '08:00' } })).toThrow(/officeHours.start \(16:00\) must be before settings.officeHours.end \(08:00\)/);
    expect(make({ officeHours: { start: '08:00', end: '08:00' } })).toThrow(/must be before/);
    expect(make({ timezone: 'Mars/Olympus_Mons' })).toThrow(/timezone must be a valid IANA time zone.*"Mars\/Olympus_Mons"/);
    expect(make({ timezone: 'WIB' })).toThrow(/time zone/);
    expect(make({ workDays: [] })).toThrow(/workDays must list at least one ISO weekday/);
    expect(make({ workDays: [0, 1] })).toThrow(/workDays must hold ISO weekdays 1..7, got 0/);
    expect(make({ workDays: [1, 8] })).toThrow(/got 8/);
    expect(make({ workDays: [1.5] })).toThrow(/got 1.5/);
    expect(make({ extraHolidays: ['2026-13-01'] })).toThrow(/extraHolidays\[0\] must be a real local date/);
    expect(make({ holidays: 'yes' as unknown as boolean })).toThrow(/holidays must be true or false/);
    expect(() => createClock(undefined as unknown as ClockSettings)).toThrow(/settings are required/);
  });

  it('refuses walks longer than about ten years', () => {
    expect(() => clock.addWorking(start, 3000, 'days')).toThrow(/more than 3660 calendar days/);
    expect(() => clock.workingMinutesBetween(start, at('2040-01-01T00:00:00Z'))).toThrow(/more than 3660 calendar days/);
  });
});
