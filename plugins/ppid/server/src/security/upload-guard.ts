/**
 * Applies uploads/policy.ts:
 * - the upload plugin's own content-based allow/deny lists (`plugin::upload.security`), from the
 *   policy's MIME types;
 * - every upload and replace, whatever its route (admin, content API, upload from URL, code), is
 *   checked by name AND content before anything is stored: an HTML page named `.png` is refused;
 * - every media id written to a ppid media field must be a file of a kind that field accepts;
 * - files under /uploads are served with `nosniff`, and as attachments unless they are images or PDF.
 */
import { promises as fs } from 'fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentDisposition } from '../controllers/http';
import { stripImageMetadata } from '../privacy/strip';
import { checkFile, DENIED_MIME_TYPES, describeKinds, FIELD_KINDS, fieldAccepts, servedInline, UPLOAD_MIME_TYPES } from '../uploads/policy';

const PREFIX = 'plugin::ppid.';
const FILE_UID = 'plugin::upload.file';
const HEAD_BYTES = 4100;

type IncomingFile = { filepath?: string; path?: string; originalFilename?: string; name?: string; size?: number; mimetype?: string };

async function readHead(file: IncomingFile, all: boolean): Promise<Buffer> {
  const filePath = file.filepath ?? file.path;
  if (!filePath) return Buffer.alloc(0);
  if (all) return fs.readFile(filePath);
  const handle = await fs.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Refuses the whole request when one of its files is not acceptable (nothing is stored). */
export async function assertFilesAcceptable(files: IncomingFile | IncomingFile[] | undefined): Promise<void> {
  const list = (Array.isArray(files) ? files : [files]).filter(Boolean) as IncomingFile[];
  for (const file of list) {
    const name = file.originalFilename ?? file.name ?? '';
    // CSV is text: read it whole to look for markup; binary kinds are judged by their first bytes.
    const head = await readHead(file, name.toLowerCase().endsWith('.csv'));
    const verdict = checkFile(name, head);
    if (!verdict.ok) throw new errors.ValidationError(verdict.reason);
  }
}

/** Sets the upload plugin's content-based allow/deny lists from the policy. */
export function configureUploadSecurity(strapi: Core.Strapi) {
  strapi.config.set('plugin::upload.security', { allowedTypes: [...UPLOAD_MIME_TYPES], deniedTypes: [...DENIED_MIME_TYPES] });
}

/** Wraps the upload service so that every upload and replace passes the policy first. */
export function guardUploadService(strapi: Core.Strapi) {
  (strapi.get('services') as any).extend('plugin::upload.upload', (service: any) => ({
    ...service,
    async upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown) {
      await assertFilesAcceptable(input?.files);
      await stripImageMetadata(input?.files);
      return service.upload(input, opts);
    },
    async replace(id: unknown, input: { data: unknown; file: IncomingFile }, opts?: unknown) {
      await assertFilesAcceptable(input?.file);
      await stripImageMetadata(input?.file);
      return service.replace(id, input, opts);
    },
  }));
}

/** Media ids in a written value: `5`, `'5'`, `{ id }`, arrays, `{ connect | set: [...] }`. */
export function mediaRefs(value: unknown): { ids: number[]; documentIds: string[] } {
  const ids: number[] = [];
  const documentIds: string[] = [];
  const walk = (v: unknown) => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v === 'number') return void ids.push(v);
    if (typeof v === 'string') return void (/^\d+$/.test(v) ? ids.push(Number(v)) : documentIds.push(v));
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.id !== undefined) return walk(o.id);
      if (o.documentId !== undefined) return walk(o.documentId);
      walk(o.connect);
      walk(o.set);
    }
  };
  walk(value);
  return { ids, documentIds };
}

/** The document-service middleware: a ppid media field only takes files of the kinds it accepts. */
export function mediaFieldMiddleware(strapi: Core.Strapi) {
  return async (ctx: any, next: () => Promise<any>): Promise<any> => {
    if (!ctx.uid?.startsWith(PREFIX) || !['create', 'update'].includes(ctx.action)) return next();
    const name = ctx.uid.slice(PREFIX.length);
    const data = ctx.params?.data ?? {};
    const attributes = strapi.getModel(ctx.uid)?.attributes ?? {};
    for (const [field, attribute] of Object.entries<any>(attributes)) {
      if (attribute.type !== 'media' || data[field] === undefined) continue;
      const { ids, documentIds } = mediaRefs(data[field]);
      if (ids.length === 0 && documentIds.length === 0) continue;
      const or: Record<string, unknown>[] = [];
      if (ids.length) or.push({ id: { $in: ids } });
      if (documentIds.length) or.push({ documentId: { $in: documentIds } });
      const files = await strapi.db.query(FILE_UID).findMany({ where: { $or: or }, select: ['id', 'name', 'ext', 'mime'] });
      const refused = files.find((file: any) => !fieldAccepts(name, field, file));
      if (refused) {
        const kinds = FIELD_KINDS[name]?.[field] ?? [];
        const accepts = kinds.length ? `it accepts ${describeKinds(kinds)}` : 'it accepts no files';
        const message = `"${refused.name}" cannot be used in ${field}: ${accepts}`;
        throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
      }
    }
    return next();
  };
}

/** Koa middleware: how stored files are served. */
export function servedFileHeaders() {
  return async (ctx: any, next: () => Promise<any>): Promise<any> => {
    await next();
    if (!ctx.path.startsWith('/uploads/')) return;
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (ctx.status >= 200 && ctx.status < 300 && !servedInline(ctx.path)) {
      const file = ctx.path.slice(ctx.path.lastIndexOf('/') + 1).replace(/[^\w.-]/g, '_');
      ctx.set('Content-Disposition', contentDisposition(file));
    }
  };
}
