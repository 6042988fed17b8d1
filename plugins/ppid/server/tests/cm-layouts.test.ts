import { applyLayout, EARLIER_LISTS, isUntouched, LAYOUTS, listViewOf, relationMainField, strapiDefaultList } from '../src/content-manager/layouts';
import contentTypes from '../src/content-types';
import { HELP_TEXTS } from '../../shared/help-texts';
import { WORKFLOW_SUBJECTS } from '../../shared/lists';

const attributes = {
  title: { type: 'string' },
  unit: { type: 'relation', relation: 'manyToOne', target: 'plugin::ppid.unit' },
  drafter: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
  infoClass: { type: 'enumeration' },
  internalNote: { type: 'text' },
  slug: { type: 'uid' },
};

describe('the Content Manager layouts', () => {
  it('name relations by their target: units by name, people by first name, our types by their main field', () => {
    expect(relationMainField('plugin::ppid.unit')).toBe('name');
    expect(relationMainField('admin::user')).toBe('firstname');
    expect(relationMainField('plugin::ppid.announcement')).toBe('title');
    expect(relationMainField('plugin::upload.file')).toBeNull();
  });

  it('sets main field, default sorting, list columns, relation names and help texts, keeping the rest', () => {
    const stored = {
      settings: { bulkable: true, pageSize: 10, mainField: 'id', defaultSortBy: 'id', defaultSortOrder: 'ASC' },
      metadatas: { title: { edit: { label: 'title', visible: true }, list: { label: 'title', sortable: true } }, unit: { edit: { label: 'unit', mainField: 'id' }, list: { label: 'unit' } } },
      layouts: { list: ['id', 'title', 'slug'], edit: [[{ name: 'title', size: 6 }]] },
    };
    const out = applyLayout(stored, { ...LAYOUTS.announcement, list: ['title', 'unit', 'nope', 'updatedAt'] }, attributes);
    expect(out.settings).toEqual({ bulkable: true, pageSize: 10, mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
    expect(out.layouts).toEqual({ list: ['title', 'unit', 'updatedAt'], edit: [[{ name: 'title', size: 6 }]] });
    expect(out.metadatas!.unit).toEqual({ edit: { label: 'unit', mainField: 'name', description: LAYOUTS.announcement.help!.unit }, list: { label: 'unit', mainField: 'name' } });
    expect(out.metadatas!.drafter.edit).toEqual({ mainField: 'firstname' });
    expect(out.metadatas!.title).toEqual(stored.metadatas.title);
    expect(out.metadatas!.internalNote.edit!.description).toMatch(/tidak pernah ditampilkan kepada publik/);
    expect(stored.settings.mainField).toBe('id');
  });

  it('lists, for every type, only columns and sort fields that are its fields or timestamps', () => {
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      expect([name, layout.list.length > 0 && layout.list.length <= 6]).toEqual([name, true]);
      expect([name, layout.list.includes(layout.mainField) || layout.mainField === 'url' || layout.mainField === 'officialName']).toEqual([name, true]);
    }
  });
});

describe('an agency\'s own list view is never overwritten', () => {
  // The Content Manager's model of an announcement (data-mapper: id first, documentId last).
  const cmAttributes = {
    id: { type: 'integer' },
    title: { type: 'string' },
    slug: { type: 'uid' },
    summary: { type: 'text' },
    body: { type: 'richtext' },
    infoClass: { type: 'enumeration' },
    unit: { type: 'relation', relationType: 'manyToOne' },
    createdAt: { type: 'datetime' },
    documentId: { type: 'string' },
  };
  const STRAPI_DEFAULT = { list: ['id', 'title', 'slug', 'summary'], sortBy: 'title', sortOrder: 'ASC' };
  const view = (l: { list: string[]; sortBy: string; sortOrder: string }) => ({ list: l.list, sortBy: l.sortBy, sortOrder: l.sortOrder });

  it('knows the list view the Content Manager creates: four listable fields, sorted by the first text field', () => {
    expect(strapiDefaultList(cmAttributes)).toEqual(STRAPI_DEFAULT);
    // Rich text and morph relations are skipped as the Content Manager skips them; without a text
    // field of its own the first string is the Content Manager's documentId.
    expect(strapiDefaultList({ id: { type: 'integer' }, body: { type: 'richtext' }, parts: { type: 'relation', relationType: 'morphToMany' }, year: { type: 'integer' }, documentId: { type: 'string' } })).toEqual({ list: ['id', 'year'], sortBy: 'documentId', sortOrder: 'ASC' });
  });

  it('rewrites Strapi\'s default, its own current layout and an earlier version\'s one', () => {
    expect(isUntouched(STRAPI_DEFAULT, STRAPI_DEFAULT, 'announcement')).toBe(true);
    expect(isUntouched(view(LAYOUTS.announcement), STRAPI_DEFAULT, 'announcement')).toBe(true);
    expect(isUntouched(EARLIER_LISTS.announcement[0], STRAPI_DEFAULT, 'announcement')).toBe(true);
  });

  it('keeps columns or sorting an agency chose', () => {
    expect(isUntouched({ ...STRAPI_DEFAULT, list: ['title', 'infoClass'] }, STRAPI_DEFAULT, 'announcement')).toBe(false);
    expect(isUntouched({ ...view(LAYOUTS.announcement), sortOrder: 'ASC' }, STRAPI_DEFAULT, 'announcement')).toBe(false);
    expect(isUntouched({ ...EARLIER_LISTS.announcement[0], list: [...EARLIER_LISTS.announcement[0].list].reverse() }, STRAPI_DEFAULT, 'announcement')).toBe(false);
    // Another type's layout is not "ours" for this one.
    expect(isUntouched(view(LAYOUTS['dip-entry']), STRAPI_DEFAULT, 'announcement')).toBe(false);
  });

  it('reads a stored configuration\'s list view', () => {
    expect(listViewOf({ settings: { defaultSortBy: 'year', defaultSortOrder: 'DESC' }, layouts: { list: ['year'] } })).toEqual({ list: ['year'], sortBy: 'year', sortOrder: 'DESC' });
    expect(listViewOf({})).toEqual({ list: [], sortBy: '', sortOrder: '' });
  });

  it('gives the types a workflow carries at most four columns of their own (stage, due and status come on top)', () => {
    for (const name of WORKFLOW_SUBJECTS) if (LAYOUTS[name]) expect([name, LAYOUTS[name].list.length <= 4]).toEqual([name, true]);
  });
});

describe('what the admin reads of the layouts (issue 12 point 2)', () => {
  const schemas = Object.values(contentTypes as Record<string, { schema: any }>).map((c) => c.schema);

  it('stores, as each field\'s description, the Indonesian help text the admin translates, for fields that exist', () => {
    for (const [type, fields] of Object.entries(HELP_TEXTS)) {
      expect([type, LAYOUTS[type]?.help]).toEqual([type, Object.fromEntries(Object.entries(fields).map(([f, t]) => [f, t.id]))]);
      const schema = schemas.find((s) => s.info.singularName === type);
      for (const field of Object.keys(fields)) expect([type, field, field in schema.attributes]).toEqual([type, field, true]);
    }
    // Every help text of a layout comes from the shared texts (so the admin can show it in English).
    for (const [type, layout] of Object.entries(LAYOUTS)) if (layout.help) expect(Object.keys(HELP_TEXTS)).toContain(type);
  });

  it('marks each type in its plugin options, the types a workflow carries as such', () => {
    for (const schema of schemas) {
      const name = schema.info.singularName;
      const expected = (WORKFLOW_SUBJECTS as readonly string[]).includes(name) ? { type: name, workflow: true } : { type: name };
      expect([name, schema.pluginOptions.ppid]).toEqual([name, expected]);
    }
  });
});
