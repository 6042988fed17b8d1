/**
 * Admin routes of the PPID home (GET /ppid/home: what awaits the logged-in person, their units' items,
 * their alerts) and of the agency settings every admin page needs (GET /ppid/settings: the time zone
 * in which times are shown).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getConfig, getService } from '../utils';
import { sessionUser } from './session';
import { parse } from './parse';
import type { Ctx } from './http';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async home(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    ctx.body = await getService(strapi, 'home').home(await sessionUser(strapi, ctx));
  },

  async settings(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    ctx.body = { data: { timezone: getConfig(strapi).timezone } };
  },
});
