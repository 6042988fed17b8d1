/** Admin routes of the organisation: the Organisation page's overview and the change log (/ppid/organisation...). */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { listOrganisationChanges } from '../organisation/governance';
import { getService } from '../utils';
import type { Ctx } from './http';
import { parse, wholeNumber } from './parse';

const LIST = z.strictObject({
  subjectType: z.enum(['unit', 'position-assignment'], { error: '"subjectType" is unit or position-assignment' }).optional(),
  documentId: z.string().min(1).max(64).optional(),
  page: wholeNumber('page', 1, 100000, 1),
  pageSize: wholeNumber('pageSize', 1, 100, 25),
});

const NONE = z.strictObject({});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: Ctx) {
    parse(NONE, ctx.query, 'query');
    ctx.body = await getService(strapi, 'organisation').overview();
  },

  async changes(ctx: Ctx) {
    ctx.body = await listOrganisationChanges(strapi, parse(LIST, ctx.query, 'query'));
  },
});
