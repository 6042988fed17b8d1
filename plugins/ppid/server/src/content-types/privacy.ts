import { contentType, str, text } from './builders';

/**
 * A reviewer's decision that one flagged value of an item may be published (privacy/): who, in
 * which position, when and why. Written by the plugin with its log row, never edited.
 */
export const privacyClearance = contentType({
  singularName: 'privacy-clearance',
  pluralName: 'privacy-clearances',
  displayName: 'Privacy clearance',
  description: 'A flagged value a reviewer decided may be published, with the reason (append-only)',
  visible: false,
  indexes: [{ name: 'ppid_privacy_clearances_subject_idx', columns: ['subject_type', 'subject_document_id'] }],
  attributes: {
    subjectType: str({ required: true, maxLength: 40 }),
    subjectDocumentId: str({ required: true, maxLength: 64 }),
    findingKey: str({ required: true, maxLength: 64 }),
    kind: str({ required: true, maxLength: 40 }),
    masked: str({ maxLength: 255 }),
    reason: text(2000, { required: true }),
    clearedById: { type: 'integer', required: true },
    clearedByName: str({ maxLength: 255 }),
    position: str({ maxLength: 40 }),
    holding: str({ maxLength: 20 }),
    clearedAt: { type: 'datetime', required: true },
    logId: { type: 'integer' },
  },
});
