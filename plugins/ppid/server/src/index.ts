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
import { registerWorkflowMiddlewares } from './document-middlewares';
import { RBAC_ACTIONS } from './routes';
import { uid } from './content-types/builders';
import { getService, type ServiceOf } from './utils';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Admin RBAC actions are registered here, not in bootstrap: the admin's own bootstrap runs
    // first and deletes every stored permission whose action is unknown at that moment, which
    // would strip the roles of the plugin's permissions on every restart.
    await strapi.service('admin::permission').actionProvider.registerMany(
      RBAC_ACTIONS.map((a) => ({ section: 'plugins', pluginName: 'ppid', uid: a.uid, displayName: a.displayName }))
    );
    // Every document write (Content Manager, bulk actions, code) passes the cross-field rules.
    strapi.documents.use((ctx, next) => getService(strapi, 'guard').middleware(ctx, next) as ReturnType<typeof next>);
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
    strapi.db.lifecycles.subscribe({
      models: [uid('workflow-transition')],
      beforeUpdate: appendOnly,
      beforeUpdateMany: appendOnly,
      beforeDelete: appendOnly,
      beforeDeleteMany: appendOnly,
    });
    await getService(strapi, 'setup').run();
    await getService(strapi, 'workflow-definitions').seedTemplates();
    // Items written before their type had a workflow (an upgrade, an import) join it now.
    await getService(strapi, 'workflow-instances').adoptUnstarted();
    // Last: the outbox dispatcher (a cron job; off when notifications.enabled is false).
    getService(strapi, 'notifications').start();
    // The compliance checker's cron jobs (off when compliance.enabled is false); catches up after the boot.
    getService(strapi, 'compliance-runs').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('ppid')?.service<ServiceOf<'compliance-runs'>>('compliance-runs')?.stop();
    await strapi.plugin('ppid')?.service<ServiceOf<'notifications'>>('notifications')?.stop();
  },
  config,
  contentTypes,
  routes,
  controllers: { public: publicController, workflow: workflowController, compliance: complianceController },
  services,
  policies: {},
  middlewares: {},
};
