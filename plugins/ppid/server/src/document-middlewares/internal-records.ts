/**
 * The workflow's own records (definitions, bindings, instances, the log) are written by the engine
 * with db.query; through the document service they can only be read (trusted system code aside).
 * So is the dev mailbox (its mails are written by the notification sender only).
 */
import { uid } from '../content-types/builders';
import { inSystemScope } from '../workflow/context';
import { refuse } from '../errors';
import type { DocumentMiddleware } from './context';

const INTERNAL = new Set([uid('workflow'), uid('workflow-binding'), uid('workflow-instance'), uid('workflow-transition'), uid('privacy-clearance'), uid('dev-mail')]);
const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

export const internalRecords = (): DocumentMiddleware => async (ctx, next) => {
  if (INTERNAL.has(ctx.uid) && !READS.has(ctx.action) && !inSystemScope()) {
    refuse(403, ctx.uid === uid('dev-mail') ? 'Dev mailbox records are written by the notification sender only' : 'Workflow records change only through workflow transitions');
  }
  return next();
};
