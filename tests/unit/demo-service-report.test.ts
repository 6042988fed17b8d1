/**
 * The demo's annual report issue day (src/demo/service-report.ts): the first working day from
 * 14 February of the current year, always before the 31 March deadline, or today when the seed runs
 * earlier in the year (the report of a year is issued once it has ended).
 */
import { makeClock } from '../../src/demo/clock';
import { reportIssueDay } from '../../src/demo/service-report';

/** Weekends off; 16 February 2027 a holiday (a stand-in for the plugin's calendar). */
const calendar = { isWorkingDay: (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && d !== '2027-02-16' };
const on = (iso: string) => reportIssueDay(calendar, makeClock('Asia/Jakarta', new Date(iso)));

describe('the demo report issue day', () => {
  it('is the first working day from 14 February when the seed runs later in the year', () => {
    expect(on('2026-12-05T03:00:00Z')).toBe('2026-02-16'); // Sat 14 -> Mon 16 February 2026
    expect(on('2026-06-01T03:00:00Z')).toBe('2026-02-16');
    expect(on('2027-03-31T03:00:00Z')).toBe('2027-02-15'); // Sun 14 -> Mon 15 February 2027
    expect(on('2028-08-17T03:00:00Z')).toBe('2028-02-14'); // Mon 14 February 2028
  });

  it('is today when the seed runs before that day (from 1 January, local)', () => {
    expect(on('2026-12-31T18:00:00Z')).toBe('2027-01-01'); // 01.00 WIB on New Year's Day
    expect(on('2027-02-15T03:00:00Z')).toBe('2027-02-15');
    expect(on('2026-02-16T03:00:00Z')).toBe('2026-02-16');
    expect(on('2026-02-13T03:00:00Z')).toBe('2026-02-13');
  });
});
