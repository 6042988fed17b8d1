/**
 * Admin routes of the PPID home (GET /ppid/home: what awaits the logged-in person, their units' items,
 * their alerts) and of the agency settings every admin page needs (GET /ppid/settings: the time zone
 * in which times are shown).
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { refuse } from '../errors';
import { getConfig, getService } from '../utils';
import { parse } from './parse';

type Ctx = { query: unknown; state: { user?: { id: number } }; body: unknown };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async home(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    const id = ctx.state.user?.id;
    const user = id ? await getService(strapi, 'workflow-people').loadUser(id) : null;
    if (!user) refuse(401, 'An admin session is required');
    ctx.body = await getService(strapi, 'home').home(user!);
  },

  async settings(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    ctx.body = { data: { timezone: getConfig(strapi).timezone } };
  },
});
