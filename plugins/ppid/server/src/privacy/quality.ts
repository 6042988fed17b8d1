/**
 * Precision and recall of the detector on a labelled corpus, per kind: a find counts as right when a
 * label of the same kind has the same text. Texts (tests/fixtures/privacy/corpus.json) are scored with
 * `score`; documents (documents.json: real files read by extract()) with `scoreFound` on what
 * `foundIn` reports of each file's extraction.
 */
import { detect, PERSONAL_DATA_KINDS, type AllowList, type PersonalDataKind } from './detect';
import type { Extraction } from './extract';

export const SCORED_KINDS = [...PERSONAL_DATA_KINDS, 'image_metadata'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export type CorpusSample = { id: string; text: string; labels: { kind: PersonalDataKind; value: string }[] };
export type Found = { kind: ScoredKind | 'unchecked'; value: string };
export type Score = { kind: ScoredKind; labelled: number; found: number; truePositives: number; precision: number; recall: number };
export type Miss = { id: string; kind: string; value: string; why: 'missed' | 'false' };

/** What the check reports of one read file: text findings (their text), image metadata (gps/owner/serial), or that it was not read. */
export function foundIn(extraction: Extraction, allow: AllowList = new Set()): Found[] {
  if (extraction.kind === 'unchecked') return [{ kind: 'unchecked', value: extraction.reason.en }];
  if (extraction.kind === 'image') return extraction.metadata.map((m) => ({ kind: 'image_metadata' as const, value: m.what }));
  return detect(extraction.text, allow).map((f) => ({ kind: f.kind, value: extraction.text.slice(f.start, f.end) }));
}

/** Scores finds against labels; an `unchecked` report counts as a false find of its own (listed in misses, in no kind). */
export function scoreFound(items: { id: string; found: Found[]; labels: { kind: ScoredKind; value: string }[] }[], kinds: readonly ScoredKind[] = SCORED_KINDS): { perKind: Score[]; misses: Miss[] } {
  const tally = new Map<string, { labelled: number; found: number; tp: number }>(kinds.map((k) => [k, { labelled: 0, found: 0, tp: 0 }]));
  const misses: Miss[] = [];
  for (const s of items) {
    const open = [...s.labels];
    for (const l of s.labels) tally.get(l.kind)!.labelled += 1;
    for (const f of s.found) {
      const t = tally.get(f.kind);
      const i = open.findIndex((l) => l.kind === f.kind && l.value === f.value);
      if (t) t.found += 1;
      if (t && i >= 0) {
        t.tp += 1;
        open.splice(i, 1);
      } else misses.push({ id: s.id, kind: f.kind, value: f.value, why: 'false' });
    }
    for (const l of open) misses.push({ id: s.id, kind: l.kind, value: l.value, why: 'missed' });
  }
  const perKind = kinds.map((kind) => {
    const t = tally.get(kind)!;
    return { kind, labelled: t.labelled, found: t.found, truePositives: t.tp, precision: t.found === 0 ? 1 : t.tp / t.found, recall: t.labelled === 0 ? 1 : t.tp / t.labelled };
  });
  return { perKind, misses };
}

/** Texts: each sample's text through the detector. */
export function score(samples: CorpusSample[]): { perKind: Score[]; misses: Miss[] } {
  return scoreFound(
    samples.map((s) => ({ id: s.id, labels: s.labels, found: foundIn({ kind: 'text', text: s.text }) })),
    PERSONAL_DATA_KINDS
  );
}
