/**
 * Registration numbers of information requests and objections, e.g. `REQ-2026-00017-K7QH`.
 *
 * Pure apart from `newCheckCode` (crypto randomness). The number is what the requester is given on
 * the receipt and types on the public tracking page: a kind prefix, the year of receipt, a running
 * number per year (the register's order), and four check characters so that numbers cannot be
 * enumerated to read other people's requests. The check alphabet leaves out 0/O, 1/I/L and U, so a
 * number read over the phone or copied from paper is not mistyped; parsing is case-insensitive.
 */
import { randomInt } from 'crypto';

export const REGISTRATION_KINDS = { request: 'REQ', objection: 'KEB' } as const;
export type RegistrationKind = keyof typeof REGISTRATION_KINDS;

export const CHECK_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_LENGTH = 4;

export interface Registration {
  kind: RegistrationKind;
  year: number;
  sequence: number;
  check: string;
}

export function newCheckCode(): string {
  let code = '';
  for (let i = 0; i < CHECK_LENGTH; i++) code += CHECK_ALPHABET[randomInt(CHECK_ALPHABET.length)];
  return code;
}

export function formatRegistration(r: Registration): string {
  if (!Number.isInteger(r.year) || r.year < 2000 || r.year > 9999) throw new Error(`Bad year: ${r.year}`);
  if (!Number.isInteger(r.sequence) || r.sequence < 1 || r.sequence > 99999) throw new Error(`Bad sequence: ${r.sequence}`);
  if (!isCheckCode(r.check)) throw new Error(`Bad check code: ${r.check}`);
  return `${REGISTRATION_KINDS[r.kind]}-${r.year}-${String(r.sequence).padStart(5, '0')}-${r.check}`;
}

const isCheckCode = (s: string) => s.length === CHECK_LENGTH && [...s].every((c) => CHECK_ALPHABET.includes(c));

/** Reads a number typed by a person (spaces around, any case); null when it is not one. */
export function parseRegistration(input: unknown): Registration | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const m = /^(REQ|KEB)-(\d{4})-(\d{5})-([0-9A-Z]{4})$/.exec(input.trim().toUpperCase());
  if (!m) return null;
  const kind = (Object.keys(REGISTRATION_KINDS) as RegistrationKind[]).find((k) => REGISTRATION_KINDS[k] === m[1])!;
  const sequence = Number(m[3]);
  if (sequence < 1 || !isCheckCode(m[4])) return null;
  return { kind, year: Number(m[2]), sequence, check: m[4] };
}
