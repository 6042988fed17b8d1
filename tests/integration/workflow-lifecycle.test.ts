/**
 * The review workflow as the people of SOP 190/2024 live it, through the real admin routes and
 * the Content Manager: disposition, drafting, review by the Kabid, the Sekretaris and the Kepala
 * Dinas, returns with reasons, publication with proof, the serta merta fast path, the race of two
 * reviewers, and every way around the publish gate that a user or a plugin might try.
 */
import { boot, adminSession, type Booted } from '../helpers/strapi';
import { announcementData, create, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { act, assign, dispose, instanceOf, itemUrl, logOf, look, person, proveAnnouncement, type Staff } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
const ANN = 'announcement';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let root: Awaited<ReturnType<typeof adminSession>>;
let kabid: Staff, dewi: Staff, budi: Staff, sekretaris: Staff, kepala: Staff, outsider: Staff, pltKabid: Staff;

beforeAll(async () => {
  app = await boot('workflow-lifecycle');
  units = await unitTree(app.strapi);
  root = await adminSession(app);
  [kabid, dewi, budi, sekretaris, kepala, outsider, pltKabid] = await Promise.all(
    ['Kabid', 'Dewi', 'Budi', 'Sekretaris', 'Kepala', 'Luar', 'Plt'].map((n) => person(app, n))
  );
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  await assign(app, dewi, 'fungsional', units.ikp.documentId);
  await assign(app, budi, 'fungsional', units.ikp.documentId);
  await assign(app, sekretaris, 'sekretaris', units.agency.documentId);
  await assign(app, kepala, 'kepala', units.agency.documentId);
  await assign(app, outsider, 'kabid', units.stat.documentId);
});
afterAll(async () => {
  await app?.stop();
});

async function draftAnnouncement(by: Staff, over: Record<string, unknown> = {}) {
  const res = await by.as('post', `${CM}announcement`).send(announcementData({ unit: { connect: [{ documentId: units.ikp.documentId }] }, ...over }));
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId as string;
}

const publicSlug = (slug: string) => app.http().get(`/api/ppid/announcements/${slug}`);

describe(`SOP 190/2024 announcement lifecycle (${TEST_DB})`, () => {
  let doc: string;

  it('starts every new item at the disposition stage, with a due time and a log row', async () => {
    doc = await draftAnnouncement(dewi, { title: 'Jadwal layanan informasi publik', slug: 'jadwal-layanan' });
    const view = await look(kabid, ANN, doc);
    expect(view.workflow).toMatchObject({ key: 'pengumuman-diskominfo-kalbar', version: 2, sop: { number: '190/SOP/DISKOMINFO.IP/2024' } });
    expect(view.state).toMatchObject({ stage: 'disposition', kind: 'work', actor: 'kabid', revision: 1, status: 'active', sertaMerta: null });
    expect(view.state.dueAt).not.toBeNull();
    expect(view.actors).toEqual([{ id: kabid.id, name: 'Kabid Uji', position: 'kabid', holding: 'definitive' }]);
    expect(view.transitions.map((t: any) => [t.key, t.allowed])).toEqual([
      ['disposition->drafting:forward', true],
      ['disposition->cancelled:cancel', true],
    ]);
    const asDrafter = await look(dewi, ANN, doc);
    expect(asDrafter.transitions.every((t: any) => t.allowed === false)).toBe(true);
    expect(asDrafter.transitions[0].reason).toBe('Only the holder of position "kabid" for this item\'s unit may act at stage "disposition"');
    const log = await logOf(app, ANN, doc);
    expect(log.map((r: any) => [r.action, r.fromStage, r.toStage, r.holding])).toEqual([['start', null, 'disposition', 'system']]);
  });

  it('lets only the position holder of the stage act: the Kabid of another division gets 403', async () => {
    const wrong = await act(outsider, ANN, doc, 'disposition->drafting:forward');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ name: 'ForbiddenError', message: 'Only the holder of position "kabid" for this item\'s unit may act at stage "disposition"' });
    const skip = await act(kabid, ANN, doc, 'approval_head->publishing:forward');
    expect(skip.status).toBe(400);
    expect(skip.body.error.message).toBe('"approval_head->publishing:forward" does not leave the current stage "disposition": nobody skips a stage');
    const ok = await dispose(kabid, doc, dewi);
    expect(ok.status).toBe(200);
    expect(ok.body.data.state).toMatchObject({ stage: 'drafting', revision: 2, actor: 'fungsional' });
    expect((await logOf(app, ANN, doc)).length).toBe(2);
  });

  it('while in review only the stage\'s actors edit the item; the drafter is recorded', async () => {
    const byKabid = await kabid.as('put', `${CM}announcement/${doc}`).send({ summary: 'Ringkasan yang diubah oleh Kabid.' });
    expect(byKabid.status).toBe(403);
    expect(byKabid.body.error.message).toBe('Item ini sedang pada tahap "Penyusunan konsep": saat ini hanya pemegang jabatan "fungsional" untuk unit Bidang IKP (bidang-ikp) yang dapat mengubahnya');
    // Budi is a Fungsional of the division too, but the disposition named Dewi.
    const byBudi = await budi.as('put', `${CM}announcement/${doc}`).send({ summary: 'Ringkasan yang diubah oleh Budi.' });
    expect(byBudi.status).toBe(403);
    expect(byBudi.body.error.message).toBe('Pada tahap "Penyusunan konsep" hanya pegawai yang ditunjuk dalam disposisi yang mengerjakan item ini');
    const byDewi = await dewi.as('put', `${CM}announcement/${doc}`).send({ summary: 'Ringkasan jadwal layanan informasi publik.' });
    expect(byDewi.status).toBe(200);
    expect((await instanceOf(app, ANN, doc)).drafters).toEqual([dewi.id]);
    const sent = await act(dewi, ANN, doc, 'drafting->review_kabid:forward');
    expect(sent.status).toBe(200);
    expect(sent.body.data.state.stage).toBe('review_kabid');
  });

  it('never lets the drafter approve their own item, even when acting as Kabid (Plh)', async () => {
    const plh = await assign(app, dewi, 'kabid', units.ikp.documentId, { holding: 'plh', startsOn: '2026-01-01' });
    const own = await act(dewi, ANN, doc, 'review_kabid->review_secretary:forward');
    expect(own.status).toBe(403);
    expect(own.body.error.message).toBe('You drafted this item: a drafter never approves their own item (stage "review_kabid")');
    expect((await instanceOf(app, ANN, doc)).stage).toBe('review_kabid');
    // The Plh period is over: Dewi is a Fungsional again for the rest of the suite.
    await app.strapi.documents('plugin::ppid.position-assignment').delete({ documentId: plh.documentId });
  });

  it('needs a reason to return; the Kabid returns to the drafter, the Sekretaris to the Kabid', async () => {
    const bare = await act(kabid, ANN, doc, 'review_kabid->drafting:return');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toBe('"Return to the drafter" needs a written reason of at least 10 characters');
    const short = await act(kabid, ANN, doc, 'review_kabid->drafting:return', 'kurang');
    expect(short.status).toBe(400);
    const back = await act(kabid, ANN, doc, 'review_kabid->drafting:return', 'Lengkapi jam layanan hari Jumat.');
    expect(back.status).toBe(200);
    expect(back.body.data.state.stage).toBe('drafting');
    expect((await act(dewi, ANN, doc, 'drafting->review_kabid:forward')).status).toBe(200);
    expect((await act(kabid, ANN, doc, 'review_kabid->review_secretary:forward')).status).toBe(200);
    const toKabid = await act(sekretaris, ANN, doc, 'review_secretary->review_kabid:return', 'Periksa kembali dasar hukumnya.');
    expect(toKabid.status).toBe(200);
    expect(toKabid.body.data.state.stage).toBe('review_kabid');
    const history = await kabid.as('get', `${itemUrl(ANN, doc)}/history`);
    const returns = history.body.data.filter((r: any) => r.action === 'return');
    expect(returns.map((r: any) => [r.from, r.to, r.position, r.reason])).toEqual([
      ['review_kabid', 'drafting', 'kabid', 'Lengkapi jam layanan hari Jumat.'],
      ['review_secretary', 'review_kabid', 'sekretaris', 'Periksa kembali dasar hukumnya.'],
    ]);
  });

  it('goes up to the Kepala Dinas, then freezes the approved content', async () => {
    expect((await act(kabid, ANN, doc, 'review_kabid->review_secretary:forward')).status).toBe(200);
    expect((await act(sekretaris, ANN, doc, 'review_secretary->approval_head:forward')).status).toBe(200);
    const approved = await act(kepala, ANN, doc, 'approval_head->publishing:forward');
    expect(approved.status).toBe(200);
    expect(approved.body.data.state).toMatchObject({ stage: 'publishing', kind: 'publishing', actor: 'fungsional' });
    const edit = await dewi.as('put', `${CM}announcement/${doc}`).send({ title: 'Judul diganti setelah disetujui' });
    expect(edit.status).toBe(403);
    const row = await app.strapi.db.query(`plugin::ppid.announcement`).findOne({ where: { documentId: doc, publishedAt: null } });
    expect(row.title).toBe('Jadwal layanan informasi publik');
  });

  it('refuses every publish path that is not the workflow\'s publish step', async () => {
    const cm = await root.as('post', `${CM}announcement/${doc}/actions/publish`).send({});
    expect(cm.status).toBe(400);
    expect(cm.body.error.message).toBe('Publishing goes through the review workflow: this item is at stage "publishing"; take the workflow\'s publish step');
    const bulk = await root.as('post', `${CM}announcement/actions/bulkPublish`).send({ documentIds: [doc] });
    expect(bulk.status).toBe(400);
    await expect(app.strapi.documents('plugin::ppid.announcement').publish({ documentId: doc })).rejects.toThrow(/review workflow/);
    await expect(app.strapi.documents('plugin::ppid.announcement').update({ documentId: doc, data: { title: 'Lewat kode' }, status: 'published' })).rejects.toThrow(/review workflow/);
    await expect(
      app.strapi.documents('plugin::ppid.announcement').create({ data: announcementData({ slug: 'langsung-terbit', unit: units.ikp.documentId }), status: 'published' })
    ).rejects.toThrow(/review workflow/);
    // Workflow state is not a content field: the engine's records refuse document writes.
    await expect(app.strapi.documents('plugin::ppid.workflow-instance').update({ documentId: (await instanceOf(app, ANN, doc)).documentId, data: { stage: 'published' } })).rejects.toThrow(/only through workflow transitions/);
    expect((await publicSlug('jadwal-layanan')).status).toBe(404);
    expect(await app.strapi.db.query('plugin::ppid.announcement').count({ where: { documentId: doc, publishedAt: { $notNull: true } } })).toBe(0);
  });

  it('publishes only with proof online and offline, then serves it publicly', async () => {
    const bare = await act(dewi, ANN, doc, 'publishing->published:publish');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toBe(
      'Publishing needs proof of publication: at least 1 online and 1 offline record(s) with a URL or file; this item has 0 online and 0 offline'
    );
    await proveAnnouncement(app, doc, ['website']);
    expect((await act(dewi, ANN, doc, 'publishing->published:publish')).body.error.message).toMatch(/this item has 1 online and 0 offline/);
    await proveAnnouncement(app, doc, ['notice_board']);
    const done = await act(dewi, ANN, doc, 'publishing->published:publish');
    expect(done.status).toBe(200);
    expect(done.body.data.state).toMatchObject({ stage: 'published', status: 'published' });
    expect(done.body.data.transitions).toEqual([]);
    const pub = await publicSlug('jadwal-layanan');
    expect(pub.status).toBe(200);
    expect(pub.body.data.summary).toBe('Ringkasan jadwal layanan informasi publik.');
  });

  it('keeps a complete, ordered log: who, as what, when, why, and the approved content hash', async () => {
    const res = await root.as('get', `${itemUrl(ANN, doc)}/history`);
    expect(res.status).toBe(200);
    const rows = res.body.data;
    expect(rows.map((r: any) => `${r.action}:${r.from ?? '-'}>${r.to}:${r.position ?? '-'}`)).toEqual([
      'start:->disposition:-',
      'forward:disposition>drafting:kabid',
      'forward:drafting>review_kabid:fungsional',
      'return:review_kabid>drafting:kabid',
      'forward:drafting>review_kabid:fungsional',
      'forward:review_kabid>review_secretary:kabid',
      'return:review_secretary>review_kabid:sekretaris',
      'forward:review_kabid>review_secretary:kabid',
      'forward:review_secretary>approval_head:sekretaris',
      'forward:approval_head>publishing:kepala',
      'publish:publishing>published:fungsional',
    ]);
    const last = rows[rows.length - 1];
    expect(last).toMatchObject({ actor: { id: dewi.id, name: 'Dewi Uji' }, holding: 'definitive', unit: { code: 'bidang-ikp', name: 'Bidang IKP' }, workflow: { key: 'pengumuman-diskominfo-kalbar', version: 2 } });
    expect(last.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[9].contentHash).toBe(last.contentHash); // what the Kepala approved is what went out
    for (const r of rows.slice(1)) {
      expect(typeof r.elapsedWorkingMinutes).toBe('number');
      expect(r.enteredAt <= r.leftAt).toBe(true);
    }
    expect(rows.map((r: any) => r.revision)).toEqual(rows.map((_: any, i: number) => i + 1));
  });

  it('never updates or deletes a log row, and has no route that would', async () => {
    const log = app.strapi.db.query('plugin::ppid.workflow-transition');
    const [first] = await logOf(app, ANN, doc);
    await expect(log.update({ where: { id: first.id }, data: { reason: 'ditulis ulang' } })).rejects.toThrow(/append-only/);
    await expect(log.delete({ where: { id: first.id } })).rejects.toThrow(/append-only/);
    await expect(log.deleteMany({ where: { id: first.id } })).rejects.toThrow(/append-only/);
    for (const [method, url] of [
      ['put', `${itemUrl(ANN, doc)}/history`],
      ['delete', `${itemUrl(ANN, doc)}/history`],
      ['put', `${CM}workflow-transition/${first.documentId}`],
      ['delete', `${CM}workflow-transition/${first.documentId}`],
    ] as const) {
      const res = await root.as(method, url).send({ reason: 'x' });
      expect([403, 404, 405]).toContain(res.status);
    }
    expect((await logOf(app, ANN, doc))[0]).toEqual(first);
  });

  it('starts a new round when a published item is edited', async () => {
    const edit = await budi.as('put', `${CM}announcement/${doc}`).send({ summary: 'Jadwal layanan diperbarui untuk bulan puasa.' });
    expect(edit.status).toBe(200);
    const view = await look(kabid, ANN, doc);
    expect(view.state).toMatchObject({ stage: 'disposition', status: 'active' });
    const log = await logOf(app, ANN, doc);
    expect(log[log.length - 1]).toMatchObject({ action: 'reopen', fromStage: 'published', toStage: 'disposition', actorId: budi.id });
    // The published version stays online until the new round publishes.
    expect((await publicSlug('jadwal-layanan')).body.data.summary).toBe('Ringkasan jadwal layanan informasi publik.');
  });
});

describe(`serta merta fast path (${TEST_DB})`, () => {
  it('publishes at once with a reason, flags the item, and needs another official afterwards', async () => {
    const doc = await draftAnnouncement(dewi, { title: 'Peringatan dini banjir Kapuas', slug: 'banjir-kapuas', infoClass: 'serta_merta' });
    const noReason = await kabid.as('post', `${itemUrl(ANN, doc)}/fast-publish`).send({ revision: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe('Publishing at once needs a written reason of at least 10 characters');
    const notAllowed = await dewi.as('post', `${itemUrl(ANN, doc)}/fast-publish`).send({ revision: 1, reason: 'Banjir sudah masuk permukiman warga.' });
    expect(notAllowed.status).toBe(403);
    expect(notAllowed.body.error.message).toBe('Only "kepala" or "sekretaris" or "kabid" may publish serta merta information at once');

    const fast = await kabid.as('post', `${itemUrl(ANN, doc)}/fast-publish`).send({ revision: 1, reason: 'Banjir sudah masuk permukiman warga.' });
    expect(fast.status).toBe(200);
    expect(fast.body.data.state).toMatchObject({ stage: 'published', status: 'published' });
    expect(fast.body.data.state.sertaMerta).toMatchObject({ status: 'pending', publishedBy: { id: kabid.id }, reason: 'Banjir sudah masuk permukiman warga.', overdue: false });
    expect((await publicSlug('banjir-kapuas')).status).toBe(200);

    const inbox = await sekretaris.as('get', '/ppid/workflow/inbox');
    expect(inbox.body.data.filter((t: any) => t.documentId === doc)).toEqual([expect.objectContaining({ task: 'retro_approval', type: ANN, title: 'Peringatan dini banjir Kapuas' })]);

    const self = await kabid.as('post', `${itemUrl(ANN, doc)}/retro-approve`).send({ revision: 2 });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe('You published this item at once: a different official must approve it afterwards');
    const drafter = await dewi.as('post', `${itemUrl(ANN, doc)}/retro-approve`).send({ revision: 2 });
    expect(drafter.status).toBe(403);
    const ok = await sekretaris.as('post', `${itemUrl(ANN, doc)}/retro-approve`).send({ revision: 2, note: 'Sesuai laporan BPBD.' });
    expect(ok.status).toBe(200);
    expect(ok.body.data.state.sertaMerta).toMatchObject({ status: 'approved', approvedBy: { id: sekretaris.id } });
    const again = await kepala.as('post', `${itemUrl(ANN, doc)}/retro-approve`).send({ revision: 3 });
    expect(again.status).toBe(400);
    const log = await logOf(app, ANN, doc);
    expect(log.map((r: any) => [r.action, r.position])).toEqual([['start', null], ['fast_publish', 'kabid'], ['retro_approve', 'sekretaris']]);
  });

  it('keeps the fast path for serta merta information only', async () => {
    const doc = await draftAnnouncement(dewi, { title: 'Laporan keuangan semester', slug: 'laporan-semester', infoClass: 'berkala' });
    const res = await kabid.as('post', `${itemUrl(ANN, doc)}/fast-publish`).send({ revision: 1, reason: 'Ingin cepat terbit saja.' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Only serta merta (immediate) information may take the fast path');
  });
});

describe(`concurrency and stale revisions (${TEST_DB})`, () => {
  it('two reviewers acting at once: one succeeds, the other gets 409, one log row', async () => {
    const doc = await draftAnnouncement(dewi, { title: 'Balapan dua pemeriksa', slug: 'balapan' });
    const second = await person(app, 'Kabid Dua');
    await assign(app, second, 'kabid', units.ikp.documentId);
    const before = (await logOf(app, ANN, doc)).length;
    const [a, b] = await Promise.all([
      dispose(kabid, doc, dewi, '005/IKP/2026', 1),
      act(second, ANN, doc, 'disposition->cancelled:cancel', 'Sudah diumumkan bidang lain.', 1),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect((await logOf(app, ANN, doc)).length).toBe(before + 1);
    expect((await instanceOf(app, ANN, doc)).revision).toBe(2);
  });

  it('a stale revision answers 409 and changes nothing', async () => {
    const doc = await draftAnnouncement(dewi, { title: 'Revisi usang', slug: 'revisi-usang' });
    expect((await dispose(kabid, doc, dewi, '005/IKP/2026', 1)).status).toBe(200);
    const stale = await act(dewi, ANN, doc, 'drafting->review_kabid:forward', undefined, 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe('This item changed since you loaded it (revision 1, now 2): reload it and try again');
    expect((await instanceOf(app, ANN, doc)).stage).toBe('drafting');
  });

  it('answers bad input with 400 in Strapi\'s format, unknown items with 404', async () => {
    const doc = await draftAnnouncement(dewi, { title: 'Masukan buruk', slug: 'masukan-buruk' });
    const cases: [any, string][] = [
      [{ transition: 'disposition->drafting:forward' }, '"revision": "revision" (the revision you loaded) is required'],
      [{ transition: 'disposition->drafting:forward', revision: 1, extra: true }, 'Unrecognized key: "extra"'],
      [{ transition: 42, revision: 1 }, '"transition": Invalid input: expected string, received number'],
    ];
    for (const [body, message] of cases) {
      const res = await kabid.as('post', `${itemUrl(ANN, doc)}/transitions`).send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message } });
    }
    expect((await kabid.as('get', itemUrl(ANN, 'tidak-ada'))).status).toBe(404);
    expect((await kabid.as('get', itemUrl('pengumuman', doc))).status).toBe(404);
    expect((await instanceOf(app, ANN, doc)).revision).toBe(1);
  });
});

describe(`inbox, board and permissions (${TEST_DB})`, () => {
  it('shows each person what awaits them, with due times, and the board per stage', async () => {
    const doc = await draftAnnouncement(dewi, { title: 'Kotak masuk Kabid', slug: 'kotak-masuk' });
    const inbox = await kabid.as('get', '/ppid/workflow/inbox');
    expect(inbox.status).toBe(200);
    const mine = inbox.body.data.find((t: any) => t.documentId === doc);
    expect(mine).toMatchObject({ type: ANN, task: 'transition', stage: 'disposition', unit: { code: 'bidang-ikp' }, overdue: false, revision: 1 });
    expect(inbox.body.meta.total).toBe(inbox.body.data.length);
    const dewiInbox = await dewi.as('get', '/ppid/workflow/inbox');
    expect(dewiInbox.body.data.find((t: any) => t.documentId === doc)).toBeUndefined();

    const board = await kabid.as('get', '/ppid/workflow/board?type=announcement');
    expect(board.status).toBe(200);
    const wf = board.body.data.workflows.find((w: any) => w.key === 'pengumuman-diskominfo-kalbar');
    expect(wf.stages.map((s: any) => s.key)).toEqual(['disposition', 'drafting', 'review_kabid', 'review_secretary', 'approval_head', 'publishing']);
    expect(wf.stages[0].items.map((i: any) => i.documentId)).toContain(doc);
    expect((await kabid.as('get', '/ppid/workflow/board')).status).toBe(400);
    expect((await kabid.as('get', '/ppid/workflow/board?type=announcement&x=1')).status).toBe(400);
  });

  it('needs the plugin\'s admin permissions: an Author without them gets 403, a visitor 401', async () => {
    const author = await person(app, 'Penulis', ['strapi-author']);
    const roles = await app.strapi.db.query('admin::permission').findMany({ where: { action: { $startsWith: 'plugin::ppid.workflow' }, role: { code: 'strapi-author' } } });
    await app.strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: roles.map((r: any) => r.id) } } });
    expect((await author.as('get', '/ppid/workflow/inbox')).status).toBe(403);
    expect((await app.http().get('/ppid/workflow/inbox')).status).toBe(401);
  });
});
