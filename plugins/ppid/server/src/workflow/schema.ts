/**
 * The shape of a workflow definition sent by an admin (zod), before the graph checks of
 * definition.ts. Unknown keys are refused so a typo ("reasonRequierd") is not silently ignored.
 * The version is assigned by the server.
 */
import { ACTOR_PLACES, STAGE_KINDS, TRANSITION_ACTIONS } from '../../../shared/lists';
import { z } from 'zod';
import { POSITIONS } from '../domain/constants';
import { WORKFLOW_SUBJECTS } from '../content-types/workflow';
import type { DefinitionProblem, WorkflowDefinition } from './definition';

const name = z.strictObject({ id: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const time = z.strictObject({ amount: z.number().positive().max(10000), unit: z.enum(['minutes', 'hours', 'days']) });
const position = z.enum(POSITIONS);

const stage = z.strictObject({
  key: z.string().max(80),
  name,
  actor: position.optional(),
  actorAt: z.enum(ACTOR_PLACES).optional(),
  kind: z.enum(STAGE_KINDS),
  timeStandard: time.optional(),
  output: z.string().max(500).optional(),
  authoring: z.boolean().optional(),
  assigned: z.boolean().optional(),
});

const transition = z.strictObject({
  from: z.string().max(80),
  to: z.string().max(80),
  action: z.enum(TRANSITION_ACTIONS),
  label: name,
  reasonRequired: z.boolean().optional(),
  proofRequired: z.boolean().optional(),
  assigns: z.boolean().optional(),
  requires: z.array(z.string().max(80)).max(10).optional(),
  receipt: z.boolean().optional(),
});

const definition = z.strictObject({
  key: z.string().max(80),
  version: z.number().int().optional(),
  name,
  contentType: z.enum(WORKFLOW_SUBJECTS),
  sop: z.strictObject({
    number: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(300),
    issuer: z.string().trim().min(1).max(300),
    madeOn: z.string().max(40).optional(),
    revisedOn: z.string().max(40).optional(),
    effectiveOn: z.string().max(40).optional(),
    approvedBy: z.string().max(300).optional(),
    legalBasis: z.array(z.string().trim().min(1).max(500)).max(50),
  }),
  initialStage: z.string().max(80),
  stages: z.array(stage).min(1).max(40),
  transitions: z.array(transition).min(1).max(200),
  proof: z.strictObject({ online: z.number().int().min(0).max(20), offline: z.number().int().min(0).max(20) }).optional(),
  fastTrack: z
    .strictObject({ positions: z.array(position).min(1), retroApprovers: z.array(position).min(1), window: time })
    .optional(),
  withdrawal: z.strictObject({ positions: z.array(position).min(1), actorAt: z.enum(ACTOR_PLACES).optional() }).optional(),
});

export function parseDefinition(input: unknown): { ok: true; definition: WorkflowDefinition } | { ok: false; problems: DefinitionProblem[] } {
  const result = definition.safeParse(input);
  if (result.success) return { ok: true, definition: { ...result.data, version: result.data.version ?? 1 } as WorkflowDefinition };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[],
      message: `${issue.path.length ? issue.path.join('.') : 'definition'}: ${issue.message}`,
    })),
  };
}
