/**
 * Permissions follow positions on every write path: a member of staff creates, edits, clones,
 * deletes or discards a record of a ppid type (an item, its proof of publication, a plan row...)
 * only in units where they hold a position (permissions/scopes.ts says where each type's unit is;
 * workflow/actors.ts who works for which unit). The Content Manager's RBAC condition hides the
 * rest; this holds for the writes whatever the role says. Super admins and trusted code pass.
 */
import type { Core } from '@strapi/strapi';
import { relationKey } from '../domain/validation';
import { inLanguageOf, refuse } from '../errors';
import { scopeOf } from '../permissions/scopes';
import { getService } from '../utils';
import { engineMayWrite, inSystemScope } from '../workflow/context';
import { requestUser, type DocumentMiddleware } from './context';

type Row = Record<string, any>;
const WRITES = new Set(['create', 'update', 'clone', 'delete', 'discardDraft', 'publish', 'unpublish']);
const GOVERNED = new Set(['plugin::ppid.unit', 'plugin::ppid.position-assignment']); // organisation/governance.ts

export const unitMembership = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  const path = scopeOf(ctx.uid);
  if (!path || GOVERNED.has(ctx.uid) || !WRITES.has(ctx.action)) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  if (inSystemScope() || engineMayWrite(documentId)) return next();
  const user = requestUser(strapi);
  if (!user) return next();
  const full = await getService(strapi, 'workflow-people').loadUser(user.id);
  if (!full || (full.roles ?? []).some((r) => r.code === 'strapi-super-admin')) return next();

  const [head, ...rest] = path.split('.');
  const units = new Set<number>();
  if (documentId && ctx.action !== 'create') {
    const populate = rest.length ? { [head]: { populate: { [rest[0]]: { select: ['id'] } } } } : { [head]: { select: ['id'] } };
    const current: Row | null = await strapi.db.query(ctx.uid).findOne({ where: { documentId }, populate });
    const unitId = rest.length ? current?.[head]?.[rest[0]]?.id : current?.[head]?.id;
    if (unitId) units.add(unitId);
  }
  const data: Row = ctx.params?.data ?? {};
  if (head in data) {
    const target = strapi.getModel(ctx.uid as any)?.attributes?.[head] as { target?: string } | undefined;
    const unitId = target?.target ? await unitOfRelation(strapi, target.target, data[head], rest[0]) : null;
    if (unitId) units.add(unitId);
  }
  const members = getService(strapi, 'membership');
  for (const unitId of units) {
    if (await members.membership(user.id, unitId, ctx.uid)) continue;
    const unit = await members.unitLabel(unitId);
    refuse(
      403,
      inLanguageOf(full as any, {
        id: `Anda tidak memegang jabatan di unit ${unit}: hanya pegawai yang menjabat di unit itu (atau di unit di atasnya) yang dapat mengubah isinya`,
        en: `You hold no position in unit ${unit}: only staff holding a position in it (or in a unit above it) may change its records`,
      }),
      { unit: unitId }
    );
  }
  return next();
};

/** The unit a relation value in a write points to (directly, or through the record it names). */
async function unitOfRelation(strapi: Core.Strapi, target: string, value: unknown, through?: string): Promise<number | null> {
  const key = relationKey(value);
  if (key === null) return null;
  const where = typeof key === 'number' ? { id: key } : { documentId: key };
  const row: Row | null = await strapi.db.query(target).findOne({ where, ...(through ? { populate: { [through]: { select: ['id'] } } } : { select: ['id'] }) });
  return (through ? row?.[through]?.id : row?.id) ?? null;
}
