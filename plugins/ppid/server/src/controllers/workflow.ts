/**
 * Admin routes of the review workflow (/ppid/workflow/..., /ppid/workflows, /ppid/workflow-bindings).
 * Thin: parse the input (zod, unknown keys refused), call the workflow services, answer in Strapi's format.
 * A conflict (two reviewers at once) answers 409 in the same error shape.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { answeringConflicts, refuse } from '../errors';
import { getService } from '../utils';
import { sessionUser } from './session';
import { parse as parseQuery, wholeNumber } from './parse';
import { BOARD_PAGE_SIZE, MAX_BOARD_PAGE_SIZE } from '../../../shared/board';
import { WORKFLOW_SUBJECTS } from '../../../shared/lists';
import { STAGES_MAX_IDS } from '../../../shared/routes';
import type { Ctx } from './http';

const revision = z.number({ error: '"revision" (the revision you loaded) is required' }).int().min(1);
const assignee = z.number({ error: '"assignee" is the id of the person named' }).int().positive().optional();
const agendaNumber = z.string().max(100).optional();
/** `units`: on a return of the year's list to its collection, the units (codes) whose accepted submissions reopen (default: all). */
const UNITS = z.array(z.string().min(1).max(100), { error: '"units" is a list of unit codes' }).min(1, '"units" names at least one unit').max(500).optional();
const TRANSITION = z.strictObject({ transition: z.string().min(1).max(200), revision, reason: z.string().max(4000).optional(), assignee, agendaNumber, units: UNITS });
const ASSIGN = z.strictObject({ revision, assignee, agendaNumber, reason: z.string().max(4000).optional() });
const WITHDRAW = z.strictObject({ revision, reason: z.string().max(4000).optional() });
const FAST = z.strictObject({ revision, reason: z.string().max(4000).optional() });
const RETRO = z.strictObject({ revision, note: z.string().max(4000).optional() });
/** The inbox in pages (a desk may hold a thousand items): overdue first, then the earliest due. */
const INBOX_PAGE = z.strictObject({ page: wholeNumber('page', 1, 100000, 1), pageSize: wholeNumber('pageSize', 1, 100, 25) });
/** The board: each column's first page (`pageSize` cards); a column's next pages one at a time. */
const TYPE = z.string({ error: '"type" is required, e.g. ?type=announcement' }).min(1, '"type" is required, e.g. ?type=announcement');
const BOARD = z.strictObject({ type: TYPE, pageSize: wholeNumber('pageSize', 1, MAX_BOARD_PAGE_SIZE, BOARD_PAGE_SIZE) });
const BOARD_COLUMN = z.strictObject({
  type: TYPE,
  workflow: z.string({ error: '"workflow" (the workflow key) is required' }).min(1, '"workflow" (the workflow key) is required').max(80),
  version: z
    .string({ error: '"version" (the workflow version) is required' })
    .regex(/^\d+$/, '"version" must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, '"version" must be at least 1').max(100000, '"version" must be at most 100000')),
  stage: z.string({ error: '"stage" is required' }).min(1, '"stage" is required').max(80),
  page: wholeNumber('page', 1, 100000, 1),
  pageSize: wholeNumber('pageSize', 1, MAX_BOARD_PAGE_SIZE, BOARD_PAGE_SIZE),
});
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
  const board = () => getService(strapi, 'workflow-board');

  const user = (ctx: Ctx) => sessionUser(strapi, ctx);

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
      const { type, pageSize } = parseQuery(BOARD, ctx.query ?? {}, 'query');
      await respond(ctx, () => board().board(type, new Date(), { pageSize }));
    },
    async boardColumn(ctx: Ctx) {
      const { type, ...column } = parseQuery(BOARD_COLUMN, ctx.query ?? {}, 'query');
      await respond(ctx, () => board().columnPage(type, column));
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
