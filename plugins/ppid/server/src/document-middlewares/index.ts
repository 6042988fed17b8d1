/**
 * The review workflow's document-service middlewares, one per concern, in the order they run
 * (after the cross-field guard, services/guard.ts): the slug that follows the title, workflow records only through the engine, writes
 * only in units where the person holds a position, the publish gate, the privacy check, unpublish / delete / discard
 * through the engine, the editor check, then the round start (which acts after the write).
 */
import type { Core } from '@strapi/strapi';
import type { DocumentAction, DocumentMiddleware } from './context';
import { editorCheck } from './editor-check';
import { internalRecords } from './internal-records';
import { publishGate } from './publish-gate';
import { roundStart } from './round-start';
import { lifecycleGate } from './lifecycle-gate';
import { unitMembership } from './unit-membership';
import { draftActions } from './draft-actions';
import { privacyGate } from './privacy-gate';
import { slugFromTitleMiddleware } from './slug-from-title';

export function registerWorkflowMiddlewares(strapi: Core.Strapi) {
  const chain: DocumentMiddleware[] = [slugFromTitleMiddleware(strapi), draftActions(strapi), internalRecords(), unitMembership(strapi), publishGate(strapi), privacyGate(strapi), lifecycleGate(strapi), editorCheck(strapi), roundStart(strapi)];
  for (const middleware of chain) {
    strapi.documents.use((ctx, next) => middleware(ctx as DocumentAction, next));
  }
}
