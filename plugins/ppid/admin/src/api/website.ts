/**
 * The website team's admin routes (web SOP B and C): their URLs and the shapes they answer, for the
 * backlog board, the minutes, the forms and the evaluations pages. The server side is
 * controllers/website-desk.ts and controllers/website-records.ts.
 */
import type { BoardItem, BoardStage, LocalizedName, UnitRef } from './types';
import { adminUrl } from '../../../shared/routes';
import type { EvaluationKind } from '../../../shared/lists';

export type PersonRef = { id: number; name: string };
export type Paged<T> = { data: T[]; meta: { page: number; pageSize: number; total: number } };

/* Backlog ---------------------------------------------------------------------------------------- */

export interface BacklogCard extends BoardItem {
  kind: string | null;
  priority: string | null;
  /** The schedule ("sesuai jadwal"), a local day. */
  dueOn: string | null;
  late: boolean;
  /** The Web Developer's tanda terima. */
  receipt: { at: string; by: PersonRef | null } | null;
}
export interface BacklogResponse {
  data: { type: 'backlog-item'; workflows: { key: string; version: number; name: LocalizedName; stages: (Omit<BoardStage, 'items'> & { items: BacklogCard[] })[] }[] };
}

/* Minutes ---------------------------------------------------------------------------------------- */

export interface MinutesRow {
  documentId: string;
  title: string;
  meetingAt: string | null;
  place: string | null;
  unit: UnitRef | null;
  attendees: number;
  backlogItems: number;
  reportedToHeadAt: string | null;
}
export interface MinutesDetail {
  documentId: string;
  title: string;
  meetingAt: string | null;
  place: string | null;
  unit: UnitRef | null;
  chair: PersonRef | null;
  secretary: PersonRef | null;
  attendees: { name: string; position: string }[];
  agenda: string;
  discussion: string | null;
  decisions: string;
  backlogItems: { documentId: string; title: string; state: string; dueOn: string | null }[];
  reported: { at: string; by: PersonRef | null } | null;
  canReport: boolean;
  frozen: LocalizedName | null;
}

/* Forms ------------------------------------------------------------------------------------------ */

export const FORM_KINDS = ['update-requests', 'approval-forms'] as const;
export type FormKindPath = (typeof FORM_KINDS)[number];
export const isFormKind = (value: string | null | undefined): value is FormKindPath => (FORM_KINDS as readonly (string | null | undefined)[]).includes(value);

export interface NextSignature {
  role: string | null;
  roleLabel: LocalizedName | null;
  signed: number;
  needed: number;
  canSign: boolean;
  refusal: LocalizedName | null;
}
export interface FormRow {
  documentId: string;
  number: string;
  title: string;
  date: string | null;
  unit: UnitRef | null;
  state: string;
  next: NextSignature;
}
export interface FormDetail extends FormRow {
  kind: 'update_request' | 'approval_form';
  description: string | null;
  pageUrl: string | null;
  people: Record<string, PersonRef | null>;
  backlogItem: { documentId: string; title: string; state: string } | null;
  signatures: { role: string; roleLabel: LocalizedName; name: string | null; nip: string | null; unit: string | null; at: string | null }[];
  frozen: LocalizedName | null;
}

/* Evaluations ------------------------------------------------------------------------------------ */

export { EVALUATION_KINDS, type EvaluationAccess, type EvaluationKind } from '../../../shared/lists';

export interface EvaluationFigures {
  period: { from: string; to: string; timezone: string };
  units: { id: number; code: string; name: string }[];
  planVsActual: {
    cells: { unitId: number; month: string; planned: number; published: number; percent: number | null }[];
    perUnit: { unitId: number; planned: number; published: number; percent: number | null }[];
  };
  backlog: { opened: number; closed: number; openAtEnd: number; leadTimeDaysMean: number | null; leadTimeDaysMedian: number | null };
  proofsPerChannel: { channel: string; count: number }[];
  stageStandards: { subjectType: string; stages: { stage: string; workflowKey: string; name: LocalizedName | null; completed: number; met: number; unmeasured: number; percentMet: number | null }[] }[];
}
export interface EvaluationRow {
  documentId: string;
  title: string;
  kind: EvaluationKind;
  periodStart: string | null;
  periodEnd: string | null;
  state: string;
  unit: UnitRef | null;
  evaluator: PersonRef | null;
  evaluatee: PersonRef | null;
  findings: string;
  recommendations: string | null;
  figuresTakenAt: string | null;
}
export interface Evaluation extends EvaluationRow {
  figures: EvaluationFigures | null;
}
export interface EvaluationInput {
  kind: EvaluationKind;
  periodStart: string;
  periodEnd: string;
  findings: string;
  recommendations?: string;
}

/* URLs ------------------------------------------------------------------------------------------- */

/** Built from the plugin's admin route table (shared/routes.ts). */
const item = (documentId: string) => ({ type: 'backlog-item', documentId });
export const websiteApi = {
  backlog: adminUrl('websiteBacklog'),
  backlogItem: (documentId: string) => adminUrl('item', item(documentId)),
  transitions: (documentId: string) => adminUrl('transition', item(documentId)),
  minutesList: (page: number) => adminUrl('minutesList', {}, { page, pageSize: 20 }),
  minutes: (documentId: string) => adminUrl('minute', { documentId }),
  minutesReport: (documentId: string) => adminUrl('reportMinutes', { documentId }),
  minutesPdf: (documentId: string) => adminUrl('minutesRecord', { documentId }),
  formsList: (kind: FormKindPath, page: number) => adminUrl('formsList', { kind }, { page, pageSize: 20 }),
  form: (kind: FormKindPath, documentId: string) => adminUrl('form', { kind, documentId }),
  formSign: (kind: FormKindPath, documentId: string) => adminUrl('signForm', { kind, documentId }),
  formPdf: (kind: FormKindPath, documentId: string) => adminUrl('formRecord', { kind, documentId }),
  evaluationsList: (page: number) => adminUrl('evaluations', {}, { page, pageSize: 20 }),
  evaluation: (documentId: string) => adminUrl('evaluation', { documentId }),
  evaluations: adminUrl('createEvaluation'),
  evaluationAccess: adminUrl('evaluationAccess'),
};
