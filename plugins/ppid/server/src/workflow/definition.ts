/**
 * Workflow definitions as data: stages (who acts, time standard), explicit transitions (forward,
 * return, cancel, publish), flags (reason, proof) and the SOP they come from. Pure: validated here,
 * stored and enforced by the engine (issue: review-stage workflow engine).
 */
import { POSITIONS, type Position } from '../domain/constants';
import { ACTOR_PLACES, type ActorPlace } from '../../../shared/lists';

export type TimeUnit = 'minutes' | 'hours' | 'days';
export type TimeStandard = { amount: number; unit: TimeUnit };

export type StageKind = 'work' | 'review' | 'publishing' | 'published' | 'cancelled';

export interface StageDef {
  key: string;
  name: { id: string; en: string };
  /** The position in the item's unit that acts at this stage; none for terminal stages. */
  actor?: Position;
  /**
   * Where the actor is looked for (workflow/actors.ts `actingUnit`): the item's unit (default), or
   * 'website-desk', the agency's website desk, for the web SOP's Koordinator.
   */
  actorAt?: ActorPlace;
  kind: StageKind;
  /** The SOP's *waktu*: a working-time service level. */
  timeStandard?: TimeStandard;
  /** The SOP's *output* for this step. */
  output?: string;
  /**
   * The content is written here: whoever edits the item or sends it on from this stage is one of
   * its drafters, and a drafter never acts at a review stage of the same item. When no stage of a
   * workflow says so, its work stages are the authoring ones.
   */
  authoring?: boolean;
  /**
   * Disposisi (SOP 190/2024 step 1): when the head of the unit has named a person for the item,
   * only that person acts at this stage (drafting, and publishing "diteruskan ke
   * Fungsional/Pelaksana untuk diumumkan"); before anyone is named, every holder may.
   */
  assigned?: boolean;
}

export type TransitionAction = 'forward' | 'return' | 'cancel' | 'publish';

export interface TransitionDef {
  from: string;
  to: string;
  action: TransitionAction;
  label: { id: string; en: string };
  /** Returns always need a reason; other edges may ask for one. */
  reasonRequired?: boolean;
  /** Publishing needs publication records with proof (see `WorkflowDefinition.proof`). */
  proofRequired?: boolean;
  /**
   * Taking this edge is the disposisi: it names the person who drafts (a holder of the position of
   * the stage it leads to, in the item's unit) and the agenda number of the disposition.
   */
  assigns?: boolean;
  /**
   * Fields of the item that must be filled before this edge is taken (a relation with at least one
   * record, or a value): e.g. the meeting minutes of a discussion, the approval form of an upload.
   */
  requires?: string[];
  /**
   * Taking this edge is the tanda terima of the stage's actor: the engine records on the item who
   * took it and when (the subject's receipt fields). Only the stage's actor can, as for any edge.
   */
  receipt?: boolean;
  /**
   * Taking this edge is the head's signature on a list (the DIP edition, the list of excluded
   * information): the engine writes the subject's signed state (`publishState.value`) and the
   * signature rules (dip/signature.ts) fill the signer from the head's position. Only from a stage
   * the head (kepala) acts at; a publish edge signs by publishing.
   */
  signs?: boolean;
}

export interface SopMetadata {
  number: string;
  title: string;
  issuer: string;
  madeOn?: string;
  revisedOn?: string;
  effectiveOn?: string;
  approvedBy?: string;
  legalBasis: string[];
}

export interface WorkflowDefinition {
  key: string;
  version: number;
  name: { id: string; en: string };
  /** The ppid content type this workflow carries (e.g. 'announcement', 'dip-entry'). */
  contentType: string;
  sop: SopMetadata;
  initialStage: string;
  stages: StageDef[];
  transitions: TransitionDef[];
  /** Channels the publish step must document: at least this many online and offline records. */
  proof?: { online: number; offline: number };
  /**
   * The serta merta fast path (Perki 1/2021 Pasal 25: immediate information must not be delayed):
   * a holder of one of `positions` publishes at once with a written reason; a different official
   * holding one of `retroApprovers` approves it afterwards, within `window` of working time.
   */
  fastTrack?: { positions: Position[]; retroApprovers: Position[]; window: TimeStandard };
  /**
   * Who may take a published item offline or delete it (a recorded transition with a reason), in
   * the item's unit. When unset: the actor of the last review stage (the one who approved it).
   */
  withdrawal?: { positions: Position[]; actorAt?: ActorPlace };
}

export type DefinitionProblem = { path: (string | number)[]; message: string };

const TERMINAL: StageKind[] = ['published', 'cancelled'];

/** Every problem of a definition, each naming where it is; [] when the definition is usable. */
export function validateDefinition(def: WorkflowDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });

  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(def.key ?? '')) add(['key'], 'The workflow key must be kebab-case, e.g. "pengumuman-diskominfo"');
  if (!Number.isInteger(def.version) || def.version < 1) add(['version'], 'The version must be a whole number from 1');
  if (!Array.isArray(def.stages) || def.stages.length === 0) {
    add(['stages'], 'A workflow needs stages');
    return problems;
  }

  const stages = new Map<string, StageDef>();
  def.stages.forEach((stage, i) => {
    if (!/^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(stage.key ?? '')) add(['stages', i, 'key'], `Stage key "${stage.key}" must be snake_case`);
    if (stages.has(stage.key)) add(['stages', i, 'key'], `Duplicate stage "${stage.key}"`);
    stages.set(stage.key, stage);
    const terminal = TERMINAL.includes(stage.kind);
    if (!terminal && !stage.actor) add(['stages', i, 'actor'], `Stage "${stage.key}" needs the position that acts at it`);
    if (stage.actor && !(POSITIONS as readonly string[]).includes(stage.actor)) {
      add(['stages', i, 'actor'], `Stage "${stage.key}": unknown position "${stage.actor}"`);
    }
    if (stage.actorAt !== undefined && (!(ACTOR_PLACES as readonly string[]).includes(stage.actorAt) || !stage.actor)) {
      add(['stages', i, 'actorAt'], `Stage "${stage.key}": "actorAt" is one of ${ACTOR_PLACES.join(', ')}, for a stage with an actor`);
    }
    if (stage.timeStandard && (!(stage.timeStandard.amount > 0) || !['minutes', 'hours', 'days'].includes(stage.timeStandard.unit))) {
      add(['stages', i, 'timeStandard'], `Stage "${stage.key}": a time standard is a positive amount of minutes, hours or days`);
    }
  });
  if (!stages.has(def.initialStage)) add(['initialStage'], `Unknown initial stage "${def.initialStage}"`);
  if (![...stages.values()].some((s) => s.kind === 'published')) add(['stages'], 'A workflow needs a "published" stage');

  const edges = new Set<string>();
  (def.transitions ?? []).forEach((t, i) => {
    const from = stages.get(t.from);
    const to = stages.get(t.to);
    if (!from) add(['transitions', i, 'from'], `Transition ${i + 1} starts at unknown stage "${t.from}"`);
    if (!to) add(['transitions', i, 'to'], `Transition ${i + 1} leads to unknown stage "${t.to}"`);
    const edge = transitionKey(t);
    if (edges.has(edge)) add(['transitions', i], `Duplicate transition ${t.from} -> ${t.to} (${t.action})`);
    edges.add(edge);
    if (t.from === t.to) add(['transitions', i], `Transition ${i + 1} leads from "${t.from}" to itself`);
    if (from && TERMINAL.includes(from.kind)) add(['transitions', i, 'from'], `Stage "${t.from}" is final: nothing leaves it`);
    if (t.action === 'return' && t.reasonRequired === false) add(['transitions', i, 'reasonRequired'], 'A return always needs a reason');
    if (t.action === 'publish' && to && to.kind !== 'published') add(['transitions', i, 'to'], `A publish transition must lead to a "published" stage, not "${t.to}"`);
    if (t.action !== 'publish' && to?.kind === 'published') add(['transitions', i, 'action'], `Only a publish transition may lead to "${t.to}"`);
    if (t.action === 'cancel' && to && to.kind !== 'cancelled') add(['transitions', i, 'to'], 'A cancel transition must lead to a "cancelled" stage');
    if (t.assigns && (t.action !== 'forward' || !to?.actor)) add(['transitions', i, 'assigns'], 'Only a forward transition to a stage with an actor can name the person who acts there');
    if (t.receipt && (t.action !== 'forward' || !from?.actor)) add(['transitions', i, 'receipt'], 'Only a forward transition from a stage with an actor can be its receipt');
    if (t.signs && (!['forward', 'publish'].includes(t.action) || from?.actor !== 'kepala')) {
      add(['transitions', i, 'signs'], "Only a forward or publish transition from a stage the head (kepala) acts at can be the head's signature");
    }
    if (t.requires !== undefined && (!Array.isArray(t.requires) || t.requires.some((f) => typeof f !== 'string' || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(f)))) {
      add(['transitions', i, 'requires'], 'The fields a transition requires are a list of field names, e.g. ["minutes"]');
    }
  });
  if (def.withdrawal) {
    const ok = Array.isArray(def.withdrawal.positions) && def.withdrawal.positions.length > 0 && def.withdrawal.positions.every((p) => (POSITIONS as readonly string[]).includes(p));
    if (!ok) add(['withdrawal', 'positions'], 'Taking an item offline needs the known positions that may do it');
    if (def.withdrawal.actorAt !== undefined && !(ACTOR_PLACES as readonly string[]).includes(def.withdrawal.actorAt)) {
      add(['withdrawal', 'actorAt'], `"withdrawal.actorAt" is one of ${ACTOR_PLACES.join(', ')}`);
    }
  }
  if (def.fastTrack) {
    const ft = def.fastTrack;
    const known = (list: unknown) => Array.isArray(list) && list.length > 0 && list.every((p) => (POSITIONS as readonly string[]).includes(p));
    if (!known(ft.positions)) add(['fastTrack', 'positions'], 'The serta merta fast path needs the known positions that may use it');
    if (!known(ft.retroApprovers)) add(['fastTrack', 'retroApprovers'], 'The serta merta fast path needs the known positions that approve it afterwards');
    if (!ft.window || !(ft.window.amount > 0) || !['minutes', 'hours', 'days'].includes(ft.window.unit)) {
      add(['fastTrack', 'window'], 'The retrospective approval window is a positive amount of minutes, hours or days');
    }
  }
  if (def.proof && (!Number.isInteger(def.proof.online) || !Number.isInteger(def.proof.offline) || def.proof.online < 0 || def.proof.offline < 0)) {
    add(['proof'], 'Proof is { online, offline }: whole numbers of publication records, 0 or more');
  }
  if (problems.length) return problems;

  // Reachability: every stage from the initial one, and publication from every working stage.
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const t of def.transitions) {
    out.set(t.from, [...(out.get(t.from) ?? []), t.to]);
    into.set(t.to, [...(into.get(t.to) ?? []), t.from]);
  }
  const walk = (start: string[], next: Map<string, string[]>) => {
    const seen = new Set(start);
    const queue = [...start];
    while (queue.length) for (const n of next.get(queue.shift() as string) ?? []) if (!seen.has(n)) (seen.add(n), queue.push(n));
    return seen;
  };
  const reachable = walk([def.initialStage], out);
  def.stages.forEach((s, i) => {
    if (!reachable.has(s.key)) add(['stages', i], `Stage "${s.key}" cannot be reached from "${def.initialStage}"`);
  });
  const canPublish = walk(def.stages.filter((s) => s.kind === 'published').map((s) => s.key), into);
  def.stages.forEach((s, i) => {
    if (!TERMINAL.includes(s.kind) && !canPublish.has(s.key)) add(['stages', i], `No path leads from "${s.key}" to publication`);
  });
  return problems;
}

/** The stages whose actors write the content (see `StageDef.authoring`). */
export function authoringStages(def: WorkflowDefinition): Set<string> {
  const flagged = def.stages.filter((s) => s.authoring);
  return new Set((flagged.length ? flagged : def.stages.filter((s) => s.kind === 'work')).map((s) => s.key));
}

/**
 * Where the withdrawal positions are looked for: `withdrawal.actorAt` when the workflow names its
 * positions, else the last review stage's (the web SOP's Koordinator at the website desk).
 */
export function withdrawalActorAt(def: WorkflowDefinition): ActorPlace | undefined {
  if (def.withdrawal?.positions?.length) return def.withdrawal.actorAt;
  return def.stages.filter((s) => s.kind === 'review' && s.actor).at(-1)?.actorAt;
}

/** The positions that may take a published item offline or delete it (see `withdrawal`). */
export function withdrawalPositions(def: WorkflowDefinition): Position[] {
  if (def.withdrawal?.positions?.length) return def.withdrawal.positions;
  const reviews = def.stages.filter((s) => s.kind === 'review' && s.actor);
  const last = reviews.at(-1)?.actor;
  return last ? [last] : [];
}

/** The key a client names a transition by: "from->to:action". */
export const transitionKey = (t: Pick<TransitionDef, 'from' | 'to' | 'action'>) => `${t.from}->${t.to}:${t.action}`;

/** The transitions that leave a stage. */
export const transitionsFrom = (def: WorkflowDefinition, stage: string) => def.transitions.filter((t) => t.from === stage);

/** The position that acts on a transition: the actor of the stage it leaves. */
export const actorOf = (def: WorkflowDefinition, t: TransitionDef): Position | undefined =>
  def.stages.find((s) => s.key === t.from)?.actor;
