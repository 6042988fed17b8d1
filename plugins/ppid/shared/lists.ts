/**
 * The lists the server and the admin both need, in one place: the server validates and stores them,
 * the admin shows and filters by them. Plain data only (no Strapi, no React), so both bundles import
 * this file. Labels live in the admin's translations, keyed by these values.
 */

/** Positions (jabatan) a person can hold in a unit; see the server's domain/constants.ts for each one's role. */
export const POSITIONS = [
  'kepala',
  'sekretaris',
  'kabid',
  'sub_koordinator',
  'fungsional',
  'ketua_ppid',
  'ppid_utama',
  'ppid_pelaksana',
  'ppid_pembantu',
  'operator',
  'web_developer',
] as const;
export type Position = (typeof POSITIONS)[number];

/** How a position is held: definitively, or acting (Plt = pelaksana tugas, Plh = pelaksana harian). */
export const HOLDING_TYPES = ['definitive', 'plt', 'plh'] as const;

/** Kinds of organisational unit: the agency (OPD) and its divisions and sections. */
export const UNIT_KINDS = ['agency', 'secretariat', 'division', 'section', 'subsection', 'upt'] as const;

/** Content types a workflow can carry (the last part of `plugin::ppid.<type>`). */
export const WORKFLOW_SUBJECTS = ['announcement', 'dip-entry', 'content-plan', 'backlog-item', 'dip-edition', 'dip-submission', 'exclusion-list', 'info-request', 'objection'] as const;
export type WorkflowSubject = (typeof WORKFLOW_SUBJECTS)[number];

/** Kinds of workflow stage, and of transition between stages. */
export const STAGE_KINDS = ['work', 'review', 'publishing', 'published', 'cancelled'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
/**
 * Where a stage's actor is looked for: in the item's unit (the default), or at the agency's website
 * desk (the web SOP's Koordinator: the Kepala Bidang where the website Sub Koordinator sits).
 */
export const ACTOR_PLACES = ['item', 'website-desk'] as const;
export type ActorPlace = (typeof ACTOR_PLACES)[number];
export const TRANSITION_ACTIONS = ['forward', 'return', 'cancel', 'publish'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** Compliance alerts: their life cycle and how bad they are (worst last). */
export const ALERT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** Information classes (UU 14/2008 Pasal 9-11): the open classes excluded information can be re-opened to. */
/** Publication channels of an announcement's proof (Perki 1/2021 Pasal 24), online and offline. */
export const CHANNELS = ['website', 'social_media', 'notice_board', 'print_media', 'satu_data', 'app'] as const;
export type Channel = (typeof CHANNELS)[number];
export const ONLINE_CHANNELS: readonly Channel[] = ['website', 'social_media', 'satu_data', 'app'];
export const OFFLINE_CHANNELS: readonly Channel[] = ['notice_board', 'print_media'];

/**
 * Kinds of a privacy finding (server/src/privacy): personal data found in an item's text or files,
 * metadata in a photo, and a file that could not be read ("unchecked").
 */
export const FINDING_KINDS = ['nik', 'kk', 'npwp', 'phone', 'email', 'bank_account', 'passport', 'address', 'image_metadata', 'unchecked'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
/** Content types whose public fields and files the privacy check reads before they are published. */
export const PRIVACY_CHECKED_TYPES = ['announcement', 'dip-entry', 'exclusion'] as const;
export type PrivacyCheckedType = (typeof PRIVACY_CHECKED_TYPES)[number];

export const INFO_CLASSES = ['berkala', 'serta_merta', 'setiap_saat'] as const;
export type InfoClass = (typeof INFO_CLASSES)[number];

/**
 * Where an exclusion (informasi yang dikecualikan) stands today: in force, ending within the warning
 * days of the checker's exclusion-expiry rule, ended (its last excluded day has passed), re-opened.
 */
export const EXCLUSION_STATUSES = ['in_force', 'ending', 'ended', 'reopened'] as const;
export type ExclusionStatus = (typeof EXCLUSION_STATUSES)[number];

/** Web SOP C: the Koordinator evaluates every 6 months (C1), the head evaluates the Koordinator monthly (C2). */
export const EVALUATION_KINDS = ['coordinator_semiannual', 'head_monthly'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
/** GET /ppid/website/evaluation-access: whether the caller reads the evaluations and which kinds they make. */
export interface EvaluationAccess {
  read: boolean;
  create: EvaluationKind[];
}
