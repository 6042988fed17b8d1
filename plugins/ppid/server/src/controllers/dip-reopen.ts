/**
 * POST /ppid/exclusions/:documentId/reopen — re-open excluded information whose exclusion period
 * has ended (services/dip-reopen.ts). Body `{ "reason": "...", "newClass": "setiap_saat" }`.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { refuse } from '../errors';
import { getService } from '../utils';
import { parse } from './parse';

type Ctx = { params: Record<string, string>; query: Record<string, unknown>; request: { body?: unknown }; state: { user?: { id: number } }; body: unknown };

const REOPEN = z.strictObject({
  reason: z.string({ error: '"reason" (why the information is open again) is required' }).max(2000),
  newClass: z.string({ error: '"newClass" (berkala, serta_merta or setiap_saat) is required' }).max(40),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reopen(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    if (!/^[a-z0-9]{10,40}$/i.test(ctx.params.documentId ?? '')) refuse(400, 'documentId tidak sah / invalid documentId', { parameter: 'documentId' });
    const body = parse(REOPEN, ctx.request.body, 'body');
    const user = ctx.state.user?.id ? await getService(strapi, 'workflow-people').loadUser(ctx.state.user.id) : null;
    if (!user) refuse(401, 'An admin session is required');
    ctx.body = { data: await getService(strapi, 'dip-reopen').reopen(ctx.params.documentId, user, body) };
  },
});
