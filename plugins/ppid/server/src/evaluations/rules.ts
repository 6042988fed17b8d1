/**
 * Web SOP C1/C2: who creates which evaluation, the period it may cover, and the time standards of
 * the website work grouped per workflow. Pure: the caller passes what the person holds and the
 * rows as read; each check returns the value to store or a refusal in Bahasa Indonesia and English.
 */
import { EVALUATION_KINDS, type EvaluationAccess, type EvaluationKind } from '../../../shared/lists';
import { stageStandards, type StageStandardFigure, type StageVisit } from '../website/figures';

export type { EvaluationKind } from '../../../shared/lists';
export type Text = { id: string; en: string };
export type Verdict<T> = { ok: true; value: T } | { ok: false; status: 400 | 403; reason: Text; field?: string };

/**
 * Who evaluates: C1, the Koordinator (Kepala Bidang of the website's division) evaluates all
 * website work at least every 6 months; C2, the head of the agency evaluates the Koordinator monthly.
 */
export const EVALUATOR: Record<EvaluationKind, 'koordinator' | 'kepala'> = { coordinator_semiannual: 'koordinator', head_monthly: 'kepala' };

/** The longest period each kind covers, in days (a half year, a month, both with some slack). */
export const MAX_PERIOD_DAYS: Record<EvaluationKind, number> = { coordinator_semiannual: 186, head_monthly: 31 };

/** The title an evaluation gets when none is given. */
export function evaluationTitle(kind: EvaluationKind, from: string, to: string): string {
  return `${kind === 'coordinator_semiannual' ? 'Evaluasi pengelolaan website (Koordinator)' : 'Evaluasi Koordinator oleh Kepala'} ${from} s.d. ${to}`;
}

/** The positions a person holds that the web SOP names around the evaluations (C1/C2), as of today. */
export type EvaluationReader = { superAdmin: boolean; koordinator: boolean; subKoordinator: boolean; kepala: boolean };

/**
 * Who reads the evaluations: the people of web SOP C, who make them, are evaluated in them or report
 * the work they measure: the Koordinator (Kabid of the website's division), the Sub Koordinator, the
 * head of the agency; and super admins. Everyone else is refused (403).
 */
export function mayReadEvaluations(who: EvaluationReader): Verdict<true> {
  if (who.superAdmin || who.koordinator || who.subKoordinator || who.kepala) return { ok: true, value: true };
  return {
    ok: false,
    status: 403,
    reason: {
      id: 'Evaluasi website hanya dapat dibaca Koordinator (Kepala Bidang yang membawahi website), Sub Koordinator dan Kepala.',
      en: "Website evaluations are for the Coordinator (head of the website's division), the Sub-coordinator and the head of the agency.",
    },
  };
}

/** The evaluations a person reads and makes: the same rules as mayReadEvaluations and checkEvaluation. */
export function evaluationAccess(who: EvaluationReader): EvaluationAccess {
  const read = mayReadEvaluations(who).ok;
  const create = EVALUATION_KINDS.filter((kind) => who[EVALUATOR[kind]]);
  return { read, create };
}

const DAY = 24 * 60 * 60 * 1000;

export interface EvaluationInput {
  kind: EvaluationKind;
  /** Local days "YYYY-MM-DD", both included. */
  periodStart: string;
  periodEnd: string;
  findings: string;
}

/**
 * May this person create an evaluation of `kind` for `input`'s period: the period in order, no
 * longer than the kind's, not ending after `today`, findings written, and the person holding the
 * evaluating position (`holds`).
 */
export function checkEvaluation(input: EvaluationInput, holds: { koordinator: boolean; kepala: boolean }, today: string): Verdict<EvaluationInput> {
  const bad = (field: string, id: string, en: string): Verdict<EvaluationInput> => ({ ok: false, status: 400, reason: { id, en }, field });
  if (input.periodStart > input.periodEnd) return bad('periodStart', 'Awal periode tidak boleh setelah akhir periode.', 'The period cannot start after it ends.');
  const days = Math.round((Date.parse(`${input.periodEnd}T00:00:00Z`) - Date.parse(`${input.periodStart}T00:00:00Z`)) / DAY) + 1;
  const max = MAX_PERIOD_DAYS[input.kind];
  if (days > max) return bad('periodEnd', `Periode evaluasi ini paling lama ${max} hari.`, `This evaluation covers at most ${max} days.`);
  if (input.periodEnd > today) return bad('periodEnd', 'Periode evaluasi belum berakhir.', 'The evaluation period has not ended yet.');
  if (!input.findings.trim()) return bad('findings', 'Temuan evaluasi wajib diisi.', 'The findings are required.');
  const who = EVALUATOR[input.kind];
  if (!holds[who])
    return {
      ok: false,
      status: 403,
      reason:
        who === 'koordinator'
          ? { id: 'Evaluasi enam bulanan dibuat oleh Koordinator (Kepala Bidang yang membawahi website).', en: 'The six-monthly evaluation is made by the Coordinator (head of the website\'s division).' }
          : { id: 'Evaluasi bulanan terhadap Koordinator dibuat oleh Kepala.', en: 'The monthly evaluation of the Coordinator is made by the head of the agency.' },
    };
  return { ok: true, value: { ...input, findings: input.findings.trim() } };
}

export interface TransitionRow {
  subjectType: string;
  workflowKey: string;
  fromStage: string | null;
  enteredAt: Date | null;
  leftAt: Date;
  dueAt: Date | null;
}

export interface SubjectStandards {
  subjectType: string;
  stages: (StageStandardFigure & { workflowKey: string })[];
}

/**
 * Workflow time standards met per stage, for each workflow subject (announcements, backlog items
 * ...): every logged visit of a stage that left it within [from, to]. A row without a stage it left
 * (the start) is not a visit.
 */
export function standardsBySubject(rows: readonly TransitionRow[], subjects: readonly string[], from: Date, to: Date): SubjectStandards[] {
  return subjects.map((subjectType) => {
    const byWorkflow = new Map<string, StageVisit[]>();
    for (const r of rows) {
      if (r.subjectType !== subjectType || !r.fromStage || !r.enteredAt) continue;
      const list = byWorkflow.get(r.workflowKey) ?? [];
      list.push({ stage: r.fromStage, enteredAt: r.enteredAt, leftAt: r.leftAt, dueAt: r.dueAt });
      byWorkflow.set(r.workflowKey, list);
    }
    const stages = [...byWorkflow.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([workflowKey, visits]) => stageStandards(visits, from, to).map((s) => ({ ...s, workflowKey })));
    return { subjectType, stages };
  });
}
