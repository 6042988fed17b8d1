'use strict';
/**
 * Benchmark-only collection type `api::bench-announcement.bench-announcement`: a copy of the plugin's
 * `plugin::ppid.announcement` schema (same attributes, relations to the same plugin unit and berkala
 * category), read from the built plugin so that the two can never drift apart. It is loaded only by
 * bench/run.js (which points Strapi's API directory at bench/api); the app itself never sees it.
 */
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const pluginModule = require(path.join(ROOT, 'plugins', 'ppid', 'dist', 'server', 'index.js'));
const plugin = pluginModule.default || pluginModule;
const source = JSON.parse(JSON.stringify(plugin.contentTypes.announcement.schema));

const attributes = { ...source.attributes };
// The inverse side of publication-record.announcement points at the plugin type: nothing to mirror.
delete attributes.publicationRecords;

module.exports = {
  kind: 'collectionType',
  collectionName: 'bench_announcements',
  info: {
    singularName: 'bench-announcement',
    pluralName: 'bench-announcements',
    displayName: 'Bench announcement',
    description: 'Benchmark copy of plugin::ppid.announcement (never shipped)',
  },
  options: { draftAndPublish: true },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  indexes: (source.indexes || []).map((ix) => ({ ...ix, name: ix.name.replace(/^ppid_announcements/, 'bench_announcements') })),
  attributes,
};
