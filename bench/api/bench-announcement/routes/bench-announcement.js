'use strict';
const { factories } = require('@strapi/strapi');

// Strapi's default core router: GET /api/bench-announcements (find), /:id (findOne), ...
module.exports = factories.createCoreRouter('api::bench-announcement.bench-announcement');
