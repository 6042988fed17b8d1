/**
 * Where the exporters' data comes from (Strapi glue, kept thin): an edition's frozen snapshot, and
 * the agency's published excluded information read page by page so the list never sits in memory
 * whole. `excludedListOf` is the one call the signed excluded list (issue 9 point 2) will use too:
 * give it the signed list's header fields and its items.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../../content-types/builders';
import { ARTICLE_17_GROUNDS } from '../../domain/constants';
import { today } from '../../domain/time';
import { readableEditions } from '../edition-rules';
import type { AgencyInfo, EditionSnapshot, ExcludedItem, ExcludedList, Signer } from './types';

type Row = Record<string, any>;
const PAGE = 500;

const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The snapshot of an edition row, with the signer fields the row holds and the agency's name. */
export function snapshotOf(edition: Row): EditionSnapshot {
  const s = (edition.snapshot ?? {}) as Partial<EditionSnapshot>;
  const signer: Signer = {
    name: s.signer?.name ?? edition.signerName ?? '',
    title: s.signer?.title ?? edition.signerTitle ?? null,
    nip: s.signer?.nip ?? edition.signerNip ?? null,
    rank: s.signer?.rank ?? null,
  };
  const agency: AgencyInfo = { name: edition.agency?.name ?? null, ...(s.agency ?? {}) };
  return {
    year: s.year ?? edition.year,
    decreeNumber: s.decreeNumber ?? edition.decreeNumber ?? null,
    signer,
    signedAt: s.signedAt ?? day(edition.signedAt),
    agency,
    groups: Array.isArray(s.groups) ? s.groups : [],
  };
}

export function sources(strapi: Core.Strapi) {
  const timezone = () => strapi.config.get('plugin::ppid.timezone') as string;
  /** Personal data no reviewer cleared is masked in public files too (services/privacy.ts). */
  const redact = (type: string, rows: Row[]): Promise<Row[]> => strapi.plugin('ppid').service('privacy').redactPublic(type, rows);
  const editions = () => strapi.db.query(uid('dip-edition'));

  return {
    /**
     * The enacted edition of `year` (optionally of the agency with unit code `agency`): null when
     * none; 'ambiguous' when several agencies enacted one and no agency was named.
     */
    async enactedEdition(year: number, agency?: string): Promise<Row | null | 'ambiguous'> {
      // The year's newest edition per agency; a later year's list superseding it keeps it readable.
      const found: Row[] = await editions().findMany({
        where: { year, state: { $in: ['enacted', 'superseded'] }, ...(agency ? { agency: { code: agency } } : {}) },
        populate: { agency: { select: ['code', 'name'] } },
        orderBy: [{ enactedAt: 'desc' }, { id: 'desc' }],
      });
      const rows = readableEditions(found as (Row & { year: number })[], (r) => r.agency?.code ?? null);
      if (rows.length === 0) return null;
      if (!agency && rows.length > 1) return 'ambiguous';
      return rows[0];
    },

    /** An edition's snapshot for the public download: personal data nobody cleared masked. */
    async publicSnapshot(edition: Row): Promise<EditionSnapshot> {
      const snapshot = snapshotOf(edition);
      const groups = [];
      for (const g of snapshot.groups) groups.push({ ...g, entries: (await redact('dip-entry', g.entries as Row[])) as typeof g.entries });
      return { ...snapshot, groups };
    },

    /** Any edition by documentId (admin: superseded editions stay readable). */
    async edition(documentId: string): Promise<Row | null> {
      return editions().findOne({ where: { documentId }, populate: { agency: { select: ['code', 'name'] } } });
    },

    /** The current published list: published exclusions not re-opened and whose period has not ended. */
    currentExcluded(): ExcludedList {
      const asOf = today(new Date(), timezone());
      return excludedListOf({ asOf }, this.publishedExclusions(asOf));
    },

    async *publishedExclusions(asOf: string): AsyncGenerator<ExcludedItem> {
      const where = { publishedAt: { $notNull: true }, reopenedOn: { $null: true }, exclusionEndsOn: { $gte: asOf } };
      for (let offset = 0; ; offset += PAGE) {
        const rows: Row[] = await strapi.db.query(uid('exclusion')).findMany({
          where,
          select: ['documentId', 'title', 'article17Letter', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed', 'testedOn', 'exclusionEndsOn', 'reopenedOn', 'decreeNumber'],
          populate: { unit: { select: ['code', 'name'] } },
          orderBy: [{ testedOn: 'asc' }, { id: 'asc' }],
          offset,
          limit: PAGE,
        });
        for (const r of await redact('exclusion', rows)) yield exclusionItem(r);
        if (rows.length < PAGE) return;
      }
    },
  };
}

export function exclusionItem(r: Row): ExcludedItem {
  return {
    title: r.title,
    unit: r.unit ? { code: r.unit.code, name: r.unit.name } : null,
    article: r.article17Letter,
    ground: ARTICLE_17_GROUNDS[r.article17Letter as keyof typeof ARTICLE_17_GROUNDS] ?? null,
    legalBasis: r.legalBasis,
    consequenceIfOpened: r.consequenceIfOpened,
    consequenceIfClosed: r.consequenceIfClosed ?? null,
    testedOn: day(r.testedOn),
    exclusionEndsOn: day(r.exclusionEndsOn),
    reopenedOn: day(r.reopenedOn),
    decreeNumber: r.decreeNumber ?? null,
  };
}

/** An excluded list to export: header fields (year, decree, signer...) plus its items. */
export function excludedListOf(head: Omit<ExcludedList, 'items'>, items: ExcludedList['items']): ExcludedList {
  return { ...head, items };
}
