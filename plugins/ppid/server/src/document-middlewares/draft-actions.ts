/**
 * Publish, unpublish and "discard draft" exist only for types with draft & publish. Strapi's
 * document service answers them on other ppid types (units, editions, plans, forms...) with a 500;
 * here they get a 400 that says why, before anything is written.
 */
import type { Core } from '@strapi/strapi';
import { refuse } from '../errors';
import type { DocumentMiddleware } from './context';

const DRAFT_ACTIONS = new Set(['publish', 'unpublish', 'discardDraft']);

export const draftActions = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  if (!ctx.uid.startsWith('plugin::ppid.') || !DRAFT_ACTIONS.has(ctx.action)) return next();
  const model: any = strapi.getModel(ctx.uid as any);
  if (model?.options?.draftAndPublish) return next();
  refuse(400, `"${model?.info?.displayName ?? ctx.uid}" has no draft and published versions: "${ctx.action}" does not apply to it`, { action: ctx.action });
};

const CM_DRAFT_ROUTE = /^\/content-manager\/collection-types\/([^/]+)\/(?:[^/]+\/)?actions\/(publish|unpublish|discard|bulkPublish|bulkUnpublish)$/;

/**
 * The same, for the Content Manager's routes, which fail on such types inside Strapi (a 500, its
 * transaction rolled back): once the route has authenticated and authorised the request, such a
 * failure answers 400 in Strapi's error format.
 */
export const draftActionRoutes = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<unknown>) => {
  const match = ctx.method === 'POST' ? CM_DRAFT_ROUTE.exec(ctx.path) : null;
  const model = match ? decodeURIComponent(match[1]) : '';
  if (!match || !model.startsWith('plugin::ppid.')) return next();
  const schema: any = strapi.getModel(model as any);
  if (!schema || schema.options?.draftAndPublish) return next();
  await next();
  if (ctx.status < 500) return;
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: {
      status: 400,
      name: 'ValidationError',
      message: `"${schema.info?.displayName ?? model}" has no draft and published versions: "${match[2]}" does not apply to it`,
      details: { action: match[2] },
    },
  };
};
