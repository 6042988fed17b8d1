#!/usr/bin/env node
/**
 * How much of Strapi's admin speaks Indonesian: per Strapi package, how many keys of its English
 * translation file have an Indonesian string, either Strapi's own `id` file or ours
 * (src/admin/translations/id/<package>.json, merged into the admin by src/admin/app.tsx).
 *
 *   node scripts/i18n-coverage.js            table of every package
 *   node scripts/i18n-coverage.js --missing  also the English strings still lacking, per package
 *   node scripts/i18n-coverage.js --todo PKG  JSON of the missing keys of one package (work list)
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OURS = path.join(ROOT, 'src', 'admin', 'translations', 'id');

/** Strapi's admin packages: where their translation files are, and the prefix of their keys in the admin. */
const PACKAGES = [
  { name: 'admin', prefix: '', dir: '@strapi/admin/dist/admin/admin/src/translations' },
  { name: 'content-manager', prefix: 'content-manager', dir: '@strapi/content-manager/dist/admin/translations' },
  { name: 'upload', prefix: 'upload', dir: '@strapi/upload/dist/admin/translations' },
  { name: 'i18n', prefix: 'i18n', dir: '@strapi/i18n/dist/admin/translations' },
  { name: 'content-releases', prefix: 'content-releases', dir: '@strapi/content-releases/dist/admin/translations' },
  { name: 'review-workflows', prefix: 'review-workflows', dir: '@strapi/review-workflows/dist/admin/translations' },
  { name: 'users-permissions', prefix: 'users-permissions', dir: '@strapi/plugin-users-permissions/dist/admin/translations' },
  { name: 'email', prefix: 'email', dir: '@strapi/email/dist/admin/translations' },
  { name: 'content-type-builder', prefix: 'content-type-builder', dir: '@strapi/content-type-builder/dist/admin/translations' },
];

/** The packages whose every string a PPID officer may meet (login, home, Content Manager, Media Library, profile). */
const REQUIRED = ['admin', 'content-manager', 'upload', 'i18n', 'content-releases', 'review-workflows'];

function loadStrapi(dir, locale) {
  const file = path.join(ROOT, 'node_modules', dir, `${locale}.json.js`);
  // eslint-disable-next-line global-require, import/no-dynamic-require
  const mod = require(file);
  return mod.default ?? mod;
}

function strapiFile(pkg, locale) {
  try {
    return loadStrapi(pkg.dir, locale);
  } catch {
    return {};
  }
}

function oursFor(name) {
  const file = path.join(OURS, `${name}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

const isText = (v) => typeof v === 'string' && v.trim() !== '';

/** The ICU arguments of a message (`{name}`, `{count, plural, ...}`), sorted: a translation keeps them all. */
function placeholders(message) {
  const names = [];
  let depth = 0;
  for (let i = 0; i < message.length; i += 1) {
    const ch = message[i];
    if (ch === '{') {
      // An argument starts where a brace opens at depth 0, or right inside a plural/select case.
      const m = /^\{\s*([A-Za-z0-9_.]+)\s*(?:,\s*([a-z]+))?/.exec(message.slice(i));
      if (m && (depth === 0 || /[}\s]/.test(message[i - 1] ?? ' '))) {
        // A case body such as `one {# item}` is not an argument: the word before the brace is a selector.
        const before = message.slice(0, i).trimEnd();
        const selector = /(?:^|[\s}])(=?[A-Za-z0-9_]+)$/.exec(before);
        const inCase = depth > 0 && selector;
        if (!inCase) names.push(m[2] ? `${m[1]},${m[2]}` : m[1]);
      }
      depth += 1;
    } else if (ch === '}') depth = Math.max(0, depth - 1);
  }
  return names.sort();
}

/** Rich-text tags (`<b>...</b>`) the admin renders as elements: a translation keeps them too. */
const tags = (message) => (message.match(/<\/?[A-Za-z][\w-]*>/g) ?? []).sort();

function coverage() {
  return PACKAGES.map((pkg) => {
    const en = strapiFile(pkg, 'en');
    const strapiId = strapiFile(pkg, 'id');
    const ours = oursFor(pkg.name);
    const keys = Object.keys(en).filter((k) => isText(en[k]));
    const missing = keys.filter((k) => !isText(ours[k]) && !isText(strapiId[k]));
    const unknown = Object.keys(ours).filter((k) => !(k in en));
    const mismatched = Object.keys(ours)
      .filter((k) => k in en && isText(ours[k]))
      .filter((k) => placeholders(ours[k]).join('|') !== placeholders(en[k]).join('|') || tags(ours[k]).join('|') !== tags(en[k]).join('|'));
    return {
      name: pkg.name,
      prefix: pkg.prefix,
      required: REQUIRED.includes(pkg.name),
      total: keys.length,
      strapi: keys.filter((k) => isText(strapiId[k])).length,
      ours: keys.filter((k) => isText(ours[k])).length,
      translated: keys.length - missing.length,
      missing,
      unknown,
      mismatched,
      en,
    };
  });
}

module.exports = { PACKAGES, REQUIRED, OURS, coverage, placeholders, tags, strapiFile, oursFor };

if (require.main === module) {
  const args = process.argv.slice(2);
  const rows = coverage();
  if (args[0] === '--todo') {
    const row = rows.find((r) => r.name === args[1]);
    if (!row) throw new Error(`unknown package ${args[1]}`);
    process.stdout.write(`${JSON.stringify(Object.fromEntries(row.missing.map((k) => [k, row.en[k]])), null, 2)}\n`);
    process.exit(0);
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  console.log('package                 keys  Strapi id   ours  covered');
  for (const r of rows) {
    console.log(
      `${(r.name + (r.required ? ' *' : '')).padEnd(22)} ${String(r.total).padStart(5)}  ${String(r.strapi).padStart(9)}  ${String(r.ours).padStart(5)}  ${String(r.translated).padStart(5)} ${pct(r.translated, r.total).padStart(7)}`
    );
  }
  console.log('* screens a PPID officer uses: must be 100%');
  let bad = false;
  for (const r of rows) {
    if (r.unknown.length) console.log(`${r.name}: ${r.unknown.length} keys not in Strapi's en: ${r.unknown.slice(0, 5).join(', ')}`);
    if (r.mismatched.length) {
      bad = true;
      console.log(`${r.name}: placeholders differ in ${r.mismatched.join(', ')}`);
    }
    if (args.includes('--missing') && r.missing.length) {
      console.log(`\n${r.name}: ${r.missing.length} missing`);
      for (const k of r.missing) console.log(`  ${k}: ${r.en[k]}`);
    }
  }
  process.exit(bad ? 1 : 0);
}
