import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import routes from './routes';
import publicController from './public-api/controller';
import publicApi from './public-api/service';
import organisation from './services/organisation';
import guard from './services/guard';
import { grantPublicRead, seedBerkalaCategories } from './seed/reference';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Every document write (Content Manager, bulk actions, code) passes the cross-field rules.
    strapi.documents.use((ctx, next) => strapi.plugin('ppid').service('guard').middleware(ctx, next));
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await seedBerkalaCategories(strapi);
    await grantPublicRead(strapi);
  },
  destroy() {},
  config,
  contentTypes,
  routes,
  controllers: { public: publicController },
  services: { publicApi, organisation, guard },
  policies: {},
  middlewares: {},
};
