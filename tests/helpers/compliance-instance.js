'use strict';
/**
 * One Strapi instance in a child process, for the several-instances test: boots the compiled app on
 * the database named by the environment (DATABASE_*), says "ready", and on each { go } message waits
 * until `at` (epoch ms, the same moment for every instance), runs the daily window of `now` and
 * answers with its result. { exit } stops it. Talks to its parent over the IPC channel only.
 * With PPID_INSTANCE_HTTP=1 it also serves HTTP on a free port of 127.0.0.1 and says where in its
 * "ready" message ({ ready, holder, url }): the public-cache test talks to it over real HTTP.
 */
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  const service = strapi.plugin('ppid').service('compliance-runs');
  let url;
  if (process.env.PPID_INSTANCE_HTTP === '1') {
    await strapi.server.mount();
    await new Promise((resolve, reject) => {
      strapi.server.httpServer.once('error', reject);
      strapi.server.httpServer.listen(0, '127.0.0.1', resolve);
    });
    url = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
  }
  process.on('message', async (msg) => {
    try {
      if (msg.exit) {
        await strapi.destroy();
        process.exit(0);
      }
      if (msg.go) {
        const wait = msg.at - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const now = new Date(msg.now);
        const result = await service.runWindow(service.daily(now), now);
        process.send({ round: msg.round, holder: service.holder, result });
      }
    } catch (error) {
      process.send({ round: msg.round, error: String((error && error.stack) || error) });
    }
  });
  process.send({ ready: true, holder: service.holder, url });
})().catch((error) => {
  process.send?.({ error: String((error && error.stack) || error) });
  process.exit(1);
});
