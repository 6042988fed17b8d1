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
import { z } from 'zod';
import { EVALUATION_KINDS } from '../domain/constants';
import { getService } from '../utils';
import { documentIdParam, formKindParam, sessionUser } from './session';
import { calendarDay, parse, wholeNumber } from './parse';
import type { Ctx } from './http';

const PAGE = z.strictObject({ page: wholeNumber('page', 1, 10000, 1), pageSize: wholeNumber('pageSize', 1, 100, 20) });
const EVALUATION = z.strictObject({
  kind: z.enum(EVALUATION_KINDS, { error: `"kind" is one of ${EVALUATION_KINDS.join(', ')}` }),
  periodStart: calendarDay('periodStart'),
  periodEnd: calendarDay('periodEnd'),
  findings: z.string({ error: '"findings" is required' }).max(20000, '"findings" is at most 20000 characters'),
  recommendations: z.string().max(20000, '"recommendations" is at most 20000 characters').optional(),
  title: z.string().max(255, '"title" is at most 255 characters').optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const desk = () => getService(strapi, 'website-desk');
  const evaluations = () => getService(strapi, 'website-evaluations');

  const caller = (ctx: Ctx) => sessionUser(strapi, ctx);
  const documentIdOf = documentIdParam;
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
      const kind = formKindParam(ctx);
      const page = parse(PAGE, ctx.query, 'query');
      ctx.body = await desk().formsList(await caller(ctx), kind, page);
    },
    async form(ctx: Ctx) {
      const kind = formKindParam(ctx);
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
