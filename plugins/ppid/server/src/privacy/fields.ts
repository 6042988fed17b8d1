/**
 * What the privacy check reads of each public type: the fields and files the public API serves.
 * Internal fields (internal notes, the excluded content of an exclusion, its attachments) never
 * leave the admin and are not checked.
 */
import type { PrivacyCheckedType } from '../../../shared/lists';

export type PrivacyFields = { text: string[]; files: string[]; unitField: string };

/** Exactly the shared list's types (the admin shows findings for these): the compiler checks both ways. */
const BY_TYPE = {
  announcement: { text: ['title', 'summary', 'body'], files: ['coverImage', 'attachments'], unitField: 'unit' },
  'dip-entry': {
    text: ['title', 'summary', 'holderOfficial', 'responsibleOfficial', 'productionTime', 'productionPlace', 'mediaType', 'retentionPeriod', 'documentUrl'],
    files: ['document'],
    unitField: 'holderUnit',
  },
  exclusion: { text: ['title', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed'], files: [], unitField: 'unit' },
} satisfies Record<PrivacyCheckedType, PrivacyFields>;

export const PRIVACY_FIELDS: Record<string, PrivacyFields> = BY_TYPE;

export const isPrivacyChecked = (type: string): boolean => Object.prototype.hasOwnProperty.call(PRIVACY_FIELDS, type);
