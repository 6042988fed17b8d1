/**
 * The public form's protection against spam and floods, without any third-party service:
 *
 * - a form token: the time the form was given out, signed (HMAC-SHA256) with a key derived from the
 *   app's own keys. A request whose token is missing, forged, younger than a person could fill the
 *   form in, or older than a few hours is refused;
 * - a honeypot: a field people never see (hidden by the page) that must stay empty;
 * - a per-IP sliding-window limiter, in memory (one process; enough for one agency's server).
 *
 * Pure apart from crypto: the caller passes the key, the clock and the limits.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';

/** The form field that must stay empty (named like something a bot fills in). */
export const HONEYPOT_FIELD = 'website';

export interface TokenRules {
  /** A person takes at least this long to fill the form in. */
  minAgeSeconds: number;
  /** The form is given out again after this long. */
  maxAgeSeconds: number;
}

export const DEFAULT_TOKEN_RULES: TokenRules = { minAgeSeconds: 3, maxAgeSeconds: 4 * 3600 };

const VERSION = 'f1';

/** The token key, derived from the app's keys (APP_KEYS) so it is never the keys themselves. */
export function formKey(appKeys: unknown): Buffer {
  const keys = (Array.isArray(appKeys) ? appKeys : [appKeys]).filter((k): k is string => typeof k === 'string' && k.length > 0);
  if (!keys.length) throw new Error('ppid: no app keys (server.app.keys) to sign the request form token with');
  return createHmac('sha256', keys[0]).update('ppid:request-form-token').digest();
}

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** A new token issued at `now`. */
export function issueToken(key: Buffer, now: Date): string {
  const payload = `${VERSION}.${now.getTime().toString(36)}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(key, payload)}`;
}

export type TokenProblem = 'missing' | 'invalid' | 'too_fast' | 'expired' | 'used';

/** Why a token is not acceptable at `now`, or null when it is. */
export function tokenProblem(key: Buffer, token: unknown, now: Date, rules: TokenRules = DEFAULT_TOKEN_RULES): TokenProblem | null {
  if (typeof token !== 'string' || !token) return 'missing';
  if (token.length > 200) return 'invalid';
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) return 'invalid';
  const payload = parts.slice(0, 3).join('.');
  const given = Buffer.from(parts[3]);
  const expected = Buffer.from(sign(key, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const issued = parseInt(parts[1], 36);
  if (!Number.isFinite(issued)) return 'invalid';
  const age = (now.getTime() - issued) / 1000;
  if (age < rules.minAgeSeconds) return 'too_fast';
  if (age > rules.maxAgeSeconds) return 'expired';
  return null;
}

/** What is kept of a used token: its SHA-256 (hex), never the token itself. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token).digest('hex');

/** When a well-formed token stops being accepted anyway (issued + the maximum age); null when unreadable. */
export function tokenExpiresAt(token: string, rules: TokenRules = DEFAULT_TOKEN_RULES): Date | null {
  const issued = parseInt(String(token).split('.')[1] ?? '', 36);
  return Number.isFinite(issued) ? new Date(issued + rules.maxAgeSeconds * 1000) : null;
}

export const TOKEN_MESSAGES: Record<TokenProblem | 'honeypot', { id: string; en: string }> = {
  missing: { id: 'Formulir tidak lengkap: muat ulang halaman lalu kirim lagi', en: 'The form is incomplete: reload the page and send it again' },
  invalid: { id: 'Formulir tidak sah: muat ulang halaman lalu kirim lagi', en: 'The form is not valid: reload the page and send it again' },
  too_fast: { id: 'Formulir dikirim terlalu cepat: periksa isian lalu kirim lagi', en: 'The form was sent too quickly: check it and send it again' },
  expired: { id: 'Formulir sudah kedaluwarsa: muat ulang halaman lalu kirim lagi', en: 'The form has expired: reload the page and send it again' },
  used: { id: 'Formulir ini sudah dipakai untuk mengajukan permohonan: muat ulang halaman untuk permohonan baru', en: 'This form was already used to file a request: reload the page for a new request' },
  honeypot: { id: 'Formulir tidak dapat diterima', en: 'The form cannot be accepted' },
};

/** Whether the honeypot was filled (anything but absent or empty). */
export const honeypotFilled = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Constant-time equality of two texts (their hashes, so the lengths leak nothing either). */
export function sameText(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

// ------------------------------------------------------------------ the per-IP limiter

export interface LimitRules {
  /** Attempts allowed in the window. */
  max: number;
  windowSeconds: number;
}

export type LimitVerdict = { ok: true; left: number } | { ok: false; retryAfterSeconds: number };

/**
 * A sliding window per key (an IP): the times of the attempts in the last `windowSeconds`. Each call
 * counts as an attempt when allowed. At most `maxKeys` keys are kept; the stalest go first.
 */
export function createLimiter(rules: LimitRules, maxKeys = 10_000) {
  const hits = new Map<string, number[]>();
  const windowMs = rules.windowSeconds * 1000;

  function prune(now: number) {
    if (hits.size <= maxKeys) return;
    for (const [key, times] of hits) {
      if (!times.length || now - times[times.length - 1] > windowMs) hits.delete(key);
    }
    // Still too many: drop the oldest-inserted keys.
    for (const key of hits.keys()) {
      if (hits.size <= maxKeys) break;
      hits.delete(key);
    }
  }

  function hit(key: string, now: Date): LimitVerdict {
    const t = now.getTime();
    const recent = (hits.get(key) ?? []).filter((at) => t - at < windowMs);
    if (recent.length >= rules.max) {
      hits.set(key, recent);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - t) / 1000)) };
    }
    recent.push(t);
    hits.delete(key);
    hits.set(key, recent);
    prune(t);
    return { ok: true, left: rules.max - recent.length };
  }

  return { hit, size: () => hits.size };
}
