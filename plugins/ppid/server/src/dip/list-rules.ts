/**
 * Pure rules of the year's DIP as a list (issue 9 points 1 and 2): which units submit their rows,
 * which rows are a unit's, when the collection is complete, how the check returns single rows
 * (each with a reason), the archive of the list of excluded information and what may still change
 * on a signed list.
 */
import { canonicalJson, sha256 } from './snapshot';
import { unitsBelow, type UnitNode } from '../workflow/actors';
import { MIN_REASON_LENGTH } from '../workflow/rules';
import { sameValue } from '../domain/validation';
import type { TransitionDef } from '../workflow/definition';

type Text = { id: string; en: string };

/**
 * The units that submit rows for an agency's list: its direct sub-units (divisions, secretariat,
 * UPT), each answering for the rows of every unit below it; an agency without sub-units submits
 * its rows itself.
 */
export function submittingUnits(units: Map<number, UnitNode>, agencyId: number): UnitNode[] {
  const children = [...units.values()].filter((u) => u.parentId === agencyId).sort((a, b) => a.code.localeCompare(b.code));
  if (children.length) return children;
  const agency = units.get(agencyId);
  return agency ? [agency] : [];
}

/** The ids of the units whose rows a submitting unit answers for: itself and every unit below it. */
export const unitsOfSubmission = (units: Map<number, UnitNode>, unitId: number): number[] => [...unitsBelow(units, unitId)];

/** The collection is complete once there are submissions and the check accepted every one. */
export function collectionComplete(submissions: { state: string }[]): boolean {
  return submissions.length > 0 && submissions.every((s) => s.state === 'accepted');
}

/**
 * Does this step send the list back to its collection? A return whose target is the collecting
 * stage (a step from it needs every unit's submission), or a stage from which the list can only go
 * on through the collection again (its forward steps lead there before any signature), e.g. the
 * head's return to the Ketua PPID in SOP 001. A return that stops after the collection (SOP 003's
 * head returning to the Ketua PPID Pembantu) keeps the submissions as accepted.
 */
export function returnsToCollection(transitions: Pick<TransitionDef, 'from' | 'to' | 'action' | 'requires' | 'signs'>[], edge: Pick<TransitionDef, 'to' | 'action'>): boolean {
  if (edge.action !== 'return') return false;
  const seen = new Set<string>();
  const queue = [edge.to];
  while (queue.length) {
    const stage = queue.shift()!;
    if (seen.has(stage)) continue;
    seen.add(stage);
    const out = transitions.filter((t) => t.from === stage && (t.action === 'forward' || t.action === 'publish'));
    if (out.some((t) => t.requires?.includes('unitSubmissions'))) return true;
    queue.push(...out.filter((t) => !t.signs).map((t) => t.to));
  }
  return false;
}

/**
 * The submissions a return to collection reopens: every one the check accepted (a unit still
 * filling keeps its round), or, when the returning person names units (their codes), the accepted
 * submissions of those units only. A named unit that submits nothing for this list is refused; a
 * named unit whose submission is still open keeps it as it is.
 */
export function submissionsToReopen<T extends { state: string; unit?: { code: string } | null }>(
  submissions: T[],
  named?: readonly string[]
): { ok: true; reopen: T[] } | { ok: false; message: Text; path: string[] } {
  const accepted = submissions.filter((s) => s.state === 'accepted');
  if (named === undefined) return { ok: true, reopen: accepted };
  const codes = new Set(submissions.map((s) => s.unit?.code));
  const stranger = named.findIndex((code) => !codes.has(code));
  if (stranger >= 0) {
    const code = named[stranger];
    return {
      ok: false,
      path: ['units', String(stranger)],
      message: { id: `Unit "${code}" tidak menyampaikan usulan untuk daftar ini`, en: `Unit "${code}" has no submission for this list` },
    };
  }
  return { ok: true, reopen: accepted.filter((s) => named.includes(s.unit?.code ?? '')) };
}

/** Where a unit's submission stands for the register: not yet sent, awaiting the check, returned, accepted. */
export type SubmissionStatus = 'filling' | 'submitted' | 'returned' | 'accepted';

/**
 * A submission's status from its workflow: accepted once the check accepted it (its state), awaiting
 * the check while at a review stage, returned while back at the unit after the check's `return` (or
 * the `reopen` of a list returned to its collection),
 * else still being filled.
 */
export function submissionStatus(input: { state: string; stageKind: string | null; lastAction: string | null }): SubmissionStatus {
  if (input.state === 'accepted' || input.stageKind === 'published') return 'accepted';
  if (input.stageKind === 'review') return 'submitted';
  // Back at the unit after the check's return, or reopened when the list went back to its collection.
  return input.lastAction === 'return' || input.lastAction === 'reopen' ? 'returned' : 'filling';
}

export type RowReturn = { entry: string; number: string; title: string; reason: string };

export type RowReturnDecision =
  | { ok: true; rows: RowReturn[]; reason: string }
  | { ok: false; path: (string | number)[]; message: Text };

/**
 * The check returns a unit's submission whole (a reason) or some of its rows (a reason for each,
 * and an optional overall note). `rows` must name rows of this submission, each once. The log's
 * reason names every returned row: "3.1 Daftar kontrak: <reason>".
 */
export function decideRowReturns(body: { reason?: unknown; rows?: unknown }, own: { documentId: string; number: string; title: string }[]): RowReturnDecision {
  const overall = typeof body.reason === 'string' ? body.reason.trim() : '';
  if (body.rows === undefined || (Array.isArray(body.rows) && body.rows.length === 0)) {
    if (overall.length < MIN_REASON_LENGTH)
      return { ok: false, path: ['reason'], message: { id: `Sebutkan alasan pengembalian (minimal ${MIN_REASON_LENGTH} karakter)`, en: `Give the reason for returning (at least ${MIN_REASON_LENGTH} characters)` } };
    return { ok: true, rows: [], reason: overall };
  }
  if (!Array.isArray(body.rows))
    return { ok: false, path: ['rows'], message: { id: '"rows" adalah daftar { entry, reason }', en: '"rows" is a list of { entry, reason }' } };
  const byId = new Map(own.map((r) => [r.documentId, r]));
  const seen = new Set<string>();
  const rows: RowReturn[] = [];
  for (const [i, item] of body.rows.entries()) {
    const entry = item && typeof item === 'object' ? (item as Record<string, unknown>).entry : undefined;
    const why = item && typeof item === 'object' ? (item as Record<string, unknown>).reason : undefined;
    const row = typeof entry === 'string' ? byId.get(entry) : undefined;
    if (!row)
      return { ok: false, path: ['rows', i, 'entry'], message: { id: `Baris ${i + 1}: bukan baris DIP unit ini`, en: `Row ${i + 1}: not a DIP row of this unit` } };
    if (seen.has(row.documentId))
      return { ok: false, path: ['rows', i, 'entry'], message: { id: `Baris ${row.number} disebut dua kali`, en: `Row ${row.number} is named twice` } };
    seen.add(row.documentId);
    const reason = typeof why === 'string' ? why.trim() : '';
    if (reason.length < MIN_REASON_LENGTH)
      return { ok: false, path: ['rows', i, 'reason'], message: { id: `Sebutkan alasan pengembalian baris ${row.number} (minimal ${MIN_REASON_LENGTH} karakter)`, en: `Give the reason for returning row ${row.number} (at least ${MIN_REASON_LENGTH} characters)` } };
    rows.push({ entry: row.documentId, number: row.number, title: row.title, reason });
  }
  const named = rows.map((r) => `${r.number} ${r.title}: ${r.reason}`).join('; ');
  return { ok: true, rows, reason: overall ? `${overall} (${named})` : named };
}

/** The columns of an exclusion the signed list keeps (its consequence test; never the excluded content). */
export const EXCLUSION_LIST_COLUMNS = [
  'documentId', 'title', 'unit', 'article', 'ground', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed', 'testedOn', 'exclusionEndsOn', 'decreeNumber',
] as const;

/** The frozen archive of a signed list of excluded information, ordered by title. */
export function buildExclusionSnapshot<T extends { title: string }>(
  list: { year: number; decreeNumber: string; signerName: string; signerTitle?: string | null; signedAt: string },
  exclusions: T[]
) {
  const entries = [...exclusions]
    .sort((a, b) => a.title.localeCompare(b.title, 'id'))
    .map((e) => Object.fromEntries(EXCLUSION_LIST_COLUMNS.filter((c) => c in e).map((c) => [c, (e as Record<string, unknown>)[c]])));
  const snapshot = {
    year: list.year,
    decreeNumber: list.decreeNumber,
    signer: { name: list.signerName, title: list.signerTitle ?? null },
    signedAt: list.signedAt,
    entries,
  };
  return { snapshot, hash: sha256(canonicalJson(snapshot)), entryCount: entries.length };
}

/** Fields that are bookkeeping of the row itself, never content. */
const BOOKKEEPING = ['updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'publishedAt', 'locale', 'localizations', 'id', 'documentId'];
const isNoop = (v: unknown) =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length > 0 &&
  Object.entries(v as Record<string, unknown>).every(([k, x]) => ['connect', 'disconnect'].includes(k) && Array.isArray(x) && x.length === 0);

/** A signed list of excluded information never changes: the archive. Unchanged values pass (the form sends them back). */
export function lockedListChange(data: Record<string, unknown>, current: Record<string, any>): { path: string[]; message: string }[] {
  const changed = Object.keys(data).filter((k) => !BOOKKEEPING.includes(k) && !isNoop(data[k]) && !sameValue(data[k], current[k] ?? null));
  return changed.length ? [{ path: [changed[0]], message: 'This list of excluded information is signed and archived: it can no longer be changed' }] : [];
}

/**
 * SOP 003's upload proofs on an enacted edition: while its workflow is at the upload stage the
 * documentation-system and website links may be filled once (a proof each); nothing else moves.
 */
export const EDITION_PROOF_FIELDS = ['documentationUrl', 'websiteUrl'] as const;
export function proofFillOnly(data: Record<string, unknown>, current: Record<string, any>): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...data };
  for (const f of EDITION_PROOF_FIELDS) if (f in rest && !current[f] && typeof rest[f] === 'string') delete rest[f];
  return rest;
}
