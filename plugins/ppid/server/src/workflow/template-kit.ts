/**
 * The builders every workflow template is written with: each stage is one call that names who acts
 * there, its time standard and output, and the edges that leave it, in the order they are offered;
 * `flowWith` turns the steps into the definition's `stages` and `transitions`. The defaults are said
 * once: a return or a cancel asks for a reason, and a family of templates says whether its `publish`
 * edges ask for proof of publication.
 */
import type { Position } from '../domain/constants';
import type { ActorPlace } from '../../../shared/lists';
import type { StageDef, StageKind, TimeStandard, TransitionDef } from './definition';

/** A stage with its Indonesian and English names. */
const stage = (key: string, id: string, en: string, rest: Omit<StageDef, 'key' | 'name'>): StageDef => ({ key, name: { id, en }, ...rest });

export const minutes = (amount: number): TimeStandard => ({ amount, unit: 'minutes' });
export const hours = (amount: number): TimeStandard => ({ amount, unit: 'hours' });
export const days = (amount: number): TimeStandard => ({ amount, unit: 'days' });

type Flags = Omit<TransitionDef, 'from' | 'to' | 'action' | 'label'>;

/** An edge out of the stage it is written in (the step gives it its `from`). */
export interface Edge {
  to: string;
  action: TransitionDef['action'];
  label: { id: string; en: string };
  flags: Flags;
}

const edge =
  (action: Edge['action']) =>
  (to: string, id: string, en: string, flags: Flags = {}): Edge => ({ to, action, label: { id, en }, flags });

/** On to the next stage. */
export const forward = edge('forward');
/** Back to an earlier stage (with a reason). */
export const back = edge('return');
/** To the final stage: published, enacted, delivered. */
export const publish = edge('publish');
/** To a cancelled stage (with a reason); by default "Batalkan" to `cancelled`. */
export const cancel = (to = 'cancelled', id = 'Batalkan', en = 'Cancel'): Edge => edge('cancel')(to, id, en);

/** Who acts at a stage and what it yields (StageDef's fields, the time standard as `time`). */
export interface StageOptions {
  actor: Position;
  actorAt?: ActorPlace;
  authoring?: boolean;
  assigned?: boolean;
  time?: TimeStandard;
  output?: string;
}

/** One stage and the edges that leave it. */
export interface Step {
  stage: StageDef;
  edges: Edge[];
}

const acting =
  (kind: StageKind) =>
  (key: string, id: string, en: string, o: StageOptions, ...edges: Edge[]): Step => ({
    stage: stage(key, id, en, {
      actor: o.actor,
      ...(o.actorAt ? { actorAt: o.actorAt } : {}),
      kind,
      ...(o.authoring ? { authoring: true } : {}),
      ...(o.assigned ? { assigned: true } : {}),
      ...(o.time ? { timeStandard: o.time } : {}),
      ...(o.output !== undefined ? { output: o.output } : {}),
    }),
    edges,
  });

/** A stage where the work is done (drafting, collecting, registering). */
export const work = acting('work');
/** A stage where the actor checks, approves or signs, or sends the item back. */
export const review = acting('review');
/** A stage where the item is published or delivered. */
export const publishing = acting('publishing');

/** A final stage: `published` (done, enacted, delivered) or `cancelled`; nothing leaves it. */
export const final = (key: string, id: string, en: string, kind: 'published' | 'cancelled' = 'published'): Step => ({ stage: stage(key, id, en, { kind }), edges: [] });

/** The final stage of a published item. */
export const publishedStage = (): Step => final('published', 'Terbit', 'Published');
/** The final stage an item reaches when it is withdrawn. */
export const cancelledStage = (): Step => final('cancelled', 'Dibatalkan', 'Cancelled', 'cancelled');

/**
 * A template family's flow builder: the stages in the order given and the transitions step by step.
 * `proofRequired` is what a `publish` edge asks for by default (announcements need proof of
 * publication; lists and letters do not); an edge's flags override either default.
 */
export const flowWith =
  ({ proofRequired }: { proofRequired: boolean }) =>
  (...steps: Step[]): { stages: StageDef[]; transitions: TransitionDef[] } => ({
    stages: steps.map((s) => s.stage),
    transitions: steps.flatMap(({ stage: from, edges }) =>
      edges.map((e) => ({
        from: from.key,
        to: e.to,
        action: e.action,
        label: e.label,
        ...(e.action === 'return' || e.action === 'cancel' ? { reasonRequired: true } : {}),
        ...(e.action === 'publish' ? { proofRequired } : {}),
        ...e.flags,
      }))
    ),
  });
