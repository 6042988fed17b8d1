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
