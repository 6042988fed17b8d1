/**
 * Structure of Indonesian identity numbers (Dukcapil): a NIK and a KK number are 16 digits,
 *   PP KK CC DDMMYY SSSS
 * province (PP, a BPS province code), regency/city (KK, 01-99), district (CC, 01-99), a date
 * (NIK: birth date, women's day + 40; KK: date of issue) and a serial (0001-9999).
 * Checking the structure keeps other 16-digit numbers (bank accounts, registration numbers,
 * decree numbers) from being taken for a NIK.
 */

/** BPS province codes, including the Papua provinces created in 2022. */
export const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

export type IdentityShape = { region: boolean; birthDate: boolean; issueDate: boolean; serial: boolean; female: boolean };

/** What the 16 digits say about themselves. */
export function identityShape(digits: string): IdentityShape | null {
  if (!/^\d{16}$/.test(digits)) return null;
  const n = (from: number, len: number) => Number(digits.slice(from, from + len));
  const region = PROVINCE_CODES.has(n(0, 2)) && n(2, 2) >= 1 && n(4, 2) >= 1;
  const day = n(6, 2);
  const month = n(8, 2);
  const female = day > 40;
  return {
    region,
    birthDate: validDay(female ? day - 40 : day, month),
    issueDate: validDay(day, month),
    serial: n(12, 4) >= 1,
    female,
  };
}

/** A NIK: region codes, a birth date (women + 40) and a serial that make sense. */
export const isNik = (digits: string): boolean => {
  const s = identityShape(digits);
  return !!s && s.region && s.birthDate && s.serial;
};

/** A KK (family card) number: region codes, a date of issue and a serial. */
export const isKk = (digits: string): boolean => {
  const s = identityShape(digits);
  return !!s && s.region && s.issueDate && s.serial;
};
