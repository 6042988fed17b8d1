/**
 * Issue 14, the request desk over HTTP as each position: the PPID Pelaksana (the desk), the PPID
 * Utama (disposisi, signature), the head (the Atasan PPID: reads), a Staf member of another unit
 * holding no service position (403 everywhere, nothing changed). The whole path of a request to its
 * delivery for each outcome the notice can have, the completeness return and back, the one extension,
 * and the notice refused outside its stage. The generic workflow routes never show who asked.
 */
import { boot, type Booted } from '../helpers/strapi';
import { create, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { refusals, tablesButMail, type Refusals } from '../helpers/access';
import { createRequest, serviceDesk } from '../helpers/desk';
import { deskClock } from '../../plugins/ppid/server/src/requests/desk';
import { act, holders, step, type Staff } from '../helpers/workflow';

const P = 'plugin::ppid.';
const REASON = 'Alasan tertulis untuk langkah ini.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let pelaksana: Staff, utama: Staff, kepala: Staff, staf: Staff, colleague: Staff;
let tracker: Refusals;

const row = (documentId: string) => app.strapi.db.query(`${P}info-request`).findOne({ where: { documentId } });
const ok = (who: Staff, doc: string, transition: string, reason?: string) => step(who, 'info-request', doc, transition, reason);
/** A refusal: its status and a message, and nothing changed in any ppid table but the mail queue's. */
const refused = (res: Promise<any>, status: number) => tracker.fromNow(res, status);
const newRequest = async (over: Record<string, unknown> = {}) => (await createRequest(app.strapi, { unit: units.agency.documentId, ...over })).documentId as string;
/** Registration to the answering stage, the disposisi to Bidang IKP on the way. */
async function toAnswering(doc: string) {
  await ok(pelaksana, doc, 'registration->completeness:forward');
  await ok(pelaksana, doc, 'completeness->disposition:forward');
  expect((await utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: units.ikp.id })).status).toBe(200);
  await ok(utama, doc, 'disposition->answering:forward');
}
/** From a complete notice to delivery: signed by the PPID Utama, delivered by the desk. */
async function signAndDeliver(doc: string) {
  await ok(pelaksana, doc, 'answering->signing:forward');
  await ok(utama, doc, 'signing->delivery:forward');
  await ok(pelaksana, doc, 'delivery->delivered:publish');
}

beforeAll(async () => {
  app = await boot('request-desk');
  units = await unitTree(app.strapi);
  ({ pelaksana, utama, kepala, staf, colleague } = await holders(app, {
    ...serviceDesk(units),
    staf: ['Staf Statistik', 'fungsional', units.stat],
    colleague: ['Fungsional Agency', 'fungsional', units.agency],
  }));
  tracker = refusals(app.strapi, tablesButMail(app.strapi));
});
afterAll(async () => {
  await app?.stop();
});

describe(`the request desk (${TEST_DB})`, () => {
  it('granted in full: the whole path to delivery, read by every handler, refused to a Staf of another unit', async () => {
    const doc = await newRequest({ requesterName: 'Siti Pemohon Lengkap', identityNumber: '6171000011112222' });

    // The desk lists it (no identity data in a row); the head reads it in full; the Staf of another unit is refused.
    const list = await pelaksana.as('get', '/ppid/requests?view=open');
    expect(list.status).toBe(200);
    const listed = list.body.data.find((r: any) => r.documentId === doc);
    expect(listed).toMatchObject({ requesterName: 'Siti Pemohon Lengkap', state: 'registered', stageName: { id: 'Registrasi permohonan' }, overdue: false, extended: false, objections: 0 });
    expect(JSON.stringify(listed)).not.toContain('6171000011112222');
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 20 });
    const byHead = await kepala.as('get', `/ppid/requests/${doc}`);
    expect(byHead.status).toBe(200);
    expect(byHead.body.data).toMatchObject({ requester: { name: 'Siti Pemohon Lengkap', identityNumber: '6171000011112222' }, clock: { extended: false, workingDaysLeft: expect.any(Number) }, letters: { receipt: true, notice: false } });
    await refused(staf.as('get', `/ppid/requests/${doc}`), 403);
    await refused(staf.as('get', '/ppid/requests'), 403);
    await refused(colleague.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_full' }), 403);

    // The generic workflow routes show the registration number, never who asked.
    const generic = await colleague.as('get', `/ppid/workflow/items/info-request/${doc}`);
    expect(generic.status).toBe(200);
    expect(generic.body.data.item.title).toMatch(/^REQ-/);
    for (const secret of ['Siti Pemohon Lengkap', '6171000011112222', 'Ahmad Yani']) expect(JSON.stringify(generic.body)).not.toContain(secret);
    const inbox = await pelaksana.as('get', '/ppid/workflow/inbox');
    expect(inbox.status).toBe(200);
    expect(JSON.stringify(inbox.body)).toContain(doc);
    expect(JSON.stringify(inbox.body)).not.toContain('Siti Pemohon Lengkap');

    await toAnswering(doc);
    // A notice with no outcome yet: the step to the signature is refused.
    await refused(act(pelaksana, 'info-request', doc, 'answering->signing:forward'), 400);
    const notice = await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_full', noticeNumber: 'PT/001/2026', noticeBody: 'Informasi diberikan seluruhnya.', fee: 0 });
    expect(notice.status).toBe(200);
    expect(notice.body.data.notice).toMatchObject({ outcome: 'granted_full', problems: [] });
    await signAndDeliver(doc);

    const done = await row(doc);
    expect(done).toMatchObject({ state: 'delivered', answeredOnTime: true, outcome: 'granted_full' });
    expect(done.signedAt).not.toBeNull();
    const detail = (await utama.as('get', `/ppid/requests/${doc}`)).body.data;
    expect(detail).toMatchObject({ state: 'delivered', clock: { answered: true, workingDaysLeft: null, onTime: true }, holderUnit: { code: 'bidang-ikp' }, letters: { notice: true, refusal: false } });
    const answered = (await pelaksana.as('get', '/ppid/requests?view=answered')).body.data.map((r: any) => r.documentId);
    expect(answered).toContain(doc);
    expect((await pelaksana.as('get', '/ppid/requests?view=open')).body.data.map((r: any) => r.documentId)).not.toContain(doc);
  });

  it('refused: needs the Pasal 17 letter and an enacted exclusion whose letter matches', async () => {
    const exclusion = await create(app.strapi, 'exclusion', exclusionData({ unit: units.agency.documentId, title: 'Data pribadi penerima bantuan' }), true);
    const doc = await newRequest();
    // Outside its stage (registration): the notice is refused with 409 and nothing changes.
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_full' }), 409);
    await toAnswering(doc);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused' }), 400);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'h' }), 400);
    const mismatch = await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'b', exclusionDocumentId: exclusion.documentId }), 400);
    expect(mismatch.body.error.details.errors[0].path).toEqual(['refusalArticle']);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'h', exclusionDocumentId: 'tidakadapengecualian' }), 400);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'ditolak' }), 400);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'z' }), 400);
    const ok200 = await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'h', exclusionDocumentId: exclusion.documentId, noticeNumber: 'PT/002/2026' });
    expect(ok200.status).toBe(200);
    expect(ok200.body.data.notice).toMatchObject({ outcome: 'refused', refusalArticle: 'h', exclusion: { documentId: exclusion.documentId, article17Letter: 'h' }, problems: [] });
    await signAndDeliver(doc);
    expect((await pelaksana.as('get', `/ppid/requests/${doc}`)).body.data.letters).toMatchObject({ notice: true, refusal: true });
  });

  it("a refusal cites one of the request's choices: the body's excluded information in force, read by the PPID Pelaksana (Staf role)", async () => {
    const X = `${P}exclusion`;
    const inForce = await create(app.strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId, title: 'Pilihan: rekaman rapat pokja pengadaan', article17Letter: 'b', decreeNumber: 'SK-UJI/17/2026' }), true);
    const ended = await create(app.strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId, title: 'Pilihan: berakhir', article17Letter: 'b', testedOn: '2019-01-15', exclusionEndsOn: '2020-12-31' }), true);
    const reopened = await create(app.strapi, 'exclusion', exclusionData({ unit: units.stat.documentId, title: 'Pilihan: dibuka kembali', article17Letter: 'b' }), true);
    await app.strapi.db.query(X).updateMany({ where: { documentId: reopened.documentId }, data: { reopenedOn: '2026-02-02' } });
    const draft = await create(app.strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId, title: 'Pilihan: belum ditetapkan', article17Letter: 'b' }));
    const neighbour = await create(app.strapi, 'unit', { name: 'Dinas Tetangga Uji', code: 'dinas-tetangga-uji', kind: 'agency' });
    const foreign = await create(app.strapi, 'exclusion', exclusionData({ unit: neighbour.documentId, title: 'Pilihan: milik dinas tetangga', article17Letter: 'b' }), true);
    const mine = [inForce, ended, reopened, draft, foreign].map((x) => x.documentId);

    const doc = await newRequest();
    const detail = await pelaksana.as('get', `/ppid/requests/${doc}`);
    expect(detail.status).toBe(200);
    // Of those made here, only the enacted entry of this body still in force; every choice is enacted and in force.
    const choices = detail.body.data.choices.exclusions;
    expect(choices.filter((e: any) => mine.includes(e.documentId))).toEqual([{ documentId: inForce.documentId, title: 'Pilihan: rekaman rapat pokja pengadaan', article17Letter: 'b', decreeNumber: 'SK-UJI/17/2026' }]);
    const published = await app.strapi.db.query(X).findMany({ where: { documentId: { $in: choices.map((e: any) => e.documentId) }, publishedAt: { $notNull: true } }, select: ['documentId', 'reopenedOn', 'exclusionEndsOn'], populate: { unit: { select: ['id'] } } });
    expect(published).toHaveLength(choices.length);
    const agencyUnits = [units.agency.id, units.ikp.id, units.seksi.id, units.stat.id];
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    for (const p of published) expect([p.documentId, p.reopenedOn, agencyUnits.includes(p.unit.id), String(p.exclusionEndsOn).slice(0, 10) >= today]).toEqual([p.documentId, null, true, true]);

    await toAnswering(doc);
    for (const other of [ended, reopened, draft, foreign]) {
      const r = await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'b', exclusionDocumentId: other.documentId }), 400);
      expect(r.body.error.details.errors.map((e: any) => e.path)).toEqual([['exclusionDocumentId']]);
    }
    const saved = await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'refused', refusalArticle: 'b', exclusionDocumentId: inForce.documentId });
    expect(saved.status).toBe(200);
    expect(saved.body.data.notice).toMatchObject({ outcome: 'refused', refusalArticle: 'b', exclusion: { documentId: inForce.documentId, title: 'Pilihan: rekaman rapat pokja pengadaan', article17Letter: 'b', decreeNumber: 'SK-UJI/17/2026' }, problems: [] });
  });

  it('held elsewhere: the referral names the other public body', async () => {
    const doc = await newRequest();
    await toAnswering(doc);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'held_elsewhere' }), 400);
    expect((await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'held_elsewhere', referralBody: 'Dinas Kesehatan Provinsi Kalimantan Barat' })).status).toBe(200);
    await signAndDeliver(doc);
    expect(await row(doc)).toMatchObject({ state: 'delivered', outcome: 'held_elsewhere', referralBody: 'Dinas Kesehatan Provinsi Kalimantan Barat' });
  });

  it('granted in part: the notice says what is withheld', async () => {
    const doc = await newRequest();
    await toAnswering(doc);
    const missing = await refused(pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_part', noticeNumber: 'PT/003/2026' }), 400);
    expect(missing.body.error.details.errors[0].path).toEqual(['noticeBody']);
    const res = await pelaksana.as('put', `/ppid/requests/${doc}/notice`).send({ outcome: 'granted_part', noticeBody: 'Diberikan tanpa NIK penerima bantuan (dikecualikan).', fee: 5000 });
    expect(res.status).toBe(200);
    // Signed by the PPID Utama only: the desk cannot sign.
    await ok(pelaksana, doc, 'answering->signing:forward');
    await refused(act(pelaksana, 'info-request', doc, 'signing->delivery:forward'), 403);
    await ok(utama, doc, 'signing->delivery:forward');
    expect(await row(doc)).toMatchObject({ state: 'delivering', outcome: 'granted_part', fee: 5000, answeredOnTime: true });
  });

  it('the completeness return: what is missing first, a window of 10 working days, and back', async () => {
    const doc = await newRequest();
    await ok(pelaksana, doc, 'registration->completeness:forward');
    await refused(act(pelaksana, 'info-request', doc, 'completeness->awaiting_completion:return', REASON), 400);
    await refused(pelaksana.as('put', `/ppid/requests/${doc}/missing-items`).send({ missingItems: '   ' }), 400);
    await refused(staf.as('put', `/ppid/requests/${doc}/missing-items`).send({ missingItems: 'Fotokopi KTP.' }), 403);
    expect((await pelaksana.as('put', `/ppid/requests/${doc}/missing-items`).send({ missingItems: 'Fotokopi KTP.' })).status).toBe(200);
    await ok(pelaksana, doc, 'completeness->awaiting_completion:return', REASON);
    const waiting = await row(doc);
    expect(waiting).toMatchObject({ state: 'incomplete', missingItems: 'Fotokopi KTP.', completeBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await pelaksana.as('get', '/ppid/requests?view=incomplete')).body.data.map((r: any) => r.documentId)).toEqual([doc]);
    expect((await pelaksana.as('get', `/ppid/requests/${doc}`)).body.data.letters.incomplete).toBe(true);
    await ok(pelaksana, doc, 'awaiting_completion->completeness:forward');
    expect(await row(doc)).toMatchObject({ state: 'checking' });
    // The disposisi names an active unit only, at its stage only.
    await refused(utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: units.ikp.id }), 409);
    await ok(pelaksana, doc, 'completeness->disposition:forward');
    await refused(utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: 999999 }), 400);
    await refused(utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: 'ikp' }), 400);
  });

  it('the extension: once, at most 7 working days, with a reason; a second one is refused and nothing changes', async () => {
    const doc = await newRequest();
    const before = (await pelaksana.as('get', `/ppid/requests/${doc}`)).body.data.clock;
    await refused(pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 8, reason: 'Dokumen di arsip inaktif.' }), 400);
    await refused(pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 5, reason: '' }), 400);
    await refused(pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 5 }), 400);
    await refused(staf.as('post', `/ppid/requests/${doc}/extension`).send({ days: 5, reason: 'Dokumen di arsip inaktif.' }), 403);
    const res = await pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 5, reason: 'Dokumen di arsip inaktif.' });
    expect(res.status).toBe(200);
    expect(res.body.data.clock).toMatchObject({ extended: true, extensionDays: 5, extensionReason: 'Dokumen di arsip inaktif.', extendedBy: 'PPID Pelaksana Uji' });
    expect(res.body.data.clock.dueOn > before.dueOn).toBe(true);
    expect(res.body.data.letters.extension).toBe(true);
    const stored = await row(doc);
    expect(stored).toMatchObject({ extensionDays: 5, dueOn: res.body.data.clock.dueOn });
    const second = await refused(utama.as('post', `/ppid/requests/${doc}/extension`).send({ days: 2, reason: 'Masih dicari.' }), 409);
    expect(second.body.error.name).toBe('ConflictError');
    expect((await pelaksana.as('get', '/ppid/requests?view=all')).body.data.find((r: any) => r.documentId === doc)).toMatchObject({ extended: true, dueOn: stored.dueOn });
  });

  it('an overdue request shows on the overdue view; bad queries answer 400', async () => {
    const doc = await newRequest({ receivedAt: '2026-01-05T02:00:00.000Z', requesterName: 'Pemohon Lama' });
    const overdue = await pelaksana.as('get', '/ppid/requests?view=overdue');
    expect(overdue.body.data.find((r: any) => r.documentId === doc)).toMatchObject({ overdue: true, workingDaysLeft: expect.any(Number) });
    expect((await pelaksana.as('get', '/ppid/requests?view=all&q=pemohon%20lama')).body.data.map((r: any) => r.documentId)).toEqual([doc]);
    expect((await pelaksana.as('get', '/ppid/requests?view=all&year=2026&q=REQ-2026')).body.data.map((r: any) => r.documentId)).toContain(doc);
    await refused(pelaksana.as('get', '/ppid/requests?view=late'), 400);
    await refused(pelaksana.as('get', '/ppid/requests?sort=due'), 400);
    await refused(pelaksana.as('get', '/ppid/requests/tidakadapermohonan'), 404);
    await refused(pelaksana.as('post', `/ppid/requests/${doc}/extension`).send({ days: 3, reason: 'Terlambat.' }), 409);
  });

  it('every view carries the count of each view for the same search, counted like the list', async () => {
    const c = app.strapi.plugin('ppid').service('workflow-clock').clock();
    const now = new Date();
    // A receipt whose deadline falls within the next 3 working days (due soon, not yet overdue).
    let soon: Date | null = null;
    for (let back = 1; back < 30 && !soon; back++) {
      const at = new Date(now.getTime() - back * 86_400_000);
      const k = deskClock(c, { receivedAt: at, extensionDays: 0, state: 'assigned', signedAt: null }, now);
      if (k.dueSoon) soon = at;
    }
    const mk = async (name: string, over: Record<string, unknown> = {}, data: Record<string, unknown> = {}) => {
      const doc = await newRequest({ requesterName: `Hitungan ${name}`, ...over });
      if (Object.keys(data).length) await app.strapi.db.query(`${P}info-request`).update({ where: { documentId: doc }, data });
      return doc;
    };
    const fresh = await mk('Baru');
    const late = await mk('Lewat', { receivedAt: '2026-01-05T02:00:00.000Z' });
    const dueSoon = await mk('Segera', { receivedAt: soon!.toISOString() });
    const waiting = await mk('Menunggu', {}, { state: 'incomplete', missingItems: 'Salinan KTP.' });
    const answered = await mk('Dijawab', {}, { state: 'delivered', signedAt: now, outcome: 'granted_full' });
    const closed = await mk('Ditutup', {}, { state: 'closed' });

    const expected: Record<string, string[]> = {
      open: [fresh, late, dueSoon, waiting],
      due_soon: [dueSoon],
      overdue: [late],
      incomplete: [waiting],
      answered: [answered],
      all: [fresh, late, dueSoon, waiting, answered, closed],
    };
    const counts = Object.fromEntries(Object.entries(expected).map(([v, docs]) => [v, docs.length]));
    for (const [view, docs] of Object.entries(expected)) {
      const res = await pelaksana.as('get', `/ppid/requests?view=${view}&q=hitungan`);
      expect([view, res.status]).toEqual([view, 200]);
      expect([view, res.body.data.map((r: any) => r.documentId).sort()]).toEqual([view, [...docs].sort()]);
      expect([view, res.body.meta]).toEqual([view, { pagination: { page: 1, pageSize: 20, pageCount: 1, total: docs.length }, counts }]);
    }
    // Earliest deadline first, paged by the database.
    const page = await pelaksana.as('get', '/ppid/requests?view=all&q=hitungan&pageSize=2&page=1');
    expect(page.body.data.map((r: any) => r.documentId)).toEqual([late, dueSoon]);
    expect(page.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 3, total: 6 });
    // Without a search, the counts cover every request the desk serves.
    const everything = await pelaksana.as('get', '/ppid/requests?view=all');
    expect(everything.body.meta.counts.all).toBe(await app.strapi.db.query(`${P}info-request`).count({}));
  });

  it('the request carries the units it may be sent to, read by the PPID Pelaksana; another body\'s unit is refused', async () => {
    const other = await create(app.strapi, 'unit', { name: 'Dinas Lain Uji', code: 'dinas-lain-uji', kind: 'agency' });
    const otherDivision = await create(app.strapi, 'unit', { name: 'Bidang Dinas Lain', code: 'bidang-dinas-lain', kind: 'division', parent: other.documentId });
    const retired = await create(app.strapi, 'unit', { name: 'Bidang Lama', code: 'bidang-lama', kind: 'division', parent: units.agency.documentId, active: false });
    const doc = await newRequest();
    const res = await pelaksana.as('get', `/ppid/requests/${doc}`);
    expect(res.status).toBe(200);
    expect(res.body.data.choices.units).toEqual([
      { id: units.ikp.id, code: 'bidang-ikp', name: 'Bidang IKP' },
      { id: units.stat.id, code: 'bidang-statistik', name: 'Bidang Statistik' },
      { id: units.agency.id, code: 'kominfo-uji', name: 'Dinas Kominfo Uji' },
      { id: units.seksi.id, code: 'seksi-publikasi', name: 'Seksi Publikasi' },
    ]);
    await ok(pelaksana, doc, 'registration->completeness:forward');
    await ok(pelaksana, doc, 'completeness->disposition:forward');
    for (const unit of [otherDivision, retired]) {
      const r = await refused(utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: unit.id }), 400);
      expect(r.body.error.details.errors[0].path).toEqual(['holderUnitId']);
    }
    const chosen = await utama.as('put', `/ppid/requests/${doc}/disposition`).send({ holderUnitId: units.seksi.id });
    expect(chosen.status).toBe(200);
    expect(chosen.body.data.holderUnit).toEqual({ id: units.seksi.id, code: 'seksi-publikasi', name: 'Seksi Publikasi' });
  });
});
