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

/**
 * The head's signature enacts the edition: the signer is whoever holds the head position (kepala,
 * definitive, Plt or Plh) of the agency on the signing date, and only that person may sign.
 */
export function decideHeadSignature(
  units: Map<number, UnitNode>,
  assignments: Assignment[],
  input: { agencyUnitId: number; actorUserId: number; date: string }
): SignatureDecision {
  const heads = holdersOf(units, assignments, input.agencyUnitId, 'kepala', input.date);
  if (heads.length === 0)
    return {
      ok: false,
      reason: 'no_head',
      message: {
        id: 'Tidak ada pemegang jabatan Kepala pada tanggal penandatanganan; DIP tidak dapat ditetapkan',
        en: 'Nobody holds the head position on the signing date; the DIP cannot be enacted',
      },
    };
  const signer = heads.find((h) => h.userId === input.actorUserId);
  if (!signer)
    return {
      ok: false,
      reason: 'not_head',
      message: {
        id: 'Hanya Kepala (Atasan PPID) yang dapat menandatangani DIP',
        en: 'Only the head of agency (Atasan PPID) may sign the DIP',
      },
    };
  return { ok: true, signer };
}

/**
 * The live public list against the enacted edition: each entry says in which edition it stands
 * (`inEdition`, the year, or null) and whether it was added since (`sinceEdition`). Entries are
 * matched by number, the identifier the printed register uses.
 */
export function markSinceEdition<T extends { number: string }>(
  live: T[],
  edition: { year: number; groups: { entries: { number: string }[] }[] } | null
): (T & { inEdition: number | null; sinceEdition: boolean })[] {
  const enacted = new Set(edition ? edition.groups.flatMap((g) => g.entries.map((e) => e.number)) : []);
  return live.map((entry) => {
    const listed = edition !== null && enacted.has(entry.number);
    return { ...entry, inEdition: listed ? edition!.year : null, sinceEdition: !listed };
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
