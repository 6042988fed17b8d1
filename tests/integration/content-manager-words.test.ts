/**
 * The Content Manager in the domain's words (issue 12 point 2), through the admin's HTTP routes as a
 * drafter (Editor role, Fungsional of the unit): the plugin's list views show the columns an officer
 * needs with a sensible default sorting, relation pickers name their entries, fields carry help
 * texts; and the slug follows the title when the Content Manager's placeholder is left in place.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';
import { LAYOUTS } from '../../plugins/ppid/server/src/content-manager/layouts';
import { configureContentManager } from '../../plugins/ppid/server/src/content-manager/configure';

const CM = '/content-manager/collection-types/plugin::ppid.announcement';

describe('the Content Manager in the domain words', () => {
  let app: Booted;
  let drafter: Staff;
  let unit: string;

  beforeAll(async () => {
    app = await boot('cm-words');
    const units = await unitTree(app.strapi);
    unit = units.ikp.documentId;
    drafter = await person(app, 'Dewi');
    await assign(app, drafter, 'fungsional', unit);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows announcements by title, unit and class, newest change first', async () => {
    const res = await drafter.as('get', '/content-manager/content-types/plugin::ppid.announcement/configuration');
    expect(res.status).toBe(200);
    const { settings, layouts, metadatas } = res.body.data.contentType;
    expect(settings).toMatchObject({ mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
    expect(layouts.list).toEqual(['title', 'unit', 'infoClass']);
    expect(metadatas.unit.edit.mainField).toBe('name');
    expect(metadatas.drafter.edit.mainField).toBe('firstname');
    expect(metadatas.infoClass.edit.description).toMatch(/^Berkala: diumumkan secara rutin/);
    expect(metadatas.internalNote.edit.description).toBe('Hanya untuk petugas: tidak pernah ditampilkan kepada publik.');
  });

  it("gives every plugin type a list view made of its own fields, and keeps an admin's later change", async () => {
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const res = await drafter.as('get', `/content-manager/content-types/plugin::ppid.${name}/configuration`);
      expect([name, res.status]).toEqual([name, 200]);
      const attributes = Object.keys(app.strapi.contentTypes[`plugin::ppid.${name}`].attributes);
      const known = (f: string) => attributes.includes(f) || ['updatedAt', 'createdAt'].includes(f);
      expect([name, res.body.data.contentType.layouts.list]).toEqual([name, layout.list.filter(known)]);
      expect([name, layout.list.every(known), known(layout.sortBy), attributes.includes(layout.mainField)]).toEqual([name, true, true, true]);
    }
    // Applied once: a second bootstrap pass leaves a changed configuration alone.
    const service = app.strapi.plugin('content-manager').service('content-types');
    const ct = { uid: 'plugin::ppid.unit' };
    const current = await service.findConfiguration(ct);
    await service.updateConfiguration(ct, { ...current, settings: { ...current.settings, defaultSortBy: 'code' } });
    expect(await configureContentManager(app.strapi)).toEqual({ applied: [], kept: [] });
    expect((await service.findConfiguration(ct)).settings.defaultSortBy).toBe('code');
  });

  it("takes a new layout version only where the list view is still Strapi's default or the plugin's own, never over the agency's", async () => {
    const service = app.strapi.plugin('content-manager').service('content-types');
    const store = app.strapi.store({ type: 'plugin', name: 'ppid', key: 'content-manager-layouts' });
    const config = (name: string) => service.findConfiguration({ uid: `plugin::ppid.${name}` });
    const setList = async (name: string, list: string[], sortBy: string, sortOrder: string) => {
      const { uid: _uid, ...current } = await config(name);
      await service.updateConfiguration({ uid: `plugin::ppid.${name}` }, { ...current, settings: { ...current.settings, defaultSortBy: sortBy, defaultSortOrder: sortOrder }, layouts: { ...current.layouts, list } });
    };
    // As an install that got layout version 1: the announcements still show version 1's list (untouched),
    // the DIP entries Strapi's own default (set below), and the agency rearranged the content plans' list itself.
    await setList('announcement', ['title', 'unit', 'infoClass', 'informationDate', 'updatedAt'], 'updatedAt', 'DESC');
    await setList('content-plan', ['title', 'year', 'quarter', 'state', 'unit'], 'year', 'DESC');
    const versions = await store.get({});
    await store.set({ value: { ...(versions as object), announcement: 1, 'dip-entry': 0, 'content-plan': 1 } });
    // (dip-entry: Strapi's default list is its first four listable fields, sorted by its first text field.)
    const { strapiDefaultList } = await import('../../plugins/ppid/server/src/content-manager/layouts');
    const mapper = app.strapi.plugin('content-manager').service('data-mapper');
    const dipDefault = strapiDefaultList(mapper.toContentManagerModel(app.strapi.contentTypes['plugin::ppid.dip-entry']).attributes);
    await setList('dip-entry', dipDefault.list, dipDefault.sortBy, dipDefault.sortOrder);

    expect(await configureContentManager(app.strapi)).toEqual({ applied: ['announcement', 'dip-entry'], kept: ['content-plan'] });
    expect((await config('announcement')).layouts.list).toEqual(LAYOUTS.announcement.list);
    expect((await config('dip-entry')).layouts.list).toEqual(LAYOUTS['dip-entry'].list);
    expect((await config('dip-entry')).settings).toMatchObject({ defaultSortBy: 'number', defaultSortOrder: 'ASC' });
    const kept = await config('content-plan');
    expect([kept.layouts.list, kept.settings.defaultSortBy, kept.settings.defaultSortOrder]).toEqual([['title', 'year', 'quarter', 'state', 'unit'], 'year', 'DESC']);
    // Decided once per version: the next start neither rewrites nor asks again.
    expect(await configureContentManager(app.strapi)).toEqual({ applied: [], kept: [] });
  });

  it('derives the slug from the title when the placeholder is left, unique, and keeps a chosen one', async () => {
    const post = (body: Record<string, unknown>) => drafter.as('post', CM).send(announcementData({ unit, ...body }));
    const first = await post({ title: 'Jadwal Layanan Informasi: Libur Natal', slug: 'announcement' });
    expect(first.status).toBe(201);
    expect(first.body.data.slug).toBe('jadwal-layanan-informasi-libur-natal');
    const second = await post({ title: 'Jadwal Layanan Informasi: Libur Natal', slug: 'announcement-1' });
    expect(second.body.data.slug).toBe('jadwal-layanan-informasi-libur-natal-2');
    const chosen = await post({ title: 'Jadwal Layanan Informasi: Tahun Baru', slug: 'jadwal-tahun-baru' });
    expect(chosen.body.data.slug).toBe('jadwal-tahun-baru');
  });

  it('follows a later title while the stored slug is still a placeholder', async () => {
    // Created from code with the placeholder: derived at once.
    const fromCode = await create(app.strapi, 'announcement', announcementData({ title: 'Judul dari kode program', slug: 'announcement-9', unit }));
    expect(fromCode.slug).toBe('judul-dari-kode-program');
    // An entry of the drafter whose stored slug is still a placeholder (written before this rule).
    const created = await drafter.as('post', CM).send(announcementData({ unit, title: 'Judul sementara sekali', slug: 'jadwal-sementara' }));
    const doc = created.body.data;
    await app.strapi.db.query('plugin::ppid.announcement').update({ where: { documentId: doc.documentId }, data: { slug: 'announcement-9' } });
    // (At the disposisi the drafter may not edit: the update comes through the document service.)
    const updated = await app.strapi.documents('plugin::ppid.announcement').update({ documentId: doc.documentId, data: { title: 'Judul akhir pengumuman' } });
    expect(updated.slug).toBe('judul-akhir-pengumuman');
    // A chosen slug is not touched by a later title.
    const again = await app.strapi.documents('plugin::ppid.announcement').update({ documentId: doc.documentId, data: { title: 'Judul yang lain lagi' } });
    expect(again.slug).toBe('judul-akhir-pengumuman');
  });
});
