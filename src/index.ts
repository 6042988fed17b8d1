import type { Core } from '@strapi/strapi';
import path from 'path';
import { seedDemo } from './demo/seed';

/**
 * Refuses to start on a missing or stale ppid build. Strapi skips a local plugin whose dist/ is
 * missing without a word, and its schema sync then drops the plugin's tables: never let that happen.
 */
function assertPluginBuilt(strapi: Core.Strapi) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { checkBuild } = require(path.join(strapi.dirs.app.root, 'plugins', 'ppid', 'scripts', 'source-hash.js'));
  const build = checkBuild();
  const fix = 'Run `npm run build:plugin` (or `npm run develop`, which builds it) and start again.';
  if (!build.ok) throw new Error(`PPID: ${build.reason}. ${fix}`);
  if (!strapi.plugin('ppid')) throw new Error(`PPID: the ppid plugin did not load. ${fix}`);
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertPluginBuilt(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (strapi.config.get('plugin::ppid.seedDemo')) await seedDemo(strapi);
  },
};
