/**
 * What the privacy check reads of each public type: the fields and files the public API serves.
 * Internal fields (internal notes, the excluded content of an exclusion, its attachments) never
 * leave the admin and are not checked.
 */
export type PrivacyFields = { text: string[]; files: string[]; unitField: string };

export const PRIVACY_FIELDS: Record<string, PrivacyFields> = {
  announcement: { text: ['title', 'summary', 'body'], files: ['coverImage', 'attachments'], unitField: 'unit' },
  'dip-entry': {
    text: ['title', 'summary', 'holderOfficial', 'responsibleOfficial', 'productionTime', 'productionPlace', 'mediaType', 'retentionPeriod', 'documentUrl'],
    files: ['document'],
    unitField: 'holderUnit',
  },
  exclusion: { text: ['title', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed'], files: [], unitField: 'unit' },
};

export const isPrivacyChecked = (type: string): boolean => Object.prototype.hasOwnProperty.call(PRIVACY_FIELDS, type);
