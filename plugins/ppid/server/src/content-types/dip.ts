import { ARTICLE_17_LETTERS, AVAILABLE_FORMS, DIP_CLASSES, EDITION_STATUSES, EXCLUSION_LIST_STATES, INFO_CLASSES, SUBMISSION_STATES } from '../domain/constants';
import { adminUser, contentType, enumeration, manyToOne, media, str, text } from './builders';

/**
 * One row of the Daftar Informasi Publik (DIP): the seven Perki 1/2010 columns (number, summary,
 * holding official/unit, responsible official, time and place of production, available form,
 * retention period) plus media type and class.
 */
export const dipEntry = contentType({
  singularName: 'dip-entry',
  pluralName: 'dip-entries',
  displayName: 'DIP entry',
  description: 'Entry of the Daftar Informasi Publik (public information register)',
  draftAndPublish: true,
  indexes: [{ name: 'ppid_dip_entries_public_idx', columns: ['published_at', 'number'] }],
  attributes: {
    number: str({ required: true, maxLength: 30 }),
    title: str({ required: true, minLength: 3 }),
    summary: text(2000, { required: true, minLength: 10 }),
    infoClass: enumeration(DIP_CLASSES, { required: true, default: 'setiap_saat' }),
    berkalaCategory: manyToOne('berkala-category'),
    holderUnit: manyToOne('unit', { required: true }),
    holderOfficial: str({ required: true }),
    responsibleOfficial: str({ required: true }),
    productionTime: str({ required: true, maxLength: 100 }),
    productionPlace: str({ required: true, maxLength: 150 }),
    year: { type: 'integer', required: true, min: 1945, max: 2200 },
    availableForm: enumeration(AVAILABLE_FORMS, { required: true, default: 'softcopy_hardcopy' }),
    mediaType: str({ maxLength: 150 }),
    retentionPeriod: str({ required: true, maxLength: 150 }),
    documentUrl: str({ maxLength: 2000 }),
    document: media(false, ['files', 'images']),
    exclusion: manyToOne('exclusion'),
    internalNote: text(2000),
  },
});

/** A yearly edition of the DIP, enacted (ditetapkan) by the head; immutable once enacted. */
export const dipEdition = contentType({
  singularName: 'dip-edition',
  pluralName: 'dip-editions',
  displayName: 'DIP edition',
  description: 'Yearly enacted edition of the DIP (decree, signer, immutable snapshot)',
  attributes: {
    year: { type: 'integer', required: true, min: 1945, max: 2200 },
    title: str({ required: true }),
    agency: manyToOne('unit', { required: true }),
    decreeNumber: str({ maxLength: 120 }),
    state: enumeration(EDITION_STATUSES, { required: true, default: 'draft' }),
    signedBy: adminUser(),
    signerName: str({ maxLength: 150 }),
    signerTitle: str({ maxLength: 150 }),
    signerNip: str({ maxLength: 30 }),
    signedAt: { type: 'date' },
    signedDocument: media(false, ['files', 'images']),
    enactedAt: { type: 'datetime' },
    entryCount: { type: 'integer', min: 0 },
    snapshot: { type: 'json' },
    snapshotHash: str({ maxLength: 64 }),
    /** SOP 003's upload step: where the enacted list stands in the documentation system and on the website (a proof each). */
    documentationUrl: str({ maxLength: 2000 }),
    websiteUrl: str({ maxLength: 2000 }),
    note: text(2000),
  },
});

/**
 * One unit's part of a year's DIP (the list-level flow, issue 9 point 1): the unit's officer fills
 * or confirms its rows and submits; the PPID check accepts it or returns it (whole, or single rows
 * with a reason each). Created by the collection of its edition, changed only by the workflow.
 */
export const dipSubmission = contentType({
  singularName: 'dip-submission',
  pluralName: 'dip-submissions',
  displayName: 'DIP unit submission',
  description: "A unit's submission of its rows for a year's DIP (collection, check)",
  visible: false,
  indexes: [{ name: 'ppid_dip_submissions_edition_unit_uq', columns: ['edition_key', 'unit_code'], type: 'unique' }],
  attributes: {
    title: str({ required: true }),
    year: { type: 'integer', required: true, min: 1945, max: 2200 },
    edition: manyToOne('dip-edition'),
    /** documentId of the edition and code of the unit: one submission per unit and edition. */
    editionKey: str({ required: true, maxLength: 64 }),
    unitCode: str({ required: true, maxLength: 40 }),
    unit: manyToOne('unit', { required: true }),
    state: enumeration(SUBMISSION_STATES, { required: true, default: 'filling' }),
    checkedBy: adminUser(),
    checkedAt: { type: 'datetime' },
    /** The rows the last check returned: [{ entry, number, title, reason }]. */
    returnedRows: { type: 'json' },
  },
});

/**
 * Daftar Informasi yang Dikecualikan (SOP 001 step 6; UU 14/2008 Pasal 17): the agency's list of
 * excluded information with their consequence tests, checked, signed by the head (Atasan PPID) and
 * archived (a frozen snapshot); immutable once signed.
 */
export const exclusionList = contentType({
  singularName: 'exclusion-list',
  pluralName: 'exclusion-lists',
  displayName: 'List of excluded information',
  description: 'Yearly list of excluded information: consequence tests checked, signed by the head, archived',
  attributes: {
    year: { type: 'integer', required: true, min: 1945, max: 2200 },
    title: str({ required: true }),
    agency: manyToOne('unit', { required: true }),
    decreeNumber: str({ maxLength: 120 }),
    state: enumeration(EXCLUSION_LIST_STATES, { required: true, default: 'draft' }),
    signedBy: adminUser(),
    signerName: str({ maxLength: 150 }),
    signerTitle: str({ maxLength: 150 }),
    signerNip: str({ maxLength: 30 }),
    signedAt: { type: 'date' },
    archivedAt: { type: 'datetime' },
    entryCount: { type: 'integer', min: 0 },
    snapshot: { type: 'json' },
    snapshotHash: str({ maxLength: 64 }),
    note: text(2000),
  },
});

/**
 * Informasi yang dikecualikan: excluded information with its consequence test (uji konsekuensi,
 * Perki 1/2021 Pasal 49). Published entries form the public list; the content stays private.
 */
export const exclusion = contentType({
  singularName: 'exclusion',
  pluralName: 'exclusions',
  displayName: 'Excluded information',
  description: 'Informasi yang dikecualikan (UU 14/2008 Pasal 17) with its consequence test',
  draftAndPublish: true,
  attributes: {
    title: str({ required: true, minLength: 3 }),
    unit: manyToOne('unit', { required: true }),
    article17Letter: enumeration(ARTICLE_17_LETTERS, { required: true }),
    legalBasis: text(2000, { required: true }),
    consequenceIfOpened: text(4000, { required: true, minLength: 10 }),
    consequenceIfClosed: text(4000, { required: true, minLength: 10 }),
    exclusionEndsOn: { type: 'date', required: true },
    testedOn: { type: 'date', required: true },
    enactedBy: adminUser(),
    enactedByName: str({ maxLength: 150 }),
    decreeNumber: str({ maxLength: 120 }),
    /** Re-opening (when the exclusion period has ended): a recorded action, never typed in a form. */
    reopenedOn: { type: 'date' },
    reopenedBy: adminUser(),
    reopenedByName: str({ maxLength: 150 }),
    reopenReason: text(2000),
    reopenedClass: enumeration(INFO_CLASSES),
    excludedContent: text(4000),
    attachments: media(true, ['files', 'images']),
    internalNote: text(2000),
  },
});
