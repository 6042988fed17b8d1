/**
 * Issue 14, objections at the desk over HTTP as each position: the PPID Pelaksana registers and
 * delivers, the PPID Utama responds, only the head (the Atasan PPID) decides, a Staf member of
 * another unit is refused (403, nothing changed); the decision records whether it came within 30
 * working days, and the dispute at the Komisi Informasi is recorded after the decision (or after
 * the deadline passed undecided), once.
 */
import { boot, type Booted } from '../helpers/strapi';
import { unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { refusals, tablesButMail, type Refusals } from '../helpers/access';
import { createObjection, createRequest, serviceDesk } from '../helpers/desk';
import { act, holders, step, type Staff } from '../helpers/workflow';

const P = 'plugin::ppid.';
let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let pelaksana: Staff, utama: Staff, kepala: Staff, staf: Staff;
let tracker: Refusals;

const row = (documentId: string) => app.strapi.db.query(`${P}objection`).findOne({ where: { documentId } });
const ok = (who: Staff, doc: string, transition: string) => step(who, 'objection', doc, transition);
/** A refusal: its status and a message, and nothing changed in any ppid table but the mail queue's. */
const refused = (res: Promise<any>, status: number) => tracker.fromNow(res, status);
async function newObjection(over: Record<string, unknown> = {}) {
  const request = await createRequest(app.strapi, { unit: units.agency.documentId, requesterName: 'Budi Pengaju Keberatan' });
  const objection = await createObjection(app.strapi, { unit: units.agency.documentId, request: request.documentId, ...over });
  return { request: request.documentId as string, doc: objection.documentId as string };
}
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  app = await boot('objection-desk');
  units = await unitTree(app.strapi);
  ({ pelaksana, utama, kepala, staf } = await holders(app, { ...serviceDesk(units), staf: ['Staf Statistik', 'fungsional', units.stat] }));
  tracker = refusals(app.strapi, tablesButMail(app.strapi));
});
afterAll(async () => {
  await app?.stop();
});

describe(`objections at the desk (${TEST_DB})`, () => {
  it('from registration to the Atasan PPID decision, delivered, then a dispute recorded once', async () => {
    const { doc, request } = await newObjection();

    const list = await pelaksana.as('get', '/ppid/objections');
    expect(list.status).toBe(200);
    expect(list.body.data.find((o: any) => o.documentId === doc)).toMatchObject({ state: 'registered', grounds: ['c'], request: { documentId: request }, overdue: false, decision: null });
    expect((await pelaksana.as('get', '/ppid/objections?state=decided')).body.data).toEqual([]);
    await refused(pelaksana.as('get', '/ppid/objections?state=maybe'), 400);
    await refused(staf.as('get', '/ppid/objections'), 403);
    await refused(staf.as('get', `/ppid/objections/${doc}`), 403);
    expect((await kepala.as('get', `/ppid/objections/${doc}`)).body.data).toMatchObject({ reasons: 'Permohonan tidak ditanggapi.', letters: { receipt: true, decision: false } });
    // The request lists its objection.
    expect((await pelaksana.as('get', `/ppid/requests/${request}`)).body.data.objections).toEqual([expect.objectContaining({ documentId: doc, state: 'registered' })]);

    // The PPID's response only at the examination stage.
    await refused(utama.as('put', `/ppid/objections/${doc}/response`).send({ ppidResponse: 'Permohonan sedang diproses.' }), 409);
    await ok(pelaksana, doc, 'registration->examination:forward');
    await refused(act(utama, 'objection', doc, 'examination->decision:forward'), 400);
    await refused(utama.as('put', `/ppid/objections/${doc}/response`).send({ ppidResponse: '' }), 400);
    expect((await utama.as('put', `/ppid/objections/${doc}/response`).send({ ppidResponse: 'Permohonan terlambat dijawab karena dokumen di arsip.' })).status).toBe(200);
    await ok(utama, doc, 'examination->decision:forward');

    // The decision: the head only; not before the decision stage, not by the PPID.
    const decision = { decision: 'upheld', decisionNumber: 'KEP/001/2026', decisionBody: 'PPID wajib memberikan informasi dalam 5 hari kerja.' };
    await refused(utama.as('put', `/ppid/objections/${doc}/decision`).send(decision), 403);
    await refused(staf.as('put', `/ppid/objections/${doc}/decision`).send(decision), 403);
    await refused(kepala.as('put', `/ppid/objections/${doc}/decision`).send({ ...decision, decision: 'yes' }), 400);
    await refused(kepala.as('put', `/ppid/objections/${doc}/decision`).send({ decision: 'upheld' }), 400);
    // No dispute before a decision while the 30 working days run.
    await refused(pelaksana.as('post', `/ppid/objections/${doc}/dispute`).send({ disputeNumber: 'KI/001/2026', disputeFiledOn: today() }), 409);
    const decided = await kepala.as('put', `/ppid/objections/${doc}/decision`).send(decision);
    expect(decided.status).toBe(200);
    await refused(act(utama, 'objection', doc, 'decision->delivery:forward'), 403);
    await ok(kepala, doc, 'decision->delivery:forward');
    expect(await row(doc)).toMatchObject({ decision: 'upheld', decidedOnTime: true, state: 'delivering' });
    await ok(pelaksana, doc, 'delivery->decided:publish');
    expect(await row(doc)).toMatchObject({ state: 'decided' });
    // Written at its stage only: the decision cannot be changed once enacted.
    await refused(kepala.as('put', `/ppid/objections/${doc}/decision`).send({ ...decision, decision: 'rejected' }), 409);

    await refused(pelaksana.as('post', `/ppid/objections/${doc}/dispute`).send({ disputeNumber: 'KI/001/2026', disputeFiledOn: '2099-01-01' }), 400);
    await refused(pelaksana.as('post', `/ppid/objections/${doc}/dispute`).send({ disputeNumber: 'KI/001/2026', disputeFiledOn: '2026-02-30' }), 400);
    const dispute = await pelaksana.as('post', `/ppid/objections/${doc}/dispute`).send({ disputeNumber: 'KI/001/2026', disputeFiledOn: today(), disputeRulingSummary: 'Sidang ajudikasi dijadwalkan.' });
    expect(dispute.status).toBe(200);
    expect(dispute.body.data).toMatchObject({ disputed: true, dispute: { disputeNumber: 'KI/001/2026', disputeRulingSummary: 'Sidang ajudikasi dijadwalkan.' }, letters: { decision: true }, decidedOnTime: true });
    await refused(pelaksana.as('post', `/ppid/objections/${doc}/dispute`).send({ disputeNumber: 'KI/002/2026', disputeFiledOn: today() }), 409);
    expect((await pelaksana.as('get', '/ppid/objections?state=decided')).body.data.map((o: any) => o.documentId)).toEqual([doc]);
  });

  it('an objection left undecided past its 30 working days can go to the Komisi Informasi', async () => {
    const { doc } = await newObjection({ filedAt: '2026-01-05T02:00:00.000Z' });
    expect((await pelaksana.as('get', `/ppid/objections/${doc}`)).body.data).toMatchObject({ overdue: true, decision: null });
    const res = await pelaksana.as('post', `/ppid/objections/${doc}/dispute`).send({ disputeNumber: 'KI/003/2026', disputeFiledOn: '2026-03-02' });
    expect(res.status).toBe(200);
    expect(await row(doc)).toMatchObject({ disputeNumber: 'KI/003/2026', disputeFiledOn: '2026-03-02' });
  });

  it('the list searches the objection number, the request number and the requester, and counts each state', async () => {
    const mk = async (name: string, state: string) => {
      const request = await createRequest(app.strapi, { unit: units.agency.documentId, requesterName: name });
      const objection = await createObjection(app.strapi, { unit: units.agency.documentId, request: request.documentId });
      await app.strapi.db.query(`${P}objection`).update({ where: { documentId: objection.documentId }, data: { state } });
      const stored = await row(objection.documentId);
      return { doc: objection.documentId as string, number: stored.registrationNumber as string, requestNumber: request.registrationNumber as string };
    };
    const a = await mk('Rahmawati Carian Satu', 'registered');
    const b = await mk('Rahmawati Carian Dua', 'examining');
    const c = await mk('Yohanes Lain', 'decided');

    const byName = await pelaksana.as('get', '/ppid/objections?q=rahmawati%20carian');
    expect(byName.status).toBe(200);
    expect(byName.body.data.map((o: any) => o.documentId).sort()).toEqual([a.doc, b.doc].sort());
    expect(byName.body.meta).toEqual({
      pagination: { page: 1, pageSize: 20, pageCount: 1, total: 2 },
      counts: { all: 2, registered: 1, examining: 1, deciding: 0, delivering: 0, decided: 0, withdrawn: 0 },
    });
    const examining = await pelaksana.as('get', '/ppid/objections?q=Rahmawati%20Carian&state=examining');
    expect(examining.body.data.map((o: any) => o.documentId)).toEqual([b.doc]);
    expect(examining.body.meta.pagination.total).toBe(1);
    expect(examining.body.meta.counts.all).toBe(2);
    // The objection's own number, and its request's number.
    expect((await pelaksana.as('get', `/ppid/objections?q=${encodeURIComponent(c.number)}`)).body.data.map((o: any) => o.documentId)).toEqual([c.doc]);
    expect((await pelaksana.as('get', `/ppid/objections?q=${encodeURIComponent(c.requestNumber.toLowerCase())}`)).body.data.map((o: any) => o.documentId)).toEqual([c.doc]);
    // Counts without a search cover every objection the desk serves.
    const all = await pelaksana.as('get', '/ppid/objections');
    expect(all.body.meta.counts.all).toBe(await app.strapi.db.query(`${P}objection`).count({}));
    expect(all.body.meta.counts.decided).toBe(await app.strapi.db.query(`${P}objection`).count({ where: { state: 'decided' } }));

    await refused(pelaksana.as('get', `/ppid/objections?q=${'x'.repeat(101)}`), 400);
    await refused(pelaksana.as('get', '/ppid/objections?q=a&q=b'), 400);
    await refused(staf.as('get', '/ppid/objections?q=Rahmawati'), 403);
  });
});
