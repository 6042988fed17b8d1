'use strict';
const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreService('api::bench-announcement.bench-announcement');
