/**
 * Review rounds follow the document's life: a created or cloned item starts its workflow (its
 * creator is its first drafter); an edit by a person makes them a drafter (they never approve it);
 * an edit after the workflow finished opens a new round; and a change of what decides who reviews
 * the item or which path it takes (its unit, its class) once it has left its first stage sends it
 * back there, with a log row. All of it after the action itself succeeded.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import type { SubjectSpec } from '../workflow/subjects';
import { gatedSubject, instanceBefore, requestUser, type DocumentMiddleware } from './context';

type Row = Record<string, any>;

/** The values of the fields that decide the path (relations by id). */
async function determinants(strapi: Core.Strapi, spec: SubjectSpec, documentId: string): Promise<Row> {
  const row = await getService(strapi, 'workflow-items').itemRow(spec, documentId);
  const out: Row = {};
  for (const field of spec.determinants) {
    const value = row?.[field];
    out[field] = value && typeof value === 'object' ? (value.id ?? null) : (value ?? null);
  }
  return out;
}

export const roundStart = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const spec = gatedSubject(ctx);
  if (!spec) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  const action = ctx.action;
  const instances = getService(strapi, 'workflow-instances');
  const user = requestUser(strapi);

  if (action === 'update' && documentId) {
    const inst = await instanceBefore(strapi, ctx, spec, documentId);
    const before = inst?.status === 'active' ? await determinants(strapi, spec, documentId) : null;
    const result = await next();
    if (inst && inst.status !== 'active') {
      await instances.reopen(spec, documentId, user, 'Edited after the workflow had finished: a new review round');
      return result;
    }
    if (!inst) {
      await instances.startFor(spec, documentId, user);
      return result;
    }
    if (user) await instances.noteDrafter(inst, user);
    const after = await determinants(strapi, spec, documentId);
    const changed = spec.determinants.filter((f) => before && before[f] !== after[f]);
    if (changed.length) await instances.redirect(spec, documentId, user, changed, before!, after);
    return result;
  }
  if (action === 'create' || action === 'clone') {
    const result = await next();
    const created = result?.documentId;
    if (created) await instances.startFor(spec, created, user);
    return result;
  }
  return next();
};
