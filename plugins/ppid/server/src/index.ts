import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import routes from './routes';
import publicController from './public-api/controller';
import services from './services';
import { WEBHOOK_EVENTS } from './services/workflow-events';
import workflowController from './controllers/workflow';
import { COMPLIANCE_EVENTS } from './services/compliance-alerts';
import complianceController from './controllers/compliance';
import websiteController from './controllers/website';
import { registerWorkflowMiddlewares } from './document-middlewares';
import { RBAC_ACTIONS } from './routes';
import { uid } from './content-types/builders';
import organisationController from './controllers/organisation';
import homeController from './controllers/home';
import privacyController from './controllers/privacy';
import { stopPdfWorker } from './privacy/pdf-worker';
import dipFilesController from './controllers/dip-files';
import dipImportController from './controllers/dip-import';
import dipReopenController from './controllers/dip-reopen';
import dipListController from './controllers/dip-list';
import exclusionsController from './controllers/exclusions';
import announcementRecordController from './controllers/announcement-record';
import devMailboxController from './controllers/dev-mailbox';
import websiteRecordsController from './controllers/website-records';
import requestDocumentsController from './controllers/request-documents';
import websiteDeskController from './controllers/website-desk';
import requestDeskController from './controllers/request-desk';
import requestIntakeController from './controllers/request-intake';
import requestPublicController from './controllers/request-public';
import serviceReportsController from './controllers/service-reports';
import publicServiceReports from './public-api/service-reports';
import { protectServiceReports } from './requests/report-records';
import { legacyComplianceWarnings } from './compliance/settings';
import { websiteRecords } from './document-middlewares/website-records';
import { evaluationFigures } from './document-middlewares/evaluation-figures';
import { evaluationReaders } from './document-middlewares/evaluation-readers';
import { registerConditions } from './permissions/conditions';
import { organisationGovernance, protectOrganisationLog } from './organisation/governance';
import { itemFilesGuard } from './files/item-files';
import { getService, type ServiceOf } from './utils';
import { bootstrapSecurity, registerSecurity } from './security';
import { configureContentManager } from './content-manager/configure';
import { draftActionRoutes } from './document-middlewares/draft-actions';
import { bodyShape } from './document-middlewares/body-shape';
import { refusalReasons } from './document-middlewares/refusal-reasons';
import { publicCache } from './public-api/cache';
import { registerRootDiscovery } from './public-api/root-routes';
import { legacyBacklogMigration } from './migrations/web-sop-legacy';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Database migrations of the plugin's own data, run once by Strapi before its schema sync.
    strapi.db.migrations.providers.internal.register(legacyBacklogMigration);
    // Secrets, uploads, rich text, the edges (security/index.ts); first, so text is clean before the rules.
    registerSecurity(strapi);
    // Publish / unpublish / discard of ppid types without draft & publish: 400, not Strapi's 500.
    strapi.server.use(draftActionRoutes(strapi));
    // A Content Manager write whose body is not an object: 400, not Strapi's 500.
    strapi.server.use(bodyShape(strapi));
    // A record hidden by the unit-member condition: the 403 says which unit, in the person's language.
    strapi.server.use(refusalReasons(strapi));
    // /sitemap.xml and /robots.txt at the site's root (public-api/root-routes.ts).
    registerRootDiscovery(strapi);
    // Admin RBAC actions are registered here, not in bootstrap: the admin's own bootstrap runs
    // first and deletes every stored permission whose action is unknown at that moment, which
    // would strip the roles of the plugin's permissions on every restart.
    await strapi.service('admin::permission').actionProvider.registerMany(
      RBAC_ACTIONS.map((a) => ({ section: 'plugins', pluginName: 'ppid', uid: a.uid, displayName: a.displayName }))
    );
    // "Items of units where I hold a position": the RBAC condition the plugin's roles use.
    await registerConditions(strapi);
    // Every document write (Content Manager, bulk actions, code) passes the cross-field rules.
    strapi.documents.use((ctx, next) => getService(strapi, 'guard').middleware(ctx, next) as ReturnType<typeof next>);
    // Units and position assignments change only with the organisation permission, logged.
    strapi.documents.use(organisationGovernance(strapi));
    // The web SOP's minutes and forms: checked minutes, frozen once signed or reported (website/records.ts).
    strapi.documents.use(websiteRecords(strapi));
    // The evaluations: their readers only (on every admin path), their figures frozen.
    strapi.documents.use(evaluationReaders(strapi));
    strapi.documents.use(evaluationFigures(strapi));
    // ... and the review workflow: its own records, the publish gate, who may edit an item in
    // review, new rounds (document-middlewares/, one middleware per concern, in this order).
    registerWorkflowMiddlewares(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    for (const [key, event] of Object.entries({ ...WEBHOOK_EVENTS, ...COMPLIANCE_EVENTS })) {
      (strapi.get('webhookStore') as any).addAllowedEvent(`PPID_${key.toUpperCase()}`, event);
    }
    // The transition log is append-only, whatever the path (db.query included).
    const appendOnly = () => {
      throw new Error('ppid: the workflow transition log is append-only');
    };
    protectOrganisationLog(strapi);
    // Issued service reports are never edited nor deleted; superseding changes only their state.
    protectServiceReports(strapi);
    // Options a newer version no longer reads (config that still carries them starts, with one warning each).
    for (const warning of legacyComplianceWarnings(strapi.config.get('plugin::ppid.compliance'))) strapi.log.warn(`[ppid] ${warning}`);
    // Files of items in review or published are not replaced or deleted behind the engine's back.
    itemFilesGuard(strapi).install();
    strapi.db.lifecycles.subscribe({
      models: [uid('workflow-transition')],
      beforeUpdate: appendOnly,
      beforeUpdateMany: appendOnly,
      beforeDelete: appendOnly,
      beforeDeleteMany: appendOnly,
    });
    // Public answers: any write to a publicly visible type invalidates the response cache (public-api/cache.ts).
    publicCache(strapi).watch();
    await publicCache(strapi).init();
    await getService(strapi, 'setup').run();
    await bootstrapSecurity(strapi);
    // Requesters' files live in the private store (outside public/); identity documents an older
    // version kept in the upload plugin move there (idempotent).
    await getService(strapi, 'private-files').prepare();
    await getService(strapi, 'identity-documents').moveLegacy();
    await getService(strapi, 'workflow-definitions').seedTemplates();
    // The Content Manager in the domain's words: list columns, sorting, names in relation pickers, help texts.
    await configureContentManager(strapi);
    // Items written before their type had a workflow (an upgrade, an import) join it now.
    await getService(strapi, 'workflow-instances').adoptUnstarted();
    // Where notifications go (the dev mailbox without an SMTP host outside production): said once.
    getService(strapi, 'dev-mailbox').announce();
    // Last: the outbox dispatcher (a cron job; off when notifications.enabled is false).
    getService(strapi, 'notifications').start();
    // The compliance checker's cron jobs (off when compliance.enabled is false); catches up after the boot.
    getService(strapi, 'compliance-runs').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('ppid')?.service<ServiceOf<'compliance-runs'>>('compliance-runs')?.stop();
    await strapi.plugin('ppid')?.service<ServiceOf<'notifications'>>('notifications')?.stop();
    await stopPdfWorker();
  },
  config,
  contentTypes,
  routes,
  controllers: {
    // The public downloads join the `public` controller (PUBLIC_ACTIONS open `public.<action>`).
    public: (deps: { strapi: Core.Strapi }) => {
      const files = dipFilesController(deps);
      return { ...publicController(deps), ...publicServiceReports(deps), dipEditionFile: files.publicEditionFile, excludedFile: files.publicExcludedFile };
    },
    dipFiles: dipFilesController,
    dipImport: dipImportController,
    dipReopen: dipReopenController,
    dipList: dipListController,
    exclusions: exclusionsController,
    announcementRecord: announcementRecordController,
    devMailbox: devMailboxController,
    websiteRecords: websiteRecordsController,
    requestDocuments: requestDocumentsController,
    websiteDesk: websiteDeskController,
    requestDesk: requestDeskController,
    requestIntake: requestIntakeController,
    requestPublic: requestPublicController,
    serviceReports: serviceReportsController,
    workflow: workflowController, compliance: complianceController, organisation: organisationController, home: homeController, privacy: privacyController, website: websiteController },
  services,
  policies: {},
  middlewares: {
    /** The public cache's fast path, placed by the application after `strapi::cors` (see public-api/cache.ts). */
    'public-cache': (_config: unknown, { strapi }: { strapi: Core.Strapi }) => publicCache(strapi).fastPath(),
  },
};
