import { fromZonedInput, joinZonedInput, splitZonedInput, toZonedInput, zoneAbbreviation } from '../utils/zonedTime';

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

describe('the date and 24-hour time fields', () => {
  it('shows a wall-clock value as dd/mm/yyyy and hh:mm', () => {
    expect(splitZonedInput('2026-12-05T14:30')).toEqual({ date: '05/12/2026', time: '14:30' });
    expect(splitZonedInput(toZonedInput(new Date('2026-12-05T20:15:00Z'), 'Asia/Jakarta'))).toEqual({ date: '06/12/2026', time: '03:15' });
    expect(splitZonedInput('')).toEqual({ date: '', time: '' });
  });

  it('reads what a person types: day first, 24-hour, dots or colons', () => {
    expect(joinZonedInput('05/12/2026', '14:30')).toBe('2026-12-05T14:30');
    expect(joinZonedInput('5/12/2026', '9:05')).toBe('2026-12-05T09:05');
    expect(joinZonedInput('05-12-2026', '14.30')).toBe('2026-12-05T14:30');
    expect(joinZonedInput(' 05.12.2026 ', ' 00:00 ')).toBe('2026-12-05T00:00');
    expect(fromZonedInput(joinZonedInput('05/12/2026', '14:30'), 'Asia/Jakarta')).toBe('2026-12-05T07:30:00.000Z');
  });

  it('refuses what is not a day or a 24-hour time', () => {
    for (const [date, time] of [
      ['31/02/2026', '10:00'],
      ['13/13/2026', '10:00'],
      ['2026-12-05', '10:00'],
      ['05/12/26', '10:00'],
      ['05/12/2026', '24:00'],
      ['05/12/2026', '2:30 PM'],
      ['05/12/2026', '14:60'],
      ['', '10:00'],
      ['05/12/2026', ''],
    ]) {
      expect(joinZonedInput(date, time)).toBe('');
    }
  });

  it("names the zone as Indonesians write it, whatever the admin's language", () => {
    expect(zoneAbbreviation('Asia/Jakarta')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura')).toBe('WIT');
    expect(zoneAbbreviation('Not/AZone')).toBe('Not/AZone');
  });
});
