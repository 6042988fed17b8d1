/**
 * The request desk's admin routes (issue 14): requests and objections as their handlers see them,
 * and what the desk writes between the workflow's steps. Thin: parse (zod), call the services
 * (services/request-desk.ts, services/objection-desk.ts), answer; a state conflict answers 409.
 *   GET  /ppid/requests (a desk view, with every view's count), GET /ppid/requests/:documentId
 *   PUT  /ppid/requests/:documentId/missing-items | disposition | notice, POST .../extension
 *   GET  /ppid/objections (search, counts by state), GET /ppid/objections/:documentId
 *   PUT  /ppid/objections/:documentId/response | decision, POST .../dispute
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { NOTICE_OUTCOMES, OBJECTION_DECISIONS, OBJECTION_STATES, REQUEST_DESK_VIEWS, REQUEST_LIMITS } from '../../../shared/requests';
import { ARTICLE_17_LETTERS } from '../domain/constants';
import { answeringConflicts } from '../errors';
import { getService } from '../utils';
import { documentIdParam, sessionUser } from './session';
import { calendarDay, parse, wholeNumber } from './parse';
import type { Ctx } from './http';

const text = (name: string, max: number) =>
  z
    .string({ error: `"${name}" is required` })
    .max(max, `"${name}" is at most ${max} characters`)
    .refine((s) => s.trim().length > 0, `"${name}" is required`);
const optionalText = (name: string, max: number) => z.string({ error: `"${name}" is text` }).max(max, `"${name}" is at most ${max} characters`).nullable().optional();

const PAGE = { page: wholeNumber('page', 1, 10000, 1), pageSize: wholeNumber('pageSize', 1, 100, 20) };
const SEARCH = z.string({ error: '"q" is text' }).max(100, '"q" is at most 100 characters').optional().transform((v) => v?.trim() || undefined);
const LIST = z.strictObject({
  view: z.enum(REQUEST_DESK_VIEWS, { error: `"view" is one of ${REQUEST_DESK_VIEWS.join(', ')}` }).optional().transform((v) => v ?? 'open'),
  q: SEARCH,
  year: wholeNumber('year', 2000, 9999, 0).transform((v) => v || undefined),
  ...PAGE,
});
const OBJECTION_LIST = z.strictObject({ state: z.enum(OBJECTION_STATES, { error: `"state" is one of ${OBJECTION_STATES.join(', ')}` }).optional(), q: SEARCH, ...PAGE });
const MISSING = z.strictObject({ missingItems: text('missingItems', REQUEST_LIMITS.reasonMax) });
const DISPOSITION = z.strictObject({ holderUnitId: z.number({ error: '"holderUnitId" is a unit id' }).int('"holderUnitId" is a unit id').positive('"holderUnitId" is a unit id') });
const NOTICE = z.strictObject({
  outcome: z.enum(NOTICE_OUTCOMES, { error: `"outcome" is one of ${NOTICE_OUTCOMES.join(', ')}` }),
  noticeNumber: optionalText('noticeNumber', 100),
  noticeBody: optionalText('noticeBody', 8000),
  refusalArticle: z.enum(ARTICLE_17_LETTERS, { error: `"refusalArticle" is one of the Pasal 17 letters ${ARTICLE_17_LETTERS.join(', ')}` }).nullable().optional(),
  exclusionDocumentId: z.string().regex(/^[a-z0-9]{10,40}$/i, '"exclusionDocumentId" is a documentId').nullable().optional(),
  referralBody: optionalText('referralBody', 255),
  fee: z.number({ error: '"fee" is a whole number of rupiah' }).int('"fee" is a whole number of rupiah').min(0, '"fee" is at least 0').max(1_000_000_000, '"fee" is too large').nullable().optional(),
});
const EXTENSION = z.strictObject({
  days: z.number({ error: '"days" is a whole number of working days' }),
  reason: z.string({ error: '"reason" is required' }).max(REQUEST_LIMITS.reasonMax, `"reason" is at most ${REQUEST_LIMITS.reasonMax} characters`),
});
const RESPONSE = z.strictObject({ ppidResponse: text('ppidResponse', 8000) });
const DECISION = z.strictObject({
  decision: z.enum(OBJECTION_DECISIONS, { error: `"decision" is one of ${OBJECTION_DECISIONS.join(', ')}` }),
  decisionNumber: optionalText('decisionNumber', 100),
  decisionBody: text('decisionBody', 8000),
});
const DISPUTE = z.strictObject({
  disputeNumber: text('disputeNumber', 100),
  disputeFiledOn: calendarDay('disputeFiledOn'),
  disputeRulingSummary: optionalText('disputeRulingSummary', 4000),
});
const NO_QUERY = z.strictObject({});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => getService(strapi, 'request-desk');
  const objections = () => getService(strapi, 'objection-desk');
  const caller = (ctx: Ctx) => sessionUser(strapi, ctx);

  /** Answers `{ data }` (or the list's own `{ data, meta }`); a WorkflowConflict answers 409. */
  async function respond(ctx: Ctx, fn: () => Promise<unknown>) {
    await answeringConflicts(ctx, async () => {
      const out = await fn();
      ctx.status = 200;
      ctx.body = out && typeof out === 'object' && 'meta' in (out as object) ? out : { data: out };
    });
  }
  const body = <T>(schema: z.ZodType<T>, ctx: Ctx) => {
    parse(NO_QUERY, ctx.query, 'query');
    return parse(schema, ctx.request.body, 'body');
  };

  return {
    async list(ctx: Ctx) {
      const q = parse(LIST, ctx.query, 'query');
      await respond(ctx, async () => getService(strapi, 'request-desk-list').list(await caller(ctx), q));
    },
    async request(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      const documentId = documentIdParam(ctx);
      await respond(ctx, async () => requests().detail(await caller(ctx), documentId));
    },
    async missingItems(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(MISSING, ctx);
      await respond(ctx, async () => requests().setMissingItems(await caller(ctx), documentId, input));
    },
    async disposition(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(DISPOSITION, ctx);
      await respond(ctx, async () => requests().setDisposition(await caller(ctx), documentId, input));
    },
    async notice(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(NOTICE, ctx);
      await respond(ctx, async () => requests().setNotice(await caller(ctx), documentId, input));
    },
    async extension(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(EXTENSION, ctx);
      await respond(ctx, async () => requests().extend(await caller(ctx), documentId, input));
    },
    async objections(ctx: Ctx) {
      const q = parse(OBJECTION_LIST, ctx.query, 'query');
      await respond(ctx, async () => objections().list(await caller(ctx), q));
    },
    async objection(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      const documentId = documentIdParam(ctx);
      await respond(ctx, async () => objections().detail(await caller(ctx), documentId));
    },
    async objectionResponse(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(RESPONSE, ctx);
      await respond(ctx, async () => objections().respond(await caller(ctx), documentId, input));
    },
    async objectionDecision(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(DECISION, ctx);
      await respond(ctx, async () => objections().decide(await caller(ctx), documentId, input));
    },
    async objectionDispute(ctx: Ctx) {
      const documentId = documentIdParam(ctx);
      const input = body(DISPUTE, ctx);
      await respond(ctx, async () => objections().recordDispute(await caller(ctx), documentId, input));
    },
  };
};
