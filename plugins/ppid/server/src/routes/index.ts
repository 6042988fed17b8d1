import { PUBLIC_CACHED } from '../public-api/cache';
import { FORM_ROUTE_KINDS } from '../website/records';

/**
 * Public (content-API) routes mount under /api/ppid: bootstrap opens exactly these actions to the
 * Public role. Admin routes mount under /ppid and need an admin session plus the plugin's RBAC
 * actions (registered in bootstrap, granted per role in Settings > Roles).
 */
export const PUBLIC_ACTIONS = ['announcements', 'announcement', 'dip', 'excluded', 'dipEditions', 'dipEdition', 'dipEditionFile', 'excludedFile'] as const;

/** The plugin's admin permissions (Settings > Administration panel > Roles > Plugins > PPID). */
export const RBAC_ACTIONS = [
  { uid: 'workflow.read', displayName: 'View workflows, history, inbox and board' },
  { uid: 'workflow.transition', displayName: 'Take workflow steps (as the position holder of the stage)' },
  { uid: 'workflow.manage', displayName: 'Edit workflow definitions and bindings' },
  { uid: 'compliance.read', displayName: 'View compliance alerts and runs' },
  { uid: 'compliance.manage', displayName: 'Run the compliance check now, acknowledge alerts' },
  { uid: 'organisation.manage', displayName: 'Manage units and position assignments (never one\'s own)' },
  { uid: 'organisation.read', displayName: 'Read the log of changes to units and position assignments' },
  { uid: 'dip.export', displayName: 'Download DIP editions and the list of excluded information (PDF, XLSX, CSV)' },
  { uid: 'dip.import', displayName: 'Import DIP rows from XLSX or CSV (for the units one works for)' },
] as const;

const can = (action: (typeof RBAC_ACTIONS)[number]['uid']) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::ppid.${action}`] } }],
});

const FORMATS = 'pdf|xlsx|csv';
const FORM_KINDS = Object.keys(FORM_ROUTE_KINDS).join('|');

const contentApi = {
  type: 'content-api',
  // Every public GET takes `config: PUBLIC_CACHED`: ETag, Last-Modified, 304s and the response cache
  // (the file downloads stream, with their own Content-Disposition, and are not cached).
  routes: [
    // Downloads first, their parameters constrained: a plain `/dip/editions/:year` route would
    // otherwise take "2026.pdf" as the year (path-to-regexp 6 parameters match up to the next "/").
    { method: 'GET', path: `/dip/editions/:year(\\d{4}).:format(${FORMATS})`, handler: 'public.dipEditionFile', config: { policies: [] } },
    { method: 'GET', path: `/excluded.:format(${FORMATS})`, handler: 'public.excludedFile', config: { policies: [] } },
    { method: 'GET', path: '/announcements', handler: 'public.announcements', config: { ...PUBLIC_CACHED } },
    { method: 'GET', path: '/announcements/:slug', handler: 'public.announcement', config: { ...PUBLIC_CACHED } },
    { method: 'GET', path: '/dip', handler: 'public.dip', config: { ...PUBLIC_CACHED } },
    { method: 'GET', path: '/excluded', handler: 'public.excluded', config: { ...PUBLIC_CACHED } },
    { method: 'GET', path: '/dip/editions', handler: 'public.dipEditions', config: { ...PUBLIC_CACHED } },
    // Any year without a dot reaches the handler (a malformed one answers 400 there); "2026.doc" is
    // no route (404), as the downloads' format is constrained above.
    { method: 'GET', path: '/dip/editions/:year([^./]+)', handler: 'public.dipEdition', config: { ...PUBLIC_CACHED } },
    // Open to everyone by design (auth: false): feeds, discovery and the SOPs are announcements.
    { method: 'GET', path: '/sops', handler: 'public.sops', config: { ...PUBLIC_CACHED, auth: false } },
    { method: 'GET', path: '/feeds/announcements', handler: 'public.feed', config: { ...PUBLIC_CACHED, auth: false } },
    { method: 'GET', path: '/feeds/announcements/:class', handler: 'public.feed', config: { ...PUBLIC_CACHED, auth: false } },
    { method: 'GET', path: '/sitemap.xml', handler: 'public.sitemap', config: { ...PUBLIC_CACHED, auth: false } },
    { method: 'GET', path: '/robots.txt', handler: 'public.robots', config: { ...PUBLIC_CACHED, auth: false } },
    { method: 'GET', path: '/openapi.json', handler: 'public.openapi', config: { ...PUBLIC_CACHED, auth: false } },
  ],
};

const ITEM = '/workflow/items/:type/:documentId';

const admin = {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/home', handler: 'home.home', config: can('workflow.read') },
    { method: 'GET', path: '/settings', handler: 'home.settings', config: can('workflow.read') },
    { method: 'GET', path: '/workflow/inbox', handler: 'workflow.inbox', config: can('workflow.read') },
    { method: 'GET', path: '/workflow/board', handler: 'workflow.board', config: can('workflow.read') },
    { method: 'GET', path: ITEM, handler: 'workflow.item', config: can('workflow.read') },
    { method: 'GET', path: `${ITEM}/history`, handler: 'workflow.history', config: can('workflow.read') },
    { method: 'POST', path: `${ITEM}/transitions`, handler: 'workflow.transition', config: can('workflow.transition') },
    { method: 'POST', path: `${ITEM}/fast-publish`, handler: 'workflow.fastPublish', config: can('workflow.transition') },
    { method: 'POST', path: `${ITEM}/retro-approve`, handler: 'workflow.retroApprove', config: can('workflow.transition') },
    { method: 'POST', path: `${ITEM}/assignee`, handler: 'workflow.reassign', config: can('workflow.transition') },
    { method: 'POST', path: `${ITEM}/withdraw`, handler: 'workflow.withdraw', config: can('workflow.transition') },
    { method: 'POST', path: `${ITEM}/delete`, handler: 'workflow.remove', config: can('workflow.transition') },
    { method: 'GET', path: '/workflows', handler: 'workflow.listWorkflows', config: can('workflow.read') },
    { method: 'POST', path: '/workflows', handler: 'workflow.createWorkflow', config: can('workflow.manage') },
    { method: 'GET', path: '/workflow-bindings', handler: 'workflow.listBindings', config: can('workflow.read') },
    { method: 'PUT', path: '/workflow-bindings', handler: 'workflow.setBinding', config: can('workflow.manage') },
    { method: 'GET', path: '/compliance/alerts', handler: 'compliance.alerts', config: can('compliance.read') },
    { method: 'GET', path: '/compliance/summary', handler: 'compliance.summary', config: can('compliance.read') },
    { method: 'POST', path: '/compliance/alerts/:id/acknowledge', handler: 'compliance.acknowledge', config: can('compliance.manage') },
    { method: 'POST', path: '/compliance/run', handler: 'compliance.run', config: can('compliance.manage') },
    { method: 'GET', path: '/compliance/charts', handler: 'compliance.charts', config: can('compliance.read') },
    { method: 'GET', path: '/privacy/items/:type/:documentId', handler: 'privacy.check', config: can('workflow.read') },
    { method: 'POST', path: '/privacy/items/:type/:documentId/clearances', handler: 'privacy.clear', config: can('workflow.transition') },
    { method: 'GET', path: '/exclusions', handler: 'exclusions.list', config: can('workflow.read') },
    { method: 'POST', path: '/exclusions/:documentId/reopen', handler: 'dipReopen.reopen', config: can('workflow.transition') },
    { method: 'GET', path: '/website/evaluation-figures', handler: 'website.evaluationFigures', config: can('compliance.read') },
    { method: 'GET', path: '/organisation', handler: 'organisation.overview', config: can('organisation.read') },
    { method: 'GET', path: '/organisation/changes', handler: 'organisation.changes', config: can('organisation.read') },
    { method: 'GET', path: `/dip/editions/:documentId/export.:format(${FORMATS})`, handler: 'dipFiles.adminEditionFile', config: can('dip.export') },
    { method: 'GET', path: `/excluded/export.:format(${FORMATS})`, handler: 'dipFiles.adminExcludedFile', config: can('dip.export') },
    { method: 'GET', path: '/dip/import/template.:format(xlsx|csv)', handler: 'dipImport.template', config: can('dip.import') },
    { method: 'POST', path: '/dip/import', handler: 'dipImport.import', config: can('dip.import') },
    { method: 'GET', path: '/announcements/:documentId/record.pdf', handler: 'announcementRecord.record', config: can('workflow.read') },
    // Super admins only (checked in the controller: 403), and only while the dev mailbox is on (404).
    { method: 'GET', path: '/dev-mailbox', handler: 'devMailbox.list', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    // The web SOP's signed records (controllers/website-records.ts): who signs or reports is decided by position.
    { method: 'POST', path: `/forms/:kind(${FORM_KINDS})/:documentId/signatures`, handler: 'websiteRecords.sign', config: can('workflow.transition') },
    { method: 'GET', path: `/forms/:kind(${FORM_KINDS})/:documentId/record.pdf`, handler: 'websiteRecords.formRecord', config: can('workflow.read') },
    { method: 'POST', path: '/minutes/:documentId/report', handler: 'websiteRecords.report', config: can('workflow.transition') },
    { method: 'GET', path: '/minutes/:documentId/record.pdf', handler: 'websiteRecords.minutesRecord', config: can('workflow.read') },
  ],
};

export default { 'content-api': contentApi, admin };
