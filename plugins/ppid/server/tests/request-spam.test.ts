/** The public form's spam protection (requests/spam.ts): signed form tokens, the honeypot, the per-IP limiter. */
import { createLimiter, formKey, honeypotFilled, issueToken, sameText, tokenDigest, tokenExpiresAt, tokenProblem, TOKEN_MESSAGES } from '../src/requests/spam';

const key = formKey(['kunci-aplikasi-satu', 'kunci-dua']);
const t0 = new Date('2026-08-10T02:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

describe('form tokens', () => {
  it('accepts a token after the minimum age and before it expires', () => {
    const token = issueToken(key, t0);
    expect(tokenProblem(key, token, later(5))).toBeNull();
    expect(tokenProblem(key, token, later(1))).toBe('too_fast');
    expect(tokenProblem(key, token, later(5 * 3600))).toBe('expired');
    expect(tokenProblem(key, token, later(10), { minAgeSeconds: 0, maxAgeSeconds: 5 })).toBe('expired');
  });
  it('refuses a missing, malformed, forged or otherwise signed token', () => {
    const token = issueToken(key, t0);
    expect(tokenProblem(key, undefined, later(5))).toBe('missing');
    expect(tokenProblem(key, '', later(5))).toBe('missing');
    expect(tokenProblem(key, 'abc', later(5))).toBe('invalid');
    const [v, , nonce, sig] = token.split('.');
    // An older issue time with the same signature: the signature no longer matches.
    expect(tokenProblem(key, [v, (t0.getTime() - 60_000).toString(36), nonce, sig].join('.'), later(5))).toBe('invalid');
    expect(tokenProblem(formKey('kunci-lain'), token, later(5))).toBe('invalid');
  });
  it('needs app keys', () => {
    expect(() => formKey([])).toThrow(/app keys/);
  });
});

describe('honeypot and constant-time comparison', () => {
  it('is filled by anything but nothing', () => {
    expect([undefined, null, ''].map(honeypotFilled)).toEqual([false, false, false]);
    expect(['x', 0].map(honeypotFilled)).toEqual([true, true]);
  });
  it('compares texts', () => {
    expect(sameText('6101011234567890', '6101011234567890')).toBe(true);
    expect(sameText('6101011234567890', '6101011234567891')).toBe(false);
    expect(sameText('a', 'ab')).toBe(false);
  });
});

describe('the per-IP limiter', () => {
  it('allows max attempts per sliding window per key', () => {
    const limiter = createLimiter({ max: 2, windowSeconds: 600 });
    expect(limiter.hit('1.1.1.1', t0)).toEqual({ ok: true, left: 1 });
    expect(limiter.hit('1.1.1.1', later(60))).toEqual({ ok: true, left: 0 });
    expect(limiter.hit('1.1.1.1', later(120))).toEqual({ ok: false, retryAfterSeconds: 480 });
    expect(limiter.hit('2.2.2.2', later(120)).ok).toBe(true);
    // The first attempt leaves the window after 600 s: one more is allowed.
    expect(limiter.hit('1.1.1.1', later(600)).ok).toBe(true);
    expect(limiter.hit('1.1.1.1', later(601)).ok).toBe(false);
  });
  it('keeps at most maxKeys keys', () => {
    const limiter = createLimiter({ max: 1, windowSeconds: 60 }, 3);
    for (let i = 0; i < 10; i++) limiter.hit(`10.0.0.${i}`, later(i));
    expect(limiter.size()).toBeLessThanOrEqual(3);
  });
});

describe('used tokens', () => {
  const key1 = formKey(['k1']);
  it('keeps a digest, never the token, and expires with the token', () => {
    const token = issueToken(key1, new Date('2026-08-10T02:00:00Z'));
    expect(tokenDigest(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenDigest(token)).not.toContain(token.split('.')[2]);
    expect(tokenDigest(token)).toBe(tokenDigest(token));
    expect(tokenDigest(issueToken(key1, new Date('2026-08-10T02:00:00Z')))).not.toBe(tokenDigest(token));
    expect(tokenExpiresAt(token, { minAgeSeconds: 3, maxAgeSeconds: 3600 })).toEqual(new Date('2026-08-10T03:00:00Z'));
    expect(tokenExpiresAt('garbage')).toBeNull();
    expect(TOKEN_MESSAGES.used.id).toContain('sudah dipakai');
  });
});
