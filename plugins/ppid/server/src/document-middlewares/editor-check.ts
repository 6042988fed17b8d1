/**
 * Who may edit an item in review: while its workflow is active, only the holders of the current
 * stage's position for its unit (at a stage the disposisi assigns: only the person named); a
 * super admin only where nobody holds the position and the agency allows it. Approved content is
 * frozen until it is published. Applies to edits by a person (an admin request); code is not a person.
 */
import type { Core } from '@strapi/strapi';
import { inLanguageOf, refuse } from '../errors';
import { getService } from '../utils';
import { stageHolders } from '../workflow/rules';
import { stateOf } from '../services/workflow-instances';
import { unitIdOf } from '../services/workflow-items';
import { actorsAt } from '../services/workflow-people';
import { actingUnit } from '../workflow/actors';
import { gatedSubject, instanceBefore, requestUser, type DocumentMiddleware } from './context';

export const editorCheck = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const spec = gatedSubject(ctx);
  const documentId: string | undefined = ctx.params?.documentId;
  if (!spec || (ctx.action !== 'update' && ctx.action !== 'discardDraft') || !documentId) return next();
  const inst = await instanceBefore(strapi, ctx, spec, documentId);
  const user = requestUser(strapi);
  if (inst?.status !== 'active' || !user) return next();

  const def = (await getService(strapi, 'workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
  const stage = def.stages.find((s) => s.key === inst.stage);
  if (stage?.kind === 'publishing') {
    refuse(
      403,
      inLanguageOf(user as any, {
        id: `Item ini sudah disetujui dan berada pada tahap "${stage.name.id}": isinya dibekukan sampai diterbitkan (versi yang disetujui itulah yang terbit)`,
        en: `This item was approved and is at stage "${stage.name.en}": its content is frozen until it is published (the approved version is what goes out)`,
      })
    );
  }
  const people = getService(strapi, 'workflow-people');
  const p = await people.people(new Date());
  const row = await getService(strapi, 'workflow-items').itemRow(spec, documentId);
  const unitId = inst.unitId ?? (row ? unitIdOf(spec, row) : null);
  const all = actorsAt(p, unitId, stage);
  const named = stageHolders(def, stateOf(inst), all);
  const full = await people.loadUser(user.id);
  const actor = full ? people.actorOf(full) : null;
  const standIn = actor?.superAdmin && actor.superAdminsMayAct && all.length === 0;
  if (!named.some((h) => h.userId === user.id) && !standIn) {
    // The unit the actor is looked for in: the item's, or the website desk for the web SOP's Koordinator.
    const at = unitId ? actingUnit(p.units, p.assignments, unitId, stage?.actorAt, p.date) : null;
    const unit = at ? p.units.get(at) : null;
    const where = unit ? `${unit.name} (${unit.code})` : '-';
    refuse(
      403,
      all.some((h) => h.userId === user.id)
        ? inLanguageOf(full as any, {
            id: `Pada tahap "${stage?.name.id}" hanya pegawai yang ditunjuk dalam disposisi yang mengerjakan item ini`,
            en: `At stage "${stage?.name.en}" only the person named in the disposition works on this item`,
          })
        : inLanguageOf(full as any, {
            id: `Item ini sedang pada tahap "${stage?.name.id}": saat ini hanya pemegang jabatan "${stage?.actor}" untuk unit ${where} yang dapat mengubahnya`,
            en: `This item is at stage "${stage?.name.en}": only the holder of position "${stage?.actor}" for unit ${where} may edit it now`,
          }),
      { stage: inst.stage, position: stage?.actor ?? null, unit: unit?.code ?? null }
    );
  }
  return next();
};
