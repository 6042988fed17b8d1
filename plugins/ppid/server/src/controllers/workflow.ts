/**
 * Admin routes of the review workflow (/ppid/workflow/..., /ppid/workflows, /ppid/workflow-bindings).
 * Thin: parse the input (zod, unknown keys refused), call the workflow services, answer in Strapi's format.
 * A conflict (two reviewers at once) answers 409 in the same error shape.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { answeringConflicts, refuse } from '../errors';
import { getService } from '../utils';
import { parse as parseQuery, wholeNumber } from './parse';
import { WORKFLOW_SUBJECTS } from '../../../shared/lists';
import { STAGES_MAX_IDS } from '../../../shared/routes';

type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number } };
  status: number;
  body: unknown;
};

const revision = z.number({ error: '"revision" (the revision you loaded) is required' }).int().min(1);
const assignee = z.number({ error: '"assignee" is the id of the person named' }).int().positive().optional();
const agendaNumber = z.string().max(100).optional();
const TRANSITION = z.strictObject({ transition: z.string().min(1).max(200), revision, reason: z.string().max(4000).optional(), assignee, agendaNumber });
const ASSIGN = z.strictObject({ revision, assignee, agendaNumber, reason: z.string().max(4000).optional() });
const WITHDRAW = z.strictObject({ revision, reason: z.string().max(4000).optional() });
const FAST = z.strictObject({ revision, reason: z.string().max(4000).optional() });
const RETRO = z.strictObject({ revision, note: z.string().max(4000).optional() });
/** The inbox in pages (a desk may hold a thousand items): overdue first, then the earliest due. */
const INBOX_PAGE = z.strictObject({ page: wholeNumber('page', 1, 100000, 1), pageSize: wholeNumber('pageSize', 1, 100, 25) });
/** One Content Manager list page: a workflow type and its rows' documentIds, comma-separated. */
const STAGES = z.strictObject({
  type: z.enum(WORKFLOW_SUBJECTS, { error: `"type" is one of ${WORKFLOW_SUBJECTS.join(', ')}` }),
  documentIds: z
    .string({ error: '"documentIds" is required: the documentIds of the list page, comma-separated' })
    .regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64})*$/, '"documentIds" are the documentIds of the list page (letters, digits, "-", "_"), comma-separated')
    .transform((v) => v.split(','))
    .pipe(z.array(z.string()).max(STAGES_MAX_IDS, `"documentIds" holds at most ${STAGES_MAX_IDS} ids (one list page)`)),
});
const BINDING = z.strictObject({ contentType: z.string(), unit: z.string().nullable().optional(), workflowKey: z.string() });

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, name: 'ValidationError' }));
  const [first] = result.error.issues;
  refuse(400, `${first.path.length ? `"${first.path.join('.')}": ` : ''}${first.message}`, { errors: problems });
}

function noQuery(ctx: Ctx, allowed: string[] = []) {
  const unknown = Object.keys(ctx.query ?? {}).find((k) => !allowed.includes(k));
  if (unknown) refuse(400, `Unknown query parameter "${unknown}"`, { parameter: unknown });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const definitions = () => getService(strapi, 'workflow-definitions');
  const actions = () => getService(strapi, 'workflow-actions');
  const views = () => getService(strapi, 'workflow-views');

  async function user(ctx: Ctx) {
    const id = ctx.state.user?.id;
    const found = id ? await getService(strapi, 'workflow-people').loadUser(id) : null;
    if (!found) refuse(401, 'An admin session is required');
    return found;
  }

  /** Runs a handler, turning an optimistic-lock conflict into 409. */
  async function respond(ctx: Ctx, fn: () => Promise<unknown>, status = 200) {
    await answeringConflicts(ctx, async () => {
      const data = await fn();
      ctx.status = status;
      ctx.body = data && typeof data === 'object' && 'data' in (data as object) ? data : { data };
    });
  }

  return {
    async item(ctx: Ctx) {
      noQuery(ctx);
      const reader = await user(ctx);
      await getService(strapi, 'membership').assertItemReader(ctx.params.type, ctx.params.documentId, reader);
      await respond(ctx, async () => views().view(ctx.params.type, ctx.params.documentId, reader));
    },
    async history(ctx: Ctx) {
      noQuery(ctx);
      await getService(strapi, 'membership').assertItemReader(ctx.params.type, ctx.params.documentId, await user(ctx));
      await respond(ctx, () => views().history(ctx.params.type, ctx.params.documentId));
    },
    async transition(ctx: Ctx) {
      const body = parse(TRANSITION, ctx.request.body);
      await respond(ctx, async () => actions().transition(ctx.params.type, ctx.params.documentId, await user(ctx), body));
    },
    async fastPublish(ctx: Ctx) {
      const body = parse(FAST, ctx.request.body);
      await respond(ctx, async () => actions().fastPublish(ctx.params.type, ctx.params.documentId, await user(ctx), body));
    },
    async retroApprove(ctx: Ctx) {
      const body = parse(RETRO, ctx.request.body);
      await respond(ctx, async () => actions().retroApprove(ctx.params.type, ctx.params.documentId, await user(ctx), body));
    },
    async reassign(ctx: Ctx) {
      const body = parse(ASSIGN, ctx.request.body);
      await respond(ctx, async () => actions().reassign(ctx.params.type, ctx.params.documentId, await user(ctx), body));
    },
    async withdraw(ctx: Ctx) {
      const body = parse(WITHDRAW, ctx.request.body);
      await respond(ctx, async () => actions().withdraw('unpublish', ctx.params.type, ctx.params.documentId, await user(ctx), body));
    },
    async remove(ctx: Ctx) {
      const body = parse(WITHDRAW, ctx.request.body);
      await respond(ctx, async () => actions().withdraw('delete', ctx.params.type, ctx.params.documentId, await user(ctx), body));
    },
    async inbox(ctx: Ctx) {
      const page = parseQuery(INBOX_PAGE, ctx.query ?? {}, 'query');
      await respond(ctx, async () => views().inbox(await user(ctx), new Date(), page));
    },
    async board(ctx: Ctx) {
      noQuery(ctx, ['type']);
      const type = ctx.query.type;
      if (typeof type !== 'string') refuse(400, '"type" is required, e.g. ?type=announcement', { parameter: 'type' });
      await respond(ctx, () => views().board(type));
    },
    /** The stage and due time of the rows of a Content Manager list page, those the caller may read. */
    async stages(ctx: Ctx) {
      const { type, documentIds } = parseQuery(STAGES, ctx.query ?? {}, 'query');
      // Wrapped here: a documentId could be "data" (respond() would take the answer as wrapped).
      const data = await views().stagesOf(type, [...new Set(documentIds)], await user(ctx));
      ctx.body = { data };
    },
    async listWorkflows(ctx: Ctx) {
      noQuery(ctx, ['all']);
      if (ctx.query.all !== undefined && ctx.query.all !== 'true' && ctx.query.all !== 'false') {
        refuse(400, '"all" is true or false', { parameter: 'all' });
      }
      await respond(ctx, () => definitions().listDefinitions({ all: ctx.query.all === 'true' }));
    },
    async createWorkflow(ctx: Ctx) {
      await respond(ctx, async () => definitions().saveDefinition(ctx.request.body, (await user(ctx)).id), 201);
    },
    async listBindings(ctx: Ctx) {
      noQuery(ctx);
      await respond(ctx, () => definitions().listBindings());
    },
    async setBinding(ctx: Ctx) {
      const body = parse(BINDING, ctx.request.body);
      await respond(ctx, () => definitions().setBinding(body));
    },
  };
};
