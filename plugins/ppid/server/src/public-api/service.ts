/**
 * The public read model: published rows only, whitelisted fields (serializers.ts). Reads go through
 * strapi.db.query with explicit selects: the published version of a document is its row with
 * `publishedAt` set, so `publishedAt IS NOT NULL` is the publication filter.
 */
import type { Core } from '@strapi/strapi';
import { today, yearRange } from '../domain/time';
import type { PublicQuery } from './query';
import * as serialize from './serializers';
import { uid } from '../content-types/builders';
import { announcementsAtom, announcementPage, PAGES, robotsTxt, sitemapXml, type SitemapEntry } from './discovery';
import { sopView } from './sops';
import { publicCache } from './cache';
import { countKey } from './count-memo';
import { loadRelations, type RelationSpec } from './relations';
import type { WorkflowDefinition } from '../workflow/definition';
import { snapshotOf, sources } from '../dip/export/source';
import { entryChanged, markSinceEdition, readableEditions } from '../dip/edition-rules';

const FEED_SIZE = 50;
const SITEMAP_MAX = 50000;

const FILE_FIELDS = ['name', 'alternativeText', 'url', 'mime', 'size', 'width', 'height'];
const REF = { select: ['code', 'name'] };

type Where = Record<string, unknown>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const timezone = (): string => strapi.config.get('plugin::ppid.timezone') as string;
  /** Personal data no reviewer cleared is masked in what the public gets (services/privacy.ts). */
  const redact = <T extends Record<string, any>>(type: string, rows: T[]) => strapi.plugin('ppid').service('privacy').redactPublic(type, rows) as Promise<T[]>;

  async function commonWhere(query: PublicQuery, unitField: string, searchFields: string[]): Promise<Where | null> {
    const and: Where[] = [{ publishedAt: { $notNull: true } }, ...query.where];
    if (query.unit) {
      const ids = await strapi.plugin('ppid').service('organisation').subtreeByCode(query.unit);
      if (ids.length === 0) return null;
      and.push({ [unitField]: { id: { $in: ids } } });
    }
    if (query.category) and.push({ berkalaCategory: { code: query.category } });
    if (query.infoClass) and.push({ infoClass: query.infoClass });
    if (query.q) and.push({ $or: searchFields.map((f) => ({ [f]: { $containsi: query.q } })) });
    return { $and: and };
  }

  // The id tie-breaker follows the first sort's direction, so (published_at, id) serves as one index scan.
  const orderBy = (query: PublicQuery) => [...query.sort.map((s) => ({ [s.field]: s.order })), { id: query.sort[0].order }];

  /**
   * The number of published rows matching `where`: counted once per public version and filter set
   * (count-memo.ts), since the version moves on every write to what the public can see.
   */
  function total(model: string, where: Where): Promise<number> {
    const version: unknown = (strapi.requestContext.get() as any)?.state?.ppidPublicVersion;
    return publicCache(strapi).counts.get(version, countKey(model, where), () => strapi.db.query(model).count({ where }));
  }

  /**
   * One page of published rows: the rows through the query engine and the total (remembered per
   * public version), then their to-one relations and single media in one more statement
   * (relations.ts) instead of one per relation.
   */
  async function page(model: string, where: Where | null, query: PublicQuery, fields: string[], relations: RelationSpec) {
    const select = fields.includes('id') ? fields : [...fields, 'id'];
    const rows = (offset: number, limit: number, w: Where) =>
      strapi.db.query(model).findMany({ select, where: w, orderBy: orderBy(query), offset, limit });
    if (query.offset) {
      const { start, limit } = query.offset;
      if (where === null) return { results: [], pagination: { start, limit, total: 0 } };
      const counted = total(model, where);
      const [results, count] = await Promise.all([rows(start, limit, where), counted]);
      return { results: await loadRelations(strapi, model, results, relations), pagination: { start, limit, total: count } };
    }
    const { page: pageNo, pageSize } = query;
    if (where === null) return { results: [], pagination: { page: pageNo, pageSize, pageCount: 0, total: 0 } };
    // As the query engine's findPage: offset (page - 1) * pageSize, pageCount ceil(total / pageSize).
    const counted = total(model, where);
    const [results, count] = await Promise.all([rows(Math.max(pageNo - 1, 0) * pageSize, pageSize, where), counted]);
    return {
      results: await loadRelations(strapi, model, results, relations),
      pagination: { page: pageNo, pageSize, pageCount: Math.ceil(count / pageSize), total: count },
    };
  }

  /** The newest enacted edition (the live list is marked against it), or null. */
  async function latestEdition() {
    const row = await strapi.db.query(uid('dip-edition')).findOne({
      select: ['year', 'decreeNumber', 'snapshot'],
      where: { state: 'enacted' },
      orderBy: [{ year: 'desc' }, { enactedAt: 'desc' }, { id: 'desc' }],
    });
    return row ? { year: row.year as number, decreeNumber: (row.decreeNumber ?? null) as string | null, groups: snapshotOf(row).groups } : null;
  }

  /** fields[]: keep only the named public fields (the serializer already dropped everything else). */
  const project = <T extends Record<string, unknown>>(query: PublicQuery, item: T): Partial<T> =>
    query.fields ? (Object.fromEntries(query.fields.map((f) => [f, item[f]])) as Partial<T>) : item;

  return {
    async listAnnouncements(query: PublicQuery) {
      const where = await commonWhere(query, 'unit', ['title', 'summary']);
      if (where && query.year) {
        const { start, end } = yearRange(query.year, timezone());
        (where.$and as Where[]).push({ publishedAt: { $gte: start, $lt: end } });
      }
      const { results, pagination } = await page(
        uid('announcement'),
        where,
        query,
        ['documentId', 'slug', 'title', 'summary', 'infoClass', 'informationDate', 'publishedAt', 'updatedAt'],
        { unit: REF, berkalaCategory: REF, coverImage: { select: FILE_FIELDS } }
      );
      return { data: (await redact('announcement', results.map(serialize.announcementSummary))).map((r) => project(query, r)), meta: { pagination } };
    },

    /** One published announcement by its slug or its documentId. */
    async findAnnouncement(slug: string) {
      const row = await strapi.db.query(uid('announcement')).findOne({
        select: ['documentId', 'slug', 'title', 'summary', 'body', 'infoClass', 'informationDate', 'publishedAt', 'updatedAt'],
        where: { $or: [{ slug }, { documentId: slug }], publishedAt: { $notNull: true } },
        populate: {
          unit: REF,
          berkalaCategory: REF,
          coverImage: { select: FILE_FIELDS },
          attachments: { select: FILE_FIELDS },
          publicationRecords: { select: ['channel'] },
        },
      });
      return row ? { data: (await redact('announcement', [serialize.announcementDetail(row)]))[0], meta: {} } : null;
    },

    async listDip(query: PublicQuery) {
      const where = await commonWhere(query, 'holderUnit', ['title', 'summary', 'number']);
      if (where && query.year) (where.$and as Where[]).push({ year: query.year });
      const { results, pagination } = await page(
        uid('dip-entry'),
        where,
        query,
        [
          'documentId', 'number', 'title', 'summary', 'infoClass', 'holderOfficial', 'responsibleOfficial',
          'productionTime', 'productionPlace', 'year', 'availableForm', 'mediaType', 'retentionPeriod',
          'documentUrl', 'publishedAt',
        ],
        {
          holderUnit: REF,
          berkalaCategory: REF,
          document: { select: FILE_FIELDS },
          exclusion: { select: ['documentId', 'article17Letter', 'exclusionEndsOn', 'reopenedOn'] },
        }
      );
      // Marked against the enacted edition before the masking, on the values as stored.
      const edition = await latestEdition();
      const marked = markSinceEdition(results.map(serialize.dipEntry), edition, entryChanged);
      return {
        data: (await redact('dip-entry', marked)).map((r) => project(query, r)),
        meta: { pagination, edition: edition ? { year: edition.year, decreeNumber: edition.decreeNumber } : null },
      };
    },

    /**
     * The enacted editions, newest first: per agency and year the newest (never a draft, nor an
     * edition its year's re-enactment replaced); a year superseded by a later year's list stays.
     */
    async listEditions() {
      const found = await strapi.db.query(uid('dip-edition')).findMany({
        select: ['year', 'decreeNumber', 'signerName', 'signerTitle', 'signedAt', 'enactedAt', 'entryCount'],
        where: { state: { $in: ['enacted', 'superseded'] } },
        populate: { agency: REF },
        orderBy: [{ year: 'desc' }, { enactedAt: 'desc' }, { id: 'desc' }],
      });
      const rows = readableEditions(found as any[], (r) => r.agency?.code ?? null);
      const perYear = new Map<number, number>();
      for (const r of rows) perYear.set(r.year, (perYear.get(r.year) ?? 0) + 1);
      const data = rows.map((r: any) =>
        serialize.dipEdition(r, serialize.editionDownloads(r.year, (perYear.get(r.year) ?? 0) > 1 ? (r.agency?.code ?? null) : null))
      );
      return { data, meta: { total: data.length } };
    },

    /**
     * The enacted edition of `year` as it was enacted: its header and its frozen rows by class,
     * personal data nobody cleared masked. null: none; 'ambiguous': several agencies, none named.
     */
    async findEdition(year: number, agency?: string) {
      const src = sources(strapi);
      const row = await src.enactedEdition(year, agency);
      if (row === 'ambiguous' || row === null || !row.snapshot) return row === 'ambiguous' ? row : null;
      const snapshot = await src.publicSnapshot(row);
      return {
        data: {
          ...serialize.dipEdition(row, serialize.editionDownloads(year, agency ? (row.agency?.code ?? agency) : null)),
          groups: snapshot.groups.map((g) => ({ class: g.class, entries: g.entries.map((e) => serialize.editionEntry(e as unknown as Record<string, unknown>)) })),
        },
        meta: {},
      };
    },

    /** Atom feed of the newest announcements, all classes or one. */
    async announcementsFeed(site: string, infoClass?: string) {
      const rows = await strapi.db.query(uid('announcement')).findMany({
        select: ['documentId', 'slug', 'title', 'summary', 'infoClass', 'publishedAt', 'updatedAt'],
        where: { publishedAt: { $notNull: true }, ...(infoClass ? { infoClass } : {}) },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        populate: { unit: REF },
        limit: FEED_SIZE,
      });
      return announcementsAtom(site, await redact('announcement', rows.map(serialize.announcementSummary)), infoClass);
    },

    /** Every published announcement and the reference page's sections. */
    async sitemap(site: string) {
      const rows = await strapi.db.query(uid('announcement')).findMany({
        select: ['slug', 'updatedAt', 'publishedAt'],
        where: { publishedAt: { $notNull: true } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        limit: SITEMAP_MAX - PAGES.length,
      });
      const entries: SitemapEntry[] = [
        ...PAGES.map((p) => ({ url: `${site}${p}`, changefreq: 'daily' as const })),
        ...rows.map((r: any) => ({ url: announcementPage(site, r.slug), lastmod: new Date(r.updatedAt ?? r.publishedAt).toISOString() })),
      ];
      return sitemapXml(site, entries);
    },

    robots: (site: string) => robotsTxt(site),

    /** The response cache of this process (public-api/cache.ts). */
    cache: () => publicCache(strapi),

    /** The workflow definitions in force (bound to a content type) as readable procedures. */
    async listSops() {
      const definitions = strapi.plugin('ppid').service('workflow-definitions');
      const bindings: { contentType: string; unit: { code: string; name: string } | null; workflowKey: string }[] = await definitions.listBindings();
      const byKey = new Map<string, { contentType: string; units: { code: string; name: string }[] | null }>();
      for (const b of bindings) {
        const entry = byKey.get(b.workflowKey) ?? { contentType: b.contentType, units: [] };
        if (b.unit === null) entry.units = null;
        else if (entry.units) entry.units.push(b.unit);
        byKey.set(b.workflowKey, entry);
      }
      const sops = [];
      for (const [key, applies] of [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const row = await strapi.db.query(uid('workflow')).findOne({
          select: ['key', 'version', 'definition'],
          where: { key },
          orderBy: [{ version: 'desc' }],
          populate: { sopDocument: { select: ['name', 'url', 'mime', 'size'] } },
        });
        if (!row) continue;
        const def = { ...(row.definition as WorkflowDefinition), version: row.version };
        const doc = row.sopDocument ? { name: row.sopDocument.name, url: row.sopDocument.url, mime: row.sopDocument.mime, size: row.sopDocument.size } : null;
        sops.push(sopView(def, applies, doc));
      }
      return { data: sops, meta: { total: sops.length } };
    },

    async listExcluded(query: PublicQuery) {
      const where = await commonWhere(query, 'unit', ['title', 'legalBasis']);
      if (where && query.year) {
        (where.$and as Where[]).push({ testedOn: { $gte: `${query.year}-01-01`, $lte: `${query.year}-12-31` } });
      }
      if (where && query.article) (where.$and as Where[]).push({ article17Letter: query.article });
      const { results, pagination } = await page(
        uid('exclusion'),
        where,
        query,
        [
          'documentId', 'title', 'article17Letter', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed',
          'testedOn', 'exclusionEndsOn', 'reopenedOn', 'enactedByName', 'decreeNumber', 'publishedAt',
        ],
        { unit: REF }
      );
      const now = today(new Date(), timezone());
      return { data: (await redact('exclusion', results.map((r: any) => serialize.exclusion(r, now)))).map((r) => project(query, r)), meta: { pagination } };
    },
  };
};
