/**
 * Cross-field rules on the admin side, through the Content Manager routes the admin UI calls: a
 * bad write answers 400 with the problem named, and nothing is written.
 */
import { adminSession, boot, type Booted } from '../helpers/strapi';
import { announcementData, create, dipData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { assign, atSigning, person, signList } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
let app: Booted;
let admin: Awaited<ReturnType<typeof adminSession>>;
let units: Awaited<ReturnType<typeof unitTree>>;

beforeAll(async () => {
  app = await boot('content-rules');
  units = await unitTree(app.strapi);
  admin = await adminSession(app);
});
afterAll(async () => {
  await app?.stop();
});

const count = (name: string) => app.strapi.db.query(`plugin::ppid.${name}`).count();

describe(`content rules through the Content Manager (${TEST_DB})`, () => {
  it('needs proof (file or URL) on a publication record', async () => {
    const ann = await create(app.strapi, 'announcement', announcementData({ slug: 'bukti', unit: units.ikp.documentId }));
    const before = await count('publication-record');
    const bad = await admin.as('post', `${CM}publication-record`).send({
      announcement: { connect: [{ documentId: ann.documentId }] }, channel: 'website', channelPublishedAt: '2026-05-01T02:00:00.000Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ name: 'ValidationError', message: 'A publication record needs proof: an uploaded file, a URL, or both' });
    expect(await count('publication-record')).toBe(before);

    const good = await admin.as('post', `${CM}publication-record`).send({
      announcement: { connect: [{ documentId: ann.documentId }] }, channel: 'website', channelPublishedAt: '2026-05-01T02:00:00.000Z',
      url: 'https://kominfo.go.id/berita/bukti',
    });
    expect(good.status).toBe(201);
    expect(await count('publication-record')).toBe(before + 1);

    const cleared = await admin.as('put', `${CM}publication-record/${good.body.data.documentId}`).send({ url: '' });
    expect(cleared.status).toBe(400);
    const row = await app.strapi.db.query('plugin::ppid.publication-record').findOne({ where: { documentId: good.body.data.documentId } });
    expect(row.url).toBe('https://kominfo.go.id/berita/bukti');
  });

  it('records who recorded a proof as the user who saved it: naming someone else is refused, an edit keeps it', async () => {
    const ann = await create(app.strapi, 'announcement', announcementData({ slug: 'bukti-pencatat', unit: units.ikp.documentId }));
    const other = await app.strapi.db.query('admin::user').create({ data: { email: 'lain@example.go.id', firstname: 'Lain', lastname: 'Orang', isActive: true } });
    const body = { announcement: { connect: [{ documentId: ann.documentId }] }, channel: 'social_media', channelPublishedAt: '2026-05-02T02:00:00.000Z', url: 'https://instagram.com/p/bukti' };
    const records = () => app.strapi.db.query('plugin::ppid.publication-record').findMany({ where: { announcement: { documentId: ann.documentId } }, populate: { recordedBy: { select: ['id'] } } });

    const forged = await admin.as('post', `${CM}publication-record`).send({ ...body, recordedBy: { connect: [{ id: other.id }] } });
    expect(forged.status).toBe(400);
    expect(forged.body.error.details.errors).toEqual([expect.objectContaining({ path: ['recordedBy'], message: 'Pencatat bukti adalah pengguna yang menyimpannya dan tidak dapat dipilih' })]);
    expect(await records()).toEqual([]);

    const saved = await admin.as('post', `${CM}publication-record`).send(body);
    expect(saved.status).toBe(201);
    const [row] = await records();
    expect(row.recordedBy.id).toBe(admin.user.id);

    const moved = await admin.as('put', `${CM}publication-record/${saved.body.data.documentId}`).send({ recordedBy: { connect: [{ id: other.id }] } });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.errors[0].path).toEqual(['recordedBy']);
    const kept = await admin.as('put', `${CM}publication-record/${saved.body.data.documentId}`).send({ note: 'Diunggah ke akun resmi' });
    expect(kept.status).toBe(200);
    const [after] = await records();
    expect(after).toMatchObject({ note: 'Diunggah ke akun resmi', recordedBy: { id: admin.user.id } });
  });

  it('refuses an unknown channel or class (schema enumerations)', async () => {
    const res = await admin.as('post', `${CM}announcement`).send(announcementData({ slug: 'kelas-salah', infoClass: 'rahasia', unit: { connect: [{ documentId: units.ikp.documentId }] } }));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(JSON.stringify(res.body.error.details)).toContain('infoClass');
  });

  it('keeps the unit hierarchy a tree', async () => {
    const res = await admin.as('put', `${CM}unit/${units.agency.documentId}`).send({ parent: { connect: [{ documentId: units.seksi.documentId }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('A unit cannot be placed below itself or below one of its own sub-units');
    const self = await admin.as('put', `${CM}unit/${units.ikp.documentId}`).send({ parent: { connect: [{ documentId: units.ikp.documentId }] } });
    expect(self.status).toBe(400);
    const agency = await app.strapi.db.query('plugin::ppid.unit').findOne({ where: { documentId: units.agency.documentId }, populate: ['parent'] });
    expect(agency.parent).toBeNull();
    const move = await admin.as('put', `${CM}unit/${units.seksi.documentId}`).send({ parent: { connect: [{ documentId: units.stat.documentId }] } });
    expect(move.status).toBe(200);
  });

  it('refuses a position held for a negative period', async () => {
    const before = await count('position-assignment');
    const other = await adminSession(app, ['strapi-editor']);
    const res = await admin.as('post', `${CM}position-assignment`).send({
      user: { connect: [{ id: other.user.id }] }, position: 'kabid', unit: { connect: [{ documentId: units.ikp.documentId }] },
      holding: 'plt', startsOn: '2026-03-01', endsOn: '2026-02-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('The assignment cannot end before it starts');
    expect(await count('position-assignment')).toBe(before);
  });

  it('refuses an excluded DIP entry without its consequence test, and a second content plan for a quarter', async () => {
    const res = await admin.as('post', `${CM}dip-entry`).send(dipData({ number: 'DK-09', infoClass: 'dikecualikan', holderUnit: { connect: [{ documentId: units.ikp.documentId }] } }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Excluded information must link its consequence test (excluded-information record)');

    const plan = { title: 'Rencana konten Q2', year: 2026, quarter: 2, unit: { connect: [{ documentId: units.ikp.documentId }] } };
    expect((await admin.as('post', `${CM}content-plan`).send(plan)).status).toBe(201);
    const dup = await admin.as('post', `${CM}content-plan`).send(plan);
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toBe('This unit already has a content plan for Q2 2026');
    const otherQuarter = await admin.as('post', `${CM}content-plan`).send({ ...plan, quarter: 3 });
    expect(otherQuarter.status).toBe(201);
  });
});

describe(`DIP editions (${TEST_DB})`, () => {
  it('freezes a snapshot of the published register when enacted, then refuses every change', async () => {
    await create(app.strapi, 'dip-entry', dipData({ number: 'SS-02', holderUnit: units.ikp.documentId, year: 2026 }), true);
    await create(app.strapi, 'dip-entry', dipData({ number: 'B-01', infoClass: 'berkala', holderUnit: units.stat.documentId, year: 2026 }), true);
    await create(app.strapi, 'dip-entry', dipData({ number: 'SS-03', holderUnit: units.ikp.documentId, year: 2026 }), false); // draft
    await create(app.strapi, 'dip-entry', dipData({ number: 'SS-01', holderUnit: units.ikp.documentId, year: 2025 }), true); // other year

    const created = await admin.as('post', `${CM}dip-edition`).send({
      year: 2026, title: 'DIP Dinas Kominfo Uji 2026', agency: { connect: [{ documentId: units.agency.documentId }] },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;

    const forged = await admin.as('put', `${CM}dip-edition/${id}`).send({ snapshotHash: 'f'.repeat(64) });
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toBe('"snapshotHash" is computed when the edition is enacted and cannot be written');

    // The head of the agency signs; an editor's typed signer is refused, and nobody else may enact.
    const head = await person(app, 'Kepala');
    await assign(app, head, 'kepala', units.agency.documentId, { officialName: 'Dr. H. Kepala Uji, M.Si.', nip: '197001012000031001' });
    const typed = await admin.as('put', `${CM}dip-edition/${id}`).send({ signerName: 'Nama Ketikan Editor' });
    expect(typed.status).toBe(400);
    expect(typed.body.error.message).toBe('"signerName" is filled by the head\'s signature when the edition is enacted and cannot be written');

    // Enacting is the workflow's signing step, never a Content Manager edit.
    expect((await head.as('put', `${CM}dip-edition/${id}`).send({ state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10' })).status).toBe(400);
    await atSigning(app, 'dip-edition', id);
    const incomplete = await signList(head, app, 'dip-edition', id, {});
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['decreeNumber']);

    const decree = { decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10' };
    const notHead = await signList(admin as any, app, 'dip-edition', id, decree);
    expect(notHead.status).toBe(403);
    expect(notHead.body.error.message).toBe('Hanya Kepala (Atasan PPID) yang dapat menandatangani DIP');
    // A Plt appointed after the signing date did not hold the position then.
    const plt = await person(app, 'Plt Kepala');
    await assign(app, plt, 'kepala', units.agency.documentId, { holding: 'plt', startsOn: '2026-03-01' });
    expect((await signList(plt, app, 'dip-edition', id, decree)).status).toBe(403);
    expect((await app.strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId: id } })).state).toBe('draft');

    const enacted = await signList(head, app, 'dip-edition', id, decree);
    expect(enacted.status).toBe(200);
    const row = await app.strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId: id }, populate: { signedBy: { select: ['id'] } } });
    expect(row.state).toBe('enacted');
    expect(row).toMatchObject({ signerName: 'Dr. H. Kepala Uji, M.Si.', signerTitle: `Kepala ${units.agency.name}`, signerNip: '197001012000031001', signedBy: { id: head.id } });
    expect(row.entryCount).toBe(2);
    expect(row.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.snapshot.groups.map((g: any) => [g.class, g.entries.map((e: any) => e.number)])).toEqual([
      ['berkala', ['B-01']],
      ['setiap_saat', ['SS-02']],
    ]);
    expect(row.snapshot).toMatchObject({ year: 2026, decreeNumber: '045/DISKOMINFO/2026', signer: { name: 'Dr. H. Kepala Uji, M.Si.', title: `Kepala ${units.agency.name}` }, signedAt: '2026-01-10' });

    const edit = await admin.as('put', `${CM}dip-edition/${id}`).send({ title: 'Diubah' });
    expect(edit.status).toBe(400);
    expect(edit.body.error.message).toBe('This DIP edition is enacted and can no longer be changed');
    const del = await admin.as('delete', `${CM}dip-edition/${id}`);
    expect(del.status).toBe(400);
    const after = await app.strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId: id } });
    expect(after.title).toBe('DIP Dinas Kominfo Uji 2026');
    expect(after.snapshotHash).toBe(row.snapshotHash);

    // A later edition for the same year supersedes it; the superseded one stays frozen.
    const second = await admin.as('post', `${CM}dip-edition`).send({ year: 2026, title: 'DIP 2026 (perubahan)', agency: { connect: [{ documentId: units.agency.documentId }] } });
    await atSigning(app, 'dip-edition', second.body.data.documentId);
    const enacted2 = await signList(plt, app, 'dip-edition', second.body.data.documentId, { decreeNumber: '046/DISKOMINFO/2026', signedAt: '2026-06-10' });
    expect(enacted2.status).toBe(200);
    // Two holders on that date (the definitive head and the Plt): the one who signs is named.
    expect(await app.strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId: second.body.data.documentId } })).toMatchObject({
      signerName: 'Plt Kepala Uji', signerTitle: `Plt. Kepala ${units.agency.name}`, signerNip: null,
    });
    const old = await app.strapi.db.query('plugin::ppid.dip-edition').findOne({ where: { documentId: id } });
    expect(old.state).toBe('superseded');
    expect((await admin.as('put', `${CM}dip-edition/${id}`).send({ state: 'enacted' })).status).toBe(400);
  });

  it('refuses to create an edition that is already enacted', async () => {
    const res = await admin.as('post', `${CM}dip-edition`).send({
      year: 2027, title: 'Langsung ditetapkan', state: 'enacted', decreeNumber: '1', signedAt: '2027-01-01',
      agency: { connect: [{ documentId: units.agency.documentId }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Create the edition as a draft, then enact it');
  });
});
