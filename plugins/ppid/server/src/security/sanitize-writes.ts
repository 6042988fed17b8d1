/**
 * The document-service middleware that cleans text on write, so that the stored draft is clean
 * whatever the path (Content Manager, bulk actions, imports, code): `richtext` fields of the ppid
 * types through sanitizeMarkdown, `text` and `string` fields through sanitizePlainText.
 */
import type { Core } from '@strapi/strapi';
import { sanitizeMarkdown, sanitizePlainText } from '../domain/sanitize';

const PREFIX = 'plugin::ppid.';

export function sanitizeWritesMiddleware(strapi: Core.Strapi) {
  return async (ctx: any, next: () => Promise<any>): Promise<any> => {
    if (!ctx.uid?.startsWith(PREFIX) || !['create', 'update'].includes(ctx.action)) return next();
    const data = ctx.params?.data;
    if (!data || typeof data !== 'object') return next();
    const attributes = strapi.getModel(ctx.uid)?.attributes ?? {};
    for (const [field, attribute] of Object.entries<any>(attributes)) {
      if (typeof data[field] !== 'string') continue;
      if (attribute.type === 'richtext') data[field] = sanitizeMarkdown(data[field]);
      else if (attribute.type === 'text' || attribute.type === 'string') data[field] = sanitizePlainText(data[field]);
    }
    return next();
  };
}
