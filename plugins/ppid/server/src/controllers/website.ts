/**
 * Admin routes of the website team's work (/ppid/website/...). Thin: parse, call the service, answer.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { getService } from '../utils';
import { sessionUser } from './session';
import { parse } from './parse';

type Ctx = { query: Record<string, unknown>; state: { user?: { id: number } }; body: unknown };

const day = (name: string) =>
  z
    .string({ error: `"${name}" is a date YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `"${name}" is a date YYYY-MM-DD`)
    .refine((s) => DateTime.fromISO(s).isValid, `"${name}" is not a calendar date`);

const FIGURES = z
  .strictObject({ from: day('from'), to: day('to') })
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
