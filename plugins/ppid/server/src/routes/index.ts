/**
 * Public (content-API) routes mount under /api/ppid. Bootstrap opens exactly these actions to the
 * Public role (permissions.ts); admin routes come with the workflow issue.
 */
export const PUBLIC_ACTIONS = ['announcements', 'announcement', 'dip', 'excluded'] as const;

const contentApi = {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/announcements', handler: 'public.announcements', config: { policies: [] } },
    { method: 'GET', path: '/announcements/:slug', handler: 'public.announcement', config: { policies: [] } },
    { method: 'GET', path: '/dip', handler: 'public.dip', config: { policies: [] } },
    { method: 'GET', path: '/excluded', handler: 'public.excluded', config: { policies: [] } },
  ],
};

export default { 'content-api': contentApi };
