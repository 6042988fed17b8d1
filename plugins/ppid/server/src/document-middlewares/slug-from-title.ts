/**
 * The slug follows the title on every write path (Content Manager, document service, our routes):
 * a create or update whose slug is still the Content Manager's placeholder ("announcement") or empty
 * gets one derived from the title, unique among the other documents of the type (domain/slug.ts).
 */
import type { Core } from '@strapi/strapi';
import { slugFromTitle, uniqueSlug } from '../domain/slug';
import type { DocumentMiddleware } from './context';

/** The types whose slug follows a field, with that field. */
const SLUGGED: Record<string, { slug: string; from: string; singularName: string }> = {
  'plugin::ppid.announcement': { slug: 'slug', from: 'title', singularName: 'announcement' },
};

export function slugFromTitleMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const spec = SLUGGED[ctx.uid];
    const data = ctx.params?.data;
    if (!spec || (ctx.action !== 'create' && ctx.action !== 'update') || !data || typeof data !== 'object') return next();
    // An update that sends neither field leaves the slug alone; one that sends only the title reads the stored slug.
    if (!(spec.from in data) && !(spec.slug in data)) return next();
    const documentId: string | undefined = ctx.params?.documentId;
    let current = data[spec.slug];
    let title = data[spec.from];
    if (ctx.action === 'update' && documentId && (!(spec.slug in data) || !(spec.from in data))) {
      const stored = await strapi.db.query(ctx.uid).findOne({ where: { documentId }, select: [spec.slug, spec.from] });
      if (!(spec.slug in data)) current = stored?.[spec.slug];
      if (!(spec.from in data)) title = stored?.[spec.from];
    }
    const derived = slugFromTitle(current, title, spec.singularName);
    if (derived) {
      const rows: { documentId: string; [k: string]: string }[] = await strapi.db.query(ctx.uid).findMany({
        where: { [spec.slug]: { $startsWith: derived }, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
        select: [spec.slug, 'documentId'],
      });
      data[spec.slug] = uniqueSlug(derived, new Set(rows.map((r) => r[spec.slug])));
    }
    return next();
  };
}
