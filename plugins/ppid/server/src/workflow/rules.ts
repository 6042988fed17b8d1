/**
 * The workflow's decisions as pure functions: may this person take this transition now, may they
 * publish at once (serta merta), may they approve that afterwards. Each answer is either the
 * position they act in, or a refusal with the HTTP status and a message a person can act on.
 * The engine (services/workflow.ts) resolves holders and proof, then asks here; nothing else
 * decides.
 */
import type { Position } from '../domain/constants';
import type { Holder } from './actors';
import { authoringStages, transitionKey, type TransitionDef, type WorkflowDefinition } from './definition';

export const MIN_REASON_LENGTH = 10;

export type Text = { id: string; en: string };

/** The fields an edge `requires` that are still empty (`filled` says whether the item has one). */
export const missingRequired = (t: TransitionDef, filled: (field: string) => boolean): string[] => (t.requires ?? []).filter((f) => !filled(f));

export type InstanceStatus = 'active' | 'published' | 'cancelled' | 'deleted';
export interface InstanceState {
  stage: string;
  status: InstanceStatus;
  revision: number;
  /** Users who wrote the item (edited it or sent it on at an authoring stage). */
  drafters: number[];
  retro: null | { status: 'pending' | 'approved'; publishedBy: number };
  /** Who approved at which review stage in this round (a second pair of eyes is another person). */
  approvals?: { userId: number; stage: string }[];
  /** The person named at the disposisi; only they act at `assigned` stages. */
  assigneeId?: number | null;
}
export interface Actor {
  userId: number;
  superAdmin: boolean;
  /** The agency lets super admins act at a stage (config `workflow.superAdminsMayAct`). */
  superAdminsMayAct: boolean;
}
export type Proof = { online: number; offline: number };
export type Acting = { position: Position | null; holding: Holder['holding'] | 'super_admin'; unitId: number | null };
export type Refusal = { ok: false; status: 400 | 403; message: string };
export type Decision<T = object> = ({ ok: true; acting: Acting } & T) | Refusal;

const refuse = (status: 400 | 403, message: string): Refusal => ({ ok: false, status, message });

export const hasReason = (reason: unknown): reason is string =>
  typeof reason === 'string' && reason.trim().length >= MIN_REASON_LENGTH;

export const needsReason = (t: TransitionDef) => t.action === 'return' || t.action === 'cancel' || t.reasonRequired === true;
export const needsProof = (def: WorkflowDefinition, t: TransitionDef) =>
  t.action === 'publish' && t.proofRequired !== false && !!def.proof && def.proof.online + def.proof.offline > 0;

/**
 * The holder the user acts as. A super admin stands in only when the agency allows it AND nobody
 * holds the position for the item (the log records it as such): never in place of a real holder.
 */
function actingAs(actor: Actor, holders: Holder[]): Acting | null {
  const held = holders.find((h) => h.userId === actor.userId);
  if (held) return { position: held.position, holding: held.holding, unitId: held.unitId };
  if (actor.superAdmin && actor.superAdminsMayAct && holders.length === 0) return { position: null, holding: 'super_admin', unitId: null };
  return null;
}

/** The holders who act at `stage` for this item: only the named person at an `assigned` stage. */
export function stageHolders(def: WorkflowDefinition, state: Pick<InstanceState, 'stage' | 'assigneeId'>, holders: Holder[], stageKey = state.stage): Holder[] {
  const stage = def.stages.find((s) => s.key === stageKey);
  if (!stage?.assigned || !state.assigneeId) return holders;
  return holders.filter((h) => h.userId === state.assigneeId);
}

/** The review stage (other than `stageKey`) where this person already approved in this round. */
export function approvedElsewhere(state: InstanceState, userId: number, stageKey: string): string | null {
  return (state.approvals ?? []).find((a) => a.userId === userId && a.stage !== stageKey)?.stage ?? null;
}

const positionsText = (positions: readonly string[]) => positions.map((p) => `"${p}"`).join(' or ');

/**
 * May `actor` take transition `key` from the item's current state?
 * `holders`: who holds the acting position of the current stage for this item today.
 */
export function decideTransition(
  def: WorkflowDefinition,
  state: InstanceState,
  key: string,
  ctx: {
    actor: Actor;
    holders: Holder[];
    reason?: unknown;
    proof?: Proof;
    /** The disposisi sent with an `assigns` edge. */
    assignment?: { assignee?: unknown; agendaNumber?: unknown };
    /** Who may be named there: the holders of the next stage's position for the item. */
    candidates?: Holder[];
    /** The fields the edge `requires` that the item leaves empty, named for people. */
    missing?: { field: string; label: Text }[];
    /** The person's language for the refusals that have both (default English). */
    say?: (text: Text) => string;
  }
): Decision<{ transition: TransitionDef }> {
  if (state.status !== 'active') return refuse(400, `The workflow of this item is ${state.status}: no transition is open`);
  const transition = def.transitions.find((t) => transitionKey(t) === key);
  if (!transition) return refuse(400, `"${key}" is not a transition of workflow "${def.key}"`);
  if (transition.from !== state.stage) {
    return refuse(400, `"${key}" does not leave the current stage "${state.stage}": nobody skips a stage`);
  }
  const stage = def.stages.find((s) => s.key === state.stage)!;
  const acting = actingAs(ctx.actor, ctx.holders);
  if (!acting) {
    if (stage.assigned && state.assigneeId) {
      return refuse(403, `At stage "${stage.key}" only the person named in the disposition acts on this item`);
    }
    return refuse(403, `Only the holder of position "${stage.actor}" for this item's unit may act at stage "${stage.key}"`);
  }
  if (stage.kind === 'review' && state.drafters.includes(ctx.actor.userId)) {
    return refuse(403, `You drafted this item: a drafter never approves their own item (stage "${stage.key}")`);
  }
  const earlier = stage.kind === 'review' && (transition.action === 'forward' || transition.action === 'publish') ? approvedElsewhere(state, ctx.actor.userId, stage.key) : null;
  if (earlier) {
    return refuse(403, `You already approved this item at stage "${earlier}" in this round: a second pair of eyes means another person (stage "${stage.key}")`);
  }
  if (transition.assigns) {
    const problem = checkAssignment(ctx.assignment, ctx.candidates ?? []);
    if (problem) return refuse(problem.status, problem.message);
  }
  if (needsReason(transition) && !hasReason(ctx.reason)) {
    return refuse(400, `"${transition.label.en}" needs a written reason of at least ${MIN_REASON_LENGTH} characters`);
  }
  if (ctx.missing?.length) {
    const say = ctx.say ?? ((t: Text) => t.en);
    return refuse(
      400,
      say({
        id: `"${transition.label.id}" belum dapat dilakukan: lengkapi dulu ${ctx.missing.map((m) => m.label.id).join(', ')} pada item ini`,
        en: `"${transition.label.en}" cannot be taken yet: first fill in ${ctx.missing.map((m) => m.label.en).join(', ')} on this item`,
      })
    );
  }
  if (needsProof(def, transition)) {
    const want = def.proof!;
    const have = ctx.proof ?? { online: 0, offline: 0 };
    if (have.online < want.online || have.offline < want.offline) {
      return refuse(
        400,
        `Publishing needs proof of publication: at least ${want.online} online and ${want.offline} offline record(s) with a URL or file; this item has ${have.online} online and ${have.offline} offline`
      );
    }
  }
  return { ok: true, acting, transition };
}

/** The serta merta fast path: publish at once, with a reason, by one of the configured positions. */
export function decideFastPublish(
  def: WorkflowDefinition,
  state: InstanceState,
  ctx: { actor: Actor; holders: Holder[]; infoClass: string | null; reason?: unknown }
): Decision {
  const ft = def.fastTrack;
  if (!ft) return refuse(400, `Workflow "${def.key}" has no serta merta fast path`);
  if (ctx.infoClass !== 'serta_merta') return refuse(400, 'Only serta merta (immediate) information may take the fast path');
  if (state.status !== 'active') return refuse(400, `The workflow of this item is ${state.status}: it cannot be fast-published`);
  const acting = actingAs(ctx.actor, ctx.holders.filter((h) => ft.positions.includes(h.position)));
  if (!acting) return refuse(403, `Only ${positionsText(ft.positions)} may publish serta merta information at once`);
  if (state.drafters.includes(ctx.actor.userId)) {
    return refuse(403, 'You wrote or edited this item (its class included): another official judges that it cannot wait and publishes it at once');
  }
  if (!hasReason(ctx.reason)) return refuse(400, `Publishing at once needs a written reason of at least ${MIN_REASON_LENGTH} characters`);
  return { ok: true, acting };
}

/** The retrospective approval of a fast-published item: another official than its publisher. */
export function decideRetroApproval(
  def: WorkflowDefinition,
  state: InstanceState,
  ctx: { actor: Actor; holders: Holder[] }
): Decision {
  const ft = def.fastTrack;
  if (!ft || state.retro?.status !== 'pending') return refuse(400, 'Nothing on this item awaits retrospective approval');
  if (state.retro.publishedBy === ctx.actor.userId) {
    return refuse(403, 'You published this item at once: a different official must approve it afterwards');
  }
  if (state.drafters.includes(ctx.actor.userId)) return refuse(403, 'You drafted this item: a drafter never approves their own item');
  const acting = actingAs(ctx.actor, ctx.holders.filter((h) => ft.retroApprovers.includes(h.position)));
  if (!acting) return refuse(403, `Only ${positionsText(ft.retroApprovers)} may approve a serta merta publication afterwards`);
  return { ok: true, acting };
}

export const MAX_AGENDA_LENGTH = 100;

/** Is this a valid disposisi (a named holder of the next stage and an agenda number)? */
export function checkAssignment(assignment: { assignee?: unknown; agendaNumber?: unknown } | undefined, candidates: Holder[]): Refusal | null {
  const { assignee, agendaNumber } = assignment ?? {};
  if (typeof assignee !== 'number' || !Number.isInteger(assignee)) {
    return refuse(400, 'The disposition names the person who drafts: send "assignee" (the id of a holder of the next stage\'s position)');
  }
  if (typeof agendaNumber !== 'string' || !agendaNumber.trim() || agendaNumber.length > MAX_AGENDA_LENGTH || /[\u0000-\u001f]/.test(agendaNumber)) {
    return refuse(400, `The disposition needs its agenda number ("agendaNumber", 1-${MAX_AGENDA_LENGTH} characters)`);
  }
  if (!candidates.some((h) => h.userId === assignee)) {
    return refuse(400, 'The person named does not hold the position that acts at the next stage for this item\'s unit');
  }
  return null;
}

/** May `actor` name another person at the disposisi (the head of the unit, while the item is active)? */
export function decideReassignment(
  def: WorkflowDefinition,
  state: InstanceState,
  ctx: { actor: Actor; holders: Holder[]; assignment?: { assignee?: unknown; agendaNumber?: unknown }; candidates: Holder[] }
): Decision<{ edge: TransitionDef }> {
  const edge = def.transitions.find((t) => t.assigns);
  if (!edge) return refuse(400, `Workflow "${def.key}" has no disposition`);
  if (state.status !== 'active') return refuse(400, `The workflow of this item is ${state.status}: nobody is named any more`);
  const acting = actingAs(ctx.actor, ctx.holders);
  const actor = def.stages.find((s) => s.key === edge.from)?.actor;
  if (!acting) return refuse(403, `Only the holder of position "${actor}" for this item's unit names who drafts it`);
  const problem = checkAssignment(ctx.assignment, ctx.candidates);
  return problem ?? { ok: true, acting, edge };
}

/** May `actor` take a published item offline or delete it (a recorded step with a reason)? */
export function decideWithdrawal(
  def: WorkflowDefinition,
  state: InstanceState,
  ctx: { actor: Actor; holders: Holder[]; positions: Position[]; reason?: unknown; kind: 'unpublish' | 'delete'; published: boolean }
): Decision {
  if (ctx.kind === 'unpublish' && !ctx.published) return refuse(400, 'This item is not published: there is nothing to take offline');
  if (ctx.kind === 'unpublish' && state.status === 'active' && !state.retro) {
    return refuse(400, `This item is in review at stage "${state.stage}": finish or cancel the round before taking the published version offline`);
  }
  const acting = actingAs(ctx.actor, ctx.holders.filter((h) => ctx.positions.includes(h.position)));
  const what = ctx.kind === 'unpublish' ? 'take this item offline' : 'delete this item';
  if (!acting) return refuse(403, `Only ${positionsText(ctx.positions)} for this item's unit may ${what}`);
  if (!hasReason(ctx.reason)) return refuse(400, `To ${what} you need a written reason of at least ${MIN_REASON_LENGTH} characters`);
  return { ok: true, acting };
}

/** The approvals of the round after this transition (a review stage's forward or publish). */
export function approvalsAfter(def: WorkflowDefinition, state: InstanceState, userId: number, t: TransitionDef) {
  const approvals = state.approvals ?? [];
  const stage = def.stages.find((s) => s.key === t.from);
  if (stage?.kind !== 'review' || (t.action !== 'forward' && t.action !== 'publish')) return approvals;
  return approvals.some((a) => a.userId === userId && a.stage === stage.key) ? approvals : [...approvals, { userId, stage: stage.key }];
}

/** Who becomes a drafter by taking this transition (the sender of an authoring stage). */
export function draftersAfter(def: WorkflowDefinition, state: InstanceState, userId: number | null): number[] {
  if (userId === null || !authoringStages(def).has(state.stage) || state.drafters.includes(userId)) return state.drafters;
  return [...state.drafters, userId];
}

/** The stage an item starts at and returns to when a new round begins. */
export const initialStage = (def: WorkflowDefinition) => def.stages.find((s) => s.key === def.initialStage)!;

/** Status of the instance once it is at `stageKey`. */
export function statusAt(def: WorkflowDefinition, stageKey: string): InstanceStatus {
  const kind = def.stages.find((s) => s.key === stageKey)?.kind;
  return kind === 'published' ? 'published' : kind === 'cancelled' ? 'cancelled' : 'active';
}

/** The positions that review an item in its workflow (the actors of its review stages). */
export const reviewPositions = (def: WorkflowDefinition): Position[] => [
  ...new Set(def.stages.filter((s) => s.kind === 'review' && s.actor).map((s) => s.actor as Position)),
];

/**
 * May `actor` decide that a value the privacy check flagged may be published? A reviewer of the
 * item (a holder of one of its review stages' positions for its unit) who did not write it, with a
 * written reason, while the item is still in review (or awaits its retrospective approval).
 */
export function decideClearance(
  def: WorkflowDefinition,
  state: InstanceState,
  ctx: { actor: Actor; holders: Holder[]; reason?: unknown }
): Decision {
  if (state.status !== 'active' && state.retro?.status !== 'pending') {
    return refuse(400, `The workflow of this item is ${state.status}: findings are decided while it is in review`);
  }
  if (state.drafters.includes(ctx.actor.userId)) return refuse(403, 'You wrote this item: a reviewer who did not write it decides on its findings');
  const positions = reviewPositions(def);
  const acting = actingAs(ctx.actor, ctx.holders.filter((h) => positions.includes(h.position)));
  if (!acting) return refuse(403, `Only a reviewer of this item (${positionsText(positions)} for its unit) may clear a finding`);
  if (!hasReason(ctx.reason)) return refuse(400, `To clear a finding you need a written reason of at least ${MIN_REASON_LENGTH} characters`);
  return { ok: true, acting };
}
