/**
 * Shapes of the plugin's admin API (`/ppid/...`, see server/src/routes). Kept in one place so the
 * pages, the edit-view panel and the server's contract can be compared at a glance.
 */
import type { BoardPagination } from '../../../shared/board';

export type LocalizedName = { id: string; en: string };

/**
 * The lists the server also uses come from the plugin's shared module (`shared/lists.ts`): the
 * content types a workflow carries, the positions, stage and transition kinds, alert states.
 */
export {
  WORKFLOW_SUBJECTS as WORKFLOW_TYPES,
  POSITIONS as POSITION_KEYS,
  STAGE_KINDS,
  TRANSITION_ACTIONS,
  ALERT_STATES,
  ALERT_SEVERITIES,
} from '../../../shared/lists';
export type { WorkflowSubject as WorkflowType, StageKind, TransitionAction, AlertSeverity, AlertState } from '../../../shared/lists';
import type { WorkflowSubject as WorkflowType, AlertSeverity, AlertState, StageKind, TransitionAction } from '../../../shared/lists';

export type TimeStandard = { amount: number; unit: 'minutes' | 'hours' | 'days' };
export type UnitRef = { code: string; name: string };
export type UserRef = { id: number | string; name: string | null };
/**
 * How a position is held; `super_admin` marks a step a super admin took outside the positions,
 * `system` one the engine took (start, reopen).
 */
export type Holding = 'definitive' | 'plt' | 'plh' | 'super_admin' | 'system';

/* Inbox ------------------------------------------------------------------------------------------ */

export interface InboxItem {
  type: WorkflowType;
  documentId: string;
  title: string | null;
  unit: UnitRef | null;
  workflow: string;
  stage: string;
  stageName: LocalizedName | null;
  task: 'transition' | 'retro_approval';
  enteredAt: string;
  dueAt: string | null;
  overdue: boolean;
  revision: number;
}

export interface InboxResponse {
  /** One page, overdue first, then the earliest due. */
  data: InboxItem[];
  meta: { total: number; overdue: number; pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/* Board ------------------------------------------------------------------------------------------ */

export interface BoardItem {
  documentId: string;
  title: string | null;
  unit: UnitRef | null;
  enteredAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface BoardStage {
  key: string;
  name: LocalizedName;
  kind: StageKind;
  actor?: string | null;
  /** Every active item at the stage (the column's count). */
  count: number;
  /** The column's first page, the earliest due first. */
  items: BoardItem[];
  pagination: BoardPagination;
}

/** GET /ppid/workflow/board/column: one further page of a column. */
export interface BoardColumnResponse {
  data: BoardItem[];
  meta: { pagination: BoardPagination };
}

export interface BoardResponse {
  data: {
    type: WorkflowType;
    workflows: { key: string; version: number; name: LocalizedName; stages: BoardStage[] }[];
  };
}

/* Definitions and bindings ------------------------------------------------------------------------ */

export interface StageDefinition {
  key: string;
  name: LocalizedName;
  kind: StageKind;
  actor?: string | null;
  timeStandard?: TimeStandard | null;
  output?: string;
  /** The stage's holder writes the content (used to keep drafters from approving their own work). */
  authoring?: boolean;
}

export interface TransitionDefinition {
  from: string;
  to: string;
  action: TransitionAction;
  label: LocalizedName;
  reasonRequired?: boolean;
  proofRequired?: boolean;
}

export interface WorkflowDefinition {
  id: number | string;
  key: string;
  version: number;
  name: LocalizedName;
  contentType: string;
  sop: {
    number: string;
    title: string;
    issuer: string;
    legalBasis: string[];
    madeOn?: string;
    revisedOn?: string;
    effectiveOn?: string;
    approvedBy?: string;
  };
  initialStage?: string;
  stages: StageDefinition[];
  transitions: TransitionDefinition[];
  proof?: { online: number; offline: number } | null;
  fastTrack?: { positions: string[]; retroApprovers: string[]; window: TimeStandard } | null;
  /** `template`: seeded from an SOP template; `custom`: written by an admin. */
  source?: 'template' | 'custom';
  createdAt: string;
}

export interface WorkflowsResponse {
  data: WorkflowDefinition[];
}

export interface WorkflowBinding {
  id: number | string;
  contentType: string;
  unit: UnitRef | null;
  workflowKey: string;
}

export interface BindingsResponse {
  data: WorkflowBinding[];
}

export interface BindingInput {
  contentType: string;
  unit: string | null;
  workflowKey: string;
}

/* One item in the edit view ------------------------------------------------------------------------ */

export interface SertaMerta {
  status: 'pending' | 'approved';
  publishedAt: string;
  publishedBy: UserRef | null;
  reason: string;
  dueAt: string | null;
  overdue: boolean;
  approvedBy?: UserRef | null;
  approvedAt?: string | null;
}

export interface ItemState {
  stage: string;
  stageName: LocalizedName;
  kind: StageKind | null;
  actor?: string | null;
  revision: number;
  enteredAt: string;
  dueAt: string | null;
  overdue: boolean;
  /** `deleted`: the item was deleted through the workflow's delete step (the log keeps its history). */
  status: 'active' | 'published' | 'cancelled' | 'deleted';
  /** Who was named at the disposisi (the drafter), and the disposition's agenda number. */
  assignee?: UserRef | null;
  agendaNumber?: string | null;
  sertaMerta: SertaMerta | null;
}

export interface AvailableTransition {
  key: string;
  to: string;
  toName: LocalizedName;
  action: TransitionAction;
  label: LocalizedName;
  reasonRequired: boolean;
  proofRequired: boolean;
  allowed: boolean;
  reason?: string;
  /** A disposisi (SOP 190/2024): taking it names the drafter, one of `candidates`, with an agenda number. */
  assigns?: boolean;
  candidates?: Actor[];
  /** The head's signature (a DIP edition, a list of excluded information): taken through its own sign route. */
  signs?: boolean;
  /** A return of the year's list to its collection: it reopens the units' accepted submissions (all, or those named in `units`). */
  reopensCollection?: boolean;
}

export interface Permission {
  allowed: boolean;
  reason?: string;
}

export interface Actor {
  id: number | string;
  name: string | null;
  position: string;
  holding: Holding;
}

/** Naming another drafter after the disposisi (`POST .../assignee`). */
export type Reassign = { allowed: true; candidates: Actor[] } | { allowed: false; reason?: string };

/** Taking a published item offline (`POST .../withdraw`) or deleting it (`POST .../delete`). */
export interface StepOff extends Permission {
  /** The positions that may take the step. */
  positions: string[];
}

export interface ItemWorkflow {
  item: { type: WorkflowType; documentId: string; title: string | null; unit: UnitRef | null };
  workflow: { key: string; version: number; name: LocalizedName; sop: { number: string; title: string } } | null;
  state: ItemState | null;
  stages: StageDefinition[];
  transitions: AvailableTransition[];
  fastPublish: Permission;
  retroApprove: Permission;
  /** Absent when the item has no workflow. */
  reassign?: Reassign;
  withdraw?: StepOff;
  remove?: StepOff;
  actors: Actor[];
}

export interface ItemWorkflowResponse {
  data: ItemWorkflow;
}

/** The body of `POST .../transitions` for a disposisi, and of `POST .../assignee`. */
export interface AssignmentInput {
  assignee: number;
  agendaNumber: string;
}

/** The answer of `POST .../delete`: the document is gone, so there is no view to show. */
export interface DeleteResponse {
  data: { item: ItemWorkflow['item']; deleted: true };
}

export interface HistoryEntry {
  id: number | string;
  from: string | null;
  to: string;
  action: string;
  actor: UserRef | null;
  position: string | null;
  holding: Holding | null;
  unit: UnitRef | null;
  reason: string | null;
  /** When the item had entered `from` (null for the start entry). */
  enteredAt: string | null;
  /** When this step was taken, i.e. when the item left `from`. */
  leftAt: string | null;
  dueAt: string | null;
  elapsedWorkingMinutes: number | null;
  contentHash: string | null;
  workflow?: { key: string; version: number };
  revision?: number;
  createdAt: string;
}

export interface HistoryResponse {
  data: HistoryEntry[];
}

/** A validation problem as the server reports it in `error.details.errors`. */
export interface ApiProblem {
  path: (string | number)[];
  message: string;
}

/** The compliance checker (GET /ppid/compliance/alerts, /ppid/compliance/summary). */

export interface ComplianceAlert {
  id: number;
  rule: string;
  subject: { type: string; key: string };
  unit: UnitRef | null;
  severity: AlertSeverity;
  state: AlertState;
  title: LocalizedName;
  details: Record<string, unknown>;
  scope: 'unit' | 'agency';
  recipients: string[];
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  resolvedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: number | null;
  acknowledgedNote: string | null;
}

export interface AlertsResponse {
  data: ComplianceAlert[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export interface ComplianceRun {
  window: string;
  kind: 'daily' | 'sla' | 'manual';
  state: 'running' | 'done' | 'failed';
  holder: string;
  startedAt: string | null;
  finishedAt: string | null;
  stats: { findings?: number; opened?: number; resolved?: number; ms?: number } | null;
  error: string | null;
}

export interface ComplianceSummary {
  data: {
    alerts: { rule: string; severity: AlertSeverity; state: AlertState; count: number }[];
    runs: ComplianceRun[];
    schedule: { enabled: boolean; dailyAt: string; timezone: string; slaIntervalMinutes: number };
  };
}

/* Organisation ----------------------------------------------------------------------------------- */

export interface OrganisationHolder {
  documentId: string;
  userId: number;
  userName: string;
  position: string;
  holding: 'definitive' | 'plt' | 'plh';
  /** Calendar dates of the agency ("YYYY-MM-DD"). */
  startsOn: string;
  endsOn: string | null;
  officialName: string | null;
  nip: string | null;
  decreeNumber: string | null;
  acting: boolean;
  endingSoon: boolean;
}

export interface OrganisationUnit {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  publishes: boolean;
  depth: number;
  holders: OrganisationHolder[];
  upcoming: OrganisationHolder[];
}

export interface UncoveredStage {
  contentType: WorkflowType;
  workflowKey: string;
  workflowName: LocalizedName;
  stage: string;
  stageName: LocalizedName;
  actor: string;
  units: { id: number; code: string; name: string }[];
}

export interface OrganisationResponse {
  data: { date: string; units: OrganisationUnit[]; uncovered: UncoveredStage[] };
}

export interface OrganisationChange {
  id: number;
  subjectType: 'unit' | 'position-assignment';
  documentId: string;
  action: string;
  actor: UserRef | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}

export interface OrganisationChangesResponse {
  data: OrganisationChange[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/* Home ------------------------------------------------------------------------------------------- */

export interface HomeUnitItem {
  type: WorkflowType;
  documentId: string;
  title: string | null;
  unit: UnitRef | null;
  stage: string;
  stageName: LocalizedName | null;
  dueAt: string | null;
  overdue: boolean;
}

export interface HomeAlert {
  id: number;
  rule: string;
  severity: AlertSeverity;
  state: 'open' | 'acknowledged';
  title: LocalizedName;
  unit: UnitRef | null;
  firstSeenAt: string | null;
}

export interface HomeResponse {
  data: {
    awaiting: { total: number; overdue: number; items: InboxItem[] };
    inReview: { total: number; overdue: number; items: HomeUnitItem[] };
    alerts: { total: number; critical: number; items: HomeAlert[] };
  };
}
/* Dev mailbox (GET /ppid/dev-mailbox, super admins, only without SMTP outside production) ------------ */

export interface DevMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string | null;
  notificationId: number | null;
  /** Attached files (names, types, sizes): a requester's mail carries its letters. */
  attachments?: { filename: string; contentType: string | null; size: number }[];
  createdAt: string | null;
}

export interface DevMailboxResponse {
  data: DevMail[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/* Compliance charts (GET /ppid/compliance/charts?months=) ------------------------------------------ */

export interface ChartCell {
  unitId: number;
  /** "YYYY-MM" in the agency's time zone. */
  month: string;
  planned: number;
  published: number;
  percent: number | null;
}

export interface StageStandardBar {
  workflowKey: string;
  workflowName: LocalizedName;
  stage: string;
  stageName: LocalizedName;
  completed: number;
  met: number;
  unmeasured: number;
  percentMet: number | null;
}

export interface ComplianceChartsResponse {
  data: {
    period: { from: string; to: string; timezone: string };
    units: { id: number; code: string; name: string }[];
    published: { months: string[]; cells: ChartCell[]; totals: { month: string; planned: number; published: number }[] };
    timeStandards: StageStandardBar[];
    alerts: {
      rules: { rule: string; total: number; units: { unitId: number | null; count: number }[] }[];
      units: { unitId: number | null; total: number }[];
      total: number;
    };
  };
}

/* Excluded information (GET /ppid/exclusions, POST /ppid/exclusions/:documentId/reopen) ------------ */

export { EXCLUSION_STATUSES, INFO_CLASSES } from '../../../shared/lists';
export type { ExclusionStatus, InfoClass } from '../../../shared/lists';
import type { ExclusionStatus, InfoClass } from '../../../shared/lists';

export interface Exclusion {
  documentId: string;
  title: string;
  unit: UnitRef | null;
  article17Letter: string;
  legalBasis: string;
  consequenceIfOpened: string;
  consequenceIfClosed: string;
  testedOn: string | null;
  exclusionEndsOn: string | null;
  decreeNumber: string | null;
  enactedByName: string | null;
  published: boolean;
  status: ExclusionStatus;
  reopened: { on: string; byName: string | null; reason: string; newClass: InfoClass } | null;
  entries: { documentId: string; number: string; title: string; infoClass: string }[];
}

export interface ExclusionsResponse {
  data: Exclusion[];
  meta: { today: string; warnDays: number; pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/* DIP import (POST /ppid/dip/import, multipart `file`, `confirm`) ----------------------------------- */

export interface DipImportReport {
  confirmed: boolean;
  /** Data rows read (the header excluded). */
  total: number;
  valid: number;
  created: number;
  /** Row numbers already stored (same year, number and unit): skipped. */
  alreadyImported: number[];
  /** Every bad row with its spreadsheet row number (the header is row 1) and its reasons. */
  problems: { row: number; reasons: string[] }[];
}

export interface DipImportResponse {
  data: DipImportReport;
}
