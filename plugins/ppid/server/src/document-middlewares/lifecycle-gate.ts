/**
 * Every Strapi path on a workflow item goes through the engine. Taking a published item offline
 * and deleting one are recorded workflow steps (POST .../withdraw, .../delete, with a reason, by
 * the positions the workflow names), not Content Manager actions. What the Content Manager may
 * still do: delete a draft that never left its first stage (its drafter or the holder of that
 * stage; the instance is closed with a log row), and discard draft changes where editing is
 * allowed (never once the content is in review or approved: reviewers approve what they saw).
 */
import type { Core } from '@strapi/strapi';
import { inLanguageOf, refuse } from '../errors';
import { getService } from '../utils';
import { withdrawalPositions } from '../workflow/definition';
import { stageHolders } from '../workflow/rules';
import { stateOf } from '../services/workflow-instances';
import { unitIdOf } from '../services/workflow-items';
import { actorsAt } from '../services/workflow-people';
import { gatedSubject, instanceBefore, requestUser, type DocumentMiddleware } from './context';

const ACTIONS = new Set(['unpublish', 'delete', 'discardDraft']);

export const lifecycleGate = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const spec = gatedSubject(ctx);
  const documentId: string | undefined = ctx.params?.documentId;
  if (!spec || !documentId || !ACTIONS.has(ctx.action)) return next();
  if (!(await getService(strapi, 'workflow-definitions').typeHasWorkflow(spec.type))) return next();
  const user = requestUser(strapi);
  const inst = await instanceBefore(strapi, ctx, spec, documentId);
  const def = inst ? await getService(strapi, 'workflow-definitions').definition(inst.workflowKey, inst.workflowVersion) : null;
  const route = `/ppid/workflow/items/${spec.type}/${documentId}`;
  const positions = def ? withdrawalPositions(def).join(', ') : '';

  if (ctx.action === 'unpublish') {
    refuse(
      400,
      inLanguageOf(user as any, {
        id: `Menurunkan item yang sudah terbit adalah langkah alur kerja: ${route}/withdraw dengan alasan, oleh ${positions} unit item ini`,
        en: `Taking a published item offline is a workflow step: ${route}/withdraw with a reason, by the ${positions} of the item's unit`,
      }),
      { route: `${route}/withdraw` }
    );
  }

  const published = spec.draftAndPublish ? (await strapi.db.query(spec.uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0 : inst?.status === 'published';
  const stage = def && inst ? def.stages.find((s) => s.key === inst.stage) : undefined;

  if (ctx.action === 'delete') {
    const firstStage = !inst || (inst.status === 'active' && def?.initialStage === inst.stage);
    if (published || !firstStage) {
      refuse(
        400,
        inLanguageOf(user as any, {
          id: `Item yang sudah terbit atau sedang ditinjau dihapus melalui alur kerja: ${route}/delete dengan alasan, oleh ${positions} unit item ini`,
          en: `An item that was published or is in review is deleted through the workflow: ${route}/delete with a reason, by the ${positions} of the item's unit`,
        }),
        { route: `${route}/delete` }
      );
    }
    if (!inst || !user) return next();
    const state = stateOf(inst);
    const row = await getService(strapi, 'workflow-items').itemRow(spec, documentId);
    const p = await getService(strapi, 'workflow-people').people(new Date());
    const holder = stageHolders(def!, state, actorsAt(p, inst.unitId ?? (row ? unitIdOf(spec, row) : null), stage)).some((h) => h.userId === user.id);
    if (!holder && !state.drafters.includes(user.id)) {
      refuse(403, inLanguageOf(user as any, { id: 'Konsep ini hanya dapat dihapus oleh penyusunnya atau pemegang jabatan pada tahap pertamanya', en: 'Only its drafter or the holder of its first stage may delete this draft' }));
    }
    const result = await next();
    await getService(strapi, 'workflow-instances').closeDeleted(spec, documentId, inst, row, user, 'Konsep dihapus sebelum ditinjau / draft deleted before review');
    return result;
  }

  // discardDraft: the draft goes back to the published version.
  if (inst?.status === 'active' && stage && (stage.kind === 'review' || stage.kind === 'publishing')) {
    refuse(
      400,
      inLanguageOf(user as any, {
        id: `Item ini sedang pada tahap "${stage.name.id}": perubahannya tidak dapat dibuang karena peninjau menyetujui apa yang mereka lihat; kembalikan item melalui alur kerja`,
        en: `This item is at stage "${stage.name.en}": its changes cannot be discarded, reviewers approve what they saw; return it through the workflow`,
      }),
      { stage: stage.key }
    );
  }
  return next();
};
