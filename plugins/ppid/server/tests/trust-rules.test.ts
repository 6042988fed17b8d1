/**
 * The rules that keep the approval chain honest, as pure functions: agency positions act for every
 * unit, membership follows positions, a second pair of eyes is another person, the disposisi names
 * who drafts, taking an item offline is the named positions' step.
 */
import { holdersOf, memberUnits, membershipOf, type Assignment } from '../src/workflow/actors';
import { uncoveredStages } from '../src/workflow/coverage';
import { validateDefinition, withdrawalPositions, type WorkflowDefinition } from '../src/workflow/definition';
import { approvalsAfter, checkAssignment, decideFastPublish, decideReassignment, decideTransition, decideWithdrawal, stageHolders, type InstanceState } from '../src/workflow/rules';
import { announcementDiskominfoKalbar as sop190, announcementDinsosPontianak as dinsos, dipKapuasHulu } from '../src/workflow/templates';
import { assignment as a, unitMap } from './fixtures/organisation';

// agency(1) ├ sekretariat(2) ├ subbag(3)   └ bidang-ikp(4) └ seksi(5)   ; another agency(10) └ bidang(11)
const units = unitMap([
  { id: 1, code: 'dinas', name: 'Dinas', parentId: null },
  { id: 2, code: 'sekretariat', name: 'Sekretariat', parentId: 1 },
  { id: 3, code: 'subbag', name: 'Subbag', parentId: 2 },
  { id: 4, code: 'bidang-ikp', name: 'Bidang IKP', parentId: 1 },
  { id: 5, code: 'seksi', name: 'Seksi', parentId: 4 },
  { id: 10, code: 'dinas-lain', name: 'Dinas lain', parentId: null },
  { id: 11, code: 'bidang-lain', name: 'Bidang lain', parentId: 10 },
]);
const DAY = '2026-12-02';
const staff = [
  a(1, 'kepala', 1),
  a(2, 'sekretaris', 2),
  a(3, 'kabid', 4),
  a(4, 'fungsional', 5),
  a(5, 'fungsional', 5),
  a(6, 'kabid', 3),
  a(7, 'sekretaris', 11),
  a(8, 'fungsional', 4, { endsOn: '2026-11-30' }),
];
const state = (stage: string, extra: Partial<InstanceState> = {}): InstanceState => ({ stage, status: 'active', revision: 2, drafters: [], retro: null, ...extra });
const actor = (userId: number, extra = {}) => ({ userId, superAdmin: false, superAdminsMayAct: false, ...extra });
const REASON = 'Alasan yang cukup panjang untuk dicatat.';

describe('agency positions act for every unit of their agency', () => {
  it('finds the Sekretaris of the Sekretariat for a section of a division, and not the other agency\'s', () => {
    expect(holdersOf(units, staff, 5, 'sekretaris', DAY).map((h) => h.userId)).toEqual([2]);
    expect(holdersOf(units, staff, 11, 'sekretaris', DAY).map((h) => h.userId)).toEqual([7]);
    expect(holdersOf(units, staff, 3, 'kepala', DAY).map((h) => h.userId)).toEqual([1]);
  });
  it('keeps unit positions to their unit and the nearest unit above', () => {
    expect(holdersOf(units, staff, 5, 'kabid', DAY).map((h) => h.userId)).toEqual([3]);
    expect(holdersOf(units, staff, 3, 'kabid', DAY).map((h) => h.userId)).toEqual([6]);
    expect(holdersOf(units, staff, 2, 'kabid', DAY)).toEqual([]);
  });
});

describe('membership follows positions', () => {
  it('a fungsional works for her section; a Kabid for his division and its sections; the Sekretaris for the whole agency', () => {
    expect([...memberUnits(units, staff, 4, DAY)].sort()).toEqual([5]);
    expect([...memberUnits(units, staff, 3, DAY)].sort()).toEqual([4, 5]);
    expect([...memberUnits(units, staff, 2, DAY)].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5]);
    expect([...memberUnits(units, staff, 7, DAY)].sort((x, y) => x - y)).toEqual([10, 11]);
  });
  it('an ended assignment counts no more; a person without a position works for no unit', () => {
    expect([...memberUnits(units, staff, 8, DAY)]).toEqual([]);
    expect([...memberUnits(units, staff, 8, '2026-11-30')]).toEqual([4, 5]);
    expect(membershipOf(units, staff, 99, 4, DAY)).toBeNull();
    expect(membershipOf(units, staff, 3, 5, DAY)).toMatchObject({ position: 'kabid', unitId: 4 });
  });
});

describe('a second pair of eyes is another person', () => {
  const holders = (userId: number, position: Assignment['position']) => [{ userId, position, holding: 'definitive' as const, unitId: 1 }];
  it('refuses an approval at a second review stage of the same round, super admins included', () => {
    const s = state('review_secretary', { approvals: [{ userId: 3, stage: 'review_kabid' }] });
    const key = 'review_secretary->approval_head:forward';
    expect(decideTransition(sop190, s, key, { actor: actor(3), holders: holders(3, 'sekretaris') })).toMatchObject({ ok: false, status: 403 });
    expect(decideTransition(sop190, s, key, { actor: actor(2), holders: holders(2, 'sekretaris') })).toMatchObject({ ok: true });
    const root = { ...s, approvals: [{ userId: 999, stage: 'review_kabid' }] };
    expect(decideTransition(sop190, root, key, { actor: actor(999, { superAdmin: true, superAdminsMayAct: true }), holders: [] })).toMatchObject({ ok: false, status: 403 });
  });
  it('lets the same reviewer approve again at the same stage after a return', () => {
    const s = state('review_kabid', { approvals: [{ userId: 3, stage: 'review_kabid' }] });
    expect(decideTransition(sop190, s, 'review_kabid->review_secretary:forward', { actor: actor(3), holders: holders(3, 'kabid') })).toMatchObject({ ok: true });
  });
  it('records approvals of review stages only, once per person and stage', () => {
    const fwd = sop190.transitions.find((t) => t.from === 'review_kabid' && t.action === 'forward')!;
    const ret = sop190.transitions.find((t) => t.from === 'review_kabid' && t.action === 'return')!;
    const draft = sop190.transitions.find((t) => t.from === 'drafting')!;
    expect(approvalsAfter(sop190, state('review_kabid'), 3, fwd)).toEqual([{ userId: 3, stage: 'review_kabid' }]);
    expect(approvalsAfter(sop190, state('review_kabid', { approvals: [{ userId: 3, stage: 'review_kabid' }] }), 3, fwd)).toEqual([{ userId: 3, stage: 'review_kabid' }]);
    expect(approvalsAfter(sop190, state('review_kabid'), 3, ret)).toEqual([]);
    expect(approvalsAfter(sop190, state('drafting'), 4, draft)).toEqual([]);
  });
});

describe('disposisi', () => {
  const fungsional = [4, 5].map((userId) => ({ userId, position: 'fungsional' as const, holding: 'definitive' as const, unitId: 5 }));
  const kabid = [{ userId: 3, position: 'kabid' as const, holding: 'definitive' as const, unitId: 4 }];
  it('needs a holder of the next stage and an agenda number', () => {
    expect(checkAssignment({ assignee: 4, agendaNumber: '005/12/IKP/2026' }, fungsional)).toBeNull();
    expect(checkAssignment(undefined, fungsional)).toMatchObject({ status: 400 });
    expect(checkAssignment({ assignee: '4', agendaNumber: '005' }, fungsional)).toMatchObject({ status: 400 });
    expect(checkAssignment({ assignee: 4, agendaNumber: '  ' }, fungsional)).toMatchObject({ status: 400 });
    expect(checkAssignment({ assignee: 4, agendaNumber: 'x'.repeat(101) }, fungsional)).toMatchObject({ status: 400 });
    expect(checkAssignment({ assignee: 4, agendaNumber: 'a\u0000b' }, fungsional)).toMatchObject({ status: 400 });
    expect(checkAssignment({ assignee: 3, agendaNumber: '005' }, fungsional)).toMatchObject({ status: 400, message: expect.stringContaining('does not hold') });
  });
  it('is part of the disposition edge of SOP 190', () => {
    const key = 'disposition->drafting:forward';
    expect(decideTransition(sop190, state('disposition'), key, { actor: actor(3), holders: kabid, candidates: fungsional })).toMatchObject({ ok: false, status: 400 });
    expect(decideTransition(sop190, state('disposition'), key, { actor: actor(3), holders: kabid, candidates: fungsional, assignment: { assignee: 5, agendaNumber: '005/12' } })).toMatchObject({ ok: true });
  });
  it('leaves the drafting and publishing steps to the named person only', () => {
    const s = state('drafting', { assigneeId: 5 });
    expect(stageHolders(sop190, s, fungsional).map((h) => h.userId)).toEqual([5]);
    expect(stageHolders(sop190, state('drafting'), fungsional).map((h) => h.userId)).toEqual([4, 5]);
    expect(stageHolders(sop190, { ...s, stage: 'review_kabid' }, kabid)).toEqual(kabid);
    expect(decideTransition(sop190, s, 'drafting->review_kabid:forward', { actor: actor(4), holders: stageHolders(sop190, s, fungsional) })).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining('named in the disposition'),
    });
  });
  it('may be changed by the head of the unit only', () => {
    const s = state('drafting', { assigneeId: 5 });
    const ctx = { holders: kabid, candidates: fungsional, assignment: { assignee: 4, agendaNumber: '005/12' } };
    expect(decideReassignment(sop190, s, { ...ctx, actor: actor(3) })).toMatchObject({ ok: true });
    expect(decideReassignment(sop190, s, { ...ctx, actor: actor(5) })).toMatchObject({ ok: false, status: 403 });
    expect(decideReassignment(dipKapuasHulu, s, { ...ctx, actor: actor(3) })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('taking an item offline or deleting it', () => {
  const heads = [{ userId: 1, position: 'kepala' as const, holding: 'definitive' as const, unitId: 1 }];
  const done = state('published', { status: 'published' });
  it('is the step of the positions the workflow names, with a reason', () => {
    const positions = withdrawalPositions(sop190);
    expect(positions).toEqual(['kepala', 'sekretaris']);
    expect(decideWithdrawal(sop190, done, { actor: actor(1), holders: heads, positions, reason: REASON, kind: 'unpublish', published: true })).toMatchObject({ ok: true });
    expect(decideWithdrawal(sop190, done, { actor: actor(3), holders: heads, positions, reason: REASON, kind: 'unpublish', published: true })).toMatchObject({ ok: false, status: 403 });
    expect(decideWithdrawal(sop190, done, { actor: actor(1), holders: heads, positions, reason: 'singkat', kind: 'delete', published: true })).toMatchObject({ ok: false, status: 400 });
    expect(decideWithdrawal(sop190, done, { actor: actor(1), holders: heads, positions, reason: REASON, kind: 'unpublish', published: false })).toMatchObject({ ok: false, status: 400 });
  });
  it('defaults to the actor of the last review stage', () => {
    expect(withdrawalPositions(dipKapuasHulu)).toEqual(['kepala']);
    expect(withdrawalPositions(dinsos)).toEqual(['ppid_utama', 'kepala']);
  });
});

describe('definitions', () => {
  it('refuse a disposition edge that does not forward to a stage with an actor, and unknown withdrawal positions', () => {
    const bad: WorkflowDefinition = {
      ...sop190,
      transitions: sop190.transitions.map((t) => (t.action === 'cancel' && t.from === 'disposition' ? { ...t, assigns: true } : t)),
      withdrawal: { positions: ['lurah' as any] },
    };
    const problems = validateDefinition(bad).map((p) => p.path.join('.'));
    expect(problems).toEqual(expect.arrayContaining(['transitions.1.assigns', 'withdrawal.positions']));
  });
  it('the Dinas Sosial template has the SOP\'s seven steps', () => {
    expect(validateDefinition(dinsos)).toEqual([]);
    expect(dinsos.stages.filter((s) => s.actor).map((s) => s.key)).toEqual([
      'update_request',
      'coordination',
      'preparation',
      'clarification',
      'coordination_publication',
      'periodic_update',
      'publishing',
    ]);
  });
});

describe('no stage without someone who can act', () => {
  it('names the stages and units where nobody holds the position', () => {
    // SOP 190 for the section (5) and the subbag (3): the subbag has no fungsional; nobody anywhere is Sekretaris of agency 10.
    const found = uncoveredStages(sop190, [5, 3], units, staff, DAY);
    expect(found).toEqual([{ stage: 'drafting', actor: 'fungsional', units: [{ id: 3, code: 'subbag', name: 'Subbag' }] }, { stage: 'publishing', actor: 'fungsional', units: [{ id: 3, code: 'subbag', name: 'Subbag' }] }]);
    expect(uncoveredStages(sop190, [11], units, staff, DAY).map((u) => u.stage)).toEqual(['disposition', 'drafting', 'review_kabid', 'approval_head', 'publishing']);
  });
});

describe('serta merta fast path', () => {
  it('is not taken by whoever wrote or edited the item (its class included)', () => {
    const kabid = [{ userId: 3, position: 'kabid' as const, holding: 'definitive' as const, unitId: 4 }];
    const ctx = { actor: actor(3), holders: kabid, infoClass: 'serta_merta', reason: REASON };
    expect(decideFastPublish(sop190, state('review_kabid'), ctx)).toMatchObject({ ok: true });
    expect(decideFastPublish(sop190, state('review_kabid', { drafters: [3] }), ctx)).toMatchObject({ ok: false, status: 403 });
  });
});
