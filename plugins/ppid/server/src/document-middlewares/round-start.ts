/**
 * Review rounds follow the document's life: a created or cloned item starts its workflow; an edit
 * of an item without one starts it, an edit by a person at an authoring stage records them as a
 * drafter (they may not review it), and an edit after the workflow finished, or an unpublish,
 * opens a new round. All of it after the action itself succeeded.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { gatedSubject, instanceBefore, requestUser, type DocumentMiddleware } from './context';

export const roundStart = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const spec = gatedSubject(ctx);
  if (!spec) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  const action = ctx.action;
  const instances = getService(strapi, 'workflow-instances');
  const user = requestUser(strapi);

  if (action === 'update' && documentId) {
    const inst = await instanceBefore(strapi, ctx, spec, documentId);
    const result = await next();
    if (inst && inst.status !== 'active') await instances.reopen(spec, documentId, user, 'Edited after the workflow had finished: a new review round');
    else if (inst && user) await instances.noteDrafter(inst, user);
    else if (!inst) await instances.startFor(spec, documentId, user);
    return result;
  }
  if (action === 'create' || action === 'clone') {
    const result = await next();
    const created = result?.documentId;
    if (created) await instances.startFor(spec, created, user);
    return result;
  }
  if (action === 'unpublish' && documentId) {
    const result = await next();
    await instances.reopen(spec, documentId, user, 'Unpublished: a new review round');
    return result;
  }
  return next();
};
