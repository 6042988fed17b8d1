import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import routes from './routes';
import publicController from './public-api/controller';
import publicApi from './public-api/service';
import organisation from './services/organisation';
import guard from './services/guard';
import setup from './seed/reference';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Every document write (Content Manager, bulk actions, code) passes the cross-field rules.
    strapi.documents.use((ctx, next) => strapi.plugin('ppid').service('guard').middleware(ctx, next));
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('ppid').service('setup').run();
  },
  destroy() {},
  config,
  contentTypes,
  routes,
  controllers: { public: publicController },
  services: { publicApi, organisation, guard, setup },
  policies: {},
  middlewares: {},
};
