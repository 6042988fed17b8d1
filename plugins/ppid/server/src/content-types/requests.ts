/**
 * The information service (issue 14): requests for information (permohonan informasi publik) and
 * objections (keberatan), each carried by the workflow engine (templates-requests.ts).
 *
 * Personal data: the requester's identity, contact and identity document are read only by the people
 * handling the request (the request services; the document in the plugin's private file store) and never by the public API; the tracking page shows
 * status and dates only. Engine-written fields (`state`, signatures, delivery) and the computed
 * deadline fields are written by the plugin's services, never by an editor.
 */
import {
  DELIVERY_METHODS,
  IDENTITY_KINDS,
  INFORMATION_FORMS,
  NOTICE_OUTCOMES,
  OBJECTION_DECISIONS,
  OBJECTION_STATES,
  REQUESTER_KINDS,
  REQUEST_CHANNELS,
  REQUEST_LIMITS,
  REQUEST_STATES,
} from '../../../shared/requests';
import { ARTICLE_17_LETTERS } from '../domain/constants';
import { adminUser, contentType, enumeration, manyToOne, media, oneToMany, str, text } from './builders';

export const infoRequest = contentType({
  singularName: 'info-request',
  pluralName: 'info-requests',
  displayName: 'Information request',
  description: 'Permohonan informasi publik (UU 14/2008 Pasal 21-22, Perki 1/2021), run by the review workflow',
  // Personal data: handled on the request desk (the plugin's routes check who handles it), never in the Content Manager.
  visible: false,
  indexes: [
    { name: 'ppid_info_requests_number_uq', columns: ['registration_number'], type: 'unique' },
    { name: 'ppid_info_requests_year_seq_uq', columns: ['year', 'sequence'], type: 'unique' },
    { name: 'ppid_info_requests_state_due', columns: ['state', 'due_at'] },
  ],
  attributes: {
    /** REQ-YYYY-NNNNN-XXXX (requests/registration.ts): written once at registration. */
    registrationNumber: str({ required: true, maxLength: 40 }),
    year: { type: 'integer', required: true, min: 2000, max: 9999 },
    sequence: { type: 'integer', required: true, min: 1 },
    channel: enumeration(REQUEST_CHANNELS, { required: true, default: 'walk_in' }),
    receivedAt: { type: 'datetime', required: true },
    /** The desk officer who registered it (none for the website form). */
    receivedBy: adminUser(),
    /** The PPID's unit: whose positions act on the request (the workflow's item unit). */
    unit: manyToOne('unit', { required: true }),

    requesterKind: enumeration(REQUESTER_KINDS, { required: true, default: 'person' }),
    requesterName: str({ required: true, maxLength: REQUEST_LIMITS.nameMax }),
    /** Whom the requester acts for (kuasa), or the organisation's name. */
    onBehalfOf: str({ maxLength: REQUEST_LIMITS.nameMax }),
    identityKind: enumeration(IDENTITY_KINDS, { required: true, default: 'ktp' }),
    identityNumber: str({ required: true, maxLength: 40 }),
    /**
     * The identity document, kept in the plugin's private store (files/private-store.ts), never in
     * the upload plugin: its random key there, the name it is offered under, its type (detected from
     * its content), size and SHA-256. Read through the guarded route only; erased with the identity data.
     */
    identityFileKey: str({ maxLength: 32, private: true }),
    identityFileName: str({ maxLength: 120, private: true }),
    identityFileMime: str({ maxLength: 60, private: true }),
    identityFileSize: { type: 'integer', min: 0, private: true },
    identityFileSha256: str({ maxLength: 64, private: true }),
    address: text(500, { required: true }),
    phone: str({ maxLength: 30 }),
    email: { type: 'email' },
    occupation: str({ maxLength: 100 }),

    informationRequested: text(REQUEST_LIMITS.informationMax, { required: true }),
    purpose: text(REQUEST_LIMITS.purposeMax, { required: true }),
    informationForm: enumeration(INFORMATION_FORMS, { required: true, default: 'copy_soft' }),
    deliveryMethod: enumeration(DELIVERY_METHODS, { required: true, default: 'email' }),

    /** Engine-written: where the request stands. */
    state: enumeration(REQUEST_STATES, { required: true, default: 'registered' }),
    /** Computed: the answer deadline (10 working days + the extension), local day and its end. */
    dueOn: { type: 'date' },
    dueAt: { type: 'datetime' },
    extensionDays: { type: 'integer', min: 0, max: 7, default: 0 },
    extensionReason: text(REQUEST_LIMITS.reasonMax),
    extendedAt: { type: 'datetime' },
    extendedBy: adminUser(),
    /** What the requester must still provide, and the last day to provide it (completeness window). */
    missingItems: text(REQUEST_LIMITS.reasonMax),
    completeBy: { type: 'date' },
    /** The unit holding the information (disposisi). */
    holderUnit: manyToOne('unit'),

    /** The written notice (pemberitahuan tertulis). */
    outcome: enumeration(NOTICE_OUTCOMES),
    noticeNumber: str({ maxLength: 100 }),
    noticeBody: text(8000),
    /** A refusal cites a Pasal 17 letter and the consequence test of the excluded list. */
    refusalArticle: enumeration(ARTICLE_17_LETTERS),
    exclusion: manyToOne('exclusion'),
    /** Held by another public body: which one (the referral). */
    referralBody: str({ maxLength: 255 }),
    /** Costs of copying/sending, in rupiah (Pasal 21: free or at cost). */
    fee: { type: 'integer', min: 0 },
    /** Engine-written: the PPID's signature of the notice (the answer's time), and the delivery. */
    signedBy: adminUser(),
    signedAt: { type: 'datetime' },
    deliveredBy: adminUser(),
    deliveredAt: { type: 'datetime' },
    /** Computed when the notice is signed, or recorded by the checker when the deadline passes unanswered. */
    answeredOnTime: { type: 'boolean' },
    lateRecordedAt: { type: 'datetime' },
    closedAt: { type: 'datetime' },
    /** Identity data is erased (not the register row) after the retention period. */
    identityErasedAt: { type: 'datetime' },
    objections: oneToMany('objection', 'request'),
  },
});

export const objection = contentType({
  singularName: 'objection',
  pluralName: 'objections',
  displayName: 'Objection',
  description: 'Keberatan atas layanan informasi (UU 14/2008 Pasal 35-36), decided by the Atasan PPID',
  visible: false,
  indexes: [
    { name: 'ppid_objections_number_uq', columns: ['registration_number'], type: 'unique' },
    { name: 'ppid_objections_year_seq_uq', columns: ['year', 'sequence'], type: 'unique' },
  ],
  attributes: {
    /** KEB-YYYY-NNNNN-XXXX. */
    registrationNumber: str({ required: true, maxLength: 40 }),
    year: { type: 'integer', required: true, min: 2000, max: 9999 },
    sequence: { type: 'integer', required: true, min: 1 },
    request: manyToOne('info-request', { inversedBy: 'objections', required: true }),
    unit: manyToOne('unit', { required: true }),
    channel: enumeration(REQUEST_CHANNELS, { required: true, default: 'website' }),
    filedAt: { type: 'datetime', required: true },
    receivedBy: adminUser(),
    /** Pasal 35 ayat (1) letters, at least one (validated: shared OBJECTION_GROUNDS). */
    grounds: { type: 'json', required: true },
    reasons: text(REQUEST_LIMITS.reasonMax, { required: true }),
    state: enumeration(OBJECTION_STATES, { required: true, default: 'registered' }),
    dueOn: { type: 'date' },
    dueAt: { type: 'datetime' },
    /** The PPID's response to the objection (tanggapan), read by the Atasan PPID. */
    ppidResponse: text(8000),
    decision: enumeration(OBJECTION_DECISIONS),
    decisionNumber: str({ maxLength: 100 }),
    decisionBody: text(8000),
    decidedBy: adminUser(),
    decidedAt: { type: 'datetime' },
    deliveredAt: { type: 'datetime' },
    decidedOnTime: { type: 'boolean' },
    /** The requester took it to the Komisi Informasi: the dispute's number, when, and the ruling. */
    disputeNumber: str({ maxLength: 100 }),
    disputeFiledOn: { type: 'date' },
    disputeRuling: media(false, ['files']),
    disputeRulingSummary: text(4000),
    disputeRecordedAt: { type: 'datetime' },
  },
});

/**
 * The public form's tokens that already registered a request (requests/spam.ts): a token is
 * single-use across instances. Only a digest is kept, with the token's own expiry; the daily run
 * prunes the expired ones (services/request-clock.ts). Internal bookkeeping, read with db.query.
 */
export const usedFormToken = contentType({
  singularName: 'used-form-token',
  pluralName: 'used-form-tokens',
  displayName: 'Used form token',
  description: 'Digests of public request-form tokens already used (single use), kept until they expire',
  visible: false,
  indexes: [{ name: 'ppid_used_form_tokens_expiry', columns: ['expires_at'] }],
  attributes: {
    /** SHA-256 of the token (hex): a real unique index, so two instances cannot both accept it. */
    digest: str({ required: true, maxLength: 64, unique: true, column: { unique: true } }),
    expiresAt: { type: 'datetime', required: true },
  },
});
