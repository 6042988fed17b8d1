import { CHECK_ALPHABET, formatRegistration, newCheckCode, parseRegistration } from '../src/requests/registration';

describe('registration numbers', () => {
  it('formats the kind, the year, a five-digit running number and the check code', () => {
    expect(formatRegistration({ kind: 'request', year: 2026, sequence: 17, check: 'K7QH' })).toBe('REQ-2026-00017-K7QH');
    expect(formatRegistration({ kind: 'objection', year: 2027, sequence: 1, check: '2345' })).toBe('KEB-2027-00001-2345');
  });

  it('refuses what would not parse back', () => {
    expect(() => formatRegistration({ kind: 'request', year: 2026, sequence: 0, check: 'K7QH' })).toThrow('Bad sequence');
    expect(() => formatRegistration({ kind: 'request', year: 2026, sequence: 100000, check: 'K7QH' })).toThrow('Bad sequence');
    expect(() => formatRegistration({ kind: 'request', year: 26, sequence: 1, check: 'K7QH' })).toThrow('Bad year');
    expect(() => formatRegistration({ kind: 'request', year: 2026, sequence: 1, check: 'K7Q0' })).toThrow('Bad check code');
  });

  it('parses what a person types: spaces around, lower case', () => {
    expect(parseRegistration('  req-2026-00017-k7qh ')).toEqual({ kind: 'request', year: 2026, sequence: 17, check: 'K7QH' });
    expect(parseRegistration('KEB-2027-00001-2345')).toEqual({ kind: 'objection', year: 2027, sequence: 1, check: '2345' });
  });

  it('answers null for anything else', () => {
    for (const bad of ['', 'REQ-2026-17-K7QH', 'REQ-2026-00000-K7QH', 'REQ-2026-00017-K7QO', 'ABC-2026-00017-K7QH', 'REQ-2026-00017-K7QH-X', 42, null, 'x'.repeat(100)]) {
      expect(parseRegistration(bad)).toBeNull();
    }
  });

  it('check codes use the unambiguous alphabet only', () => {
    expect(CHECK_ALPHABET).not.toMatch(/[01ILOU]/);
    for (let i = 0; i < 200; i++) {
      const code = newCheckCode();
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/);
      expect(parseRegistration(`REQ-2026-00001-${code}`)?.check).toBe(code);
    }
  });
});
