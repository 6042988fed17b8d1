import { checkEvaluation, evaluationTitle, MAX_PERIOD_DAYS, mayReadEvaluations, standardsBySubject } from '../src/evaluations/rules';

const C1 = { kind: 'coordinator_semiannual' as const, periodStart: '2026-01-01', periodEnd: '2026-06-30', findings: ' Temuan. ' };
const both = { koordinator: true, kepala: true };

describe('checkEvaluation', () => {
  it('accepts a half year by the Koordinator and trims the findings', () => {
    expect(checkEvaluation(C1, { koordinator: true, kepala: false }, '2026-07-01')).toEqual({ ok: true, value: { ...C1, findings: 'Temuan.' } });
  });

  it('refuses a period out of order, too long, not yet ended, and empty findings, naming the field', () => {
    const field = (input: object, today = '2026-12-31') => {
      const v = checkEvaluation({ ...C1, ...input }, both, today);
      return v.ok ? null : [v.status, v.field];
    };
    expect(field({ periodStart: '2026-07-01' })).toEqual([400, 'periodStart']);
    expect(field({ periodEnd: '2026-07-06' })).toEqual([400, 'periodEnd']);
    expect(field({ periodEnd: '2026-07-05' })).toBeNull(); // 186 days
    expect(field({ kind: 'head_monthly', periodStart: '2026-05-01', periodEnd: '2026-06-01' })).toEqual([400, 'periodEnd']);
    expect(field({}, '2026-06-29')).toEqual([400, 'periodEnd']);
    expect(field({ findings: '  ' })).toEqual([400, 'findings']);
    expect(MAX_PERIOD_DAYS).toEqual({ coordinator_semiannual: 186, head_monthly: 31 });
  });

  it('lets only the Koordinator make C1 and only the head make C2', () => {
    expect(checkEvaluation(C1, { koordinator: false, kepala: true }, '2026-07-01')).toMatchObject({ ok: false, status: 403 });
    const c2 = { ...C1, kind: 'head_monthly' as const, periodStart: '2026-06-01' };
    expect(checkEvaluation(c2, { koordinator: true, kepala: false }, '2026-07-01')).toMatchObject({ ok: false, status: 403, reason: { en: 'The monthly evaluation of the Coordinator is made by the head of the agency.' } });
    expect(checkEvaluation(c2, { koordinator: false, kepala: true }, '2026-07-01').ok).toBe(true);
  });

  it('titles the evaluation after its kind and period', () => {
    expect(evaluationTitle('head_monthly', '2026-05-01', '2026-05-31')).toBe('Evaluasi Koordinator oleh Kepala 2026-05-01 s.d. 2026-05-31');
  });
});

describe('mayReadEvaluations', () => {
  const nobody = { superAdmin: false, koordinator: false, subKoordinator: false, kepala: false };
  it('lets the Koordinator, the Sub Koordinator, the head and super admins read, each alone', () => {
    for (const key of ['superAdmin', 'koordinator', 'subKoordinator', 'kepala'] as const) expect([key, mayReadEvaluations({ ...nobody, [key]: true })]).toEqual([key, { ok: true, value: true }]);
  });
  it('refuses everyone else with a 403 in both languages', () => {
    expect(mayReadEvaluations(nobody)).toEqual({
      ok: false,
      status: 403,
      reason: {
        id: 'Evaluasi website hanya dapat dibaca Koordinator (Kepala Bidang yang membawahi website), Sub Koordinator dan Kepala.',
        en: "Website evaluations are for the Coordinator (head of the website's division), the Sub-coordinator and the head of the agency.",
      },
    });
  });
});

describe('standardsBySubject', () => {
  const d = (s: string) => new Date(s);
  const row = (subjectType: string, workflowKey: string, fromStage: string | null, leftAt: string, dueAt: string | null) => ({
    subjectType, workflowKey, fromStage, enteredAt: fromStage ? d('2026-04-01T00:00:00Z') : null, leftAt: d(leftAt), dueAt: dueAt ? d(dueAt) : null,
  });

  it('groups visits per subject and workflow, ignores starts and visits outside the period, lists every subject', () => {
    const rows = [
      row('backlog-item', 'web-backlog', 'receipt', '2026-04-02T00:00:00Z', '2026-04-03T00:00:00Z'),
      row('backlog-item', 'web-backlog', 'receipt', '2026-04-04T00:00:00Z', '2026-04-03T00:00:00Z'),
      row('backlog-item', 'web-backlog', null, '2026-04-02T00:00:00Z', null),
      row('backlog-item', 'web-backlog', 'receipt', '2026-08-01T00:00:00Z', '2026-08-02T00:00:00Z'),
      row('backlog-item', 'web-backlog-unit', 'raised', '2026-04-02T00:00:00Z', null),
    ];
    expect(standardsBySubject(rows, ['announcement', 'backlog-item'], d('2026-04-01T00:00:00Z'), d('2026-06-30T23:59:59Z'))).toEqual([
      { subjectType: 'announcement', stages: [] },
      {
        subjectType: 'backlog-item',
        stages: [
          { stage: 'receipt', workflowKey: 'web-backlog', completed: 2, met: 1, unmeasured: 0, percentMet: 50 },
          { stage: 'raised', workflowKey: 'web-backlog-unit', completed: 1, met: 0, unmeasured: 1, percentMet: null },
        ],
      },
    ]);
  });
});
