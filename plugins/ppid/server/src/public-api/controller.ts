import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ANNOUNCEMENT_QUERY, DIP_QUERY, EXCLUDED_QUERY, type EndpointSpec, parsePublicQuery, PublicQueryError } from './query';

type Ctx = { query: Record<string, unknown>; params: Record<string, string>; body: unknown; set: (k: string, v: string) => void };

const CACHE = 'public, max-age=60';

function parse(ctx: Ctx, spec: EndpointSpec) {
  try {
    return parsePublicQuery(ctx.query, spec);
  } catch (e) {
    if (e instanceof PublicQueryError) throw new errors.ValidationError(e.message, e.details);
    throw e;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('ppid').service('publicApi');
  return {
    async announcements(ctx: Ctx) {
      ctx.body = await service().listAnnouncements(parse(ctx, ANNOUNCEMENT_QUERY));
      ctx.set('Cache-Control', CACHE);
    },
    async announcement(ctx: Ctx) {
      const slug = ctx.params.slug;
      if (!/^[A-Za-z0-9-_.~]{1,120}$/.test(slug)) {
        throw new errors.ValidationError(`Invalid slug "${slug.slice(0, 130)}"`, { parameter: 'slug' });
      }
      if (Object.keys(ctx.query ?? {}).length > 0) {
        throw new errors.ValidationError(`Unknown query parameter "${Object.keys(ctx.query)[0]}". This endpoint takes none`);
      }
      const result = await service().findAnnouncement(slug);
      if (!result) throw new errors.NotFoundError(`No published announcement has the slug "${slug}"`);
      ctx.body = result;
      ctx.set('Cache-Control', CACHE);
    },
    async dip(ctx: Ctx) {
      ctx.body = await service().listDip(parse(ctx, DIP_QUERY));
      ctx.set('Cache-Control', CACHE);
    },
    async excluded(ctx: Ctx) {
      ctx.body = await service().listExcluded(parse(ctx, EXCLUDED_QUERY));
      ctx.set('Cache-Control', CACHE);
    },
  };
};
