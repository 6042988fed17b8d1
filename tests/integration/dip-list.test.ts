/**
 * The year's DIP as a list on the workflow engine (issue 9 points 1 and 2), through real HTTP as
 * each position: the Ketua PPID orders the collection, each unit's operator submits its rows, the
 * PPID Pembantu's check returns one row with a reason, the unit fixes it and resubmits, the check
 * accepts, the list goes to the head, and only the head's signature enacts the edition (decree
 * number, signer from the position). An enacted edition is immutable on every path. The list of
 * excluded information: the consequence tests checked by the Ketua PPID, signed by the head, archived.
 */
import { boot, type Booted } from '../helpers/strapi';
import { create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { TEST_DB } from '../helpers/db';
import { stateTracker } from '../helpers/access';
import { act, assign, instanceOf, logOf, person, type Staff } from '../helpers/workflow';

const CM = '/content-manager/collection-types/plugin::ppid.';
const P = 'plugin::ppid.';
let app: Booted;
let ketua: Staff, pembantu: Staff, kepala: Staff, opIkp: Staff, opStat: Staff, kabidStat: Staff;
let units: Awaited<ReturnType<typeof unitTree>>;
let edition: string;
let list: string;
const entries: Record<string, string> = {};

const rowOf = async (type: string, documentId: string) => JSON.parse(JSON.stringify(await app.strapi.db.query(`${P}${type}`).findOne({ where: { documentId } })));
const collection = async (who: Staff) => {
  const res = await who.as('get', `/ppid/dip/editions/${edition}/collection`);
  expect(res.status).toBe(200);
  return res.body.data;
};
const submissionOf = async (code: string) => (await collection(pembantu)).submissions.find((s: any) => s.unit.code === code);
const sign = (who: Staff, path: string, body: Record<string, unknown>) => who.as('post', path).send(body);

beforeAll(async () => {
  app = await boot('dip-list');
  units = await unitTree(app.strapi);
  [ketua, pembantu, kepala, opIkp, opStat, kabidStat] = await Promise.all(
    ['Ketua PPID', 'PPID Pembantu', 'Kepala Dinas', 'Operator IKP', 'Operator Statistik', 'Kabid Statistik'].map((n) => person(app, n))
  );
  await assign(app, ketua, 'ketua_ppid', units.agency.documentId);
  await assign(app, pembantu, 'ppid_pembantu', units.agency.documentId);
  await assign(app, kepala, 'kepala', units.agency.documentId, { officialName: 'Dr. H. Kepala Uji, M.Si.', nip: '197001012000031001' });
  await assign(app, opIkp, 'operator', units.ikp.documentId);
  await assign(app, opStat, 'operator', units.stat.documentId);
  await assign(app, kabidStat, 'kabid', units.stat.documentId);
  for (const [number, unit, title] of [['SS-01', units.ikp, 'Rencana Strategis'], ['SS-02', units.seksi, 'Daftar kontrak pengadaan'], ['SS-03', units.stat, 'Data statistik sektoral']] as const) {
    entries[number] = (await create(app.strapi, 'dip-entry', dipData({ number, title, holderUnit: unit.documentId }), true)).documentId;
  }
  edition = (await create(app.strapi, 'dip-edition', { year: 2026, title: 'DIP Dinas Kominfo Uji 2026', agency: units.agency.documentId })).documentId;
  await create(app.strapi, 'exclusion', exclusionData({ unit: units.ikp.documentId }), true);
  list = (await create(app.strapi, 'exclusion-list', { year: 2026, title: 'Daftar Informasi yang Dikecualikan 2026', agency: units.agency.documentId })).documentId;
});
afterAll(async () => {
  await app?.stop();
});

describe(`the year's DIP as a list (${TEST_DB})`, () => {
  it('is collected per unit once the Ketua PPID orders it; a Kabid of another unit cannot submit for a unit not his', async () => {
    const before = await collection(ketua);
    expect(before.workflow.state).toMatchObject({ stage: 'coordination', status: 'active' });
    expect(before.submissions).toEqual([]);
    expect((await act(ketua, 'dip-edition', edition, 'coordination->collection:forward')).status).toBe(200);

    const { submissions, complete } = await collection(pembantu);
    expect(complete).toBe(false);
    expect(submissions.map((s: any) => [s.unit.code, s.state, s.workflow.stage, s.rows.map((r: any) => r.number)])).toEqual([
      ['bidang-ikp', 'filling', 'filling', ['SS-01', 'SS-02']],
      ['bidang-statistik', 'filling', 'filling', ['SS-03']],
    ]);
    expect(submissions[0].workflow.dueAt).toEqual(expect.any(String)); // the SOP's time standard (1 day)
    expect(submissions[0].workflow).toMatchObject({ stageName: { id: 'Identifikasi dan pengisian baris oleh Operator OPD' }, overdue: false });
    // Each unit's status and the steps open to the viewer: the unit's operator may submit, the check nothing yet.
    expect(submissions.map((s: any) => [s.status, s.steps])).toEqual([['filling', []], ['filling', []]]);
    const mine = (await collection(opIkp)).submissions.map((s: any) => [s.unit.code, s.steps.map((t: any) => t.key)]);
    expect(mine).toEqual([['bidang-ikp', ['filling->check:forward']], ['bidang-statistik', []]]);

    // The list cannot go on before every unit's submission was accepted.
    const early = await act(pembantu, 'dip-edition', edition, 'collection->signing:forward');
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('usulan setiap unit');

    const ikp = submissions[0];
    const stranger = await act(kabidStat, 'dip-submission', ikp.documentId, 'filling->check:forward');
    expect(stranger.status).toBe(403);
    expect((await instanceOf(app, 'dip-submission', ikp.documentId)).stage).toBe('filling');
    // Nor may he read the unit's submission.
    expect((await kabidStat.as('get', `/ppid/workflow/items/dip-submission/${ikp.documentId}`)).status).toBe(403);
  });

  it('the check returns one row with a reason; the unit fixes it and resubmits; the check accepts', async () => {
    const ikp = await submissionOf('bidang-ikp');
    const stat = await submissionOf('bidang-statistik');
    expect((await act(opIkp, 'dip-submission', ikp.documentId, 'filling->check:forward')).status).toBe(200);
    expect((await act(opStat, 'dip-submission', stat.documentId, 'filling->check:forward')).status).toBe(200);

    // Submitted: who sent it and when; the check may accept or return it, the unit no longer acts.
    const submitted = await submissionOf('bidang-ikp');
    expect(submitted).toMatchObject({ status: 'submitted', lastStep: { action: 'forward', by: 'Operator IKP Uji', at: expect.any(String) }, workflow: { stage: 'check' } });
    expect(submitted.steps).toEqual([
      { key: 'check->accepted:publish', action: 'publish', label: { id: 'Terima', en: 'Accept' }, reasonRequired: false },
      { key: 'check->filling:return', action: 'return', label: { id: 'Kembalikan untuk diperbaiki', en: 'Return for correction' }, reasonRequired: true },
    ]);
    expect((await collection(opIkp)).submissions[0].steps).toEqual([]);

    const revision = (await instanceOf(app, 'dip-submission', ikp.documentId)).revision;
    const url = `/ppid/dip/submissions/${ikp.documentId}/return`;
    const refusals: [Staff, unknown, number, string | RegExp][] = [
      [pembantu, { revision, rows: [{ entry: entries['SS-03'], reason: 'Bukan baris unit ini sama sekali' }] }, 400, 'Baris 1: bukan baris DIP unit ini'],
      [pembantu, { revision, rows: [{ entry: entries['SS-02'], reason: 'kurang' }] }, 400, 'Sebutkan alasan pengembalian baris SS-02 (minimal 10 karakter)'],
      [pembantu, { revision }, 400, 'Sebutkan alasan pengembalian (minimal 10 karakter)'],
      [pembantu, { revision, rows: [], extra: 1 }, 400, /Unknown field/],
      [pembantu, { revision: revision - 1, reason: 'Alasan yang cukup panjang' }, 409, /revision/],
      [opStat, { revision, reason: 'Alasan yang cukup panjang' }, 403, /ppid_pembantu/],
    ];
    for (const [who, body, status, message] of refusals) {
      const res = await who.as('post', url).send(body as object);
      expect({ status: res.status, message: res.body.error?.message }).toEqual({ status, message: typeof message === 'string' ? message : expect.stringMatching(message) });
    }
    expect((await instanceOf(app, 'dip-submission', ikp.documentId)).revision).toBe(revision);

    const reason = 'Ringkasan isi belum menyebut nilai kontrak';
    const returned = await pembantu.as('post', url).send({ revision, rows: [{ entry: entries['SS-02'], reason }] });
    expect(returned.status).toBe(200);
    expect(returned.body.data.state).toMatchObject({ stage: 'filling', status: 'active' });
    const after = await submissionOf('bidang-ikp');
    expect(after.returnedRows).toEqual([{ entry: entries['SS-02'], number: 'SS-02', title: 'Daftar kontrak pengadaan', reason }]);
    expect(after).toMatchObject({ status: 'returned', lastStep: { action: 'return', by: 'PPID Pembantu Uji', reason: `SS-02 Daftar kontrak pengadaan: ${reason}` } });
    const log = await logOf(app, 'dip-submission', ikp.documentId);
    expect(log.at(-1)).toMatchObject({ action: 'return', fromStage: 'check', toStage: 'filling', actorId: pembantu.id, position: 'ppid_pembantu', reason: `SS-02 Daftar kontrak pengadaan: ${reason}` });

    // The unit fixes the row (rows stay editable during collection) and resubmits.
    const fixed = await opIkp.as('put', `${CM}dip-entry/${entries['SS-02']}`).send({ summary: 'Daftar kontrak pengadaan barang dan jasa 2026 beserta nilai kontraknya.' });
    expect(fixed.status).toBe(200);
    expect((await act(opIkp, 'dip-submission', ikp.documentId, 'filling->check:forward')).status).toBe(200);
    for (const s of [ikp, stat]) expect((await act(pembantu, 'dip-submission', s.documentId, 'check->accepted:publish')).status).toBe(200);
    const done = await collection(ketua);
    expect(done.complete).toBe(true);
    expect(done.submissions.map((s: any) => [s.state, s.status, s.returnedRows, s.steps])).toEqual([['accepted', 'accepted', [], []], ['accepted', 'accepted', [], []]]);
    expect(await rowOf('dip-submission', ikp.documentId)).toMatchObject({ state: 'accepted', checkedAt: expect.any(String) });
  });

  it('only the head signs: anyone else is refused (403, nothing changed); the Content Manager cannot enact', async () => {
    expect((await act(pembantu, 'dip-edition', edition, 'collection->signing:forward')).status).toBe(200);
    // The register offers the signing step (marked `signs`) to the head only.
    const signing = async (who: Staff) => (await collection(who)).workflow.transitions.filter((t: any) => t.signs).map((t: any) => [t.key, t.allowed]);
    expect(await signing(kepala)).toEqual([['signing->enacted:publish', true]]);
    for (const who of [ketua, pembantu]) expect(await signing(who)).toEqual([['signing->enacted:publish', false]]);
    const revision = (await instanceOf(app, 'dip-edition', edition)).revision;
    const before = { row: await rowOf('dip-edition', edition), inst: await instanceOf(app, 'dip-edition', edition) };
    for (const who of [ketua, pembantu, opIkp]) {
      const res = await sign(who, `/ppid/dip/editions/${edition}/sign`, { revision, decreeNumber: '045/DISKOMINFO/2026' });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ name: 'ForbiddenError', message: 'Hanya Kepala (Atasan PPID) yang dapat menandatangani DIP' });
    }
    expect((await act(ketua, 'dip-edition', edition, 'signing->enacted:publish')).status).toBe(403);
    const cm = await kepala.as('put', `${CM}dip-edition/${edition}`).send({ state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10' });
    expect(cm.status).toBe(400);
    const bad = await sign(kepala, `/ppid/dip/editions/${edition}/sign`, { revision, decreeNumber: '045/DISKOMINFO/2026', signedAt: '2999-01-01' });
    expect(bad.status).toBe(400);
    expect({ row: await rowOf('dip-edition', edition), inst: await instanceOf(app, 'dip-edition', edition) }).toEqual(before);
  });

  it("the head's return to the Ketua PPID reopens every unit's submission; the list waits until the check accepts them again", async () => {
    const reason = 'Baris statistik sektoral belum mencantumkan jadwal pemutakhiran';
    const returned = await act(kepala, 'dip-edition', edition, 'signing->coordination:return', reason);
    expect(returned.status).toBe(200);
    const reopened = await collection(pembantu);
    expect(reopened.complete).toBe(false);
    expect(reopened.submissions.map((s: any) => [s.unit.code, s.state, s.workflow.stage, s.workflow.status, s.returnedRows])).toEqual([
      ['bidang-ikp', 'filling', 'filling', 'active', []],
      ['bidang-statistik', 'filling', 'filling', 'active', []],
    ]);
    const stat = reopened.submissions[1];
    expect((await logOf(app, 'dip-submission', stat.documentId)).at(-1)).toMatchObject({
      action: 'reopen', fromStage: 'accepted', toStage: 'filling', actorId: kepala.id, reason: `Daftar dikembalikan ke pengumpulan: ${reason}`,
    });

    // The gate holds again: the list cannot go to the head before the check accepts every unit anew.
    expect((await act(ketua, 'dip-edition', edition, 'coordination->collection:forward')).status).toBe(200);
    const held = await act(pembantu, 'dip-edition', edition, 'collection->signing:forward');
    expect(held.status).toBe(400);
    expect(held.body.error.message).toContain('usulan setiap unit');

    // The unit's officer corrects his row and resubmits; the other unit confirms; the check accepts both.
    expect((await opStat.as('put', `${CM}dip-entry/${entries['SS-03']}`).send({ summary: 'Data statistik sektoral 2026, dimutakhirkan setiap triwulan.' })).status).toBe(200);
    for (const [who, s] of [[opStat, stat], [opIkp, reopened.submissions[0]]] as const) {
      expect((await act(who, 'dip-submission', s.documentId, 'filling->check:forward')).status).toBe(200);
      expect((await act(pembantu, 'dip-submission', s.documentId, 'check->accepted:publish')).status).toBe(200);
    }
    expect((await collection(ketua)).complete).toBe(true);
    expect((await act(pembantu, 'dip-edition', edition, 'collection->signing:forward')).status).toBe(200);
  });

  it('the head may name the units whose submissions reopen: only theirs do, the others stay accepted; the head is not their drafter', async () => {
    // The return that sends the list to the collection is marked, so the admin asks which units.
    const steps = (await collection(kepala)).workflow.transitions.map((t: any) => [t.key, t.reopensCollection ?? false]);
    expect(steps).toEqual([['signing->enacted:publish', false], ['signing->coordination:return', true]]);

    const reason = 'Hanya baris Bidang Statistik yang perlu diperbaiki jadwalnya';
    const states = stateTracker(app.strapi);
    const before = await states.before();
    for (const [units, status, message] of [
      [['bidang-statistik', 'upt-tidak-ada'], 400, 'Unit "upt-tidak-ada" tidak menyampaikan usulan untuk daftar ini'],
      [[], 400, '"units": "units" names at least one unit'],
      ['bidang-statistik', 400, '"units": "units" is a list of unit codes'],
    ] as const) {
      const res = await act(kepala, 'dip-edition', edition, 'signing->coordination:return', reason, undefined, { units });
      expect({ status: res.status, message: res.body.error?.message }).toEqual({ status, message });
    }
    expect(await states.changedSince(before)).toEqual([]);

    const returned = await act(kepala, 'dip-edition', edition, 'signing->coordination:return', reason, undefined, { units: ['bidang-statistik'] });
    expect(returned.status).toBe(200);
    const after = await collection(pembantu);
    expect(after.submissions.map((s: any) => [s.unit.code, s.state, s.status])).toEqual([
      ['bidang-ikp', 'accepted', 'accepted'],
      ['bidang-statistik', 'filling', 'returned'],
    ]);
    const stat = after.submissions[1];
    expect((await logOf(app, 'dip-submission', stat.documentId)).at(-1)).toMatchObject({ action: 'reopen', actorId: kepala.id, reason: `Daftar dikembalikan ke pengumpulan: ${reason}` });
    expect((await instanceOf(app, 'dip-submission', stat.documentId)).drafters).toEqual([]);

    // "units" belongs to that return only: on a unit's own step it is refused, nothing changed.
    const mark = await states.before();
    const stray = await act(opStat, 'dip-submission', stat.documentId, 'filling->check:forward', undefined, undefined, { units: ['bidang-statistik'] });
    expect([stray.status, stray.body.error?.message]).toEqual([400, '"units" names the units whose submissions a return of the year\'s list reopens: it applies to no other step']);
    expect(await states.changedSince(mark)).toEqual([]);

    // The unit resubmits, the check accepts, and the list goes back to the head.
    expect((await act(opStat, 'dip-submission', stat.documentId, 'filling->check:forward')).status).toBe(200);
    expect((await instanceOf(app, 'dip-submission', stat.documentId)).drafters).toEqual([opStat.id]);
    expect((await act(pembantu, 'dip-submission', stat.documentId, 'check->accepted:publish')).status).toBe(200);
    expect((await act(ketua, 'dip-edition', edition, 'coordination->collection:forward')).status).toBe(200);
    expect((await act(pembantu, 'dip-edition', edition, 'collection->signing:forward')).status).toBe(200);
  });

  it("the head's signature enacts the edition: decree number, signer from the position, frozen snapshot", async () => {
    const revision = (await instanceOf(app, 'dip-edition', edition)).revision;
    const res = await sign(kepala, `/ppid/dip/editions/${edition}/sign`, { revision, decreeNumber: '045/DISKOMINFO/2026' });
    expect(res.status).toBe(200);
    expect(res.body.data.state).toMatchObject({ stage: 'enacted', status: 'published' });
    const row = await app.strapi.db.query(`${P}dip-edition`).findOne({ where: { documentId: edition }, populate: { signedBy: { select: ['id'] } } });
    expect(row).toMatchObject({
      state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', signerName: 'Dr. H. Kepala Uji, M.Si.', signerTitle: 'Kepala Dinas Kominfo Uji', signerNip: '197001012000031001',
      signedBy: { id: kepala.id }, entryCount: 3, snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await logOf(app, 'dip-edition', edition)).at(-1)).toMatchObject({ action: 'publish', actorId: kepala.id, position: 'kepala' });
    const listed = await kepala.as('get', '/ppid/dip/lists');
    expect(listed.status).toBe(200);
    expect(listed.body.data.editions).toEqual([
      expect.objectContaining({ documentId: edition, state: 'enacted', decreeNumber: '045/DISKOMINFO/2026', workflow: expect.objectContaining({ stage: 'enacted', stageName: { id: 'Ditetapkan', en: 'Enacted' }, overdue: false }) }),
    ]);
  });

  it('an enacted edition is immutable on every path', async () => {
    const before = await rowOf('dip-edition', edition);
    const inst = await instanceOf(app, 'dip-edition', edition);
    const attempts = [
      kepala.as('put', `${CM}dip-edition/${edition}`).send({ title: 'DIP diubah' }),
      kepala.as('put', `${CM}dip-edition/${edition}`).send({ state: 'draft' }),
      kepala.as('delete', `${CM}dip-edition/${edition}`),
      kepala.as('post', `${CM}dip-edition/${edition}/actions/unpublish`).send({}),
      kepala.as('post', `${CM}dip-edition/${edition}/actions/discard`).send({}),
      kepala.as('post', `/ppid/workflow/items/dip-edition/${edition}/withdraw`).send({ revision: inst.revision, reason: 'Ditarik untuk diperbaiki kembali' }),
      kepala.as('post', `/ppid/dip/editions/${edition}/sign`).send({ revision: inst.revision, decreeNumber: '046/DISKOMINFO/2026' }),
    ];
    const statuses: number[] = [];
    for (const attempt of attempts) statuses.push((await attempt).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400]);
    expect(await rowOf('dip-edition', edition)).toEqual(before);
  });
});

describe(`the list of excluded information (${TEST_DB})`, () => {
  it('is checked by the Ketua PPID and signed by the head only, then archived and immutable', async () => {
    expect((await act(pembantu, 'exclusion-list', list, 'compilation->test_check:forward')).status).toBe(200);
    expect((await act(ketua, 'exclusion-list', list, 'test_check->signing:forward')).status).toBe(200);
    const revision = (await instanceOf(app, 'exclusion-list', list)).revision;
    const before = await rowOf('exclusion-list', list);
    const byKetua = await sign(ketua, `/ppid/exclusion-lists/${list}/sign`, { revision, decreeNumber: '046/DISKOMINFO/2026' });
    expect(byKetua.status).toBe(403);
    expect(byKetua.body.error).toMatchObject({ name: 'ForbiddenError', message: 'Hanya Kepala (Atasan PPID) yang dapat menandatangani Daftar Informasi yang Dikecualikan' });
    expect((await kepala.as('put', `${CM}exclusion-list/${list}`).send({ state: 'signed' })).status).toBe(400);
    expect(await rowOf('exclusion-list', list)).toEqual(before);

    const res = await sign(kepala, `/ppid/exclusion-lists/${list}/sign`, { revision, decreeNumber: '046/DISKOMINFO/2026' });
    expect({ status: res.status, error: res.body.error }).toEqual({ status: 200, error: undefined });
    const row = await rowOf('exclusion-list', list);
    expect(row).toMatchObject({ state: 'signed', decreeNumber: '046/DISKOMINFO/2026', signerName: 'Dr. H. Kepala Uji, M.Si.', entryCount: 1, archivedAt: expect.any(String) });
    expect(row.snapshot.entries).toEqual([
      expect.objectContaining({ title: 'Data pribadi pemohon bantuan sosial', article: 'h', consequenceIfOpened: expect.any(String), consequenceIfClosed: expect.any(String), testedOn: '2026-01-15' }),
    ]);
    expect(JSON.stringify(row.snapshot)).not.toContain('NIK dan alamat');

    for (const attempt of [
      kepala.as('put', `${CM}exclusion-list/${list}`).send({ title: 'Diubah' }),
      kepala.as('delete', `${CM}exclusion-list/${list}`),
    ]) {
      const r = await attempt;
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    expect(await rowOf('exclusion-list', list)).toEqual(row);
  });
});
