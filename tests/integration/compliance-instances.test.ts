/**
 * Several Strapi instances on one PostgreSQL (the scale-out setup): two processes run the same
 * daily window at the same moment, three times over. Each window runs exactly once (one run row,
 * one instance reports it ran, the other that it skipped) and leaves one set of alerts.
 * PostgreSQL only: on SQLite this suite is reported as skipped.
 */
import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import { boot } from '../helpers/strapi';
import { freshDatabase, TEST_DB, type DbHandle } from '../helpers/db';
import { unitTree } from '../helpers/fixtures';

const CHILD = path.resolve(__dirname, '..', 'helpers', 'compliance-instance.js');
const onPostgres = TEST_DB === 'postgres' ? describe : describe.skip;

type Reply = { ready?: boolean; round?: number; holder?: string; result?: any; error?: string };

function instance(db: DbHandle) {
  const child: ChildProcess = fork(CHILD, [], {
    env: { ...process.env, ...db.env, NODE_ENV: 'test', LOG_LEVEL: 'error', PPID_COMPLIANCE: 'false', PPID_NOTIFICATIONS: 'false', STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      child.once('message', (m: Reply) => (m.error ? reject(new Error(m.error)) : resolve(m)));
      child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
    });
  return { child, next };
}

onPostgres('several instances on one PostgreSQL', () => {
  let db: DbHandle;
  let a: ReturnType<typeof instance>;
  let b: ReturnType<typeof instance>;

  beforeAll(async () => {
    db = await freshDatabase('instances');
    const setup = await boot('instances', {}, db);
    await unitTree(setup.strapi);
    await setup.stop({ keepDatabase: true });
    a = instance(db);
    b = instance(db);
    await Promise.all([a.next(), b.next()]);
  });
  afterAll(async () => {
    for (const i of [a, b]) if (i?.child.connected) i.child.send({ exit: true });
    await new Promise((r) => setTimeout(r, 1500));
    for (const i of [a, b]) i?.child.kill();
    await db?.drop();
  });

  it('runs each window once and writes one set of alerts, whichever instance wins', async () => {
    const days = ['2026-06-10T02:00:00.000Z', '2026-06-11T02:00:00.000Z', '2026-06-12T02:00:00.000Z'];
    const winners: string[] = [];
    for (const [round, now] of days.entries()) {
      const at = Date.now() + 400;
      const replies = Promise.all([a.next(), b.next()]);
      a.child.send({ go: true, round, at, now });
      b.child.send({ go: true, round, at, now });
      const [ra, rb] = await replies;
      const ran = [ra, rb].filter((r) => !r.result.skipped);
      expect(ran).toHaveLength(1);
      expect([ra, rb].filter((r) => r.result.skipped)).toHaveLength(1);
      winners.push(ran[0].holder!);
      if (round === 0) expect(ran[0].result.opened).toBeGreaterThan(0);
      else expect(ran[0].result.opened).toBe(0); // the same facts: the alerts of round 1 stay
    }
    const check = await boot('instances', {}, db);
    try {
      const runs = await check.strapi.db.query('plugin::ppid.compliance-run').findMany({ orderBy: [{ windowKey: 'asc' }] });
      expect(runs.map((r: any) => [r.windowKey, r.state])).toEqual([
        ['daily:2026-06-10', 'done'],
        ['daily:2026-06-11', 'done'],
        ['daily:2026-06-12', 'done'],
      ]);
      expect(runs.map((r: any) => r.holder)).toEqual(winners);
      const alerts = await check.strapi.db.query('plugin::ppid.compliance-alert').findMany({ where: { state: 'open' } });
      const keys = alerts.map((x: any) => x.openKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(alerts.length).toBeGreaterThan(0);
    } finally {
      await check.stop({ keepDatabase: true });
    }
  });
});
