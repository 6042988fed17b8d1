/**
 * The transition matrix of every SOP template, generated from the definition itself: at every
 * stage, every edge taken by the holder of the stage's position passes; the same edge taken by
 * every other position is refused (403); every transition that does not leave the stage is
 * refused (400). Plus the rules around it: drafters, reasons, proof, super admins, serta merta.
 */
import { POSITIONS, type Position } from '../src/domain/constants';
import { holdersOf, inForce, type Assignment, type UnitNode } from '../src/workflow/actors';
import { authoringStages, transitionKey, validateDefinition } from '../src/workflow/definition';
import { decideFastPublish, decideRetroApproval, decideTransition, draftersAfter, needsProof, type InstanceState } from '../src/workflow/rules';
import { parseDefinition } from '../src/workflow/schema';
import { TEMPLATES, announcementDiskominfoKalbar as sop190 } from '../src/workflow/templates';

const user = (p: Position) => POSITIONS.indexOf(p) + 1;
const holder = (p: Position) => [{ userId: user(p), position: p, holding: 'definitive' as const, unitId: 1 }];
const actor = (p: Position, extra: Partial<{ superAdmin: boolean; superAdminsMayAct: boolean }> = {}) => ({ userId: user(p), superAdmin: false, superAdminsMayAct: false, ...extra });
const state = (stage: string, extra: Partial<InstanceState> = {}): InstanceState => ({ stage, status: 'active', revision: 3, drafters: [], retro: null, ...extra });
const REASON = 'Alasan yang cukup panjang.';
const PROOF = { online: 5, offline: 5 };

describe.each(TEMPLATES.map((t) => [t.key, t] as const))('transition matrix of %s', (_key, def) => {
  it('is a valid definition', () => expect(validateDefinition(def)).toEqual([]));

  const working = def.stages.filter((s) => s.actor);
  for (const stage of working) {
    const edges = def.transitions.filter((t) => t.from === stage.key);
    for (const edge of edges) {
      it(`${transitionKey(edge)}: only "${stage.actor}" may take it`, () => {
        for (const position of POSITIONS) {
          const next = def.stages.find((s) => s.key === edge.to)?.actor;
          const disposition = edge.assigns && next ? { assignment: { assignee: user(next), agendaNumber: '005/12/IKP/2026' }, candidates: holder(next) } : {};
          const result = decideTransition(def, state(stage.key), transitionKey(edge), { actor: actor(position), holders: holder(stage.actor!), reason: REASON, proof: PROOF, ...disposition });
          if (position === stage.actor) expect(result).toMatchObject({ ok: true, acting: { position, holding: 'definitive' }, transition: edge });
          else expect(result).toMatchObject({ ok: false, status: 403 });
        }
      });
    }
    it(`at "${stage.key}" every transition that does not leave it is refused with 400`, () => {
      for (const other of def.transitions.filter((t) => t.from !== stage.key)) {
        const result = decideTransition(def, state(stage.key), transitionKey(other), { actor: actor(stage.actor!), holders: holder(stage.actor!), reason: REASON, proof: PROOF });
        expect(result).toMatchObject({ ok: false, status: 400 });
      }
      expect(decideTransition(def, state(stage.key), 'x->y:forward', { actor: actor(stage.actor!), holders: holder(stage.actor!) })).toMatchObject({ ok: false, status: 400 });
    });
  }

  it('refuses every transition once the item is published or cancelled', () => {
    for (const t of def.transitions) {
      for (const status of ['published', 'cancelled'] as const) {
        const s = state(t.from, { status });
        expect(decideTransition(def, s, transitionKey(t), { actor: actor(def.stages.find((x) => x.key === t.from)!.actor!), holders: holder(def.stages.find((x) => x.key === t.from)!.actor!), reason: REASON, proof: PROOF })).toMatchObject({ ok: false, status: 400 });
      }
    }
  });

  it('never lets a drafter act at a review stage', () => {
    for (const stage of def.stages.filter((s) => s.kind === 'review')) {
      for (const t of def.transitions.filter((x) => x.from === stage.key)) {
        const s = state(stage.key, { drafters: [user(stage.actor!)] });
        expect(decideTransition(def, s, transitionKey(t), { actor: actor(stage.actor!), holders: holder(stage.actor!), reason: REASON, proof: PROOF })).toMatchObject({ ok: false, status: 403 });
      }
    }
  });

  it('needs a reason on every return and cancel', () => {
    for (const t of def.transitions.filter((x) => x.action === 'return' || x.action === 'cancel')) {
      const a = def.stages.find((s) => s.key === t.from)!.actor!;
      for (const reason of [undefined, '', '   pendek  ']) {
        expect(decideTransition(def, state(t.from), transitionKey(t), { actor: actor(a), holders: holder(a), reason })).toMatchObject({ ok: false, status: 400 });
      }
    }
  });
});

describe('rules around the matrix', () => {
  it('publishing in SOP 190 needs one online and one offline proof', () => {
    const key = 'publishing->published:publish';
    const ctx = (proof: { online: number; offline: number }) => ({ actor: actor('fungsional'), holders: holder('fungsional'), proof });
    expect(needsProof(sop190, sop190.transitions.find((t) => transitionKey(t) === key)!)).toBe(true);
    expect(decideTransition(sop190, state('publishing'), key, ctx({ online: 1, offline: 0 }))).toMatchObject({ ok: false, status: 400 });
    expect(decideTransition(sop190, state('publishing'), key, ctx({ online: 0, offline: 1 }))).toMatchObject({ ok: false, status: 400 });
    expect(decideTransition(sop190, state('publishing'), key, ctx({ online: 1, offline: 1 }))).toMatchObject({ ok: true });
  });

  it('lets a super admin stand in only when the agency allows it and nobody holds the position, recorded as such', () => {
    const key = 'review_secretary->approval_head:forward';
    const root = { userId: 999, superAdmin: true, superAdminsMayAct: true };
    expect(decideTransition(sop190, state('review_secretary'), key, { actor: root, holders: [] })).toMatchObject({ ok: true, acting: { position: null, holding: 'super_admin' } });
    // Never in place of a real holder ...
    expect(decideTransition(sop190, state('review_secretary'), key, { actor: root, holders: holder('sekretaris') })).toMatchObject({ ok: false, status: 403 });
    // ... nor when the agency does not allow it.
    expect(decideTransition(sop190, state('review_secretary'), key, { actor: { ...root, superAdminsMayAct: false }, holders: [] })).toMatchObject({ ok: false, status: 403 });
    // ... and never skips a stage nor approves what they drafted.
    expect(decideTransition(sop190, state('review_kabid'), key, { actor: root, holders: [] })).toMatchObject({ ok: false, status: 400 });
    expect(decideTransition(sop190, state('review_secretary', { drafters: [999] }), key, { actor: root, holders: [] })).toMatchObject({ ok: false, status: 403 });
  });

  it('records as drafter whoever sends the item on from an authoring stage', () => {
    expect([...authoringStages(sop190)]).toEqual(['drafting']);
    expect(draftersAfter(sop190, state('drafting'), 7)).toEqual([7]);
    expect(draftersAfter(sop190, state('drafting', { drafters: [7] }), 7)).toEqual([7]);
    expect(draftersAfter(sop190, state('review_kabid'), 8)).toEqual([]);
  });

  it('serta merta: configured positions, a reason, serta merta only; approval by another official', () => {
    const ctx = (p: Position, reason?: string, infoClass = 'serta_merta') => ({ actor: actor(p), holders: holder(p), infoClass, reason });
    expect(decideFastPublish(sop190, state('drafting'), ctx('kabid', REASON))).toMatchObject({ ok: true, acting: { position: 'kabid' } });
    expect(decideFastPublish(sop190, state('drafting'), ctx('fungsional', REASON))).toMatchObject({ ok: false, status: 403 });
    expect(decideFastPublish(sop190, state('drafting'), ctx('kabid'))).toMatchObject({ ok: false, status: 400 });
    expect(decideFastPublish(sop190, state('drafting'), ctx('kabid', REASON, 'berkala'))).toMatchObject({ ok: false, status: 400 });
    const pending = state('published', { status: 'published', retro: { status: 'pending', publishedBy: user('kabid') }, drafters: [user('fungsional')] });
    expect(decideRetroApproval(sop190, pending, { actor: actor('kabid'), holders: holder('kabid') })).toMatchObject({ ok: false, status: 403 });
    expect(decideRetroApproval(sop190, pending, { actor: actor('sekretaris'), holders: holder('sekretaris') })).toMatchObject({ ok: true });
    expect(decideRetroApproval(sop190, pending, { actor: actor('operator'), holders: holder('operator') })).toMatchObject({ ok: false, status: 403 });
    expect(decideRetroApproval(sop190, { ...pending, retro: { status: 'approved', publishedBy: 3 } }, { actor: actor('sekretaris'), holders: holder('sekretaris') })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('who holds a position for an item', () => {
  const units = new Map<number, UnitNode>([
    [1, { id: 1, code: 'dinas', name: 'Dinas', parentId: null }],
    [2, { id: 2, code: 'bidang', name: 'Bidang', parentId: 1 }],
    [3, { id: 3, code: 'seksi', name: 'Seksi', parentId: 2 }],
  ]);
  const a = (userId: number, position: Position, unitId: number, startsOn = '2026-01-01', endsOn: string | null = null, holding: Assignment['holding'] = 'definitive'): Assignment => ({ userId, position, unitId, holding, startsOn, endsOn });

  it('takes the nearest unit that has a holder: the division\'s Kabid, the agency\'s Kepala', () => {
    const list = [a(1, 'kabid', 2), a(2, 'kabid', 1), a(3, 'kepala', 1)];
    expect(holdersOf(units, list, 3, 'kabid', '2026-05-01').map((h) => h.userId)).toEqual([1]);
    expect(holdersOf(units, list, 3, 'kepala', '2026-05-01').map((h) => h.userId)).toEqual([3]);
    expect(holdersOf(units, list, 3, 'sekretaris', '2026-05-01')).toEqual([]);
  });

  it('counts acting holders within their dates, both ends included', () => {
    const list = [a(1, 'kabid', 2, '2020-01-01', '2026-03-31'), a(2, 'kabid', 2, '2026-04-01', '2026-04-30', 'plt')];
    expect(holdersOf(units, list, 2, 'kabid', '2026-03-31').map((h) => h.userId)).toEqual([1]);
    expect(holdersOf(units, list, 2, 'kabid', '2026-04-01')).toEqual([{ userId: 2, position: 'kabid', holding: 'plt', unitId: 2 }]);
    expect(holdersOf(units, list, 2, 'kabid', '2026-04-30').map((h) => h.userId)).toEqual([2]);
    // Nobody in the division on 1 May: the agency's holder, if any, else nobody.
    expect(holdersOf(units, list, 2, 'kabid', '2026-05-01')).toEqual([]);
    expect(inForce({ startsOn: '2026-04-01', endsOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('definitions sent by an admin', () => {
  const clone = () => JSON.parse(JSON.stringify({ ...sop190, version: undefined }));
  const versioned = () => ({ ...clone(), version: 2 });

  it('accepts a template as it is', () => expect(parseDefinition(clone())).toMatchObject({ ok: true }));

  it('refuses unknown keys and wrong types, naming the path', () => {
    const bad = clone();
    bad.stages[1].reasonRequierd = true;
    bad.transitions[0].action = 'approve';
    const result = parseDefinition(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path.join('.'))).toEqual(['stages.1', 'transitions.0.action']);
    }
  });

  it('names the graph problems: unknown stage, unreachable stage, duplicate edge, no path to publish', () => {
    const unknown = versioned();
    unknown.transitions.push({ from: 'drafting', to: 'nowhere', action: 'forward', label: { id: 'x', en: 'x' } });
    expect(validateDefinition(unknown).map((p) => p.message)).toContain('Transition 12 leads to unknown stage "nowhere"');

    const unreachable = versioned();
    unreachable.transitions = unreachable.transitions.filter((t: any) => t.to !== 'review_secretary');
    expect(validateDefinition(unreachable).map((p) => p.message)).toContain('Stage "review_secretary" cannot be reached from "disposition"');

    const dup = versioned();
    dup.transitions.push({ ...dup.transitions[0] });
    expect(validateDefinition(dup).map((p) => p.message)).toContain('Duplicate transition disposition -> drafting (forward)');

    const dead = versioned();
    dead.transitions = dead.transitions.filter((t: any) => t.action !== 'publish');
    expect(validateDefinition(dead).map((p) => p.message)).toContain('No path leads from "disposition" to publication');
  });
});
