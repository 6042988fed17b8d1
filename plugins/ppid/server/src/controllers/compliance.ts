/**
 * Admin routes of the compliance checker (/ppid/compliance/...). Thin: parse the input (zod, unknown
 * parameters refused), call the service, answer in Strapi's format.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { ALERT_SEVERITIES, ALERT_STATES } from '../content-types/compliance';
import { RULES } from '../compliance/settings';
import { REQUEST_RULES } from '../requests/checks';
import { refuse } from '../errors';
import { getService } from '../utils';
import type { Ctx } from './http';
import { parse, wholeNumber } from './parse';

/** Alert rules: the checker's and the information service's (request-clock). */
const ALERT_RULES = [...RULES, ...REQUEST_RULES] as const;

const LIST = z.strictObject({
  state: z.enum([...ALERT_STATES, 'all'], { error: `"state" is one of ${[...ALERT_STATES, 'all'].join(', ')}` }).optional(),
  rule: z.enum(ALERT_RULES, { error: `"rule" is one of ${ALERT_RULES.join(', ')}` }).optional(),
  severity: z.enum(ALERT_SEVERITIES, { error: `"severity" is one of ${ALERT_SEVERITIES.join(', ')}` }).optional(),
  unit: z.string().min(1).max(40).optional(),
  page: wholeNumber('page', 1, 100000, 1),
  pageSize: wholeNumber('pageSize', 1, 100, 25),
});
const ACK = z.strictObject({ note: z.string().trim().max(2000).optional() });
const RUN = z.strictObject({ digest: z.boolean().optional() });
const CHARTS = z.strictObject({ months: wholeNumber('months', 1, 24, 12) });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const alerts = () => getService(strapi, 'compliance-alerts');
  const runs = () => getService(strapi, 'compliance-runs');
  return {
    async alerts(ctx: Ctx) {
      const q = parse(LIST, ctx.query, 'query');
      ctx.body = await alerts().listAlerts(q);
    },
    async summary(ctx: Ctx) {
      parse(z.strictObject({}), ctx.query, 'query');
      ctx.body = { data: await alerts().summary() };
    },
    /** The dashboard's charts over the last `months` months (default 12, at most 24). */
    async charts(ctx: Ctx) {
      const q = parse(CHARTS, ctx.query, 'query');
      ctx.body = { data: await getService(strapi, 'compliance-charts').charts(q.months) };
    },
    async acknowledge(ctx: Ctx) {
      if (!/^\d+$/.test(ctx.params.id ?? '')) refuse(400, 'The alert id must be a whole number', { parameter: 'id' });
      const body = parse(ACK, ctx.request.body, 'body');
      ctx.body = { data: await alerts().acknowledge(Number(ctx.params.id), ctx.state.user!.id, body.note || null) };
    },
    async run(ctx: Ctx) {
      const body = parse(RUN, ctx.request.body, 'body');
      ctx.body = { data: await runs().runNow({ digest: body.digest === true }) };
    },
  };
};
