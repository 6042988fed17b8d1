/**
 * Walk-around attempts, tried as the people of the agency would: the drafter (the plugin's "Staf
 * PPID" role) doing her job, a member of another unit, the Kabid of another division, a reviewer
 * who edits what decides the path, a creator who reviews, one person at two stages, a super admin,
 * the person not named in the disposisi. Every refusal is a 4xx and leaves the item as it was.
 */
import { adminSession, boot, ok, type Booted } from '../helpers/strapi';
import { announcementData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { act, announcementChain, approveAnnouncement, assign, dispose, holders, instanceOf, itemUrl, logOf, person, proveAnnouncement, publishAnnouncement, type AnnouncementTeam, type Staff } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
const ANN = 'announcement';
const REASON = 'Alasan tertulis yang cukup jelas.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let root: Awaited<ReturnType<typeof adminSession>>;
let kepala: Staff, sekretaris: Staff, kabidIkp: Staff, kabidStat: Staff, dewi: Staff, eka: Staff, sari: Staff, ganda: Staff;
let team: AnnouncementTeam;
let serial = 0;

beforeAll(async () => {
  app = await boot('walk-around');
  units = await unitTree(app.strapi);
  root = await adminSession(app);
  const people = await holders(app, {
    ...announcementChain(units),
    kabidStat: ['Kabid Statistik', 'kabid', units.stat],
    eka: ['Eka', 'fungsional', units.ikp],
    sari: ['Sari', 'fungsional', units.stat],
  });
  ({ kepala, sekretaris, kabidIkp, kabidStat, dewi, eka, sari } = people);
  team = people;
  // Ganda holds no position until a test gives him two.
  ganda = await person(app, 'Ganda', ['ppid-staff']);
});
afterAll(async () => {
  await app?.stop();
});

/** An announcement of Bidang IKP drafted by `by` in the Content Manager. */
async function draft(by: Staff = dewi, over: Record<string, unknown> = {}) {
  serial += 1;
  const res = await by.as('post', `${CM}announcement`).send(
    announcementData({ title: `Pengumuman uji ${serial}`, slug: `uji-${serial}`, unit: { connect: [{ documentId: units.ikp.documentId }] }, ...over })
  );
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
}

/** Drafted by Dewi, disposed to her, sent to the Kabid: at review_kabid. */
async function inReview() {
  const doc = await draft();
  await ok(dispose(kabidIkp, doc, dewi));
  await ok(act(dewi, ANN, doc, 'drafting->review_kabid:forward'));
  return doc;
}

/** Disposed to Dewi, approved by the Kabid, the Sekretaris and the Kepala: at publishing. */
async function approved() {
  const doc = await draft();
  await approveAnnouncement(team, doc);
  return doc;
}

async function published() {
  const doc = await draft();
  await publishAnnouncement(app, team, doc);
  return doc;
}

/** The item's rows and log, to compare before and after a refused attempt. */
const snapshot = async (doc: string) => ({
  rows: await app.strapi.db.query('plugin::ppid.announcement').findMany({ where: { documentId: doc }, orderBy: [{ id: 'asc' }] }),
  instance: await instanceOf(app, ANN, doc),
  log: (await logOf(app, ANN, doc)).length,
});

describe(`the drafter can do her job; another unit cannot (${TEST_DB})`, () => {
  it('drafts, is named, edits, sends on, records proof and publishes, all in the admin', async () => {
    const doc = await draft();
    const list = await dewi.as('get', `${CM}announcement?page=1&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: any) => r.documentId)).toContain(doc);
    const picker = await dewi.as('get', '/content-manager/relations/plugin::ppid.announcement/unit?pageSize=50');
    expect(picker.body.results.map((u: any) => u.name).sort()).toEqual(['Bidang IKP', 'Seksi Publikasi']);

    await ok(dispose(kabidIkp, doc, dewi, '005/12/IKP/2026'));
    const inbox = await dewi.as('get', '/ppid/workflow/inbox');
    expect(inbox.body.data.map((t: any) => t.documentId)).toContain(doc);
    expect((await dewi.as('get', `${CM}announcement/${doc}`)).status).toBe(200);
    expect((await dewi.as('put', `${CM}announcement/${doc}`).send({ summary: 'Ringkasan yang ditulis penyusun.' })).status).toBe(200);
    await ok(act(dewi, ANN, doc, 'drafting->review_kabid:forward'));
    await ok(act(kabidIkp, ANN, doc, 'review_kabid->review_secretary:forward'));
    await ok(act(sekretaris, ANN, doc, 'review_secretary->approval_head:forward'));
    await ok(act(kepala, ANN, doc, 'approval_head->publishing:forward'));

    for (const channel of ['website', 'notice_board']) {
      const proof = await dewi.as('post', `${CM}publication-record`).send({
        announcement: { connect: [{ documentId: doc }] },
        channel,
        url: `https://kominfo.uji.go.id/bukti/${channel}`,
        channelPublishedAt: '2026-05-04T03:00:00.000Z',
      });
      expect(proof.status).toBe(201);
    }
    await ok(act(dewi, ANN, doc, 'publishing->published:publish'));
    expect((await app.http().get(`/api/ppid/announcements?pageSize=100`)).body.data.map((a: any) => a.title)).toContain(`Pengumuman uji ${serial}`);
  });

  it('a member of another unit neither reads, edits, proves nor creates there, and is told why', async () => {
    const doc = await approved();
    const before = await snapshot(doc);
    expect((await sari.as('get', `${CM}announcement/${doc}`)).status).toBe(403);
    const edit = await sari.as('put', `${CM}announcement/${doc}`).send({ summary: 'Diubah oleh unit lain.' });
    expect(edit.status).toBe(403);
    const proof = await sari.as('post', `${CM}publication-record`).send({
      announcement: { connect: [{ documentId: doc }] },
      channel: 'website',
      url: 'https://kominfo.uji.go.id/bukti-palsu',
      channelPublishedAt: '2026-05-04T03:00:00.000Z',
    });
    expect(proof.status).toBe(403);
    expect(proof.body.error.message).toBe('Anda tidak memegang jabatan di unit Bidang IKP (bidang-ikp): hanya pegawai yang menjabat di unit itu (atau di unit di atasnya) yang dapat mengubah isinya');
    const created = await sari.as('post', `${CM}announcement`).send(announcementData({ title: 'Titipan unit lain', unit: { connect: [{ documentId: units.ikp.documentId }] } }));
    expect(created.status).toBe(403);
    expect(await snapshot(doc)).toEqual(before);
    expect(await app.strapi.db.query('plugin::ppid.publication-record').count({ where: { url: 'https://kominfo.uji.go.id/bukti-palsu' } })).toBe(0);
  });
});

describe(`taking offline, deleting, discarding: through the engine only (${TEST_DB})`, () => {
  it('the Kabid of another division unpublishes, deletes and discards nothing; the Kepala takes it offline with a reason', async () => {
    const doc = await published();
    const before = await snapshot(doc);
    const attempts = [
      kabidStat.as('post', `${CM}announcement/${doc}/actions/unpublish`).send({}),
      kabidStat.as('delete', `${CM}announcement/${doc}`),
      kabidStat.as('post', `${CM}announcement/${doc}/actions/discard`).send({}),
      kabidStat.as('post', `${CM}announcement/actions/bulkUnpublish`).send({ documentIds: [doc] }),
      kabidStat.as('post', `${CM}announcement/actions/bulkDelete`).send({ documentIds: [doc] }),
      // ... nor the Kepala himself, through the Content Manager.
      kepala.as('post', `${CM}announcement/${doc}/actions/unpublish`).send({}),
      kepala.as('delete', `${CM}announcement/${doc}`),
      root.as('post', `${CM}announcement/${doc}/actions/unpublish`).send({}),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect(await snapshot(doc)).toEqual(before);

    const revision = before.instance.revision;
    const wrong = await kabidStat.as('post', `${itemUrl(ANN, doc)}/withdraw`).send({ revision, reason: REASON });
    expect(wrong.status).toBe(403);
    const noReason = await kepala.as('post', `${itemUrl(ANN, doc)}/withdraw`).send({ revision, reason: 'singkat' });
    expect(noReason.status).toBe(400);
    expect(await snapshot(doc)).toEqual(before);

    const off = await kepala.as('post', `${itemUrl(ANN, doc)}/withdraw`).send({ revision, reason: 'Data jadwal keliru, ditarik untuk diperbaiki.' });
    expect(off.status).toBe(200);
    expect(off.body.data.state).toMatchObject({ stage: 'disposition', status: 'active' });
    expect(await app.strapi.db.query('plugin::ppid.announcement').count({ where: { documentId: doc, publishedAt: { $notNull: true } } })).toBe(0);
    const last = (await logOf(app, ANN, doc)).at(-1);
    expect(last).toMatchObject({ action: 'withdraw', actorId: kepala.id, position: 'kepala', reason: 'Data jadwal keliru, ditarik untuk diperbaiki.' });
  });

  it('deleting an item is a recorded step that closes its workflow; a draft at its first stage may go from the Content Manager', async () => {
    const doc = await published();
    const { revision } = await instanceOf(app, ANN, doc);
    expect((await sekretaris.as('post', `${itemUrl(ANN, doc)}/delete`).send({ revision, reason: REASON })).status).toBe(200);
    expect(await app.strapi.db.query('plugin::ppid.announcement').count({ where: { documentId: doc } })).toBe(0);
    expect(await instanceOf(app, ANN, doc)).toMatchObject({ status: 'deleted' });
    expect((await logOf(app, ANN, doc)).at(-1)).toMatchObject({ action: 'delete', actorId: sekretaris.id, reason: REASON });

    const first = await draft();
    expect((await eka.as('delete', `${CM}announcement/${first}`)).status).toBe(403); // neither its drafter nor the Kabid
    expect((await dewi.as('delete', `${CM}announcement/${first}`)).status).toBe(200);
    expect(await instanceOf(app, ANN, first)).toMatchObject({ status: 'deleted' });
    expect((await logOf(app, ANN, first)).at(-1)).toMatchObject({ action: 'delete', actorId: dewi.id });

    const reviewing = await inReview();
    const before = await snapshot(reviewing);
    expect((await kabidIkp.as('delete', `${CM}announcement/${reviewing}`)).status).toBe(400);
    expect(await snapshot(reviewing)).toEqual(before);
  });

  it('discarding the approved changes at the publishing stage is refused, and the new version still publishes', async () => {
    const doc = await published();
    // A second round: the drafter edits the published item; it goes through review again.
    expect((await dewi.as('put', `${CM}announcement/${doc}`).send({ summary: 'Jadwal layanan diperbarui untuk bulan Desember.' })).status).toBe(200);
    await ok(dispose(kabidIkp, doc, dewi));
    await ok(act(dewi, ANN, doc, 'drafting->review_kabid:forward'));
    await ok(act(kabidIkp, ANN, doc, 'review_kabid->review_secretary:forward'));
    await ok(act(sekretaris, ANN, doc, 'review_secretary->approval_head:forward'));
    await ok(act(kepala, ANN, doc, 'approval_head->publishing:forward'));
    const before = await snapshot(doc);
    const discard = await dewi.as('post', `${CM}announcement/${doc}/actions/discard`).send({});
    expect(discard.status).toBe(400);
    expect(await snapshot(doc)).toEqual(before);
    expect((await act(dewi, ANN, doc, 'publishing->published:publish')).status).toBe(200);
    const live = await app.strapi.db.query('plugin::ppid.announcement').findOne({ where: { documentId: doc, publishedAt: { $notNull: true } } });
    expect(live.summary).toBe('Jadwal layanan diperbarui untuk bulan Desember.');
  });
});

describe(`what decides the path is fixed once review has started (${TEST_DB})`, () => {
  it('a change of unit during review sends the item back to its first stage, with a log row', async () => {
    const doc = await inReview();
    await ok(act(kabidIkp, ANN, doc, 'review_kabid->review_secretary:forward'));
    const moved = await sekretaris.as('put', `${CM}announcement/${doc}`).send({ unit: { connect: [{ documentId: units.stat.documentId }] } });
    expect(moved.status).toBe(200);
    const inst = await instanceOf(app, ANN, doc);
    expect(inst).toMatchObject({ stage: 'disposition', status: 'active', approvals: [], assigneeId: null });
    const last = (await logOf(app, ANN, doc)).at(-1);
    expect(last).toMatchObject({ action: 'reset', fromStage: 'review_secretary', toStage: 'disposition', actorId: sekretaris.id });
    expect(last.reason).toContain('unit');
    // The new unit's Kabid disposes it now; the old one cannot.
    expect((await dispose(kabidIkp, doc, dewi)).status).toBe(403);
    expect((await dispose(kabidStat, doc, sari)).status).toBe(200);
  });

  it('a reviewer who switches the class to serta merta cannot fast-publish it past the others', async () => {
    const doc = await inReview();
    const switched = await kabidIkp.as('put', `${CM}announcement/${doc}`).send({ infoClass: 'serta_merta' });
    expect(switched.status).toBe(200);
    expect(await instanceOf(app, ANN, doc)).toMatchObject({ stage: 'disposition' });
    expect((await logOf(app, ANN, doc)).at(-1)).toMatchObject({ action: 'reset' });
    const { revision } = await instanceOf(app, ANN, doc);
    const fast = await kabidIkp.as('post', `${itemUrl(ANN, doc)}/fast-publish`).send({ revision, reason: 'Peringatan dini harus segera diumumkan.' });
    expect(fast.status).toBe(403);
    expect(await app.strapi.db.query('plugin::ppid.announcement').count({ where: { documentId: doc, publishedAt: { $notNull: true } } })).toBe(0);
    // Another official (the Kepala) judges it cannot wait.
    expect((await kepala.as('post', `${itemUrl(ANN, doc)}/fast-publish`).send({ revision, reason: 'Peringatan dini harus segera diumumkan.' })).status).toBe(200);
  });
});

describe(`a second pair of eyes (${TEST_DB})`, () => {
  it('whoever created the item counts as its drafter, even the Kabid', async () => {
    const doc = await draft(kabidIkp);
    await ok(dispose(kabidIkp, doc, dewi));
    await ok(act(dewi, ANN, doc, 'drafting->review_kabid:forward'));
    const own = await act(kabidIkp, ANN, doc, 'review_kabid->review_secretary:forward');
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('You drafted this item');
  });

  it('nobody approves at two stages of one round, and super admins do not stand in for a holder', async () => {
    await assign(app, ganda, 'kabid', units.ikp.documentId, { holding: 'plh' });
    await assign(app, ganda, 'sekretaris', units.agency.documentId, { holding: 'plt' });
    const doc = await inReview();
    await ok(act(ganda, ANN, doc, 'review_kabid->review_secretary:forward'));
    const twice = await act(ganda, ANN, doc, 'review_secretary->approval_head:forward');
    expect(twice.status).toBe(403);
    expect(twice.body.error.message).toContain('already approved this item at stage "review_kabid"');
    const byRoot = await root.as('post', `${itemUrl(ANN, doc)}/transitions`).send({ transition: 'review_secretary->approval_head:forward', revision: (await instanceOf(app, ANN, doc)).revision });
    expect(byRoot.status).toBe(403);
    expect((await root.as('put', `${CM}announcement/${doc}`).send({ summary: 'Diubah oleh super admin.' })).status).toBe(403);
    expect((await act(sekretaris, ANN, doc, 'review_secretary->approval_head:forward')).status).toBe(200);
  });
});

describe(`disposisi (${TEST_DB})`, () => {
  it('only the person named drafts and publishes; the head of the unit may name another', async () => {
    const doc = await draft();
    await ok(dispose(kabidIkp, doc, dewi));
    expect((await eka.as('put', `${CM}announcement/${doc}`).send({ summary: 'Ditulis oleh yang tidak ditunjuk.' })).status).toBe(403);
    expect((await act(eka, ANN, doc, 'drafting->review_kabid:forward')).status).toBe(403);

    const { revision } = await instanceOf(app, ANN, doc);
    expect((await dewi.as('post', `${itemUrl(ANN, doc)}/assignee`).send({ revision, assignee: eka.id, agendaNumber: '006/IKP' })).status).toBe(403);
    expect((await kabidIkp.as('post', `${itemUrl(ANN, doc)}/assignee`).send({ revision, assignee: sari.id, agendaNumber: '006/IKP' })).status).toBe(400);
    const renamed = await kabidIkp.as('post', `${itemUrl(ANN, doc)}/assignee`).send({ revision, assignee: eka.id, agendaNumber: '006/IKP' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.state).toMatchObject({ assignee: { id: eka.id }, agendaNumber: '006/IKP' });
    expect((await logOf(app, ANN, doc)).at(-1)).toMatchObject({ action: 'assign', actorId: kabidIkp.id });

    expect((await act(dewi, ANN, doc, 'drafting->review_kabid:forward')).status).toBe(403);
    await ok(act(eka, ANN, doc, 'drafting->review_kabid:forward'));
    await ok(act(kabidIkp, ANN, doc, 'review_kabid->review_secretary:forward'));
    await ok(act(sekretaris, ANN, doc, 'review_secretary->approval_head:forward'));
    await ok(act(kepala, ANN, doc, 'approval_head->publishing:forward'));
    await proveAnnouncement(app, doc);
    // "Diteruskan ke Fungsional/Pelaksana untuk diumumkan": the one named, not any Fungsional.
    expect((await act(dewi, ANN, doc, 'publishing->published:publish')).status).toBe(403);
    expect((await act(eka, ANN, doc, 'publishing->published:publish')).status).toBe(200);
  });
});
