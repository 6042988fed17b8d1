import { alertsByRuleAndUnit, chartMonths, publishedAgainstPlan, standardsPerStage } from '../src/compliance/charts';

describe('chartMonths', () => {
  it('lists the months up to the current one in the agency zone, with half-open instants', () => {
    // 31 March 2026 20:00 UTC is already 1 April 03:00 in Jakarta.
    const months = chartMonths(new Date('2026-03-31T20:00:00Z'), 'Asia/Jakarta', 3);
    expect(months.map((m) => m.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(months[2].start.toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(months[2].end.toISOString()).toBe('2026-04-30T17:00:00.000Z');
    expect(months[0].end).toEqual(months[1].start);
  });

  it('crosses the year', () => {
    expect(chartMonths(new Date('2026-01-15T00:00:00Z'), 'Asia/Jayapura', 2).map((m) => m.month)).toEqual(['2025-12', '2026-01']);
  });
});

describe('publishedAgainstPlan', () => {
  it('keeps the window, counts aggregated rows and totals every month', () => {
    const chart = publishedAgainstPlan(
      ['2026-03', '2026-04'],
      [
        { unitId: 2, month: '2026-04', count: 3 },
        { unitId: 1, month: '2026-04', count: 1 },
        { unitId: 1, month: '2026-06', count: 9 },
      ],
      [
        { unitId: 2, month: '2026-04', count: 2 },
        { unitId: 1, month: '2026-03', count: 4 },
        { unitId: 1, month: '2025-12', count: 7 },
      ]
    );
    expect(chart.months).toEqual(['2026-03', '2026-04']);
    expect(chart.cells).toEqual([
      { unitId: 1, month: '2026-03', planned: 0, published: 4, percent: null },
      { unitId: 1, month: '2026-04', planned: 1, published: 0, percent: 0 },
      { unitId: 2, month: '2026-04', planned: 3, published: 2, percent: 66.7 },
    ]);
    expect(chart.totals).toEqual([
      { month: '2026-03', planned: 0, published: 4 },
      { month: '2026-04', planned: 4, published: 2 },
    ]);
  });
});

describe('standardsPerStage', () => {
  const workflows = new Map([
    [
      'pengumuman',
      {
        name: { id: 'Pengumuman', en: 'Announcing' },
        stages: [
          { key: 'drafting', name: { id: 'Penyusunan', en: 'Drafting' } },
          { key: 'review_kabid', name: { id: 'Pemeriksaan Kabid', en: 'Review by the Kabid' } },
        ],
      },
    ],
  ]);

  it('names the stages, orders them as the definition and computes the share met over measured visits', () => {
    const bars = standardsPerStage(
      [
        { workflowKey: 'pengumuman', stage: 'review_kabid', completed: 4, met: 1, unmeasured: 1 },
        { workflowKey: 'pengumuman', stage: 'drafting', completed: 2, met: 2, unmeasured: 0 },
        { workflowKey: 'pengumuman', stage: 'gone', completed: 1, met: 0, unmeasured: 1 },
        { workflowKey: 'lain', stage: 'x', completed: 0, met: 0, unmeasured: 0 },
      ],
      workflows
    );
    expect(bars.map((b) => [b.stage, b.stageName.id, b.percentMet])).toEqual([
      ['drafting', 'Penyusunan', 100],
      ['review_kabid', 'Pemeriksaan Kabid', 33.3],
      ['gone', 'gone', null],
    ]);
    expect(bars[0].workflowName).toEqual({ id: 'Pengumuman', en: 'Announcing' });
  });

  it('keeps the key as the name of an unknown workflow', () => {
    const [bar] = standardsPerStage([{ workflowKey: 'old', stage: 's', completed: 1, met: 1, unmeasured: 0 }], workflows);
    expect(bar).toMatchObject({ workflowName: { id: 'old', en: 'old' }, stageName: { id: 's', en: 's' }, percentMet: 100 });
  });
});

describe('alertsByRuleAndUnit', () => {
  it('sums per rule and unit, most alerts first, alerts without a unit last among equals', () => {
    expect(
      alertsByRuleAndUnit([
        { rule: 'sla-overdue', unitId: 3, count: 2 },
        { rule: 'sla-overdue', unitId: null, count: 2 },
        { rule: 'content-minimum', unitId: 3, count: 1 },
        { rule: 'dip-edition', unitId: 1, count: 5 },
        { rule: 'content-plan', unitId: 1, count: 0 },
      ])
    ).toEqual({
      rules: [
        { rule: 'dip-edition', total: 5, units: [{ unitId: 1, count: 5 }] },
        { rule: 'sla-overdue', total: 4, units: [{ unitId: 3, count: 2 }, { unitId: null, count: 2 }] },
        { rule: 'content-minimum', total: 1, units: [{ unitId: 3, count: 1 }] },
      ],
      units: [
        { unitId: 1, total: 5 },
        { unitId: 3, total: 3 },
        { unitId: null, total: 2 },
      ],
      total: 10,
    });
  });

  it('is empty without alerts', () => {
    expect(alertsByRuleAndUnit([])).toEqual({ rules: [], units: [], total: 0 });
  });
});
