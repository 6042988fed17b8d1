'use strict';
const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::bench-announcement.bench-announcement');
