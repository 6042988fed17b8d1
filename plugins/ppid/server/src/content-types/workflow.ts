/**
 * The workflow engine's own records. Hidden from the Content Manager: definitions and bindings are
 * edited through the plugin's admin routes (validated), instances and the transition log only ever
 * change through a transition. People are stored as ids (and a name in the log), not relations:
 * the log must outlive the accounts it names and never be rewritten by a relation cleanup.
 */
import { contentType, enumeration, media, str, text } from './builders';

export const WORKFLOW_SUBJECTS = ['announcement', 'dip-entry', 'content-plan', 'backlog-item'] as const;
export type WorkflowSubject = (typeof WORKFLOW_SUBJECTS)[number];

export const LOG_ACTIONS = ['start', 'forward', 'return', 'cancel', 'publish', 'fast_publish', 'retro_approve', 'reopen', 'reset', 'assign', 'withdraw', 'delete', 'privacy_clear'] as const;
/** An instance is closed as `deleted` when its item is deleted (a recorded step). */
export const INSTANCE_STATUSES = ['active', 'published', 'cancelled', 'deleted'] as const;
export const HOLDINGS = ['definitive', 'plt', 'plh', 'super_admin', 'system'] as const;

/** One version of a workflow definition (stages, transitions, SOP); versions are never edited. */
export const workflow = contentType({
  singularName: 'workflow',
  pluralName: 'workflows',
  displayName: 'Workflow',
  description: 'Review-stage workflow definition (one row per version)',
  visible: false,
  indexes: [{ name: 'ppid_workflows_key_version_uq', columns: ['key', 'version'], type: 'unique' }],
  attributes: {
    key: str({ required: true, maxLength: 80 }),
    version: { type: 'integer', required: true, min: 1 },
    contentType: enumeration(WORKFLOW_SUBJECTS, { required: true }),
    name: { type: 'json', required: true },
    definition: { type: 'json', required: true },
    source: enumeration(['template', 'custom'], { required: true, default: 'custom' }),
    authorId: { type: 'integer' },
    /** The signed SOP document (scan or PDF) this version implements; served by GET /api/ppid/sops. */
    sopDocument: media(false, ['files']),
  },
});

/** Which workflow a content type follows: the agency default (no unit) or a unit's override. */
export const workflowBinding = contentType({
  singularName: 'workflow-binding',
  pluralName: 'workflow-bindings',
  displayName: 'Workflow binding',
  description: 'The workflow a content type follows, for the agency or for one unit and its sub-units',
  visible: false,
  indexes: [{ name: 'ppid_workflow_bindings_uq', columns: ['content_type', 'unit_id'], type: 'unique' }],
  attributes: {
    contentType: enumeration(WORKFLOW_SUBJECTS, { required: true }),
    unitId: { type: 'integer' },
    workflowKey: str({ required: true, maxLength: 80 }),
  },
});

/** The workflow state of one item: one row per document, changed only by transitions. */
export const workflowInstance = contentType({
  singularName: 'workflow-instance',
  pluralName: 'workflow-instances',
  displayName: 'Workflow instance',
  description: 'Where an item is in its workflow (stage, due time, drafters, serta merta state)',
  visible: false,
  indexes: [
    { name: 'ppid_workflow_instances_subject_uq', columns: ['subject_type', 'subject_document_id'], type: 'unique' },
    { name: 'ppid_workflow_instances_stage_idx', columns: ['status', 'stage'] },
  ],
  attributes: {
    subjectType: enumeration(WORKFLOW_SUBJECTS, { required: true }),
    subjectDocumentId: str({ required: true, maxLength: 64 }),
    workflowKey: str({ required: true, maxLength: 80 }),
    workflowVersion: { type: 'integer', required: true },
    stage: str({ required: true, maxLength: 80 }),
    status: enumeration(INSTANCE_STATUSES, { required: true, default: 'active' }),
    revision: { type: 'integer', required: true, default: 1 },
    unitId: { type: 'integer' },
    enteredAt: { type: 'datetime', required: true },
    dueAt: { type: 'datetime' },
    drafters: { type: 'json' },
    /** Who approved at which review stage in this round: [{ userId, stage }]. */
    approvals: { type: 'json' },
    /** The person named at the disposisi (only they act at the workflow's `assigned` stages). */
    assigneeId: { type: 'integer' },
    agendaNumber: str({ maxLength: 100 }),
    approvedHash: str({ maxLength: 64 }),
    fastReason: text(2000),
    fastPublishedById: { type: 'integer' },
    fastPublishedAt: { type: 'datetime' },
    retroStatus: enumeration(['none', 'pending', 'approved'], { required: true, default: 'none' }),
    retroDueAt: { type: 'datetime' },
    retroApprovedById: { type: 'integer' },
    retroApprovedAt: { type: 'datetime' },
  },
});

/** The append-only transition log: one row per state change, never updated nor deleted. */
export const workflowTransition = contentType({
  singularName: 'workflow-transition',
  pluralName: 'workflow-transitions',
  displayName: 'Workflow transition',
  description: 'Append-only log of workflow transitions (who, as what, when, why, what was approved)',
  visible: false,
  indexes: [{ name: 'ppid_workflow_transitions_subject_idx', columns: ['subject_type', 'subject_document_id', 'id'] }],
  attributes: {
    instanceId: { type: 'integer', required: true },
    subjectType: enumeration(WORKFLOW_SUBJECTS, { required: true }),
    subjectDocumentId: str({ required: true, maxLength: 64 }),
    workflowKey: str({ required: true, maxLength: 80 }),
    workflowVersion: { type: 'integer', required: true },
    fromStage: str({ maxLength: 80 }),
    toStage: str({ required: true, maxLength: 80 }),
    action: enumeration(LOG_ACTIONS, { required: true }),
    actorId: { type: 'integer' },
    actorName: str({ maxLength: 255 }),
    position: str({ maxLength: 40 }),
    holding: enumeration(HOLDINGS, { required: true }),
    unitId: { type: 'integer' },
    unitCode: str({ maxLength: 40 }),
    unitName: str({ maxLength: 255 }),
    reason: text(4000),
    enteredAt: { type: 'datetime' },
    leftAt: { type: 'datetime', required: true },
    dueAt: { type: 'datetime' },
    elapsedWorkingMinutes: { type: 'integer' },
    contentHash: str({ maxLength: 64 }),
    revision: { type: 'integer', required: true },
  },
});
