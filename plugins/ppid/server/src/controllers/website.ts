/**
 * Admin routes of the website team's work (/ppid/website/...). Thin: parse, call the service, answer.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { getService } from '../utils';
import { sessionUser } from './session';
import { calendarDay, parse } from './parse';
import type { Ctx } from './http';

const FIGURES = z
  .strictObject({ from: calendarDay('from'), to: calendarDay('to') })
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => DateTime.fromISO(q.to).diff(DateTime.fromISO(q.from), 'days').days <= 400, { message: 'The period is at most 400 days', path: ['to'] });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const evaluations = () => getService(strapi, 'website-evaluations');
  return {
    /** GET /website/evaluation-figures?from&to: the pre-filled figures of a C1/C2 evaluation, for its readers. */
    async evaluationFigures(ctx: Ctx) {
      const q = parse(FIGURES, ctx.query, 'query');
      ctx.body = { data: await evaluations().figures(await sessionUser(strapi, ctx), q.from, q.to) };
    },

    /** GET /website/evaluation-access: whether the caller reads the evaluations and which kinds they make. */
    async evaluationAccess(ctx: Ctx) {
      parse(z.strictObject({}), ctx.query, 'query');
      ctx.body = { data: await evaluations().access(await sessionUser(strapi, ctx)) };
    },
  };
};
