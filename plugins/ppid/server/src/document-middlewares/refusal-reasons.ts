/**
 * Strapi's Content Manager answers a record the RBAC condition hides with a bare "Forbidden". For a
 * ppid record of a unit where the person holds no position, the answer says why (which unit), in
 * the person's admin language, like every other refusal of the plugin.
 */
import type { Core } from '@strapi/strapi';
import { inLanguageOf } from '../errors';
import { scopeOf } from '../permissions/scopes';
import { getService } from '../utils';

const CM_RECORD = /^\/content-manager\/collection-types\/([^/]+)\/([^/]+)(?:\/actions\/[A-Za-z]+)?$/;

export const refusalReasons = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<unknown>) => {
  await next();
  if (ctx.status !== 403) return;
  const match = CM_RECORD.exec(ctx.path);
  const model = match ? decodeURIComponent(match[1]) : '';
  const path = model.startsWith('plugin::ppid.') ? scopeOf(model) : null;
  const user = ctx.state?.user;
  if (!match || !path || !user || match[2] === 'actions' || ctx.body?.error?.message !== 'Forbidden') return;
  const [head, rest] = path.split('.');
  const populate = rest ? { [head]: { populate: { [rest]: { select: ['id'] } } } } : { [head]: { select: ['id'] } };
  const row: any = await strapi.db.query(model).findOne({ where: { documentId: match[2] }, populate }).catch(() => null);
  const unitId: number | undefined = rest ? row?.[head]?.[rest]?.id : row?.[head]?.id;
  if (!unitId) return;
  const members = getService(strapi, 'membership');
  if (await members.membership(user.id, unitId, model)) return;
  const unit = await members.unitLabel(unitId);
  ctx.body.error.message = inLanguageOf(user, {
    id: `Anda tidak memegang jabatan di unit ${unit}: item unit itu hanya untuk pegawai yang menjabat di sana (atau di unit di atasnya)`,
    en: `You hold no position in unit ${unit}: its items are for staff holding a position there (or in a unit above it)`,
  });
  ctx.body.error.details = { ...(ctx.body.error.details ?? {}), unit: unitId };
};
