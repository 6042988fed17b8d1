/**
 * The issued annual service reports (admin; `requests.handle`, then the checks of
 * services/service-reports.ts: only the agency's signing positions issue, the PPID reads).
 *   POST /ppid/reports/service/:year/issue                 { agency?, reason?, note? } → 201 the issue
 *   GET  /ppid/reports/service/issued                      the issues of the agencies the person serves
 *   GET  /ppid/reports/service/issued/:documentId/report.pdf   one issue's stored PDF, as issued
 * A repeated issue without a reason answers 409; bad input 400; nothing is written then.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { answeringConflicts } from '../errors';
import { SERVICE_REPORT_LIMITS } from '../../../shared/service-reports';
import { getService } from '../utils';
import { attachment, type Ctx } from './http';
import { documentIdParam, sessionUser } from './session';
import { parse } from './parse';

const NO_QUERY = z.strictObject({});
const ISSUE = z.strictObject({
  agency: z.string().trim().min(1).max(40).optional(),
  reason: z.string().max(SERVICE_REPORT_LIMITS.reasonMax, `"reason" can be at most ${SERVICE_REPORT_LIMITS.reasonMax} characters`).optional(),
  note: z.string().max(SERVICE_REPORT_LIMITS.noteMax, `"note" can be at most ${SERVICE_REPORT_LIMITS.noteMax} characters`).optional(),
});
const year = z.strictObject({ year: z.coerce.number().int().min(2000).max(9999) });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => getService(strapi, 'service-reports');
  return {
    async issue(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      const y = parse(year, { year: ctx.params.year }, 'query').year;
      const input = parse(ISSUE, ctx.request.body, 'body');
      const user = await sessionUser(strapi, ctx);
      await answeringConflicts(ctx, async () => {
        const issued = await reports().issue(user, y, input);
        ctx.status = 201;
        ctx.body = { data: issued };
      });
    },
    async issued(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      ctx.body = await reports().issued(await sessionUser(strapi, ctx));
    },
    async file(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      const documentId = documentIdParam(ctx);
      const { pdf, fileName } = await reports().adminFile(await sessionUser(strapi, ctx), documentId);
      attachment(ctx, { filename: fileName, type: 'application/pdf', audience: 'admin', body: pdf });
    },
  };
};
