import corpus from '../../../../tests/fixtures/privacy/corpus.json';
import { score, type CorpusSample } from '../src/privacy/quality';

describe('the detector on the labelled corpus', () => {
  const { perKind, misses } = score(corpus.samples as CorpusSample[]);
  it('has labels of every kind', () => {
    expect(perKind.filter((k) => k.labelled < 10).map((k) => k.kind)).toEqual([]);
  });
  it.each(perKind.map((k) => [k.kind, k]))('%s: precision and recall at least 0.95', (_kind, k) => {
    expect({ kind: k.kind, precision: k.precision >= 0.95, recall: k.recall >= 0.95 }).toEqual({ kind: k.kind, precision: true, recall: true });
  });
  it('lists no miss (for the record)', () => {
    expect(misses).toEqual([]);
  });
});
