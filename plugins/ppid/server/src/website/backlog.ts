/**
 * Web SOP B (website development): what the engine writes on a backlog item as it moves through its
 * workflow. Pure: the state the item shows at each stage, and the names of the fields a stage needs.
 */
import type { BACKLOG_STATUSES } from '../domain/constants';
import type { WorkflowDefinition } from '../workflow/definition';

export type BacklogState = (typeof BACKLOG_STATUSES)[number];
type Text = { id: string; en: string };

/** The stages of the `web-backlog` template and the state the item shows there. */
const STATE_OF_STAGE: Record<string, BacklogState> = {
  raised: 'proposed',
  discussion: 'discussed',
  receipt: 'accepted',
  presentation: 'in_progress',
  offline_update: 'in_progress',
  check_sub: 'in_review',
  content_entry: 'in_review',
  check_online: 'in_review',
};

/**
 * The state of a backlog item at `stageKey` of `def`: the template's stages by name; in an agency's
 * own workflow, by the kind of stage (the first stage "proposed", a finished item "done", a
 * cancelled one "rejected", a review "in_review", any other work "in_progress").
 */
export function backlogStateAt(def: WorkflowDefinition, stageKey: string): BacklogState {
  const stage = def.stages.find((s) => s.key === stageKey);
  if (stage?.kind === 'published') return 'done';
  if (stage?.kind === 'cancelled') return 'rejected';
  if (stageKey === def.initialStage) return 'proposed';
  if (STATE_OF_STAGE[stageKey]) return STATE_OF_STAGE[stageKey];
  return stage?.kind === 'review' ? 'in_review' : 'in_progress';
}

/** How a refusal names the fields a backlog stage requires. */
export const BACKLOG_FIELD_LABELS: Record<string, Text> = {
  minutes: { id: 'notulen rapat (minutes)', en: 'the meeting minutes (minutes)' },
  presentationMode: { id: 'cara presentasi daring/luring (presentationMode)', en: 'the presentation mode, online or offline (presentationMode)' },
  approvalForm: { id: 'form persetujuan (approvalForm)', en: 'the approval form (approvalForm)' },
  signedApprovalForm: {
    id: 'form persetujuan yang sudah ditandatangani Sub Koordinator dan Koordinator (approvalForm)',
    en: 'an approval form signed by the Sub Koordinator and the Koordinator (approvalForm)',
  },
};

/** A record a backlog step writes on the item's forms: on `relation`'s records, who (`by`) and when (`at`). */
export type StepRecord = { relation: 'updateRequests' | 'approvalForm'; by?: string; at: string };

/**
 * What the `web-backlog` template's steps record on the item's forms (web SOP B3-B5), the who/when
 * the older forms had typed by hand (now server-written, COMPUTED_FIELDS): the draft presented
 * (`presentedAt` on its update requests), the Sub Koordinator's offline check (`checkedBy`,
 * `checkedAt`), the Koordinator's online check (`onlineCheckedAt` on its approval form). Keyed by
 * transition ("from->to:action"); an agency's own workflow records nothing on the forms.
 */
export const BACKLOG_STEP_RECORDS: Record<string, StepRecord[]> = {
  'presentation->offline_update:forward': [{ relation: 'updateRequests', at: 'presentedAt' }],
  'check_sub->content_entry:forward': [{ relation: 'updateRequests', by: 'checkedBy', at: 'checkedAt' }],
  'check_online->done:publish': [{ relation: 'approvalForm', at: 'onlineCheckedAt' }],
};
