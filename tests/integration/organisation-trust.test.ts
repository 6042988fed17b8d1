/**
 * The organisation data the workflow trusts, and what members of staff see, tried as the people
 * who use the admin: a fungsional (Author, or the plugin's "Staf PPID" role), an Editor without the
 * organisation permission, the organisation manager. Refused means 4xx and nothing changed.
 */
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { assign, person, type Staff } from '../helpers/workflow';
import { TEST_DB } from '../helpers/db';

const CM = '/content-manager/collection-types/plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let dewi: Staff; // fungsional, Bidang IKP's section, Author role
let sari: Staff; // fungsional, Bidang Statistik, the plugin's staff role
let rudi: Staff; // Kabid Statistik, Editor role
let hana: Staff; // organisation manager
let lina: Staff; // second organisation manager

const count = (name: string) => app.strapi.db.query(`plugin::ppid.${name}`).count();

beforeAll(async () => {
  app = await boot('organisation-trust');
  units = await unitTree(app.strapi);
  dewi = await person(app, 'Dewi', ['strapi-author']);
  sari = await person(app, 'Sari', ['ppid-staff']);
  rudi = await person(app, 'Rudi', ['strapi-editor']);
  hana = await person(app, 'Hana', ['ppid-organisation']);
  lina = await person(app, 'Lina', ['ppid-organisation']);
  await assign(app, dewi, 'fungsional', units.seksi.documentId);
  await assign(app, sari, 'fungsional', units.stat.documentId);
  await assign(app, rudi, 'kabid', units.stat.documentId);
  await assign(app, hana, 'kabid', units.ikp.documentId);
});
afterAll(async () => {
  await app?.stop();
});

describe(`organisation data is governed (${TEST_DB})`, () => {
  it('an Author cannot make herself Sekretaris or Kepala through the Content Manager', async () => {
    const before = await count('position-assignment');
    for (const position of ['sekretaris', 'kepala']) {
      const res = await dewi.as('post', `${CM}position-assignment`).send({
        user: { connect: [{ id: dewi.id }] },
        position,
        unit: { connect: [{ documentId: units.agency.documentId }] },
        holding: 'plt',
        startsOn: '2026-01-01',
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('manage the organisation');
    }
    expect(await count('position-assignment')).toBe(before);
  });

  it('an Editor without the organisation permission changes no unit, nor deletes one (bulk included)', async () => {
    const before = await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { documentId: units.stat.documentId } });
    const put = await rudi.as('put', `${CM}unit/${units.stat.documentId}`).send({ name: 'Bidang Statistik Baru' });
    expect(put.status).toBe(403);
    const del = await rudi.as('delete', `${CM}unit/${units.stat.documentId}`);
    expect(del.status).toBe(403);
    const bulk = await rudi.as('post', `${CM}unit/actions/bulkDelete`).send({ documentIds: [units.stat.documentId] });
    expect(bulk.status).toBeGreaterThanOrEqual(400);
    expect(bulk.status).toBeLessThan(500);
    const after = await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { documentId: units.stat.documentId } });
    expect(after).toMatchObject({ name: before.name, updatedAt: before.updatedAt });
  });

  it('the organisation manager appoints others, logged with before and after; never himself', async () => {
    const before = await count('position-assignment');
    const own = await hana.as('post', `${CM}position-assignment`).send({
      user: { connect: [{ id: hana.id }] },
      position: 'sekretaris',
      unit: { connect: [{ documentId: units.agency.documentId }] },
      holding: 'definitive',
      startsOn: '2026-01-01',
    });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('Nobody grants');
    expect(await count('position-assignment')).toBe(before);

    const made = await hana.as('post', `${CM}position-assignment`).send({
      user: { connect: [{ id: dewi.id }] },
      position: 'operator',
      unit: { connect: [{ documentId: units.seksi.documentId }] },
      holding: 'definitive',
      startsOn: '2026-01-01',
    });
    expect(made.status).toBe(201);
    const documentId = made.body.data.documentId;
    const ended = await hana.as('put', `${CM}position-assignment/${documentId}`).send({ endsOn: '2026-06-30' });
    expect(ended.status).toBe(200);

    const log = await hana.as('get', `/ppid/organisation/changes?subjectType=position-assignment&documentId=${documentId}`);
    expect(log.status).toBe(200);
    expect(log.body.data).toHaveLength(2);
    const [update, creation] = log.body.data;
    expect(creation).toMatchObject({ action: 'create', actor: { id: hana.id }, before: null, after: { position: 'operator', unit: 'seksi-publikasi', user: { id: dewi.id } } });
    expect(update).toMatchObject({ action: 'update', before: { endsOn: null }, after: { endsOn: '2026-06-30' } });

    // His own assignment (made by the other manager) is not his to change.
    const hanaOwn = await app.strapi.db.query('plugin::ppid.position-assignment').findOne({ where: { user: { id: hana.id } } });
    const self = await hana.as('put', `${CM}position-assignment/${hanaOwn.documentId}`).send({ position: 'kepala' });
    expect(self.status).toBe(403);
    const other = await lina.as('put', `${CM}position-assignment/${hanaOwn.documentId}`).send({ note: 'SK diperbarui' });
    expect(other.status).toBe(200);
  });

  it('the change log is for managers only and append-only', async () => {
    expect((await dewi.as('get', '/ppid/organisation/changes')).status).toBe(403);
    expect((await hana.as('get', '/ppid/organisation/changes?pageSize=1000')).status).toBe(400);
    await expect(app.strapi.db.query('plugin::ppid.organisation-change').deleteMany({ where: {} })).rejects.toThrow('append-only');
  });
});

describe(`the Organisation page (${TEST_DB})`, () => {
  it('shows the unit tree, who holds which position since when, acting holders and stages nobody can act at', async () => {
    const lina2 = await assign(app, lina, 'operator', units.ikp.documentId, { holding: 'plh', startsOn: '2026-01-01', endsOn: '2099-12-31', nip: '198001012005011001' });
    const later = await assign(app, lina, 'fungsional', units.stat.documentId, { startsOn: '2099-01-01' });
    const res = await hana.as('get', '/ppid/organisation');
    expect(res.status).toBe(200);
    const { date, units: rows, uncovered } = res.body.data;
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.map((u: any) => [u.code, u.depth])).toEqual([
      ['kominfo-uji', 0],
      ['bidang-ikp', 1],
      ['seksi-publikasi', 2],
      ['bidang-statistik', 1],
    ]);
    const ikp = rows.find((u: any) => u.code === 'bidang-ikp');
    expect(ikp.holders.map((h: any) => [h.position, h.userId, h.userName, h.holding, h.acting])).toEqual([
      ['kabid', hana.id, 'Hana Uji', 'definitive', false],
      ['operator', lina.id, 'Lina Uji', 'plh', true],
    ]);
    expect(ikp.holders[1]).toMatchObject({ documentId: lina2.documentId, startsOn: '2026-01-01', endsOn: '2099-12-31', nip: '198001012005011001', endingSoon: false });
    const stat = rows.find((u: any) => u.code === 'bidang-statistik');
    expect(stat.upcoming.map((h: any) => [h.documentId, h.position])).toEqual([[later.documentId, 'fungsional']]);
    expect(stat.holders.map((h: any) => h.position)).toEqual(['kabid', 'fungsional']);
    // Nobody holds Kepala in this agency: the announcement workflow's head stage is uncovered.
    const head = uncovered.find((g: any) => g.contentType === 'announcement' && g.actor === 'kepala');
    expect(head).toBeDefined();
    expect(head.units.map((u: any) => u.code)).toContain('bidang-ikp');
    await app.strapi.db.query('plugin::ppid.position-assignment').deleteMany({ where: { documentId: { $in: [later.documentId, lina2.documentId] } } });
  });

  it('is for whoever may read the organisation, and takes no parameters', async () => {
    const refused = await dewi.as('get', '/ppid/organisation');
    expect(refused.status).toBe(403);
    const bad = await hana.as('get', '/ppid/organisation?unit=x');
    expect(bad.status).toBe(400);
    expect(bad.body.error.name).toBe('ValidationError');
  });
});

describe(`permissions follow positions in the Content Manager (${TEST_DB})`, () => {
  it('the plugin\'s staff role sees her unit\'s items only, and picks only her units, by name', async () => {
    const mine = await create(app.strapi, 'announcement', announcementData({ title: 'Rilis statistik bulanan', unit: units.stat.documentId }));
    const other = await create(app.strapi, 'announcement', announcementData({ title: 'Agenda bidang IKP', unit: units.ikp.documentId }));
    const list = await sari.as('get', `${CM}announcement?page=1&pageSize=50`);
    expect(list.status).toBe(200);
    const ids = list.body.results.map((r: any) => r.documentId);
    expect(ids).toContain(mine.documentId);
    expect(ids).not.toContain(other.documentId);

    expect((await sari.as('get', `${CM}announcement/${mine.documentId}`)).status).toBe(200);
    const hidden = await sari.as('get', `${CM}announcement/${other.documentId}`);
    expect(hidden.status).toBe(403);
    expect(hidden.body.error.message).toBe('Anda tidak memegang jabatan di unit Bidang IKP (bidang-ikp): item unit itu hanya untuk pegawai yang menjabat di sana (atau di unit di atasnya)');

    const picker = await sari.as('get', '/content-manager/relations/plugin::ppid.announcement/unit?pageSize=50');
    expect(picker.status).toBe(200);
    expect(picker.body.results.map((u: any) => u.name)).toEqual(['Bidang Statistik']);
  });
});
