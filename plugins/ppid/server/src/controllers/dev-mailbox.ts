/**
 * GET /ppid/dev-mailbox: the mails the dev mailbox kept, newest first, for super admins (403
 * otherwise), and only while the dev mailbox is on (404: an SMTP host is set, or production).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { inLanguageOf, refuse } from '../errors';
import { getService } from '../utils';
import { parse, wholeNumber } from './parse';
import type { Ctx } from './http';

const LIST = z.strictObject({
  page: wholeNumber('page', 1, 100000, 1),
  pageSize: wholeNumber('pageSize', 1, 100, 25),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    const user = ctx.state.user;
    if (!(user?.roles ?? []).some((r) => r.code === 'strapi-super-admin')) {
      refuse(403, inLanguageOf(user, { id: 'Kotak surat pengembangan hanya untuk Super Admin', en: 'The dev mailbox is for super admins only' }));
    }
    const mailbox = getService(strapi, 'dev-mailbox');
    if (!mailbox.active()) {
      const production = mailbox.choice().reason === 'production';
      refuse(
        404,
        inLanguageOf(user, {
          id: production ? 'Kotak surat pengembangan tidak pernah aktif di produksi' : 'Kotak surat pengembangan tidak aktif: notifikasi dikirim melalui SMTP',
          en: production ? 'The dev mailbox is never on in production' : 'The dev mailbox is off: notifications are sent through SMTP',
        })
      );
    }
    const q = parse(LIST, ctx.query, 'query');
    ctx.body = await mailbox.list(q);
  },
});
