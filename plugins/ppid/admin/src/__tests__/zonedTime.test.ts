import { fromZonedInput, toZonedInput } from '../utils/zonedTime';

describe("wall-clock times in the agency's zone", () => {
  it('reads a WIB, WITA or WIT wall-clock time as its instant', () => {
    expect(fromZonedInput('2026-12-05T14:30', 'Asia/Jakarta')).toBe('2026-12-05T07:30:00.000Z');
    expect(fromZonedInput('2026-12-05T14:30', 'Asia/Makassar')).toBe('2026-12-05T06:30:00.000Z');
    expect(fromZonedInput('2026-01-01T03:00', 'Asia/Jayapura')).toBe('2025-12-31T18:00:00.000Z');
  });

  it('shows an instant on the zone’s wall clock', () => {
    expect(toZonedInput(new Date('2026-12-05T20:15:00Z'), 'Asia/Jakarta')).toBe('2026-12-06T03:15');
    expect(fromZonedInput(toZonedInput(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(fromZonedInput('', 'Asia/Jakarta')).toBeNull();
    expect(fromZonedInput('2026-02-30T10:00', 'Asia/Jakarta')).toBeNull();
    expect(fromZonedInput('05/12/2026 10:00', 'Asia/Jakarta')).toBeNull();
  });
});
