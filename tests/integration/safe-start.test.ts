/**
 * Strapi skips an unbuilt local plugin without a word and its schema sync then drops the plugin's
 * tables. The app must refuse to start instead, say what to run, and leave the data alone. It also
 * refuses a private file store (identity documents) that the public folder would serve.
 */
import fs from 'fs';
import path from 'path';
import { boot } from '../helpers/strapi';
import { freshDatabase, TEST_DB } from '../helpers/db';

const STAMP = path.resolve(__dirname, '..', '..', 'plugins', 'ppid', 'dist', '.source-hash');

async function bootFails(db: any): Promise<string> {
  try {
    const app = await boot('safe-start', {}, db);
    await app.stop({ keepDatabase: true });
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the app started on a bad plugin build');
}

describe(`safe start (${TEST_DB})`, () => {
  it('refuses a stale or missing plugin build with a message saying what to run, and keeps the data', async () => {
    const db = await freshDatabase('safe-start');
    const stamp = fs.readFileSync(STAMP, 'utf8');
    try {
      const first = await boot('safe-start', {}, db);
      await first.strapi.documents('plugin::ppid.unit').create({ data: { name: 'Dinas Tetap Ada', code: 'dinas-tetap', kind: 'agency' } });
      await first.stop({ keepDatabase: true });

      fs.writeFileSync(STAMP, '0'.repeat(64));
      expect(await bootFails(db)).toBe(
        'PPID: the ppid plugin build is older than its sources. Run `npm run build:plugin` (or `npm run develop`, which builds it) and start again.'
      );
      fs.rmSync(STAMP);
      expect(await bootFails(db)).toBe(
        'PPID: the ppid plugin has not been built. Run `npm run build:plugin` (or `npm run develop`, which builds it) and start again.'
      );
    } finally {
      fs.writeFileSync(STAMP, stamp);
    }
    const again = await boot('safe-start', {}, db);
    const units = await again.strapi.db.query('plugin::ppid.unit').findMany({ where: { code: 'dinas-tetap' } });
    expect(units).toHaveLength(1);
    await again.stop();
  });

  it('refuses a private file store inside the public folder, where anyone could fetch the identity documents', async () => {
    const db = await freshDatabase('safe-start-files');
    const inside = path.resolve(__dirname, '..', '..', 'public', 'ppid-private-files');
    try {
      let message = '';
      try {
        const app = await boot('safe-start-files', { PPID_PRIVATE_FILES_DIR: inside }, db);
        await app.stop({ keepDatabase: true });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toBe(`ppid: "privateFiles.dir" (${inside}) must lie outside the public folder (${path.resolve(__dirname, '..', '..', 'public')})`);
      expect(fs.existsSync(inside)).toBe(false);
    } finally {
      await db.drop();
    }
  });
});
