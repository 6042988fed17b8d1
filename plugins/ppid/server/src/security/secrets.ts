/**
 * Production refuses to start with a missing or demo secret. The demo values in config/ (and
 * Strapi's own template placeholders) let anyone sign admin and end-user tokens: `npm run develop`
 * and the tests may use them, `strapi start` (NODE_ENV=production) may not.
 */
import type { Core } from '@strapi/strapi';

/** Each secret, the environment variable that sets it, and where Strapi keeps it. */
export const SECRETS = [
  { variable: 'APP_KEYS', path: 'server.app.keys' },
  { variable: 'ADMIN_JWT_SECRET', path: 'admin.auth.secret' },
  { variable: 'API_TOKEN_SALT', path: 'admin.apiToken.salt' },
  { variable: 'TRANSFER_TOKEN_SALT', path: 'admin.transfer.token.salt' },
  { variable: 'ENCRYPTION_KEY', path: 'admin.secrets.encryptionKey' },
  { variable: 'JWT_SECRET', path: 'plugin::users-permissions.jwtSecret' },
] as const;

const DEMO = [/^ppid-demo/i, /^ppiddemokey/i, /tobemodified/i];
const MIN_LENGTH = 16;

export const HOW_TO_MAKE_ONE = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

/** Why a configured value is not a usable production secret, or null when it is. */
export function weakness(value: unknown): string | null {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.some((v) => typeof v !== 'string' || v.trim() === '')) return 'not set';
  if (values.some((v) => DEMO.some((re) => re.test(v)))) return 'a demo value';
  if (values.some((v) => v.length < MIN_LENGTH)) return `shorter than ${MIN_LENGTH} characters`;
  return null;
}

/** The message for the weak secrets found, or null when all are fine. */
export function secretsProblem(found: { variable: string; why: string }[]): string | null {
  if (found.length === 0) return null;
  const list = found.map((f) => `${f.variable} (${f.why})`).join(', ');
  return (
    `PPID: refusing to start in production with missing or demo secrets: ${list}. ` +
    `Set each in the environment to its own random value, made for example with ${HOW_TO_MAKE_ONE} ` +
    `(APP_KEYS takes several, comma-separated).`
  );
}

export function assertProductionSecrets(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const found: { variable: string; why: string }[] = [];
  for (const { variable, path } of SECRETS) {
    const weak = weakness(strapi.config.get(path));
    // A weak value that came from the config's default means the variable was never set.
    const why = weak && !env[variable] ? 'not set' : weak;
    if (why) found.push({ variable, why });
  }
  const problem = secretsProblem(found);
  if (problem) throw new Error(problem);
}
