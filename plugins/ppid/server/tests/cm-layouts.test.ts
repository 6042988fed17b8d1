import { applyLayout, LAYOUTS, relationMainField } from '../src/content-manager/layouts';

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
