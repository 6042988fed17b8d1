import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { INFO_CLASSES } from '../domain/constants';
import { parseEditionYear } from '../dip/edition-rules';
import { openApiDocument } from './openapi';
import { ANNOUNCEMENT_QUERY, DIP_QUERY, EXCLUDED_QUERY, type EndpointSpec, parsePublicQuery, PublicQueryError } from './query';

type Ctx = {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
  type: string;
  origin: string;
  set: (k: string, v: string) => void;
};

// Validated on every use: answers change the moment something is published (public-api/cache.ts).
const CACHE = 'public, no-cache';

function parse(ctx: Ctx, spec: EndpointSpec) {
  try {
    return parsePublicQuery(ctx.query, spec);
  } catch (e) {
    if (e instanceof PublicQueryError) throw new errors.ValidationError(e.message, e.details);
    throw e;
  }
}

/** Feeds and the sitemap take no query: a parameter there is a typo that would be cached. */
function noQuery(ctx: Ctx) {
  const key = Object.keys(ctx.query ?? {})[0];
  if (key !== undefined) throw new errors.ValidationError(`Unknown query parameter "${key}". This endpoint takes none`, { parameter: key });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('ppid').service('publicApi');
  /** The public site's address: config `server.url` when set, else the request's origin. */
  const site = (ctx: Ctx) => ((strapi.config.get('server.url') as string) || ctx.origin).replace(/\/$/, '');
  return {
    async feed(ctx: Ctx) {
      noQuery(ctx);
      const cls = ctx.params.class;
      if (cls !== undefined && !(INFO_CLASSES as readonly string[]).includes(cls)) {
        throw new errors.NotFoundError(`No feed for class "${cls.slice(0, 40)}". Classes: ${INFO_CLASSES.join(', ')}`);
      }
      ctx.body = await service().announcementsFeed(site(ctx), cls);
      ctx.type = 'application/atom+xml; charset=utf-8';
    },
    async sitemap(ctx: Ctx) {
      noQuery(ctx);
      ctx.body = await service().sitemap(site(ctx));
      ctx.type = 'application/xml; charset=utf-8';
    },
    async robots(ctx: Ctx) {
      noQuery(ctx);
      ctx.body = service().robots(site(ctx));
      ctx.type = 'text/plain; charset=utf-8';
    },
    async openapi(ctx: Ctx) {
      noQuery(ctx);
      ctx.body = openApiDocument(site(ctx));
    },
    async sops(ctx: Ctx) {
      noQuery(ctx);
      ctx.body = await service().listSops();
      ctx.set('Cache-Control', CACHE);
    },
    async announcements(ctx: Ctx) {
      ctx.body = await service().listAnnouncements(parse(ctx, ANNOUNCEMENT_QUERY));
      ctx.set('Cache-Control', CACHE);
    },
    async announcement(ctx: Ctx) {
      const slug = ctx.params.slug;
      // A slug or a documentId (Strapi's item route is by documentId).
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
    async dipEditions(ctx: Ctx) {
      noQuery(ctx);
      ctx.body = await service().listEditions();
      ctx.set('Cache-Control', CACHE);
    },
    async dipEdition(ctx: Ctx) {
      const year = parseEditionYear(ctx.params.year);
      if (year === null) {
        throw new errors.ValidationError(`Invalid year "${String(ctx.params.year).slice(0, 20)}": four digits, e.g. 2026`, { parameter: 'year' });
      }
      const unknown = Object.keys(ctx.query ?? {}).find((k) => k !== 'agency');
      if (unknown !== undefined) throw new errors.ValidationError(`Unknown query parameter "${unknown.slice(0, 40)}". This endpoint takes only "agency"`, { parameter: unknown });
      const agency = ctx.query.agency;
      if (agency !== undefined && (typeof agency !== 'string' || !/^[A-Za-z0-9_.-]{1,40}$/.test(agency))) {
        throw new errors.ValidationError('"agency" is a unit code', { parameter: 'agency' });
      }
      const result = await service().findEdition(year, agency as string | undefined);
      if (result === 'ambiguous') {
        throw new errors.ValidationError('Several agencies enacted a DIP for this year: name one with ?agency=CODE', { parameter: 'agency' });
      }
      if (!result) throw new errors.NotFoundError(`Belum ada DIP yang ditetapkan untuk tahun ${year} / no enacted DIP for ${year}`);
      ctx.body = result;
      ctx.set('Cache-Control', CACHE);
    },
    async excluded(ctx: Ctx) {
      ctx.body = await service().listExcluded(parse(ctx, EXCLUDED_QUERY));
      ctx.set('Cache-Control', CACHE);
    },
  };
};
