'use strict';
/**
 * Content-API actions the bench copy's populate needs. Strapi's core REST `find` only populates a
 * relation when the caller may `find` the target type (scope `<target uid>.find`); for `api::` types
 * an admin ticks "find" for them in Users & Permissions. The plugin's unit and berkala category have
 * no core routes, so their `find` actions do not exist: register them here (actions can only be
 * registered while Strapi bootstraps); bench/lib/strapi.js grants them to the Public role.
 */
const { RELATED_FIND_ACTIONS } = require('../../lib/strapi');

module.exports = {
  async bootstrap({ strapi }) {
    const provider = strapi.contentAPI.permissions.providers.action;
    for (const uid of RELATED_FIND_ACTIONS) {
      if (provider.has(uid)) continue;
      // 'plugin::ppid.unit.find' -> api 'plugin::ppid', controller 'unit', action 'find'
      const [api, controller, action] = uid.split('.');
      await provider.register(uid, { api, controller, action, uid });
    }
  },
};
