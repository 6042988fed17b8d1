import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import routes from './routes';
import publicController from './public-api/controller';
import publicApi from './public-api/service';
import organisation from './services/organisation';
import guard from './services/guard';
import notifications from './services/notifications';
import setup from './seed/reference';
import workflow, { WEBHOOK_EVENTS } from './services/workflow';
import workflowController from './controllers/workflow';
import compliance, { COMPLIANCE_EVENTS } from './services/compliance';
import complianceController from './controllers/compliance';
import { RBAC_ACTIONS } from './routes';
import { uid } from './content-types/builders';
import { bootstrapSecurity, registerSecurity } from './security';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Secrets, uploads, rich text, the edges (security/index.ts); first, so text is clean before the rules.
    registerSecurity(strapi);
    // Admin RBAC actions are registered here, not in bootstrap: the admin's own bootstrap runs
    // first and deletes every stored permission whose action is unknown at that moment, which
    // would strip the roles of the plugin's permissions on every restart.
    await strapi.service('admin::permission').actionProvider.registerMany(
      RBAC_ACTIONS.map((a) => ({ section: 'plugins', pluginName: 'ppid', uid: a.uid, displayName: a.displayName }))
    );
    // Every document write (Content Manager, bulk actions, code) passes the cross-field rules.
    strapi.documents.use((ctx, next) => strapi.plugin('ppid').service('guard').middleware(ctx, next));
    // ... and the review workflow: the publish gate, who may edit an item in review, new rounds.
    strapi.documents.use((ctx, next) => strapi.plugin('ppid').service('workflow').gate(ctx, next));
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
    await strapi.plugin('ppid').service('setup').run();
    await bootstrapSecurity(strapi);
    await strapi.plugin('ppid').service('workflow').seedTemplates();
    // Items written before their type had a workflow (an upgrade, an import) join it now.
    await strapi.plugin('ppid').service('workflow').adoptUnstarted();
    // Last: the outbox dispatcher (a cron job; off when notifications.enabled is false).
    strapi.plugin('ppid').service('notifications').start();
    // The compliance checker's cron jobs (off when compliance.enabled is false); catches up after the boot.
    strapi.plugin('ppid').service('compliance').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('ppid')?.service('compliance')?.stop();
    await strapi.plugin('ppid')?.service('notifications')?.stop();
  },
  config,
  contentTypes,
  routes,
  controllers: { public: publicController, workflow: workflowController, compliance: complianceController },
  services: { publicApi, organisation, guard, setup, notifications, workflow, compliance },
  policies: {},
  middlewares: {},
};
