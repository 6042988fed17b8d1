/**
 * An evaluation's frozen figures on every document-service path (Content Manager create, update,
 * clone, bulk actions): `figures` and `figuresTakenAt` (COMPUTED_FIELDS) are written only by
 * POST /ppid/website/evaluations (services/website-evaluations.ts, with db.query past this
 * middleware); a copy starts without them; once the figures are taken, the period and kind they
 * were taken for cannot change, so the snapshot keeps matching what the form says it covers.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { keepUnwritten } from '../domain/computed';
import { COMPUTED_FIELDS } from '../domain/validation';
import { requestUser, type DocumentMiddleware } from './context';

type Row = Record<string, any>;
const EVALUATION = uid('evaluation');
/** The fields the figures were taken for. */
export const FIGURES_SCOPE = ['kind', 'periodStart', 'periodEnd'] as const;

export const evaluationFigures = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  if (ctx.uid !== EVALUATION || !['create', 'update', 'clone'].includes(ctx.action)) return next();
  const data: Row = ctx.params?.data ?? {};
  if (ctx.action === 'clone') {
    for (const field of COMPUTED_FIELDS.evaluation) data[field] = null;
    return next();
  }
  if (!requestUser(strapi)) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  const current: Row | null = documentId && ctx.action === 'update' ? await strapi.db.query(EVALUATION).findOne({ where: { documentId } }) : null;
  const attributes = strapi.getModel(EVALUATION as any)?.attributes as any;
  keepUnwritten(COMPUTED_FIELDS.evaluation, data, current, (f) => `"${f}" is taken from the data by POST /ppid/website/evaluations and cannot be written`, attributes);
  if (current?.figures) {
    keepUnwritten(FIGURES_SCOPE, data, current, (f) => `"${f}" cannot change: the evaluation's figures were taken for this period and kind`, attributes);
  }
  return next();
};
