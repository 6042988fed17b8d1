import { PUBLIC_CACHED } from '../public-api/cache';
import { ADMIN_ROUTES, FORM_URL_KINDS, type AdminRouteName } from '../../../shared/routes';
import { PUBLIC_REQUEST_ROUTES } from '../../../shared/requests';
import type { FormRouteKind } from '../website/records';

/**
 * Public (content-API) routes mount under /api/ppid: bootstrap opens exactly these actions to the
 * Public role. Admin routes mount under /ppid and need an admin session plus the plugin's RBAC
 * actions (registered in bootstrap, granted per role in Settings > Roles).
 */
export const PUBLIC_ACTIONS = ['announcements', 'announcement', 'dip', 'excluded', 'dipEditions', 'dipEdition', 'dipEditionFile', 'excludedFile', 'serviceReports', 'serviceReport', 'serviceReportFile'] as const;

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
  { uid: 'requests.handle', displayName: 'Serve information requests and objections (as a PPID position holder of the PPID unit)' },
] as const;

const can = (action: (typeof RBAC_ACTIONS)[number]['uid']) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [`plugin::ppid.${action}`] } }],
});

const FORMATS = 'pdf|xlsx|csv';

/** The form kinds in URLs are the server's (a unit test checks the two lists are equal). */
export const FORM_KINDS_IN_URLS: readonly FormRouteKind[] = FORM_URL_KINDS;

/** An admin route's method and path, from the table the admin builds its URLs from. */
const route = (name: AdminRouteName) => ({ method: ADMIN_ROUTES[name].method, path: ADMIN_ROUTES[name].path });

const contentApi = {
  type: 'content-api',
  // Every public GET takes `config: PUBLIC_CACHED`: ETag, Last-Modified, 304s and the response cache
  // (the file downloads stream, with their own Content-Disposition, and are not cached).
  routes: [
    // Downloads first, their parameters constrained: a plain `/dip/editions/:year` route would
    // otherwise take "2026.pdf" as the year (path-to-regexp 6 parameters match up to the next "/").
    { method: 'GET', path: `/dip/editions/:year(\\d{4}).:format(${FORMATS})`, handler: 'public.dipEditionFile', config: { policies: [] } },
    { method: 'GET', path: `/excluded.:format(${FORMATS})`, handler: 'public.excludedFile', config: { policies: [] } },
    // The issued annual service reports (public-api/service-reports.ts): the stored PDF first, as above.
    { method: 'GET', path: '/service-reports/:year(\\d{4}).pdf', handler: 'public.serviceReportFile', config: { policies: [] } },
    { method: 'GET', path: '/service-reports', handler: 'public.serviceReports', config: { ...PUBLIC_CACHED } },
    { method: 'GET', path: '/service-reports/:year([^./]+)', handler: 'public.serviceReport', config: { ...PUBLIC_CACHED } },
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
    // The information service (controllers/request-public.ts): open to everyone, never cached (no-store),
    // limited per IP address; the tracking page shows status and dates only.
    { ...PUBLIC_REQUEST_ROUTES.form, handler: 'requestPublic.form', config: { auth: false, policies: [] } },
    { ...PUBLIC_REQUEST_ROUTES.file, handler: 'requestPublic.file', config: { auth: false, policies: [] } },
    { ...PUBLIC_REQUEST_ROUTES.status, handler: 'requestPublic.status', config: { auth: false, policies: [] } },
    { ...PUBLIC_REQUEST_ROUTES.object, handler: 'requestPublic.object', config: { auth: false, policies: [] } },
  ],
};

const admin = {
  type: 'admin',
  routes: [
    { ...route('home'), handler: 'home.home', config: can('workflow.read') },
    { ...route('settings'), handler: 'home.settings', config: can('workflow.read') },
    { ...route('inbox'), handler: 'workflow.inbox', config: can('workflow.read') },
    { ...route('board'), handler: 'workflow.board', config: can('workflow.read') },
    { ...route('boardColumn'), handler: 'workflow.boardColumn', config: can('workflow.read') },
    // The stage column of the Content Manager's list views: one request per list page.
    { ...route('stages'), handler: 'workflow.stages', config: can('workflow.read') },
    { ...route('item'), handler: 'workflow.item', config: can('workflow.read') },
    { ...route('itemHistory'), handler: 'workflow.history', config: can('workflow.read') },
    { ...route('transition'), handler: 'workflow.transition', config: can('workflow.transition') },
    { ...route('fastPublish'), handler: 'workflow.fastPublish', config: can('workflow.transition') },
    { ...route('retroApprove'), handler: 'workflow.retroApprove', config: can('workflow.transition') },
    { ...route('reassign'), handler: 'workflow.reassign', config: can('workflow.transition') },
    { ...route('withdraw'), handler: 'workflow.withdraw', config: can('workflow.transition') },
    { ...route('removeItem'), handler: 'workflow.remove', config: can('workflow.transition') },
    { ...route('workflows'), handler: 'workflow.listWorkflows', config: can('workflow.read') },
    { ...route('createWorkflow'), handler: 'workflow.createWorkflow', config: can('workflow.manage') },
    { ...route('bindings'), handler: 'workflow.listBindings', config: can('workflow.read') },
    { ...route('setBinding'), handler: 'workflow.setBinding', config: can('workflow.manage') },
    { ...route('complianceAlerts'), handler: 'compliance.alerts', config: can('compliance.read') },
    { ...route('complianceSummary'), handler: 'compliance.summary', config: can('compliance.read') },
    { ...route('acknowledgeAlert'), handler: 'compliance.acknowledge', config: can('compliance.manage') },
    { ...route('runCompliance'), handler: 'compliance.run', config: can('compliance.manage') },
    { ...route('complianceCharts'), handler: 'compliance.charts', config: can('compliance.read') },
    { ...route('privacyCheck'), handler: 'privacy.check', config: can('workflow.read') },
    { ...route('privacyClear'), handler: 'privacy.clear', config: can('workflow.transition') },
    { ...route('exclusions'), handler: 'exclusions.list', config: can('workflow.read') },
    { ...route('reopenExclusion'), handler: 'dipReopen.reopen', config: can('workflow.transition') },
    // The year's DIP as a list and the list of excluded information (controllers/dip-list.ts).
    { ...route('dipLists'), handler: 'dipList.lists', config: can('workflow.read') },
    { ...route('dipCollection'), handler: 'dipList.collection', config: can('workflow.read') },
    { ...route('returnSubmission'), handler: 'dipList.returnSubmission', config: can('workflow.transition') },
    { ...route('signEdition'), handler: 'dipList.signEdition', config: can('workflow.transition') },
    { ...route('signExclusionList'), handler: 'dipList.signExclusionList', config: can('workflow.transition') },
    { ...route('evaluationFigures'), handler: 'website.evaluationFigures', config: can('compliance.read') },
    { ...route('evaluationAccess'), handler: 'website.evaluationAccess', config: can('compliance.read') },
    { ...route('organisation'), handler: 'organisation.overview', config: can('organisation.read') },
    { ...route('organisationChanges'), handler: 'organisation.changes', config: can('organisation.read') },
    { ...route('editionExport'), handler: 'dipFiles.adminEditionFile', config: can('dip.export') },
    { ...route('excludedExport'), handler: 'dipFiles.adminExcludedFile', config: can('dip.export') },
    { ...route('importTemplate'), handler: 'dipImport.template', config: can('dip.import') },
    { ...route('importDip'), handler: 'dipImport.import', config: can('dip.import') },
    { ...route('announcementRecord'), handler: 'announcementRecord.record', config: can('workflow.read') },
    // Super admins only (checked in the controller: 403), and only while the dev mailbox is on (404).
    { ...route('devMailbox'), handler: 'devMailbox.list', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    // The web SOP's signed records (controllers/website-records.ts): who signs or reports is decided by position.
    { ...route('signForm'), handler: 'websiteRecords.sign', config: can('workflow.transition') },
    { ...route('formRecord'), handler: 'websiteRecords.formRecord', config: can('workflow.read') },
    { ...route('reportMinutes'), handler: 'websiteRecords.report', config: can('workflow.transition') },
    { ...route('minutesRecord'), handler: 'websiteRecords.minutesRecord', config: can('workflow.read') },
    // The website team's pages (controllers/website-desk.ts): lists and details readable by the record's unit and signers.
    { ...route('websiteBacklog'), handler: 'websiteDesk.backlog', config: can('workflow.read') },
    { ...route('minutesList'), handler: 'websiteDesk.minutes', config: can('workflow.read') },
    { ...route('minute'), handler: 'websiteDesk.minute', config: can('workflow.read') },
    { ...route('formsList'), handler: 'websiteDesk.forms', config: can('workflow.read') },
    { ...route('form'), handler: 'websiteDesk.form', config: can('workflow.read') },
    // Evaluations (C1, C2): created with their figures frozen, by the position the SOP names (checked in the service).
    { ...route('evaluations'), handler: 'websiteDesk.evaluations', config: can('compliance.read') },
    { ...route('evaluation'), handler: 'websiteDesk.evaluation', config: can('compliance.read') },
    { ...route('createEvaluation'), handler: 'websiteDesk.createEvaluation', config: can('compliance.read') },
    // The request desk (issue 14, controllers/request-desk.ts): every handler checks the caller serves the request's unit (request-access).
    { ...route('requests'), handler: 'requestDesk.list', config: can('requests.handle') },
    { ...route('request'), handler: 'requestDesk.request', config: can('requests.handle') },
    { ...route('requestMissingItems'), handler: 'requestDesk.missingItems', config: can('requests.handle') },
    { ...route('requestDisposition'), handler: 'requestDesk.disposition', config: can('requests.handle') },
    { ...route('requestNotice'), handler: 'requestDesk.notice', config: can('requests.handle') },
    { ...route('requestExtension'), handler: 'requestDesk.extension', config: can('requests.handle') },
    { ...route('objections'), handler: 'requestDesk.objections', config: can('requests.handle') },
    { ...route('objection'), handler: 'requestDesk.objection', config: can('requests.handle') },
    { ...route('objectionResponse'), handler: 'requestDesk.objectionResponse', config: can('requests.handle') },
    { ...route('objectionDecision'), handler: 'requestDesk.objectionDecision', config: can('requests.handle') },
    { ...route('objectionDispute'), handler: 'requestDesk.objectionDispute', config: can('requests.handle') },
    // The request desk's registrations (controllers/request-intake.ts): the PPID unit's service positions only (request-access).
    { ...route('registerRequest'), handler: 'requestIntake.registerRequest', config: can('requests.handle') },
    { ...route('registerObjection'), handler: 'requestIntake.registerObjection', config: can('requests.handle') },
    // The information service's letters, registers and annual report (controllers/request-documents.ts; who reads: request-access).
    // The requester's identity document from the private store (services/identity-documents.ts): the request's handlers only.
    { ...route('requestIdentityDocument'), handler: 'requestDocuments.identityDocument', config: can('requests.handle') },
    { ...route('requestLetter'), handler: 'requestDocuments.requestLetter', config: can('requests.handle') },
    { ...route('objectionLetter'), handler: 'requestDocuments.objectionLetter', config: can('requests.handle') },
    { ...route('requestRegister'), handler: 'requestDocuments.requestRegister', config: can('requests.handle') },
    { ...route('objectionRegister'), handler: 'requestDocuments.objectionRegister', config: can('requests.handle') },
    { ...route('serviceReport'), handler: 'requestDocuments.serviceReport', config: can('requests.handle') },
    { ...route('serviceReportFile'), handler: 'requestDocuments.serviceReportFile', config: can('requests.handle') },
    // The issued reports (controllers/service-reports.ts): the agency's signing positions issue; the PPID reads the history.
    { ...route('issueServiceReport'), handler: 'serviceReports.issue', config: can('requests.handle') },
    { ...route('issuedServiceReports'), handler: 'serviceReports.issued', config: can('requests.handle') },
    { ...route('issuedServiceReportFile'), handler: 'serviceReports.file', config: can('requests.handle') },
  ],
};

export default { 'content-api': contentApi, admin };
