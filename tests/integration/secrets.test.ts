/**
 * Production (NODE_ENV=production, what `strapi start` runs) refuses to start on missing or demo
 * secrets, naming each variable and how to make a value (issue 8, point 8). The demo values in
 * config/ once let an end-user token signed with them be accepted by a production start.
 */
import { createHmac, randomBytes } from 'crypto';
import { boot } from '../helpers/strapi';
import { TEST_DB } from '../helpers/db';

const VARIABLES = ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET'];
const HOW = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;
const secret = () => randomBytes(32).toString('base64');
/** An HS256 JWT, as users-permissions issues them. */
function sign(payload: object, key: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ ...payload, iat: Math.floor(Date.now() / 1000) })}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

const saved = { ...process.env };
afterEach(() => {
  for (const key of [...VARIABLES, 'NODE_ENV']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

async function bootError(env: Record<string, string>): Promise<string> {
  try {
    const app = await boot('secrets', env);
    await app.stop();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the app started in production');
}

describe(`production secrets (${TEST_DB})`, () => {
  it('refuses to start with none set, naming every variable and how to make a value', async () => {
    for (const key of VARIABLES) delete process.env[key];
    expect(await bootError({ NODE_ENV: 'production' })).toBe(
      'PPID: refusing to start in production with missing or demo secrets: APP_KEYS (not set), ADMIN_JWT_SECRET (not set), ' +
        'API_TOKEN_SALT (not set), TRANSFER_TOKEN_SALT (not set), ENCRYPTION_KEY (not set), JWT_SECRET (not set). ' +
        `Set each in the environment to its own random value, made for example with ${HOW} (APP_KEYS takes several, comma-separated).`
    );
  });

  it('refuses the demo values and a short one even when they are set', async () => {
    const env = Object.fromEntries(VARIABLES.map((v) => [v, secret()]));
    expect(
      await bootError({ ...env, NODE_ENV: 'production', JWT_SECRET: 'ppid-demo-users-permissions-jwt-secret', APP_KEYS: `${secret()},ppidDemoKeyB`, ENCRYPTION_KEY: 'pendek' })
    ).toBe(
      'PPID: refusing to start in production with missing or demo secrets: APP_KEYS (a demo value), ENCRYPTION_KEY (shorter than 16 characters), ' +
        `JWT_SECRET (a demo value). Set each in the environment to its own random value, made for example with ${HOW} (APP_KEYS takes several, comma-separated).`
    );
  });

  it('starts with real secrets, and a token signed with the demo JWT secret is refused', async () => {
    const env = Object.fromEntries(VARIABLES.map((v) => [v, secret()]));
    env.APP_KEYS = `${secret()},${secret()}`;
    const app = await boot('secrets', { ...env, NODE_ENV: 'production' });
    try {
      expect(app.strapi.config.get('environment')).toBe('production');
      const res = await app.http().get('/api/ppid/announcements');
      expect(res.status).toBe(200);
      // The attack: an end-user token signed with the demo secret.
      const jwt = app.strapi.plugin('users-permissions').service('jwt');
      const forged = sign({ id: 1 }, 'ppid-demo-users-permissions-jwt-secret');
      // The same token signed with the configured secret is accepted: the check above can fail.
      await expect(jwt.verify(sign({ id: 1 }, env.JWT_SECRET))).resolves.toMatchObject({ id: 1 });
      await expect(jwt.verify(forged)).rejects.toThrow('Invalid token.');
      const me = await app.http().get('/api/users/me').set('Authorization', `Bearer ${forged}`);
      expect(me.status).toBe(401);
    } finally {
      await app.stop();
    }
  });

  it('lets develop and the tests run on the demo values', async () => {
    for (const key of VARIABLES) delete process.env[key];
    const app = await boot('secrets', { NODE_ENV: 'development' });
    try {
      expect(app.strapi.config.get('plugin::users-permissions.jwtSecret')).toBe('ppid-demo-users-permissions-jwt-secret');
    } finally {
      await app.stop();
    }
  });
});
