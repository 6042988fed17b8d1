/**
 * The website evaluations (web SOP C) are read and written only by their readers on every
 * document-service path an admin request takes (Content Manager list, edit view, bulk actions),
 * not only on the plugin's own routes: the Koordinator, the Sub Koordinator, the head and super
 * admins (evaluations/rules.ts mayReadEvaluations, checked by services/website-evaluations.ts).
 * The Content Manager permission the Staf role holds on the type does not widen that.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { getService } from '../utils';
import { requestUser, type DocumentMiddleware } from './context';

const EVALUATION = uid('evaluation');

export const evaluationReaders = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  if (ctx.uid !== EVALUATION) return next();
  const caller = requestUser(strapi);
  if (!caller) return next();
  const user = await getService(strapi, 'workflow-people').loadUser(caller.id);
  if (user) await getService(strapi, 'website-evaluations').assertReader(user);
  return next();
};
