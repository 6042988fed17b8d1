/**
 * Organisation data is governed: units and position assignments decide who may act in every
 * workflow, so they change only with the plugin's permission to manage the organisation, on every
 * path (Content Manager, bulk actions, any HTTP route), nobody grants a position to themselves, and
 * every change is logged (who, when, before / after). Trusted code (seeds, migrations: no HTTP
 * request, or the system scope) is logged as "system".
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WorkflowForbidden } from '../errors';
import { relationKey } from '../domain/validation';
import { inSystemScope } from '../workflow/context';

export const MANAGE_ORGANISATION = 'plugin::ppid.organisation.manage';
const UNIT = uid('unit');
const ASSIGNMENT = uid('position-assignment');
const LOG = uid('organisation-change');
const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

type Row = Record<string, any>;
type AdminUser = { id: number; firstname?: string; lastname?: string; email?: string };

const nameOf = (u: AdminUser | null) => (u ? [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email || `#${u.id}` : 'system');

/** The record as the log keeps it: plain values and the codes / e-mails of what it points to. */
function snapshotOf(model: string, row: Row | null): Row | null {
  if (!row) return null;
  if (model === UNIT) {
    const { name, code, kind, publishes, active, email, phone, address } = row;
    return { name, code, kind, parent: row.parent?.code ?? null, publishes, active, email, phone, address };
  }
  const { position, holding, startsOn, endsOn, officialName, nip, decreeNumber, note } = row;
  return { user: row.user ? { id: row.user.id, email: row.user.email } : null, position, unit: row.unit?.code ?? null, holding, startsOn, endsOn, officialName, nip, decreeNumber, note };
}

export function organisationGovernance(strapi: Core.Strapi) {
  const load = (model: string, documentId: string | undefined) =>
    documentId
      ? strapi.db.query(model).findOne({
          where: { documentId },
          populate: model === UNIT ? { parent: { select: ['code'] } } : { user: { select: ['id', 'email'] }, unit: { select: ['code'] } },
        })
      : Promise.resolve(null);

  async function userIdOf(value: unknown): Promise<number | null> {
    const key = relationKey(value);
    if (key === null) return null;
    if (typeof key === 'number' || /^\d+$/.test(String(key))) return Number(key);
    const row = await strapi.db.query('admin::user').findOne({ where: { documentId: key }, select: ['id'] });
    return row?.id ?? null;
  }

  return async (ctx: any, next: () => Promise<any>) => {
    if ((ctx.uid !== UNIT && ctx.uid !== ASSIGNMENT) || READS.has(ctx.action)) return next();
    const request: any = strapi.requestContext.get();
    const user: AdminUser | null = request?.state?.auth?.strategy?.name === 'admin' ? request.state.user : null;
    if (request && !inSystemScope()) {
      if (!user) throw new WorkflowForbidden('Units and position assignments change only in the admin, by those who manage the organisation');
      if (!request.state.userAbility?.can(MANAGE_ORGANISATION)) {
        throw new WorkflowForbidden('Only those who manage the organisation (permission "Manage units and position assignments") change units and position assignments', {
          permission: MANAGE_ORGANISATION,
        });
      }
    }
    const documentId: string | undefined = ctx.params?.documentId;
    const before = await load(ctx.uid, documentId);
    if (ctx.uid === ASSIGNMENT && user) {
      const data = ctx.params?.data ?? {};
      const holder = 'user' in data ? await userIdOf(data.user) : (before?.user?.id ?? null);
      if (holder === user.id || before?.user?.id === user.id) {
        throw new WorkflowForbidden('Nobody grants, changes or ends a position of their own: another organisation manager does it');
      }
    }
    const result = await next();
    const after = ctx.action === 'delete' ? null : await load(ctx.uid, result?.documentId ?? documentId);
    await strapi.db.query(LOG).create({
      data: {
        subjectType: ctx.uid === UNIT ? 'unit' : 'position-assignment',
        subjectDocumentId: result?.documentId ?? documentId ?? 'unknown',
        action: ctx.action,
        actorId: user?.id ?? null,
        actorName: nameOf(user),
        before: snapshotOf(ctx.uid, before),
        after: snapshotOf(ctx.uid, after),
      },
    });
    return result;
  };
}

/** The log is append-only, whatever the path. */
export function protectOrganisationLog(strapi: Core.Strapi) {
  const appendOnly = () => {
    throw new Error('ppid: the organisation change log is append-only');
  };
  strapi.db.lifecycles.subscribe({ models: [LOG], beforeUpdate: appendOnly, beforeUpdateMany: appendOnly, beforeDelete: appendOnly, beforeDeleteMany: appendOnly });
}

/** The log for managers, newest first. */
export async function listOrganisationChanges(strapi: Core.Strapi, query: { page: number; pageSize: number; subjectType?: string; documentId?: string }) {
  const where: Row = {};
  if (query.subjectType) where.subjectType = query.subjectType;
  if (query.documentId) where.subjectDocumentId = query.documentId;
  const [rows, total] = await Promise.all([
    strapi.db.query(LOG).findMany({ where, orderBy: [{ id: 'desc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
    strapi.db.query(LOG).count({ where }),
  ]);
  return {
    data: rows.map((r: Row) => ({
      id: r.id,
      subjectType: r.subjectType,
      documentId: r.subjectDocumentId,
      action: r.action,
      actor: r.actorId ? { id: r.actorId, name: r.actorName } : null,
      before: r.before ?? null,
      after: r.after ?? null,
      at: new Date(r.createdAt).toISOString(),
    })),
    meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
  };
}
