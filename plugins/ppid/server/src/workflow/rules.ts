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

export type InstanceStatus = 'active' | 'published' | 'cancelled';
export interface InstanceState {
  stage: string;
  status: InstanceStatus;
  revision: number;
  /** Users who wrote the item (edited it or sent it on at an authoring stage). */
  drafters: number[];
  retro: null | { status: 'pending' | 'approved'; publishedBy: number };
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

/** The holder the user acts as, or a super admin standing in (when the agency allows it). */
function actingAs(actor: Actor, holders: Holder[]): Acting | null {
  const held = holders.find((h) => h.userId === actor.userId);
  if (held) return { position: held.position, holding: held.holding, unitId: held.unitId };
  if (actor.superAdmin && actor.superAdminsMayAct) return { position: null, holding: 'super_admin', unitId: null };
  return null;
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
  ctx: { actor: Actor; holders: Holder[]; reason?: unknown; proof?: Proof }
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
    return refuse(403, `Only the holder of position "${stage.actor}" for this item's unit may act at stage "${stage.key}"`);
  }
  if (stage.kind === 'review' && state.drafters.includes(ctx.actor.userId)) {
    return refuse(403, `You drafted this item: a drafter never approves their own item (stage "${stage.key}")`);
  }
  if (needsReason(transition) && !hasReason(ctx.reason)) {
    return refuse(400, `"${transition.label.en}" needs a written reason of at least ${MIN_REASON_LENGTH} characters`);
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
