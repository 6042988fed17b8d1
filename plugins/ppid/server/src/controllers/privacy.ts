/**
 * Admin routes of the privacy check: check an item's draft on demand (findings with spans, masked
 * previews, clearances), and clear one finding with a reason. Only members of the item's unit (or
 * of a unit above it) see its findings; super admins see all.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { answeringConflicts, refuse } from '../errors';
import { getService } from '../utils';
import { isPrivacyChecked, PRIVACY_FIELDS } from '../privacy/fields';
import { parse } from './parse';
import { sessionUser } from './session';
import type { Ctx } from './http';

const CLEAR = z.strictObject({
  key: z.string({ error: '"key" names the finding to clear' }).regex(/^[0-9a-f]{24}$/, '"key" is the key of a finding'),
  reason: z.string({ error: '"reason" (why this value may be published) is required' }).max(2000),
  revision: z.number().int().min(1).optional(),
});
const NO_QUERY = z.strictObject({});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function reader(ctx: Ctx) {
    const { type, documentId } = ctx.params;
    if (!isPrivacyChecked(type)) refuse(404, `Items of type "${type}" are not checked for personal data: use one of ${Object.keys(PRIVACY_FIELDS).join(', ')}`);
    const user = await sessionUser(strapi, ctx);
    const row = await getService(strapi, 'privacy').draftRow(type, documentId);
    if (!row) refuse(404, `No ${type} with documentId "${documentId}"`);
    const superAdmin = (user.roles ?? []).some((r) => r.code === 'strapi-super-admin');
    const unitId = row[PRIVACY_FIELDS[type].unitField]?.id ?? null;
    if (!superAdmin && unitId && !(await getService(strapi, 'membership').membership(user.id, unitId))) {
      refuse(403, `Temuan data pribadi item ini hanya dapat dilihat anggota unitnya / Only members of this item's unit see its privacy findings`);
    }
    return { type, documentId, user, row };
  }

  return {
    async check(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      const { type, documentId, row, user } = await reader(ctx);
      const result = await getService(strapi, 'privacy').check(type, documentId, row);
      ctx.body = { data: { ...result, clear: await getService(strapi, 'privacy-clearances').mayClear(type, documentId, user) } };
    },
    async clear(ctx: Ctx) {
      parse(NO_QUERY, ctx.query, 'query');
      const body = parse(CLEAR, ctx.request.body, 'body');
      const { type, documentId, user } = await reader(ctx);
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await getService(strapi, 'privacy-clearances').clear(type, documentId, user, body) };
      });
    },
  };
};
