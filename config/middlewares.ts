/**
 * CORS answers only the public sites named in PPID_PUBLIC_ORIGINS (comma-separated origins; the
 * origin of PUBLIC_URL is added); other origins get no CORS headers, hence no credentials.
 * `strapi::poweredBy` is left out: no X-Powered-By header.
 * `plugin::ppid.public-cache` answers cached public GETs (200 or 304) early, with the security and
 * CORS headers the full chain set on the stored answer (see plugins/ppid/server/src/public-api/cache.ts).
 */
export default ({ env }: { env: any }) => {
  const origins: string[] = env.array('PPID_PUBLIC_ORIGINS', ['http://localhost:1337', 'http://localhost:3000']);
  const publicUrl = env('PUBLIC_URL', '');
  if (publicUrl.startsWith('http')) origins.push(new URL(publicUrl).origin);
  return [
    'strapi::logger',
    'strapi::errors',
    'plugin::ppid.public-cache',
    'strapi::security',
    { name: 'strapi::cors', config: { origin: [...new Set(origins.map((o) => o.trim()).filter((o) => o && o !== '*'))], credentials: true } },
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
