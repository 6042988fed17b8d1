/**
 * The admin in Indonesian: every English string of the Strapi packages a PPID officer meets has an
 * Indonesian one (Strapi's or ours), and every Indonesian string keeps the ICU arguments and rich-text
 * tags of its English source exactly (a lost `{count}` shows as a raw brace or an empty gap).
 */
import path from 'path';
import { DEFAULT_LANGUAGE, INDONESIAN, LANGUAGE_STORAGE_KEY, STRAPI_CODE, defaultLanguage, indonesian, prefixed } from '../../src/admin/translations';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const i18n = require(path.resolve(__dirname, '../../scripts/i18n-coverage.js'));
const rows: any[] = i18n.coverage();

describe('Indonesian coverage of Strapi admin strings', () => {
  it.each(i18n.REQUIRED as string[])('%s: every English key has an Indonesian string', (name) => {
    const row = rows.find((r) => r.name === name);
    expect(row.total).toBeGreaterThan(0);
    expect(row.missing).toEqual([]);
    expect(row.translated).toBe(row.total);
  });

  it('our files only hold keys of Strapi English files, as non-empty strings', () => {
    for (const row of rows) {
      expect({ name: row.name, unknown: row.unknown }).toEqual({ name: row.name, unknown: [] });
      for (const [key, value] of Object.entries(i18n.oursFor(row.name))) {
        expect({ key, ok: typeof value === 'string' && value.trim() !== '' }).toEqual({ key, ok: true });
      }
    }
  });

  it('every Indonesian string the admin shows keeps the placeholders and tags of its English source', () => {
    const differences: string[] = [];
    let checked = 0;
    for (const row of rows.filter((r) => r.required || i18n.oursFor(r.name))) {
      const pkg = i18n.PACKAGES.find((p: any) => p.name === row.name);
      const effective = { ...i18n.strapiFile(pkg, 'id'), ...i18n.oursFor(row.name) };
      const keys = row.required ? Object.keys(row.en) : Object.keys(i18n.oursFor(row.name));
      for (const key of keys.filter((k) => typeof effective[k] === 'string')) {
        checked += 1;
        const en = [...i18n.placeholders(row.en[key]), ...i18n.tags(row.en[key])].join(' ');
        const id = [...i18n.placeholders(effective[key]), ...i18n.tags(effective[key])].join(' ');
        if (en !== id) differences.push(`${row.name}:${key}: "${en}" vs "${id}"`);
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(differences).toEqual([]);
  });

  it('reads ICU arguments, plural cases and nested arguments', () => {
    expect(i18n.placeholders('Hapus {target}')).toEqual(['target']);
    expect(i18n.placeholders('{count, plural, one {# item {name}} other {# item}} dari {total, number}')).toEqual([
      'count,plural:one|other',
      'name',
      'total,number',
    ]);
    expect(i18n.placeholders("Ke '<'URL'>' {x}")).toEqual(['x']);
    expect(() => i18n.placeholders('{count, plural, one {# item}')).toThrow();
    expect(i18n.tags('<b>{n}</b> entri <light>x</light>')).toEqual(['</b>', '</light>', '<b>', '<light>']);
  });
});

describe('the merged admin messages', () => {
  it('prefix plugin keys as the admin looks them up', () => {
    const all = indonesian();
    expect(all['global.save']).toBe('Simpan');
    expect(all['content-manager.containers.List.statusFilter.draft']).toBe('Draf (belum pernah diterbitkan)');
    expect(all['upload.plugin.name']).toBe('Pustaka Media');
    expect(prefixed('upload', { a: 'b' })).toEqual({ 'upload.a': 'b' });
    expect(prefixed('', { a: 'b' })).toEqual({ a: 'b' });
    const total = Object.values(INDONESIAN).reduce((n, [, m]) => n + Object.keys(m).length, Object.keys(STRAPI_CODE).length);
    expect(Object.keys(all)).toHaveLength(total);
  });

  it('a browser that never chose a language gets Indonesian; a chosen one is kept', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    defaultLanguage(storage);
    expect(store.get(LANGUAGE_STORAGE_KEY)).toBe(DEFAULT_LANGUAGE);
    store.set(LANGUAGE_STORAGE_KEY, 'en');
    defaultLanguage(storage);
    expect(store.get(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});

describe("the plugin's content types in the Content Manager", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const contentTypes = require('../../plugins/ppid/server/src/content-types').default as Record<string, { schema: any }>;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const labels = require('../../plugins/ppid/admin/src/translations/content-types.id.json');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { contentTypeMessages } = require('../../plugins/ppid/admin/src/utils/contentTypeLabels');
  const visible = Object.entries(contentTypes).filter(([, { schema }]) => schema.pluginOptions?.['content-manager']?.visible !== false);

  it('every content type the Content Manager lists, and each of its fields, has an Indonesian name', () => {
    expect(visible.length).toBeGreaterThan(10);
    expect(Object.keys(labels).sort()).toEqual(visible.map(([name]) => name).sort());
    for (const [name, { schema }] of visible) {
      expect({ name, english: labels[name].displayName[0] }).toEqual({ name, english: schema.info.displayName });
      expect({ name, fields: Object.keys(labels[name].fields).sort() }).toEqual({ name, fields: Object.keys(schema.attributes).sort() });
    }
  });

  it('keys them as the Content Manager looks them up', () => {
    const messages = contentTypeMessages(labels);
    expect(messages.Announcement).toBe('Pengumuman');
    expect(messages['content-manager.content-types.plugin::ppid.announcement.title']).toBe('Judul');
  });

  it('names the timestamps an agency may add as list columns, for every type', () => {
    const messages = contentTypeMessages(labels);
    for (const name of Object.keys(labels)) {
      expect(messages[`content-manager.content-types.plugin::ppid.${name}.createdAt`]).toBe('Dibuat');
      expect(messages[`content-manager.content-types.plugin::ppid.${name}.updatedAt`]).toBe('Diperbarui');
      expect(messages[`content-manager.content-types.plugin::ppid.${name}.publishedAt`]).toBe('Diterbitkan');
    }
  });
});
