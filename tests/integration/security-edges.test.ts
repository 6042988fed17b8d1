/**
 * The app's edges (issue 8, points 9 and 11), through real HTTP routes: CORS only for the public
 * sites, no X-Powered-By, end-user registration closed by default, the public API answering
 * logged-in end users, password reset answering alike for known and unknown addresses while mail
 * is down (SMTP points at 127.0.0.1:1025 where nothing listens), and rich text cleaned on write
 * and on the way out.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { bootstrapSecurity } from '../../plugins/ppid/server/src/security';

const SITE = 'https://ppid.kominfo-uji.go.id';
const CM = '/content-manager/collection-types/plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;

beforeAll(async () => {
  app = await boot('security-edges', { PPID_PUBLIC_ORIGINS: `${SITE},http://localhost:3000`, SMTP_HOST: '127.0.0.1', SMTP_PORT: '1025', SMTP_TIMEOUT_MS: '3000' });
  units = await unitTree(app.strapi);
  await create(app.strapi, 'announcement', announcementData({ title: 'Pengumuman Terbit', slug: 'terbit', unit: units.ikp.documentId }), true);
});
afterAll(async () => {
  await app?.stop();
});

async function endUser(username: string) {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const email = `${username}@warga.example`;
  await app.strapi.plugin('users-permissions').service('user').add({
    username, email, password: 'Warga-Rahasia-1', provider: 'local', confirmed: true, blocked: false, role: role.id,
  });
  return email;
}

describe(`CORS and headers (${TEST_DB})`, () => {
  it('allows a configured public site, with credentials', async () => {
    const res = await app.http().get('/api/ppid/announcements').set('Origin', SITE);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(SITE);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const preflight = await app.http().options('/api/ppid/announcements').set('Origin', SITE).set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
  });

  it('gives another origin no CORS headers at all', async () => {
    const res = await app.http().get('/api/ppid/announcements').set('Origin', 'https://evil.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await app.http().options('/api/auth/local').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends no X-Powered-By', async () => {
    for (const url of ['/api/ppid/announcements', '/admin/init', '/_health']) {
      const res = await app.http().get(url);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe(`end users (${TEST_DB})`, () => {
  it('cannot register themselves by default', async () => {
    const before = await app.strapi.db.query('plugin::users-permissions.user').count();
    const res = await app.http().post('/api/auth/local/register').send({ username: 'penyusup', email: 'penyusup@evil.example', password: 'Rahasia-123456' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'ApplicationError', message: 'Register action is currently disabled' });
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
  });

  it('keeps registration open once an agency opens it (closed once, not on every start)', async () => {
    const upStore = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = await upStore.get({ key: 'advanced' });
    await upStore.set({ key: 'advanced', value: { ...advanced, allow_register: true } });
    try {
      // What the next start runs.
      await bootstrapSecurity(app.strapi);
      expect((await upStore.get({ key: 'advanced' })).allow_register).toBe(true);
    } finally {
      await upStore.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    }
  });

  it('reads the public API when logged in', async () => {
    const email = await endUser('warga1');
    const login = await app.http().post('/api/auth/local').send({ identifier: email, password: 'Warga-Rahasia-1' });
    expect(login.status).toBe(200);
    for (const url of ['/api/ppid/announcements', '/api/ppid/announcements/terbit', '/api/ppid/dip', '/api/ppid/excluded']) {
      const res = await app.http().get(url).set('Authorization', `Bearer ${login.body.jwt}`);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
    }
    const list = await app.http().get('/api/ppid/announcements').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(list.body.data.map((a: any) => a.slug)).toEqual(['terbit']);
  });
});

describe(`password reset while mail is down (${TEST_DB})`, () => {
  it('answers end users the same for a known and an unknown address, never 500', async () => {
    const known = await endUser('warga2');
    const a = await app.http().post('/api/auth/forgot-password').send({ email: known });
    const b = await app.http().post('/api/auth/forgot-password').send({ email: 'tidak.ada@warga.example' });
    expect({ status: a.status, body: a.body }).toEqual({ status: 200, body: { ok: true } });
    expect({ status: b.status, body: b.body }).toEqual({ status: 200, body: { ok: true } });
    // A malformed address is still refused as such.
    const bad = await app.http().post('/api/auth/forgot-password').send({ email: 'bukan-alamat' });
    expect(bad.status).toBe(400);
  });

  it('answers admins the same for a known and an unknown address, never 500', async () => {
    const admin = await adminSession(app);
    const a = await app.http().post('/admin/forgot-password').send({ email: admin.email });
    const b = await app.http().post('/admin/forgot-password').send({ email: 'tidak.ada@kominfo-uji.go.id' });
    expect({ status: a.status, body: a.body }).toEqual({ status: 204, body: {} });
    expect({ status: b.status, body: b.body }).toEqual({ status: 204, body: {} });
  });
});

describe(`public rich text (${TEST_DB})`, () => {
  it('is cleaned on write (the stored draft) and served without active content', async () => {
    const admin = await adminSession(app);
    const res = await admin.as('post', `${CM}announcement`).send({
      ...announcementData({ unit: { connect: [{ documentId: units.ikp.documentId }] } }),
      title: 'Pengumuman <img src=x onerror=alert(1)>Banjir',
      slug: 'xss-banjir',
      summary: 'Ringkasan <script>alert(1)</script>banjir & longsor.',
      body: '# Banjir\n\n<script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">info</a> [peta](javascript:alert(3)) > tetap waspada',
    });
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query('plugin::ppid.announcement').findOne({ where: { documentId: res.body.data.documentId, publishedAt: null } });
    expect(stored.title).toBe('Pengumuman Banjir');
    expect(stored.summary).toBe('Ringkasan banjir & longsor.');
    expect(stored.body).toBe('# Banjir\n\n<a>info</a> [peta](#javascript:alert(3)) > tetap waspada');
  });

  it('is cleaned on the way out too (rows written around the document service)', async () => {
    const ann = await create(app.strapi, 'announcement', announcementData({ slug: 'lama', unit: units.ikp.documentId }), true);
    await app.strapi.db.query('plugin::ppid.announcement').updateMany({
      where: { documentId: ann.documentId },
      data: { summary: 'Lama <iframe src="https://evil.example"></iframe>aman', body: 'Isi <img src=x onerror=alert(1)> [a](javascript:alert(1))' },
    });
    const res = await app.http().get('/api/ppid/announcements/lama');
    expect(res.status).toBe(200);
    expect(res.body.data.summary).toBe('Lama aman');
    expect(res.body.data.body).toBe('Isi <img src="x" /> [a](#javascript:alert(1))');
  });
});
