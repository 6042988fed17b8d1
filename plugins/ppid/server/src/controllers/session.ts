/**
 * What every admin controller reads from the request the same way: the admin user behind it (with
 * the organisation's view of them), a document id in the path, and the kind of a web SOP form.
 */
import type { Core } from '@strapi/strapi';
import { refuse } from '../errors';
import { getService } from '../utils';
import type { User } from '../services/workflow-people';
import type { FormKind } from '../website/forms';
import { FORM_ROUTE_KINDS, type FormRouteKind } from '../website/records';

type SessionCtx = { state: { user?: { id: number } } };

/** The admin user of the request, loaded as the workflow sees people; 401 without an admin session. */
export async function sessionUser(strapi: Core.Strapi, ctx: SessionCtx): Promise<User & { preferedLanguage?: string | null }> {
  const id = ctx.state.user?.id;
  const user = id ? await getService(strapi, 'workflow-people').loadUser(id) : null;
  if (!user) refuse(401, 'An admin session is required');
  return user!;
}

/** The `:documentId` path parameter, or 400 when it is not one. */
export function documentIdParam(ctx: { params: Record<string, string | undefined> }): string {
  const documentId = ctx.params.documentId ?? '';
  if (!/^[a-z0-9]{10,40}$/i.test(documentId)) refuse(400, 'documentId tidak sah / invalid documentId', { parameter: 'documentId' });
  return documentId;
}

/** The `:kind` path parameter of the web SOP's forms (`update-requests`, `approval-forms`), or 404. */
export function formKindParam(ctx: { params: Record<string, string | undefined> }): FormKind {
  const kind = FORM_ROUTE_KINDS[ctx.params.kind as FormRouteKind];
  if (!kind) refuse(404, `Unknown form kind "${ctx.params.kind}"`);
  return kind;
}
