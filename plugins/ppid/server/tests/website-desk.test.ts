/**
 * Issue 11: the web SOP's Koordinator is the Kepala Bidang of the website desk (where the agency's
 * website Sub Koordinator sits), whatever unit an item names; the content plan's signature and
 * hand-over are steps; the forms' who/when fields follow their signatures; minutes linked from the
 * backlog item's side obey the minutes' checks; and the legacy backlog data migrates.
 */
import knexFactory, { type Knex } from 'knex';
import { actingUnit, isWebsiteType, koordinatorUnits, stageActors, websiteDeskByAgency, websiteDeskOf } from '../src/workflow/actors';
import { uncoveredStages } from '../src/workflow/coverage';
import { validateDefinition, withdrawalActorAt, withdrawalPositions, type WorkflowDefinition } from '../src/workflow/definition';
import { parseDefinition } from '../src/workflow/schema';
import { webBacklog, webContentPlan, webMonthlyUpload } from '../src/workflow/templates';
import { planStateAt } from '../src/website/plan';
import { signedFields, type Signature } from '../src/website/forms';
import { itemMinutesRefusal } from '../src/website/records';
import { BACKLOG_STEP_RECORDS } from '../src/website/backlog';
import { SUBJECTS } from '../src/workflow/subjects';
import { COMPUTED_FIELDS } from '../src/domain/validation';
import { BACKLOG_KINDS } from '../src/domain/constants';
import { BACKLOG_TABLE, LEGACY_BACKLOG_KINDS, migrateLegacyBacklog } from '../src/migrations/web-sop-legacy';
import { assignment as a, unitMap } from './fixtures/organisation';

// Agency 1 with divisions IKP (2, its section 3) and Statistik (4); a second agency 10 with division 11.
const units = unitMap([
  { id: 1, code: 'kominfo', name: 'Diskominfo', parentId: null },
  { id: 2, code: 'ikp', name: 'Bidang IKP', parentId: 1 },
  { id: 3, code: 'seksi', name: 'Seksi Publikasi', parentId: 2 },
  { id: 4, code: 'stat', name: 'Bidang Statistik', parentId: 1 },
  { id: 10, code: 'dinsos', name: 'Dinsos', parentId: null },
  { id: 11, code: 'linjamsos', name: 'Bidang Linjamsos', parentId: 10 },
]);
const DAY = '2026-06-10';
// The website Sub Koordinator (7) sits in IKP; Kabid IKP is 20, Kabid Statistik 21; Kabid Linjamsos 30.
const staff = [a(7, 'sub_koordinator', 2), a(20, 'kabid', 2), a(21, 'kabid', 4), a(30, 'kabid', 11), a(8, 'web_developer', 4)];
const discussion = webBacklog.stages.find((s) => s.key === 'discussion')!;

describe('the website desk and the Koordinator found there', () => {
  it('is where the agency\'s website Sub Koordinator sits, per agency, the first by id when several', () => {
    expect(websiteDeskOf(units, staff, 4, DAY)).toBe(2);
    expect(websiteDeskOf(units, staff, 3, DAY)).toBe(2);
    expect(websiteDeskOf(units, staff, 11, DAY)).toBeNull();
    expect([...websiteDeskByAgency(units, [4, 2, 11]).entries()]).toEqual([
      [1, 2],
      [10, 11],
    ]);
    // An assignment that has ended no longer makes a desk.
    expect(websiteDeskOf(units, [a(7, 'sub_koordinator', 2, { endsOn: '2026-06-09' })], 4, DAY)).toBeNull();
  });

  it('resolves a website-desk stage to the Kabid of the desk for an item of any unit; other stages stay in the item\'s unit', () => {
    expect(discussion).toMatchObject({ actor: 'kabid', actorAt: 'website-desk' });
    for (const unitId of [2, 3, 4]) expect(stageActors(units, staff, unitId, discussion, DAY).map((h) => [h.userId, h.unitId])).toEqual([[20, 2]]);
    expect(stageActors(units, staff, 4, { actor: 'kabid' }, DAY).map((h) => h.userId)).toEqual([21]);
    expect(actingUnit(units, staff, 4, 'item', DAY)).toBe(4);
    expect(actingUnit(units, staff, 4, undefined, DAY)).toBe(4);
    // No website desk in the agency: nobody acts there (the checker raises stage-without-actor).
    expect(stageActors(units, staff, 11, discussion, DAY)).toEqual([]);
  });

  it('names every Koordinator stage of the web SOP at the website desk', () => {
    const koordinatorStages = [webBacklog, webContentPlan, webMonthlyUpload].flatMap((def) => def.stages.filter((s) => s.actor === 'kabid').map((s) => [def.key, s.key, s.actorAt]));
    expect(koordinatorStages).toEqual([
      ['web-backlog', 'discussion', 'website-desk'],
      ['web-backlog', 'check_online', 'website-desk'],
      ['web-rencana-konten', 'signing', 'website-desk'],
      ['web-unggah-bulanan', 'check_online', 'website-desk'],
    ]);
  });

  it('coverage: the Koordinator stages are covered for every unit of the agency by the desk\'s Kabid, uncovered without one', () => {
    expect(uncoveredStages(webBacklog, [2, 3, 4], units, staff, DAY)).toEqual([{ stage: 'content_entry', actor: 'operator', units: [{ id: 2, code: 'ikp', name: 'Bidang IKP' }, { id: 3, code: 'seksi', name: 'Seksi Publikasi' }, { id: 4, code: 'stat', name: 'Bidang Statistik' }] }]);
    const noKabidAtDesk = staff.filter((s) => !(s.position === 'kabid' && s.unitId === 2));
    const gaps = uncoveredStages(webBacklog, [4], units, [...noKabidAtDesk, a(9, 'operator', 1)], DAY);
    // Kabid Statistik (21) does not stand in: the Koordinator is the desk's Kabid.
    expect(gaps.map((g) => [g.stage, g.actor, g.actorAt, g.units.map((u) => u.id)])).toEqual([
      ['discussion', 'kabid', 'website-desk', [4]],
      ['check_online', 'kabid', 'website-desk', [4]],
    ]);
  });

  it('lets the Koordinator work on the website records of every unit of the agency, and nobody else beyond their units', () => {
    expect([...koordinatorUnits(units, staff, 20, DAY)].sort((x, y) => x - y)).toEqual([1, 2, 3, 4]);
    expect(koordinatorUnits(units, staff, 21, DAY).size).toBe(0);
    expect(koordinatorUnits(units, staff, 30, DAY).size).toBe(0);
    expect(koordinatorUnits(units, staff, 7, DAY).size).toBe(0);
    for (const t of ['backlog-item', 'plugin::ppid.content-plan', 'approval-form', 'update-request', 'meeting-minute', 'evaluation', 'content-plan-item']) expect([t, isWebsiteType(t)]).toEqual([t, true]);
    for (const t of ['announcement', 'plugin::ppid.dip-entry', 'exclusion', null, undefined]) expect([t, isWebsiteType(t)]).toEqual([t, false]);
  });

  it('takes a done item offline by the Koordinator at the desk (withdrawal), as the last review stage says when the workflow does not', () => {
    expect([withdrawalPositions(webBacklog), withdrawalActorAt(webBacklog)]).toEqual([['kabid'], 'website-desk']);
    expect([withdrawalPositions(webContentPlan), withdrawalActorAt(webContentPlan)]).toEqual([['kabid'], 'website-desk']);
    expect([withdrawalPositions(webMonthlyUpload), withdrawalActorAt(webMonthlyUpload)]).toEqual([['kabid'], 'website-desk']);
    expect(validateDefinition({ ...webBacklog, withdrawal: { positions: ['kabid'], actorAt: 'nowhere' as any } })).toEqual([{ path: ['withdrawal', 'actorAt'], message: '"withdrawal.actorAt" is one of item, website-desk' }]);
  });

  it('is part of a definition an admin sends, and refused where it means nothing', () => {
    const parsed = parseDefinition(JSON.parse(JSON.stringify(webBacklog)));
    expect(parsed.ok).toBe(true);
    expect(validateDefinition(webBacklog)).toEqual([]);
    expect(parseDefinition({ ...webBacklog, stages: webBacklog.stages.map((s) => (s.key === 'discussion' ? { ...s, actorAt: 'elsewhere' } : s)) }).ok).toBe(false);
    const onTerminal: WorkflowDefinition = { ...webBacklog, stages: webBacklog.stages.map((s) => (s.key === 'done' ? { ...s, actorAt: 'website-desk' as const } : s)) };
    expect(validateDefinition(onTerminal)).toEqual([{ path: ['stages', 8, 'actorAt'], message: 'Stage "done": "actorAt" is one of item, website-desk, for a stage with an actor' }]);
  });
});

describe('the content plan (A1): signature and hand-over as steps', () => {
  it('is signed by the Koordinator as a recorded step, then handed to the head by the Sub Koordinator', () => {
    expect(validateDefinition(webContentPlan)).toEqual([]);
    expect(webContentPlan.transitions.map((t) => [t.from, t.to, t.action, webContentPlan.stages.find((s) => s.key === t.from)!.actor, t.receipt ?? false])).toEqual([
      ['planning', 'signing', 'forward', 'sub_koordinator', false],
      ['planning', 'cancelled', 'cancel', 'sub_koordinator', false],
      ['signing', 'planning', 'return', 'kabid', false],
      ['signing', 'handover', 'forward', 'kabid', true],
      ['handover', 'published', 'publish', 'sub_koordinator', false],
    ]);
  });

  it('shows draft while written and signed, signed at the hand-over, submitted once handed over', () => {
    expect(['planning', 'signing', 'handover', 'published', 'cancelled'].map((k) => planStateAt(webContentPlan, k))).toEqual(['draft', 'draft', 'signed', 'submitted', 'draft']);
    expect(COMPUTED_FIELDS['content-plan']).toEqual(['state', 'signedBy', 'signedAt', 'submittedToHeadBy', 'submittedToHeadAt']);
  });
});

describe('the forms\' who/when fields follow their signatures', () => {
  const sig = (role: Signature['role'], userId: number, at: string): Signature => ({ role, userId, at });
  it('update request: requested by the Sub Koordinator, received by the Web Developer who signed', () => {
    expect(signedFields('update_request', [])).toEqual({ requestedBy: null, developer: null, receivedAt: null, state: 'submitted' });
    expect(signedFields('update_request', [sig('sub_koordinator', 7, '2026-06-01T02:00:00.000Z')])).toEqual({ requestedBy: 7, developer: null, receivedAt: null, state: 'submitted' });
    expect(signedFields('update_request', [sig('sub_koordinator', 7, '2026-06-01T02:00:00.000Z'), sig('web_developer', 8, '2026-06-02T03:00:00.000Z')])).toEqual({
      requestedBy: 7,
      developer: 8,
      receivedAt: '2026-06-02T03:00:00.000Z',
      state: 'received',
    });
  });
  it('approval form: approved by the Koordinator who signed, when he signed', () => {
    expect(signedFields('approval_form', [sig('sub_koordinator', 7, '2026-06-01T02:00:00.000Z')])).toEqual({ approvedBy: null, decidedAt: null, state: 'pending' });
    expect(signedFields('approval_form', [sig('sub_koordinator', 7, '2026-06-01T02:00:00.000Z'), sig('koordinator', 20, '2026-06-03T04:00:00.000Z')])).toEqual({ approvedBy: 20, decidedAt: '2026-06-03T04:00:00.000Z', state: 'approved' });
  });
  it('the checks the older forms typed by hand are recorded by the backlog steps', () => {
    const edges = webBacklog.transitions.map((t) => `${t.from}->${t.to}:${t.action}`);
    for (const edge of Object.keys(BACKLOG_STEP_RECORDS)) expect(edges).toContain(edge);
    expect(SUBJECTS['backlog-item'].stepRecords).toBe(BACKLOG_STEP_RECORDS);
    const written = Object.values(BACKLOG_STEP_RECORDS).flat().flatMap((r) => [r.at, ...(r.by ? [r.by] : [])]);
    expect(written.sort()).toEqual(['checkedAt', 'checkedBy', 'onlineCheckedAt', 'presentedAt']);
    for (const f of ['checkedAt', 'checkedBy', 'presentedAt']) expect(COMPUTED_FIELDS['update-request']).toContain(f);
    expect(COMPUTED_FIELDS['approval-form']).toContain('onlineCheckedAt');
  });
  it('are fields nobody types', () => {
    for (const f of ['state', 'requestedBy', 'developer', 'receivedAt', 'presentedAt', 'checkedBy', 'checkedAt']) expect(COMPUTED_FIELDS['update-request']).toContain(f);
    for (const f of ['state', 'approvedBy', 'decidedAt', 'onlineCheckedAt']) expect(COMPUTED_FIELDS['approval-form']).toContain(f);
  });
});

describe('minutes linked from the backlog item\'s side', () => {
  const open = { documentId: 'm1', reported: false };
  const reported = { documentId: 'm2', reported: true };
  it('a closed item takes no minutes; reported minutes neither gain nor lose an item', () => {
    expect(itemMinutesRefusal('discussed', [open], [])).toBeNull();
    expect(itemMinutesRefusal('done', [], [open])).toBeNull();
    expect(itemMinutesRefusal('done', [open], [])?.en).toBe('This backlog item is closed; minutes cannot be linked to it any more.');
    expect(itemMinutesRefusal('rejected', [open], [])?.id).toBe('Item backlog ini sudah selesai; notulen tidak dapat dikaitkan lagi.');
    expect(itemMinutesRefusal('proposed', [reported], [])?.en).toBe('Minutes m2 were reported to the head; their follow-ups cannot change.');
    expect(itemMinutesRefusal('proposed', [], [reported])?.en).toBe('Minutes m2 were reported to the head; their follow-ups cannot change.');
  });
});

describe('legacy backlog migration', () => {
  let knex: Knex;
  beforeEach(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  });
  afterEach(async () => {
    await knex.destroy();
  });

  it('maps every old kind to one of the SOP\'s kinds', () => {
    for (const kind of Object.values(LEGACY_BACKLOG_KINDS)) expect(BACKLOG_KINDS).toContain(kind);
  });

  it('does nothing on a database without the table (a fresh install)', async () => {
    expect(await migrateLegacyBacklog(knex)).toEqual({ kinds: {}, receipts: 0 });
  });

  it('maps the old kinds and moves the old receipt timestamp where the engine recorded none, once', async () => {
    await knex.schema.createTable(BACKLOG_TABLE, (t) => {
      t.increments('id');
      t.string('kind');
      t.datetime('developer_receipt_at');
    });
    await knex(BACKLOG_TABLE).insert([
      { kind: 'bug', developer_receipt_at: '2025-03-04 02:00:00.000' },
      { kind: 'feature', developer_receipt_at: null },
      { kind: 'improvement', developer_receipt_at: null },
      { kind: 'content', developer_receipt_at: '2025-04-05 03:00:00.000' },
      { kind: 'technical_issue', developer_receipt_at: null },
    ]);
    expect(await migrateLegacyBacklog(knex)).toEqual({ kinds: { bug: 1, feature: 1, improvement: 1, content: 1 }, receipts: 2 });
    const rows = await knex(BACKLOG_TABLE).orderBy('id').select('kind', 'received_at');
    expect(rows).toEqual([
      { kind: 'technical_issue', received_at: '2025-03-04 02:00:00.000' },
      { kind: 'development_plan', received_at: null },
      { kind: 'development_plan', received_at: null },
      { kind: 'content_update', received_at: '2025-04-05 03:00:00.000' },
      { kind: 'technical_issue', received_at: null },
    ]);
    // Idempotent; a receipt the engine recorded since is never overwritten.
    await knex(BACKLOG_TABLE).where('id', 4).update({ received_at: '2026-01-01 00:00:00.000' });
    expect(await migrateLegacyBacklog(knex)).toEqual({ kinds: {}, receipts: 0 });
    expect((await knex(BACKLOG_TABLE).where('id', 4).first()).received_at).toBe('2026-01-01 00:00:00.000');
  });
});
