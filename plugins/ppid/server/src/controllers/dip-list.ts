/**
 * The year's DIP as a list, and the list of excluded information (services/dip-list.ts):
 * GET /ppid/dip/lists, GET /ppid/dip/editions/:documentId/collection,
 * POST /ppid/dip/submissions/:documentId/return, POST /ppid/dip/editions/:documentId/sign,
 * POST /ppid/exclusion-lists/:documentId/sign. A unit submits, the check accepts and the list moves
 * on through the engine's own route (POST /ppid/workflow/items/:type/:documentId/transitions).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { answeringConflicts } from '../errors';
import { getService } from '../utils';
import { documentIdParam, sessionUser } from './session';
import { parse } from './parse';
import type { Ctx } from './http';

const revision = z.number({ error: '"revision" (the revision you loaded) is required' }).int().min(1);
const RETURN = z.strictObject({
  revision,
  reason: z.string().max(4000).optional(),
  rows: z.array(z.strictObject({ entry: z.string().max(64), reason: z.string().max(2000) })).max(500).optional(),
});
const SIGN = z.strictObject({
  revision,
  decreeNumber: z.string({ error: '"decreeNumber" (the decree number) is required' }).max(120),
  signedAt: z.string().max(10).optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const lists = () => getService(strapi, 'dip-list');

  const user = (ctx: Ctx) => sessionUser(strapi, ctx);
  function documentIdOf(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    return documentIdParam(ctx);
  }
  /** A conflict (someone acted first) answers 409 in Strapi's error shape. */
  const respond = (ctx: Ctx, fn: () => Promise<unknown>) =>
    answeringConflicts(ctx, async () => {
      ctx.body = { data: await fn() };
    });

  return {
    async lists(ctx: Ctx) {
      parse(z.strictObject({}), ctx.query, 'query');
      const u = await user(ctx);
      ctx.body = { data: await lists().lists(u) };
    },
    async collection(ctx: Ctx) {
      const id = documentIdOf(ctx);
      const u = await user(ctx);
      ctx.body = { data: await lists().collection(id, u) };
    },
    async returnSubmission(ctx: Ctx) {
      const id = documentIdOf(ctx);
      const body = parse(RETURN, ctx.request.body, 'body');
      const u = await user(ctx);
      await respond(ctx, () => lists().returnSubmission(id, u, body));
    },
    async signEdition(ctx: Ctx) {
      const id = documentIdOf(ctx);
      const body = parse(SIGN, ctx.request.body, 'body');
      const u = await user(ctx);
      await respond(ctx, () => lists().sign('dip-edition', id, u, body));
    },
    async signExclusionList(ctx: Ctx) {
      const id = documentIdOf(ctx);
      const body = parse(SIGN, ctx.request.body, 'body');
      const u = await user(ctx);
      await respond(ctx, () => lists().sign('exclusion-list', id, u, body));
    },
  };
};
