/**
 * Admin routes the website team's pages read (issue 12 point 4), and the evaluations created with
 * their figures (issue 11 point 4). Thin: parse, call the service (services/website-desk.ts,
 * services/website-evaluations.ts), answer.
 *   GET  /ppid/website/backlog
 *   GET  /ppid/minutes, GET /ppid/minutes/:documentId
 *   GET  /ppid/forms/:kind(update-requests|approval-forms), GET /ppid/forms/:kind/:documentId
 *   GET  /ppid/website/evaluations, GET /ppid/website/evaluations/:documentId
 *   POST /ppid/website/evaluations
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { EVALUATION_KINDS } from '../domain/constants';
import { refuse } from '../errors';
import { getService } from '../utils';
import { FORM_ROUTE_KINDS, type FormRouteKind } from '../website/records';
import { documentIdParam, sessionUser } from './session';
import { parse, wholeNumber } from './parse';

type Ctx = { params: Record<string, string>; query: Record<string, unknown>; request: { body?: unknown }; state: { user?: { id: number } }; body: unknown; status: number };

const PAGE = z.strictObject({ page: wholeNumber('page', 1, 10000, 1), pageSize: wholeNumber('pageSize', 1, 100, 20) });
const day = (name: string) =>
  z
    .string({ error: `"${name}" is a date YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `"${name}" is a date YYYY-MM-DD`)
    .refine((s) => DateTime.fromISO(s).isValid, `"${name}" is not a calendar date`);
const EVALUATION = z.strictObject({
  kind: z.enum(EVALUATION_KINDS, { error: `"kind" is one of ${EVALUATION_KINDS.join(', ')}` }),
  periodStart: day('periodStart'),
  periodEnd: day('periodEnd'),
  findings: z.string({ error: '"findings" is required' }).max(20000, '"findings" is at most 20000 characters'),
  recommendations: z.string().max(20000, '"recommendations" is at most 20000 characters').optional(),
  title: z.string().max(255, '"title" is at most 255 characters').optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const desk = () => getService(strapi, 'website-desk');
  const evaluations = () => getService(strapi, 'website-evaluations');

  const caller = (ctx: Ctx) => sessionUser(strapi, ctx);
  const documentIdOf = documentIdParam;
  const kindOf = (ctx: Ctx) => {
    const kind = FORM_ROUTE_KINDS[ctx.params.kind as FormRouteKind];
    if (!kind) refuse(404, `Unknown form kind "${ctx.params.kind}"`);
    return kind;
  };
  const noQuery = (ctx: Ctx) => parse(z.strictObject({}), ctx.query, 'query');

  return {
    async backlog(ctx: Ctx) {
      noQuery(ctx);
      ctx.body = { data: await desk().backlog() };
    },
    async minutes(ctx: Ctx) {
      const page = parse(PAGE, ctx.query, 'query');
      ctx.body = await desk().minutesList(await caller(ctx), page);
    },
    async minute(ctx: Ctx) {
      noQuery(ctx);
      const documentId = documentIdOf(ctx);
      ctx.body = { data: await desk().minutesDetail(await caller(ctx), documentId) };
    },
    async forms(ctx: Ctx) {
      const kind = kindOf(ctx);
      const page = parse(PAGE, ctx.query, 'query');
      ctx.body = await desk().formsList(await caller(ctx), kind, page);
    },
    async form(ctx: Ctx) {
      const kind = kindOf(ctx);
      noQuery(ctx);
      const documentId = documentIdOf(ctx);
      ctx.body = { data: await desk().formDetail(await caller(ctx), kind, documentId) };
    },
    async evaluations(ctx: Ctx) {
      const page = parse(PAGE, ctx.query, 'query');
      ctx.body = await evaluations().list(await caller(ctx), page);
    },
    async evaluation(ctx: Ctx) {
      noQuery(ctx);
      const documentId = documentIdOf(ctx);
      ctx.body = { data: await evaluations().detail(await caller(ctx), documentId) };
    },
    async createEvaluation(ctx: Ctx) {
      noQuery(ctx);
      const user = await caller(ctx);
      const body = parse(EVALUATION, ctx.request.body, 'body');
      ctx.status = 201;
      ctx.body = { data: await evaluations().create(user, body) };
    },
  };
};
