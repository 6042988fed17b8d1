/**
 * What the workflow's document-service middlewares share: the shape of a document action, the
 * request behind it, and the item's instance read once per action.
 */
import type { Core } from '@strapi/strapi';
import { engineMayWrite } from '../workflow/context';
import { subjectByUid, type SubjectSpec } from '../workflow/subjects';
import type { User } from '../services/workflow-people';
import { getService } from '../utils';

type Row = Record<string, any>;

/** A document-service action as the middlewares read it. */
export type DocumentAction = { uid: string; action: string; params?: Row };
export type Next = () => Promise<any>;
export type DocumentMiddleware = (ctx: DocumentAction, next: Next) => Promise<any>;

/**
 * The workflow item type of the action, when the workflow gates it: null for other types and for
 * the engine's own writes (asEngine for this document, asSystem).
 */
export function gatedSubject(ctx: DocumentAction): SubjectSpec | null {
  const spec = subjectByUid(ctx.uid);
  if (!spec || engineMayWrite(ctx.params?.documentId)) return null;
  return spec;
}

/** The admin user behind the current HTTP request, if any (Content Manager, admin routes). */
export function requestUser(strapi: Core.Strapi): User | null {
  const ctx: any = strapi.requestContext.get();
  if (!ctx?.state?.user || ctx.state.auth?.strategy?.name !== 'admin') return null;
  return ctx.state.user;
}

/** Is the current HTTP request a Content Manager publish (single or bulk)? */
export function isPublishRequest(strapi: Core.Strapi): boolean {
  const path: unknown = (strapi.requestContext.get() as any)?.request?.path;
  return typeof path === 'string' && /^\/content-manager\/collection-types\/[^/]+\/(?:[^/]+\/)?actions\/(?:publish|bulkPublish)$/.test(path);
}

const instances = new WeakMap<DocumentAction, Promise<Row | null>>();

/**
 * The item's workflow instance as it was before this action ran, read once however many
 * middlewares ask (Strapi passes the same context object down the chain).
 */
export function instanceBefore(strapi: Core.Strapi, ctx: DocumentAction, spec: SubjectSpec, documentId: string): Promise<Row | null> {
  let found = instances.get(ctx);
  if (!found) {
    found = getService(strapi, 'workflow-instances').findInstance(spec.type, documentId);
    instances.set(ctx, found);
  }
  return found;
}
