/**
 * POST /ppid/exclusions/:documentId/reopen — re-open excluded information whose exclusion period
 * has ended (services/dip-reopen.ts). Body `{ "reason": "...", "newClass": "setiap_saat" }`.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getService } from '../utils';
import { documentIdParam, sessionUser } from './session';
import { parse } from './parse';
import type { Ctx } from './http';

const REOPEN = z.strictObject({
  reason: z.string({ error: '"reason" (why the information is open again) is required' }).max(2000),
  newClass: z.string({ error: '"newClass" (berkala, serta_merta or setiap_saat) is required' }).max(40),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reopen(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    documentIdParam(ctx);
    const body = parse(REOPEN, ctx.request.body, 'body');
    const user = await sessionUser(strapi, ctx);
    ctx.body = { data: await getService(strapi, 'dip-reopen').reopen(ctx.params.documentId, user, body) };
  },
});
