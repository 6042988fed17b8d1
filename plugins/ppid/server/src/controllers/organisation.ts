/** Admin route of the organisation change log (/ppid/organisation/changes): for organisation managers. */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { listOrganisationChanges } from '../organisation/governance';
import { parse, wholeNumber } from './parse';

const LIST = z.strictObject({
  subjectType: z.enum(['unit', 'position-assignment'], { error: '"subjectType" is unit or position-assignment' }).optional(),
  documentId: z.string().min(1).max(64).optional(),
  page: wholeNumber('page', 1, 100000, 1),
  pageSize: wholeNumber('pageSize', 1, 100, 25),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async changes(ctx: { query: unknown; body: unknown }) {
    ctx.body = await listOrganisationChanges(strapi, parse(LIST, ctx.query, 'query'));
  },
});
