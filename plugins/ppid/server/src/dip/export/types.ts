/**
 * The data the DIP exporters read: an enacted edition's frozen snapshot (see ../snapshot.ts
 * `buildSnapshot`) and the list of excluded information. Optional fields are those the snapshot
 * does not carry yet (signer NIP/rank, agency letterhead): exporters print them when present.
 */
export interface UnitRef {
  code?: string | null;
  name?: string | null;
}

export interface SnapshotEntry {
  number: string;
  title: string;
  summary: string;
  class: string;
  category?: { code?: string | null; name?: string | null } | null;
  holderUnit?: UnitRef | null;
  holderOfficial?: string | null;
  responsibleOfficial?: string | null;
  productionTime?: string | null;
  productionPlace?: string | null;
  year?: number | null;
  availableForm?: string | null;
  mediaType?: string | null;
  retentionPeriod?: string | null;
  documentUrl?: string | null;
  exclusion?: { article?: string | null; exclusionEndsOn?: string | null } | null;
}

export interface Signer {
  name: string;
  title?: string | null;
  nip?: string | null;
  rank?: string | null;
}

/** Letterhead of the agency; every field optional. */
export interface AgencyInfo {
  name?: string | null;
  parentName?: string | null;
  address?: string | null;
  /** Place of signature, e.g. "Putussibau". */
  place?: string | null;
}

export interface EditionSnapshot {
  year: number;
  decreeNumber?: string | null;
  signer: Signer;
  signedAt?: string | null;
  agency?: AgencyInfo | null;
  groups: Array<{ class: string; entries: SnapshotEntry[] }>;
}

/** One row of the list of excluded information (a published exclusion). */
export interface ExcludedItem {
  title: string;
  unit?: UnitRef | null;
  article: string;
  ground?: string | null;
  legalBasis: string;
  consequenceIfOpened: string;
  consequenceIfClosed?: string | null;
  testedOn?: string | null;
  exclusionEndsOn?: string | null;
  reopenedOn?: string | null;
  decreeNumber?: string | null;
}

export interface ExcludedList {
  /** Year of a signed list; absent for the current published list. */
  year?: number | null;
  decreeNumber?: string | null;
  signer?: Signer | null;
  signedAt?: string | null;
  agency?: AgencyInfo | null;
  /** Date the list was produced (YYYY-MM-DD, agency time zone). */
  asOf: string;
  items: Iterable<ExcludedItem> | AsyncIterable<ExcludedItem>;
}

export type ExportFormat = 'pdf' | 'xlsx' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'csv'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
