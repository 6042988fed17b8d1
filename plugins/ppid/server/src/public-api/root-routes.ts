/**
 * /sitemap.xml and /robots.txt at the site's root, where crawlers look for them (the plugin's own
 * routes mount under /api/ppid and /ppid). Mounted on Strapi's root router, like its own `/` route;
 * the same handlers, validators and response cache as /api/ppid/sitemap.xml and /api/ppid/robots.txt.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_CACHED } from './cache';

export function registerRootDiscovery(strapi: Core.Strapi) {
  const handler = (action: 'sitemap' | 'robots') => (ctx: any) => (strapi.plugin('ppid').controller('public') as any)[action](ctx);
  strapi.server.routes([
    { method: 'GET', path: '/sitemap.xml', handler: handler('sitemap'), config: { ...PUBLIC_CACHED, auth: false } },
    { method: 'GET', path: '/robots.txt', handler: handler('robots'), config: { ...PUBLIC_CACHED, auth: false } },
  ] as any);
}
