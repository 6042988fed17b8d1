/**
 * The builders the workflow templates are written with (workflow/template-kit.ts): a step is a stage
 * with the edges that leave it; the flow lists the stages in order and the transitions step by step,
 * with the defaults said once (a return or a cancel asks for a reason, a publish edge asks for proof
 * as its family says) and an edge's own flags over them.
 */
import { back, cancel, cancelledStage, days, final, flowWith, forward, hours, minutes, publish, publishedStage, publishing, review, work } from '../src/workflow/template-kit';

describe('template kit', () => {
  it('a stage carries only the fields given, in the order of StageDef', () => {
    const { stage } = review('check', 'Pemeriksaan', 'Check', { output: 'Hasil', time: hours(2), actorAt: 'website-desk', actor: 'kabid' });
    expect(JSON.stringify(stage)).toBe(
      JSON.stringify({ key: 'check', name: { id: 'Pemeriksaan', en: 'Check' }, actor: 'kabid', actorAt: 'website-desk', kind: 'review', timeStandard: { amount: 2, unit: 'hours' }, output: 'Hasil' })
    );
    expect(work('draft', 'Konsep', 'Draft', { actor: 'operator', authoring: true, assigned: true }).stage).toEqual({
      key: 'draft', name: { id: 'Konsep', en: 'Draft' }, actor: 'operator', kind: 'work', authoring: true, assigned: true,
    });
    expect(publishing('live', 'Tayang', 'Live', { actor: 'operator', time: minutes(15) }).stage.kind).toBe('publishing');
    expect(days(3)).toEqual({ amount: 3, unit: 'days' });
  });

  it('final stages have no actor and no edges', () => {
    expect(publishedStage()).toEqual({ stage: { key: 'published', name: { id: 'Terbit', en: 'Published' }, kind: 'published' }, edges: [] });
    expect(cancelledStage()).toEqual({ stage: { key: 'cancelled', name: { id: 'Dibatalkan', en: 'Cancelled' }, kind: 'cancelled' }, edges: [] });
    expect(final('closed', 'Ditutup', 'Closed', 'cancelled').stage).toEqual({ key: 'closed', name: { id: 'Ditutup', en: 'Closed' }, kind: 'cancelled' });
  });

  it('the flow lists the stages in order and each step’s edges from it, with the defaults and the flags over them', () => {
    const steps = [
      work('draft', 'Konsep', 'Draft', { actor: 'operator' }, forward('check', 'Kirim', 'Send', { requires: ['minutes'] }), cancel()),
      review('check', 'Periksa', 'Check', { actor: 'kabid' }, publish('published', 'Terbitkan', 'Publish'), back('draft', 'Kembalikan', 'Return'), publish('published', 'Tetapkan', 'Enact', { proofRequired: false, signs: true })),
      publishedStage(),
      cancelledStage(),
    ];
    const flow = flowWith({ proofRequired: true })(...steps);
    expect(flow.stages.map((s) => s.key)).toEqual(['draft', 'check', 'published', 'cancelled']);
    expect(JSON.stringify(flow.transitions)).toBe(
      JSON.stringify([
        { from: 'draft', to: 'check', action: 'forward', label: { id: 'Kirim', en: 'Send' }, requires: ['minutes'] },
        { from: 'draft', to: 'cancelled', action: 'cancel', label: { id: 'Batalkan', en: 'Cancel' }, reasonRequired: true },
        { from: 'check', to: 'published', action: 'publish', label: { id: 'Terbitkan', en: 'Publish' }, proofRequired: true },
        { from: 'check', to: 'draft', action: 'return', label: { id: 'Kembalikan', en: 'Return' }, reasonRequired: true },
        { from: 'check', to: 'published', action: 'publish', label: { id: 'Tetapkan', en: 'Enact' }, proofRequired: false, signs: true },
      ])
    );
    expect(flowWith({ proofRequired: false })(...steps).transitions[2].proofRequired).toBe(false);
  });

  it('a cancel may name its own stage and label', () => {
    const flow = flowWith({ proofRequired: false })(work('wait', 'Menunggu', 'Waiting', { actor: 'ppid_pelaksana' }, cancel('closed', 'Tutup', 'Close')), final('closed', 'Ditutup', 'Closed', 'cancelled'));
    expect(flow.transitions).toEqual([{ from: 'wait', to: 'closed', action: 'cancel', label: { id: 'Tutup', en: 'Close' }, reasonRequired: true }]);
  });
});
