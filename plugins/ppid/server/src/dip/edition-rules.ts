/**
 * Pure rules of the yearly DIP edition (issue 9, points 1 and 6): who may sign the list (only the
 * holder of the agency's head position, never a name typed by an editor), which year a public route
 * accepts, and how the live list marks the entries added since the enacted edition.
 */
import { holdersOf, type Assignment, type Holder, type UnitNode } from '../workflow/actors';

/** A public `:year` parameter: exactly four digits, else null (the caller answers 400). */
export function parseEditionYear(param: unknown): number | null {
  if (typeof param !== 'string' || !/^\d{4}$/.test(param)) return null;
  return Number(param);
}

export type SignatureDecision =
  | { ok: true; signer: Holder }
  | { ok: false; reason: 'no_head' | 'not_head'; message: { id: string; en: string } };

/** The name of a list the head signs, as a refusal names it (Indonesian first). */
export type SignedListName = { id: string; en: string };
export const SIGNED_LIST_NAMES = {
  'dip-edition': { id: 'DIP', en: 'the DIP' },
  'exclusion-list': { id: 'Daftar Informasi yang Dikecualikan', en: 'the list of excluded information' },
} as const satisfies Record<string, SignedListName>;

/**
 * The head's signature enacts the list (`list` names it in a refusal): the signer is whoever holds
 * the head position (kepala, definitive, Plt or Plh) of the agency on the signing date, and only
 * that person may sign.
 */
export function decideHeadSignature(
  units: Map<number, UnitNode>,
  assignments: Assignment[],
  input: { agencyUnitId: number; actorUserId: number; date: string; list: SignedListName }
): SignatureDecision {
  const { list } = input;
  const heads = holdersOf(units, assignments, input.agencyUnitId, 'kepala', input.date);
  if (heads.length === 0)
    return {
      ok: false,
      reason: 'no_head',
      message: {
        id: `Tidak ada pemegang jabatan Kepala pada tanggal penandatanganan; ${list.id} tidak dapat ditandatangani`,
        en: `Nobody holds the head position on the signing date; ${list.en} cannot be signed`,
      },
    };
  const signer = heads.find((h) => h.userId === input.actorUserId);
  if (!signer)
    return {
      ok: false,
      reason: 'not_head',
      message: {
        id: `Hanya Kepala (Atasan PPID) yang dapat menandatangani ${list.id}`,
        en: `Only the head of agency (Atasan PPID) may sign ${list.en}`,
      },
    };
  return { ok: true, signer };
}

/**
 * An edition enacted for `enactedYear` supersedes the agency's enacted editions of that year (a
 * re-enactment) and of every earlier year (next year's list replaces this year's); an edition of a
 * later year is never superseded by a back-filled earlier one.
 */
export const supersedes = (enactedYear: number, other: { year: number }) => other.year <= enactedYear;

/**
 * The editions the public reads, from enacted and superseded rows ordered newest first within a
 * year: per agency and year the newest (a re-enactment replaces the year's earlier edition); an
 * earlier year superseded by a later year's list stays readable.
 */
export function readableEditions<T extends { year: number }>(rows: T[], agencyOf: (row: T) => unknown): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${String(agencyOf(r))}:${r.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The columns of a DIP row the printed register shows: a difference in any of them is a change. */
export const EDITION_COLUMNS = [
  'number', 'title', 'summary', 'class', 'holderOfficial', 'responsibleOfficial', 'productionTime', 'productionPlace', 'year',
  'availableForm', 'mediaType', 'retentionPeriod', 'documentUrl',
] as const;

type Ref = { code?: unknown } | null | undefined;
const codeOf = (ref: Ref) => (ref && typeof ref === 'object' ? (ref.code ?? null) : null);
const norm = (v: unknown) => (v === undefined || v === '' ? null : v);

/**
 * True when the live row differs from its enacted version in a printed column, its category or
 * holder unit (by code: renaming a unit changes no row), its document (by url) or its exclusion.
 */
export function entryChanged(live: Record<string, any>, enacted: Record<string, any>): boolean {
  if (EDITION_COLUMNS.some((c) => norm(live[c]) !== norm(enacted[c]))) return true;
  if (codeOf(live.category) !== codeOf(enacted.category) || codeOf(live.holderUnit) !== codeOf(enacted.holderUnit)) return true;
  if (norm(live.document?.url) !== norm(enacted.document?.url)) return true;
  return norm(live.exclusion?.documentId) !== norm(enacted.exclusion?.documentId);
}

/**
 * The live public list against the enacted edition: each entry says in which edition it stands
 * (`inEdition`, the year, or null) and whether it was added or changed since (`sinceEdition`).
 * Entries are matched by number, the identifier the printed register uses; `changed` (optional,
 * e.g. `entryChanged`) compares a listed entry with its enacted version: an entry of the edition
 * that changed since keeps `inEdition` and has `sinceEdition: true`.
 */
export function markSinceEdition<T extends { number: string }, E extends { number: string } = { number: string }>(
  live: T[],
  edition: { year: number; groups: { entries: E[] }[] } | null,
  changed?: (live: T, enacted: E) => boolean
): (T & { inEdition: number | null; sinceEdition: boolean })[] {
  const enacted = new Map<string, E>(edition ? edition.groups.flatMap((g) => g.entries.map((e) => [e.number, e] as [string, E])) : []);
  return live.map((entry) => {
    const was = edition !== null ? enacted.get(entry.number) : undefined;
    if (!was) return { ...entry, inEdition: null, sinceEdition: true };
    return { ...entry, inEdition: edition!.year, sinceEdition: changed ? changed(entry, was) : false };
  });
}

/** How the signature block names the head: "Kepala <agency>", "Plt. Kepala <agency>", "Plh. Kepala <agency>". */
export function headTitle(holding: Holder['holding'], agencyName: string): string {
  const acting = holding === 'plt' ? 'Plt. ' : holding === 'plh' ? 'Plh. ' : '';
  const name = agencyName.trim();
  return `${acting}Kepala${name ? ` ${name}` : ''}`;
}

/** The signer fields an editor may not write: the head's signature fills them when the edition is enacted. */
export const SIGNER_FIELDS = ['signedBy', 'signerName', 'signerTitle', 'signerNip'] as const;
