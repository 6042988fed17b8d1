/**
 * Admin routes of the website team's work (/ppid/website/...). Thin: parse, call the service, answer.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { getService } from '../utils';
import { parse } from './parse';

type Ctx = { query: Record<string, unknown>; body: unknown };

const day = (name: string) =>
  z
    .string({ error: `"${name}" is a date YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `"${name}" is a date YYYY-MM-DD`)
    .refine((s) => DateTime.fromISO(s).isValid, `"${name}" is not a calendar date`);

const FIGURES = z
  .strictObject({ from: day('from'), to: day('to') })
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => DateTime.fromISO(q.to).diff(DateTime.fromISO(q.from), 'days').days <= 400, { message: 'The period is at most 400 days', path: ['to'] });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /website/evaluation-figures?from&to: the pre-filled figures of a C1/C2 evaluation. */
  async evaluationFigures(ctx: Ctx) {
    const q = parse(FIGURES, ctx.query, 'query');
    ctx.body = { data: await getService(strapi, 'website-figures').figures(q.from, q.to) };
  },
});
