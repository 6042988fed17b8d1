/**
 * Who may edit an item in review: while its workflow is active, only the holders of the current
 * stage's position for its unit (or a super admin, when allowed); approved content is frozen until
 * it is published. Applies to edits by a person (an admin request); code is not a person.
 */
import type { Core } from '@strapi/strapi';
import { refuse } from '../errors';
import { getService } from '../utils';
import { unitIdOf } from '../services/workflow-items';
import { holders } from '../services/workflow-people';
import { gatedSubject, instanceBefore, requestUser, type DocumentMiddleware } from './context';

export const editorCheck = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const spec = gatedSubject(ctx);
  const documentId: string | undefined = ctx.params?.documentId;
  if (!spec || ctx.action !== 'update' || !documentId) return next();
  const inst = await instanceBefore(strapi, ctx, spec, documentId);
  const user = requestUser(strapi);
  if (inst?.status !== 'active' || !user) return next();

  const def = (await getService(strapi, 'workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
  const stage = def.stages.find((s) => s.key === inst.stage);
  if (stage?.kind === 'publishing') {
    refuse(403, `This item was approved and is at stage "${inst.stage}": its content is frozen until it is published (the approved version is what goes out)`);
  }
  const people = getService(strapi, 'workflow-people');
  const p = await people.people(new Date());
  const row = await getService(strapi, 'workflow-items').itemRow(spec, documentId);
  const unitId = inst.unitId ?? (row ? unitIdOf(spec, row) : null);
  const held = holders(p, unitId, stage?.actor).some((h) => h.userId === user.id);
  const full = await people.loadUser(user.id);
  const actor = full ? people.actorOf(full) : null;
  if (!held && !(actor?.superAdmin && actor.superAdminsMayAct)) {
    refuse(403, `This item is in review at stage "${inst.stage}": only the holder of position "${stage?.actor}" for its unit may edit it now`);
  }
  return next();
};
