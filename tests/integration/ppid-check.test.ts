/**
 * `npm run ppid:check` as operations run it: a separate process on the app's database that prints
 * the open alerts and exits 1 on open violations, 0 without, 2 on bad usage.
 */
import { spawnSync } from 'child_process';
import path from 'path';
import { boot } from '../helpers/strapi';
import { freshDatabase, TEST_DB, type DbHandle } from '../helpers/db';
import { unitTree } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const check = (db: DbHandle | null, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'ppid-check.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...(db?.env ?? {}), NODE_ENV: 'test', LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe(`npm run ppid:check (${TEST_DB})`, () => {
  it('exits 0 on an empty database, 1 with open violations listed, 2 on a bad option', async () => {
    expect(check(null, '--fail-on=sometimes').status).toBe(2);
    const db = await freshDatabase('ppid-check');
    try {
      const empty = check(db);
      expect(empty.stderr).toBe('');
      expect(empty.status).toBe(0);
      expect(empty.stdout).toContain('No open violation at or above "warning"');

      const app = await boot('ppid-check', {}, db);
      await unitTree(app.strapi);
      await app.stop({ keepDatabase: true });

      const res = check(db, '--json');
      expect(res.status).toBe(1);
      const report = JSON.parse(res.stdout);
      expect(report.run).toMatchObject({ kind: 'manual' });
      expect(report.violations).toBe(report.alerts.length);
      expect(report.alerts.map((a: any) => a.rule)).toEqual(expect.arrayContaining(['content-minimum', 'monthly-upload']));
      // The run uses today's date: only rules that fire on every day of the year are asserted here.
      const text = check(db, '--lang=id');
      expect(text.status).toBe(1);
      expect(text.stdout).toMatch(/^ {2}WARNING +content-minimum +bidang-ikp +Bidang IKP: tidak ada konten terbit dalam 12 bulan terakhir$/m);
      expect(text.stdout).toMatch(/open violation\(s\) at or above "warning"$/m);
    } finally {
      await db.drop();
    }
  });
});
