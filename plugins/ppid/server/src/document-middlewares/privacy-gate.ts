/**
 * The privacy check on every path that publishes a checked type (announcements, DIP entries,
 * exclusions): the document `publish` (the workflow engine's publish step, the Content Manager's
 * publish and bulk publish of a type without a workflow, code), and a create or update with
 * `status: 'published'` (checked on the values it writes, before anything is stored).
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { getService } from '../utils';
import { isPrivacyChecked, PRIVACY_FIELDS } from '../privacy/fields';
import { mediaRefs } from '../security/upload-guard';
import type { DocumentMiddleware } from './context';

type Row = Record<string, any>;
const PREFIX = 'plugin::ppid.';
const FILE_SELECT = ['id', 'name', 'ext', 'mime', 'url', 'hash', 'size', 'provider', 'updatedAt'];

export const privacyGate = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  if (!ctx.uid.startsWith(PREFIX)) return next();
  const type = ctx.uid.slice(PREFIX.length);
  if (!isPrivacyChecked(type)) return next();
  const privacy = getService(strapi, 'privacy');
  if (!privacy.enabled()) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  if (ctx.action === 'publish' && documentId) {
    await privacy.assertPublishable(type, documentId);
    return next();
  }
  if ((ctx.action === 'create' || ctx.action === 'update') && ctx.params?.status === 'published') {
    const spec = PRIVACY_FIELDS[type];
    const data: Row = ctx.params?.data ?? {};
    const draft = documentId ? await privacy.draftRow(type, documentId) : null;
    const merged: Row = { ...(draft ?? {}) };
    for (const field of spec.text) if (field in data) merged[field] = data[field];
    for (const field of spec.files) {
      if (!(field in data)) continue;
      const { ids, documentIds } = mediaRefs(data[field]);
      const or: Row[] = [];
      if (ids.length) or.push({ id: { $in: ids } });
      if (documentIds.length) or.push({ documentId: { $in: documentIds } });
      merged[field] = or.length ? await strapi.db.query('plugin::upload.file').findMany({ where: { $or: or }, select: FILE_SELECT }) : null;
    }
    const unitRef = data[spec.unitField];
    const unitId = typeof unitRef === 'number' ? unitRef : mediaRefs(unitRef).ids[0];
    if (unitId) merged[spec.unitField] = await strapi.db.query(uid('unit')).findOne({ where: { id: unitId }, select: ['id', 'code'] });
    await privacy.assertPublishable(type, documentId ?? '(new)', merged);
  }
  return next();
};
