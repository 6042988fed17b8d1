/**
 * GET /ppid/exclusions — the excluded-information register of the admin (services/exclusions.ts),
 * optionally of one status (in_force, ending, ended, reopened), paginated.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { EXCLUSION_STATUSES } from '../../../shared/lists';
import { getService } from '../utils';
import { parse, wholeNumber } from './parse';
import type { Ctx } from './http';

const LIST = z.strictObject({
  status: z.enum(EXCLUSION_STATUSES, { error: `"status" is one of ${EXCLUSION_STATUSES.join(', ')}` }).optional(),
  page: wholeNumber('page', 1, 100000, 1),
  pageSize: wholeNumber('pageSize', 1, 100, 25),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    ctx.body = await getService(strapi, 'exclusions').list(parse(LIST, ctx.query, 'query'));
  },
});
