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

/**
 * Complete in Indonesian: the packages of every screen a PPID officer may meet (login, home, Content
 * Manager, Media Library, profile), and the settings of the others.
 */
const REQUIRED = PACKAGES.map((p) => p.name);

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

/**
 * The ICU arguments of a message, as a sorted list without repeats: `name` for `{name}`,
 * `count,plural:one|other` for a plural or select with its cases (arguments inside the cases count
 * too). A translation keeps them all, exactly. Throws on unbalanced braces.
 */
function placeholders(message) {
  const found = new Set();
  let i = 0;
  const word = () => {
    const m = /^\s*([^\s,{}]+)\s*/.exec(message.slice(i));
    if (!m) throw new Error(`bad ICU argument at ${i} in "${message}"`);
    i += m[0].length;
    return m[1];
  };
  // Text up to the `}` closing the current level (or the end at level 0).
  function text(level) {
    while (i < message.length) {
      const ch = message[i];
      if (ch === "'" && /['{}]/.test(message[i + 1] ?? '') ) {
        // Quoted literal: '' or '{...}'.
        const close = message.indexOf("'", i + 1);
        i = close < 0 ? message.length : close + 1;
      } else if (ch === '{') {
        i += 1;
        argument();
      } else if (ch === '}') {
        if (level === 0) throw new Error(`unbalanced } in "${message}"`);
        return;
      } else i += 1;
    }
    if (level > 0) throw new Error(`unbalanced { in "${message}"`);
  }
  function argument() {
    const name = word();
    if (message[i] === '}') {
      i += 1;
      found.add(name);
      return;
    }
    if (message[i] !== ',') throw new Error(`bad ICU argument "${name}" in "${message}"`);
    i += 1;
    const type = word();
    if (['plural', 'select', 'selectordinal'].includes(type)) {
      if (message[i] !== ',') throw new Error(`bad ${type} in "${message}"`);
      i += 1;
      const cases = [];
      for (;;) {
        const m = /^\s*/.exec(message.slice(i));
        i += m[0].length;
        if (message[i] === '}') break;
        const selector = word();
        if (selector.startsWith('offset:')) continue;
        cases.push(selector);
        if (message[i] !== '{') throw new Error(`bad case "${selector}" in "${message}"`);
        i += 1;
        text(1);
        i += 1; // the case's }
      }
      i += 1;
      found.add(`${name},${type}:${cases.join('|')}`);
      return;
    }
    // number, date, time with an optional style: skip to the closing brace.
    const close = message.indexOf('}', i);
    if (close < 0) throw new Error(`unbalanced { in "${message}"`);
    i = close + 1;
    found.add(`${name},${type}`);
  }
  text(0);
  return [...found].sort();
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
  console.log('* must be 100% (tests/unit/admin-translations.test.ts)');
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
