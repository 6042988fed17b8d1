/**
 * The public response cache across several instances on one PostgreSQL (the scale-out setup): two
 * Strapi processes serve HTTP on the same database. A public list is read on instance B (cached
 * there: its ETag E1, then a 304 from B's cache), a change is made through instance A's admin API,
 * and B's very next answer is the new one (200 to E1, a new ETag, the change in it). Three rounds,
 * three change paths: publishing an exclusion, renaming a unit, enacting a DIP edition.
 * PostgreSQL only: on SQLite this suite is reported as skipped.
 */
import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import { atSigning } from '../helpers/workflow';
import { boot } from '../helpers/strapi';
import { freshDatabase, TEST_DB, type DbHandle } from '../helpers/db';
import { create, dipData, exclusionData, unitTree } from '../helpers/fixtures';

const CHILD = path.resolve(__dirname, '..', 'helpers', 'compliance-instance.js');
const CM = '/content-manager/collection-types/plugin::ppid.';
const EMAIL = 'admin.instances@uji.ppid.go.id';
const HEAD_EMAIL = 'kepala.instances@uji.ppid.go.id';
const PASSWORD = 'Rahasia-Uji-123';
const onPostgres = TEST_DB === 'postgres' ? describe : describe.skip;
if (TEST_DB !== 'postgres') console.log('public cache across instances: skipped (PostgreSQL only; this run is on SQLite)');

type Reply = { ready?: boolean; url?: string; error?: string };

/** One app process serving HTTP on the database `db`; resolves its base URL once it is ready. */
function instance(db: DbHandle) {
  const child: ChildProcess = fork(CHILD, [], {
    env: {
      ...process.env, ...db.env, NODE_ENV: 'test', LOG_LEVEL: 'error', PPID_COMPLIANCE: 'false', PPID_NOTIFICATIONS: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true', PPID_INSTANCE_HTTP: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = new Promise<string>((resolve, reject) => {
    child.once('message', (m: Reply) => (m.error || !m.url ? reject(new Error(m.error ?? 'no url')) : resolve(m.url)));
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return { child, ready };
}

onPostgres('the public cache across two instances on one PostgreSQL', () => {
  let db: DbHandle;
  let a: ReturnType<typeof instance>;
  let b: ReturnType<typeof instance>;
  let urlA: string;
  let urlB: string;
  let token: string;
  let headToken: string;
  let units: Awaited<ReturnType<typeof unitTree>>;
  let draftEdition: string;

  beforeAll(async () => {
    db = await freshDatabase('pub_instances');
    const setup = await boot('pub_instances', {}, db);
    const { strapi } = setup;
    units = await unitTree(strapi);
    await create(strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId }), true);
    await create(strapi, 'dip-entry', dipData({ holderUnit: units.stat.documentId }), true);
    draftEdition = (await create(strapi, 'dip-edition', { year: 2026, title: 'DIP 2026', agency: units.agency.documentId })).documentId;
    const role = async (code: string) => (await strapi.db.query('admin::role').findOne({ where: { code } })).id;
    await strapi.service('admin::user').create({
      email: EMAIL, firstname: 'Admin', lastname: 'Instances', password: PASSWORD, isActive: true, registrationToken: null, roles: [await role('strapi-super-admin')],
    });
    // The head of the agency, who alone enacts its DIP edition.
    const head = await strapi.service('admin::user').create({
      email: HEAD_EMAIL, firstname: 'Kepala', lastname: 'Uji', password: PASSWORD, isActive: true, registrationToken: null, roles: [await role('strapi-editor')],
    });
    await create(strapi, 'position-assignment', {
      user: { connect: [{ id: head.id }] }, position: 'kepala', unit: units.agency.documentId, holding: 'definitive', startsOn: '2020-01-01', officialName: 'Dr. H. Kepala Uji',
    });
    // The list at the head's signing stage (its collection is dip-list.test.ts's): revision 1.
    await atSigning(setup, 'dip-edition', draftEdition);
    await setup.stop({ keepDatabase: true });
    a = instance(db);
    b = instance(db);
    [urlA, urlB] = await Promise.all([a.ready, b.ready]);
    const login = async (email: string) => {
      const res = await request(urlA).post('/admin/login').send({ email, password: PASSWORD });
      expect(res.status).toBe(200);
      return res.body.data.token as string;
    };
    token = await login(EMAIL);
    headToken = await login(HEAD_EMAIL);
  });
  afterAll(async () => {
    for (const i of [a, b]) if (i?.child.connected) i.child.send({ exit: true });
    await new Promise((r) => setTimeout(r, 1500));
    for (const i of [a, b]) i?.child.kill();
    await db?.drop();
  });

  /** A request to instance A's admin API as the super admin (or as the Kepala: `as`). */
  const onA = (method: 'post' | 'put', url: string, body: object, status = 200, as = token) =>
    request(urlA)[method](url).set('Authorization', `Bearer ${as}`).send(body).then((res) => {
      if (res.status !== status) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    });

  /** Reads `url` on B until it is cached there, changes through A, and returns B's very next answer. */
  async function round(url: string, change: () => Promise<unknown>) {
    const first = await request(urlB).get(url);
    expect(first.status).toBe(200);
    const cached = await request(urlB).get(url).set('If-None-Match', first.headers.etag);
    expect([cached.status, cached.headers['x-cache']]).toEqual([304, 'HIT']);
    await change();
    const next = await request(urlB).get(url).set('If-None-Match', first.headers.etag);
    expect(next.status).toBe(200);
    expect(next.headers.etag).not.toBe(first.headers.etag);
    // And A agrees with B.
    expect((await request(urlA).get(url)).body).toEqual(next.body);
    return { before: first.body, after: next.body };
  }

  it('round 1: an exclusion published through A is in B\'s next answer', async () => {
    const { before, after } = await round('/api/ppid/excluded?sort=title', async () => {
      const created = await onA('post', `${CM}exclusion`, exclusionData({ title: 'Dokumen lelang yang sedang berjalan', article17Letter: 'b', unit: { connect: [{ documentId: units.stat.documentId }] } }), 201);
      await onA('post', `${CM}exclusion/${created.body.data.documentId}/actions/publish`, {});
    });
    expect(before.data.map((x: any) => x.title)).toEqual(['Data pribadi pemohon bantuan sosial']);
    expect(after.data.map((x: any) => x.title)).toEqual(['Data pribadi pemohon bantuan sosial', 'Dokumen lelang yang sedang berjalan']);
  });

  it('round 2: a unit renamed through A shows in B\'s next answer', async () => {
    const { before, after } = await round('/api/ppid/dip', () => onA('put', `${CM}unit/${units.stat.documentId}`, { name: 'Bidang Statistik dan Persandian' }));
    expect(before.data.map((d: any) => d.holderUnit.name)).toEqual(['Bidang Statistik']);
    expect(after.data.map((d: any) => d.holderUnit.name)).toEqual(['Bidang Statistik dan Persandian']);
  });

  it('round 3: an edition enacted through A is listed in B\'s next answer', async () => {
    const { before, after } = await round('/api/ppid/dip/editions', () =>
      onA('post', `/ppid/dip/editions/${draftEdition}/sign`, { revision: 1, decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10' }, 200, headToken)
    );
    expect(before.data).toEqual([]);
    expect(after.data.map((e: any) => [e.year, e.decreeNumber, e.entryCount, e.signer.name])).toEqual([[2026, '045/DISKOMINFO/2026', 1, 'Dr. H. Kepala Uji']]);
    const live = await request(urlB).get('/api/ppid/dip');
    expect(live.body.meta.edition).toEqual({ year: 2026, decreeNumber: '045/DISKOMINFO/2026' });
    expect(live.body.data.map((d: any) => [d.number, d.inEdition, d.sinceEdition])).toEqual([['SS-01', 2026, false]]);
  });
});
