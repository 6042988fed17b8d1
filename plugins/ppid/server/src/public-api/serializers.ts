/**
 * What the public may see. Each serializer copies a whitelist of fields from a database row;
 * anything not named here (drafts' notes, admin users and their e-mails, the content of excluded
 * information) never leaves the server, whatever the row holds. Text is sanitised again on the way
 * out (`plain`, `md`: domain/sanitize.ts), so the public API never serves active content, even from
 * rows written before the write-side sanitiser existed.
 */
import { ARTICLE_17_GROUNDS } from '../domain/constants';
import { isSafeUrl, sanitizeMarkdown as md, sanitizePlainText as plain } from '../domain/sanitize';

const url = (value: unknown): string | null => (typeof value === 'string' && isSafeUrl(value) ? plain(value) : null);

type Row = Record<string, any>;

const iso = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};
/** Date-only columns come back as 'YYYY-MM-DD' strings (or Dates on some drivers). */
const day = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  return iso(value)?.slice(0, 10) ?? null;
};

export const unitRef = (unit: Row | null | undefined) => (unit ? { code: unit.code, name: plain(unit.name) } : null);
export const categoryRef = (c: Row | null | undefined) => (c ? { code: c.code, name: plain(c.name) } : null);

export const fileRef = (file: Row | null | undefined) =>
  file
    ? {
        name: plain(file.name),
        alternativeText: plain(file.alternativeText ?? null),
        url: file.url,
        mime: file.mime,
        size: file.size,
        width: file.width ?? null,
        height: file.height ?? null,
      }
    : null;

export function announcementSummary(row: Row) {
  return {
    documentId: row.documentId,
    slug: row.slug,
    title: plain(row.title),
    summary: plain(row.summary),
    class: row.infoClass,
    category: categoryRef(row.berkalaCategory),
    unit: unitRef(row.unit),
    informationDate: day(row.informationDate),
    publishedAt: iso(row.publishedAt),
    updatedAt: iso(row.updatedAt),
    coverImage: fileRef(row.coverImage),
  };
}

export function announcementDetail(row: Row) {
  return {
    ...announcementSummary(row),
    body: md(row.body),
    attachments: (row.attachments ?? []).map(fileRef),
    channels: [...new Set((row.publicationRecords ?? []).map((r: Row) => r.channel))].sort(),
  };
}

export function dipEntry(row: Row) {
  const excluded = row.infoClass === 'dikecualikan';
  return {
    documentId: row.documentId,
    number: row.number,
    title: plain(row.title),
    summary: plain(row.summary),
    class: row.infoClass,
    category: categoryRef(row.berkalaCategory),
    holderUnit: unitRef(row.holderUnit),
    holderOfficial: plain(row.holderOfficial),
    responsibleOfficial: plain(row.responsibleOfficial),
    productionTime: plain(row.productionTime),
    productionPlace: plain(row.productionPlace),
    year: row.year,
    availableForm: row.availableForm,
    mediaType: plain(row.mediaType ?? null),
    retentionPeriod: plain(row.retentionPeriod),
    // Excluded information is listed, but the document itself is never linked.
    documentUrl: excluded ? null : url(row.documentUrl),
    document: excluded ? null : fileRef(row.document),
    exclusion:
      excluded && row.exclusion
        ? { documentId: row.exclusion.documentId, article: row.exclusion.article17Letter, exclusionEndsOn: day(row.exclusion.exclusionEndsOn) }
        : null,
    // Open again after its exclusion period: shown so on the public DIP.
    reopenedOn: !excluded && row.exclusion?.reopenedOn ? day(row.exclusion.reopenedOn) : null,
    publishedAt: iso(row.publishedAt),
  };
}

/** Where an exclusion stands on `today` (YYYY-MM-DD in the agency's time zone). */
export function exclusionStatus(row: Row, today: string): 'excluded' | 'period_ended' | 'reopened' {
  if (row.reopenedOn) return 'reopened';
  const end = day(row.exclusionEndsOn);
  return end !== null && end < today ? 'period_ended' : 'excluded';
}

export function exclusion(row: Row, today: string) {
  const letter = row.article17Letter as keyof typeof ARTICLE_17_GROUNDS;
  return {
    documentId: row.documentId,
    title: plain(row.title),
    unit: unitRef(row.unit),
    article: letter,
    ground: ARTICLE_17_GROUNDS[letter] ?? null,
    legalBasis: plain(row.legalBasis),
    consequenceIfOpened: plain(row.consequenceIfOpened),
    consequenceIfClosed: plain(row.consequenceIfClosed),
    testedOn: day(row.testedOn),
    exclusionEndsOn: day(row.exclusionEndsOn),
    reopenedOn: day(row.reopenedOn),
    status: exclusionStatus(row, today),
    enactedBy: plain(row.enactedByName ?? null),
    decreeNumber: plain(row.decreeNumber ?? null),
    publishedAt: iso(row.publishedAt),
  };
}

/** The fields of a DIP row as an enacted edition froze it (`dipEntry` without `publishedAt`). */
const EDITION_ENTRY_FIELDS = [
  'documentId', 'number', 'title', 'summary', 'class', 'category', 'holderUnit', 'holderOfficial', 'responsibleOfficial',
  'productionTime', 'productionPlace', 'year', 'availableForm', 'mediaType', 'retentionPeriod', 'documentUrl', 'document', 'exclusion',
] as const;

/** One row of an edition's snapshot: whitelisted again, whatever an older snapshot holds. */
export function editionEntry(entry: Row) {
  return Object.fromEntries(EDITION_ENTRY_FIELDS.map((f) => [f, entry[f] ?? null]));
}

export const EDITION_FORMATS = ['pdf', 'xlsx', 'csv'] as const;

/** The public downloads of an edition; `agency` names the agency when several enacted one that year. */
export function editionDownloads(year: number, agency: string | null) {
  const query = agency ? `?agency=${encodeURIComponent(agency)}` : '';
  return Object.fromEntries(EDITION_FORMATS.map((f) => [f, `/api/ppid/dip/editions/${year}.${f}${query}`])) as Record<(typeof EDITION_FORMATS)[number], string>;
}

/** An enacted edition's header: year, decree, signer, enactment, rows, downloads. */
export function dipEdition(row: Row, downloads: ReturnType<typeof editionDownloads>) {
  return {
    year: row.year,
    agency: unitRef(row.agency),
    decreeNumber: plain(row.decreeNumber ?? null),
    decreeDate: day(row.signedAt),
    signer: { name: plain(row.signerName ?? null), position: plain(row.signerTitle ?? null) },
    enactedAt: iso(row.enactedAt),
    entryCount: row.entryCount ?? 0,
    downloads,
  };
}

/** Counts only: a record of numbers (anything else in a stored snapshot is dropped). */
const counts = (v: unknown): Record<string, number> =>
  Object.fromEntries(Object.entries(v && typeof v === 'object' ? (v as Row) : {}).filter(([, n]) => typeof n === 'number'));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const REQUEST_COUNTS = ['total', 'pending', 'closedIncomplete', 'extended', 'onTime', 'late'] as const;

/** An issued service report's figures as frozen at issue: aggregate counts, whitelisted again. */
export function serviceReportFigures(f: Row | null | undefined) {
  const r: Row = f?.requests ?? {};
  const o: Row = f?.objections ?? {};
  return {
    year: num(f?.year),
    requests: {
      ...Object.fromEntries(REQUEST_COUNTS.map((k) => [k, num(r[k]) ?? 0])),
      byMonth: Array.isArray(r.byMonth) ? r.byMonth.map((n: unknown) => num(n) ?? 0) : [],
      byChannel: counts(r.byChannel),
      byOutcome: counts(r.byOutcome),
      refusalsByArticle: counts(r.refusalsByArticle),
      onTimeRate: num(r.onTimeRate),
      averageWorkingDays: num(r.averageWorkingDays),
    },
    objections: {
      total: num(o.total) ?? 0,
      byGround: counts(o.byGround),
      byDecision: counts(o.byDecision),
      pending: num(o.pending) ?? 0,
      disputes: num(o.disputes) ?? 0,
    },
  };
}

/** The public download of an issued report; `agency` names the agency when several issued one that year. */
export const serviceReportDownloads = (year: number, agency: string | null) => ({
  pdf: `/api/ppid/service-reports/${year}.pdf${agency ? `?agency=${encodeURIComponent(agency)}` : ''}`,
});

/** An issued service report in a list: agency, year, revision, issue date, signer, download. */
export function serviceReportSummary(row: Row, nameAgency: boolean) {
  return {
    year: row.year,
    agency: unitRef(row.agency),
    revision: row.revision,
    issuedAt: iso(row.issuedAt),
    signer: row.signerName ? { name: plain(row.signerName), position: plain(row.signerPosition ?? '') } : null,
    reason: plain(row.reason ?? null),
    note: plain(row.note ?? null),
    pdfSha256: typeof row.pdfSha256 === 'string' ? row.pdfSha256 : null,
    downloads: serviceReportDownloads(row.year, nameAgency ? (row.agency?.code ?? null) : null),
  };
}

/** One issued service report with its figures. */
export function serviceReportDetail(row: Row, nameAgency: boolean) {
  return { ...serviceReportSummary(row, nameAgency), figures: serviceReportFigures(row.figures) };
}
