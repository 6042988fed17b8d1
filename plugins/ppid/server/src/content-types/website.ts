import {
  APPROVAL_STATUSES,
  BACKLOG_KINDS,
  BACKLOG_PRIORITIES,
  BACKLOG_STATUSES,
  EVALUATION_KINDS,
  EVALUATION_STATUSES,
  INFO_CLASSES,
  PLAN_ITEM_STATUSES,
  PLAN_STATUSES,
  PRESENTATION_MODES,
  UPDATE_REQUEST_STATUSES,
} from '../domain/constants';
import { adminUser, contentType, enumeration, manyToOne, media, oneToMany, richtext, str, text } from './builders';

/**
 * Web SOP A1: the quarterly content plan set by the Sub Koordinator, signed by the Koordinator and
 * handed to the head, on the review workflow (template `web-rencana-konten`).
 */
export const contentPlan = contentType({
  singularName: 'content-plan',
  pluralName: 'content-plans',
  displayName: 'Content plan',
  description: 'Quarterly website content plan (daftar konten), signed by the Koordinator (web SOP A1)',
  attributes: {
    title: str({ required: true }),
    unit: manyToOne('unit', { required: true }),
    year: { type: 'integer', required: true, min: 2000, max: 2200 },
    quarter: { type: 'integer', required: true, min: 1, max: 4 },
    /** Written by the workflow only (COMPUTED_FIELDS): draft, signed at the hand-over step, submitted once handed over. */
    state: enumeration(PLAN_STATUSES, { required: true, default: 'draft' }),
    preparedBy: adminUser(),
    /** The Koordinator's signature step: who took it and when (recorded by the engine). */
    signedBy: adminUser(),
    signedAt: { type: 'datetime' },
    /** The hand-over to the head (the Sub Koordinator's step): who and when (recorded by the engine). */
    submittedToHeadBy: adminUser(),
    submittedToHeadAt: { type: 'datetime' },
    signedDocument: media(false, ['files', 'images']),
    items: oneToMany('content-plan-item', 'plan'),
    note: text(2000),
  },
});

/** One planned content item of a quarterly plan, linked to the announcement that fulfils it. */
export const contentPlanItem = contentType({
  singularName: 'content-plan-item',
  pluralName: 'content-plan-items',
  displayName: 'Content plan item',
  description: 'A planned piece of content in a quarterly plan',
  attributes: {
    plan: manyToOne('content-plan', { inversedBy: 'items', required: true }),
    title: str({ required: true }),
    infoClass: enumeration(INFO_CLASSES, { required: true, default: 'berkala' }),
    berkalaCategory: manyToOne('berkala-category'),
    targetMonth: { type: 'integer', required: true, min: 1, max: 12 },
    unit: manyToOne('unit'),
    state: enumeration(PLAN_ITEM_STATUSES, { required: true, default: 'planned' }),
    announcement: manyToOne('announcement'),
    note: text(1000),
  },
});

/**
 * Web SOP B: a website development item (plan, technical problem, display fix, content update). It
 * runs on the review workflow (template `web-backlog`); `state`, the receipt and the resolution are
 * written only by the engine (COMPUTED_FIELDS).
 */
export const backlogItem = contentType({
  singularName: 'backlog-item',
  pluralName: 'backlog-items',
  displayName: 'Backlog item',
  description: 'Website development backlog item (web SOP B), run by the review workflow',
  attributes: {
    title: str({ required: true, minLength: 5 }),
    description: richtext({ required: true }),
    kind: enumeration(BACKLOG_KINDS, { required: true, default: 'technical_issue' }),
    priority: enumeration(BACKLOG_PRIORITIES, { required: true, default: 'normal' }),
    state: enumeration(BACKLOG_STATUSES, { required: true, default: 'proposed' }),
    /** The website's division: its Kepala Bidang is the Koordinator who discusses and checks the item. */
    unit: manyToOne('unit'),
    reportedBy: adminUser(),
    assignee: adminUser(),
    /** The schedule ("sesuai jadwal yang ditentukan"): past it, an open item raises an alert. */
    dueOn: { type: 'date' },
    /** Tanda terima: the Web Developer who acknowledged the item, and when (recorded by the engine). */
    receivedBy: adminUser(),
    receivedAt: { type: 'datetime' },
    /** How the draft was presented to the Sub Koordinator (B3). */
    presentationMode: enumeration(PRESENTATION_MODES),
    /** The approval form under which the Operator enters the content (B5). */
    approvalForm: manyToOne('approval-form'),
    resolvedBy: adminUser(),
    resolvedAt: { type: 'datetime' },
    minutes: { type: 'relation', relation: 'manyToMany', target: 'plugin::ppid.meeting-minute', mappedBy: 'backlogItems' },
    updateRequests: oneToMany('update-request', 'backlogItem'),
  },
});

/** Notulen: minutes of a website meeting, reported to the head (web SOP B1-B2). */
export const meetingMinute = contentType({
  singularName: 'meeting-minute',
  pluralName: 'meeting-minutes',
  displayName: 'Meeting minutes (notulen)',
  description: 'Notulen rapat: minutes of a website development meeting, reported to the head',
  attributes: {
    title: str({ required: true }),
    meetingAt: { type: 'datetime', required: true },
    location: str(),
    unit: manyToOne('unit'),
    chair: adminUser(),
    secretary: adminUser(),
    /** A list of { name, position, userId? } (website/forms.ts `checkMinutes`). */
    attendees: { type: 'json', required: true },
    agenda: text(4000, { required: true }),
    discussion: richtext(),
    decisions: richtext({ required: true }),
    /** Recorded by POST /ppid/minutes/:documentId/report (COMPUTED_FIELDS): who and when. */
    reportedToHeadAt: { type: 'datetime' },
    reportedToHeadBy: adminUser(),
    /** Follow-ups: the backlog items the minutes discuss (open items only). */
    backlogItems: { type: 'relation', relation: 'manyToMany', target: 'plugin::ppid.backlog-item', inversedBy: 'minutes' },
    attachments: media(true, ['files', 'images']),
  },
});

/** Form daftar update konten: input for the Web Developer (web SOP B3-B4). */
export const updateRequest = contentType({
  singularName: 'update-request',
  pluralName: 'update-requests',
  displayName: 'Update request form',
  description: 'Form daftar update konten: a request to the Web Developer, with receipt and offline check',
  attributes: {
    number: str({ required: true, unique: true, maxLength: 60 }),
    title: str({ required: true }),
    description: richtext({ required: true }),
    pageUrl: str({ maxLength: 2000 }),
    unit: manyToOne('unit'),
    requestedBy: adminUser(),
    requestedOn: { type: 'date', required: true },
    state: enumeration(UPDATE_REQUEST_STATUSES, { required: true, default: 'submitted' }),
    developer: adminUser(),
    receivedAt: { type: 'datetime' },
    presentedAt: { type: 'datetime' },
    presentationMode: enumeration(PRESENTATION_MODES),
    checkedBy: adminUser(),
    checkedAt: { type: 'datetime' },
    backlogItem: manyToOne('backlog-item', { inversedBy: 'updateRequests' }),
    note: text(2000),
    /** Written by POST /ppid/forms/update-requests/:documentId/signatures (COMPUTED_FIELDS). */
    signatures: { type: 'json' },
  },
});

/** Form persetujuan: the approval form for content the Operator enters (web SOP B5). */
export const approvalForm = contentType({
  singularName: 'approval-form',
  pluralName: 'approval-forms',
  displayName: 'Approval form',
  description: 'Form persetujuan: approval of content uploaded by the Operator, checked online by the Koordinator',
  attributes: {
    number: str({ required: true, unique: true, maxLength: 60 }),
    title: str({ required: true }),
    description: text(4000),
    unit: manyToOne('unit'),
    operator: adminUser(),
    submittedOn: { type: 'date', required: true },
    state: enumeration(APPROVAL_STATUSES, { required: true, default: 'pending' }),
    approvedBy: adminUser(),
    decidedAt: { type: 'datetime' },
    onlineCheckedAt: { type: 'datetime' },
    announcement: manyToOne('announcement'),
    planItem: manyToOne('content-plan-item'),
    note: text(2000),
    /** Written by POST /ppid/forms/approval-forms/:documentId/signatures (COMPUTED_FIELDS). */
    signatures: { type: 'json' },
  },
});

/** Web SOP C: the Koordinator's 6-monthly evaluation and the head's monthly evaluation. */
export const evaluation = contentType({
  singularName: 'evaluation',
  pluralName: 'evaluations',
  displayName: 'Evaluation',
  description: 'Website evaluation: 6-monthly by the Koordinator, monthly by the head (web SOP C)',
  attributes: {
    title: str({ required: true }),
    kind: enumeration(EVALUATION_KINDS, { required: true }),
    periodStart: { type: 'date', required: true },
    periodEnd: { type: 'date', required: true },
    unit: manyToOne('unit'),
    evaluator: adminUser(),
    evaluatee: adminUser(),
    state: enumeration(EVALUATION_STATUSES, { required: true, default: 'draft' }),
    findings: richtext({ required: true }),
    recommendations: richtext(),
    reportedToHeadAt: { type: 'date' },
    attachments: media(true, ['files', 'images']),
    /**
     * The figures of the period, frozen when the evaluation is created by POST /ppid/website/evaluations
     * (services/website-evaluations.ts; COMPUTED_FIELDS): never typed in.
     */
    figures: { type: 'json' },
    figuresTakenAt: { type: 'datetime' },
  },
});
