/**
 * Publishing an item whose type has a workflow is the workflow's final step, nothing else: a
 * document `publish`, the Content Manager's publish request (which saves its body to the draft
 * first), a create/update/clone with `status: 'published'`, or a write that sets a signed state
 * (`publishState`, e.g. a content plan's "signed") are refused. Unchanged signed states pass.
 */
import type { Core } from '@strapi/strapi';
import { refuse } from '../errors';
import { getService } from '../utils';
import { gatedSubject, isPublishRequest, type DocumentMiddleware } from './context';

type Row = Record<string, any>;

export const publishGate = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const spec = gatedSubject(ctx);
  if (!spec) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  const action = ctx.action;
  const data: Row = ctx.params?.data ?? {};
  const hasWorkflow = () => getService(strapi, 'workflow-definitions').typeHasWorkflow(spec.type);

  // The Content Manager's publish saves the request body to the draft first, then publishes, in
  // one transaction: refuse the whole request as the publish it is, before its save.
  if ((action === 'publish' || (action === 'update' && isPublishRequest(strapi))) && (await hasWorkflow())) {
    const inst = documentId ? await getService(strapi, 'workflow-instances').findInstance(spec.type, documentId) : null;
    refuse(400, `Publishing goes through the review workflow: this item is at stage "${inst?.stage ?? 'not started'}"; take the workflow's publish step`, {
      stage: inst?.stage ?? null,
    });
  }
  const publishing = ctx.params?.status === 'published' && spec.draftAndPublish;
  const signing = spec.publishState && typeof data[spec.publishState.field] === 'string' && spec.publishState.gated.includes(data[spec.publishState.field]);
  if ((action === 'create' || action === 'update' || action === 'clone') && (publishing || signing) && (await hasWorkflow())) {
    if (signing && action === 'update' && documentId) {
      const row = await getService(strapi, 'workflow-items').itemRow(spec, documentId);
      if (row && row[spec.publishState!.field] === data[spec.publishState!.field]) delete data[spec.publishState!.field]; // unchanged: not a signing
      else refuse(400, `"${spec.publishState!.field}: ${data[spec.publishState!.field]}" is set by the review workflow's final step, not by editing`);
    } else {
      refuse(400, publishing ? 'Publishing goes through the review workflow: save the item as a draft and take the workflow' : `"${spec.publishState!.field}" is set by the review workflow's final step, not by editing`);
    }
  }
  return next();
};
