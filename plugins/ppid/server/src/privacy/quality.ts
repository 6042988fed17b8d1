/**
 * Precision and recall of the detector on a labelled corpus (tests/fixtures/privacy/corpus.json),
 * per kind: a find counts as right when a label of the same kind has the same text.
 */
import { detect, PERSONAL_DATA_KINDS, type PersonalDataKind } from './detect';

export type CorpusSample = { id: string; text: string; labels: { kind: PersonalDataKind; value: string }[] };
export type Score = { kind: PersonalDataKind; labelled: number; found: number; truePositives: number; precision: number; recall: number };

export function score(samples: CorpusSample[]): { perKind: Score[]; misses: { id: string; kind: string; value: string; why: 'missed' | 'false' }[] } {
  const tally = new Map(PERSONAL_DATA_KINDS.map((k) => [k, { labelled: 0, found: 0, tp: 0 }]));
  const misses: { id: string; kind: string; value: string; why: 'missed' | 'false' }[] = [];
  for (const s of samples) {
    const found = detect(s.text).map((f) => ({ kind: f.kind, value: s.text.slice(f.start, f.end) }));
    const open = [...s.labels];
    for (const l of s.labels) tally.get(l.kind)!.labelled += 1;
    for (const f of found) {
      tally.get(f.kind)!.found += 1;
      const i = open.findIndex((l) => l.kind === f.kind && l.value === f.value);
      if (i >= 0) {
        tally.get(f.kind)!.tp += 1;
        open.splice(i, 1);
      } else misses.push({ id: s.id, kind: f.kind, value: f.value, why: 'false' });
    }
    for (const l of open) misses.push({ id: s.id, kind: l.kind, value: l.value, why: 'missed' });
  }
  const perKind = [...tally.entries()].map(([kind, t]) => ({
    kind,
    labelled: t.labelled,
    found: t.found,
    truePositives: t.tp,
    precision: t.found === 0 ? 1 : t.tp / t.found,
    recall: t.labelled === 0 ? 1 : t.tp / t.labelled,
  }));
  return { perKind, misses };
}
