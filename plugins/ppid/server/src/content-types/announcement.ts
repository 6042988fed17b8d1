import { CHANNELS, INFO_CLASSES } from '../domain/constants';
import { adminUser, contentType, enumeration, manyToOne, media, oneToMany, richtext, str, text } from './builders';

/** Editable reference data: the berkala categories an agency uses (10 or 11 of them). */
export const berkalaCategory = contentType({
  singularName: 'berkala-category',
  pluralName: 'berkala-categories',
  displayName: 'Berkala category',
  description: 'Category of periodic (berkala) information, UU 14/2008 Pasal 9',
  attributes: {
    code: str({ required: true, unique: true, maxLength: 60, regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }),
    name: str({ required: true }),
    nameEn: str(),
    legalBasis: str(),
    sortOrder: { type: 'integer', default: 0, min: 0 },
    active: { type: 'boolean', default: true },
  },
});

/** Pengumuman informasi publik: an announcement of public information. */
export const announcement = contentType({
  singularName: 'announcement',
  pluralName: 'announcements',
  displayName: 'Announcement',
  description: 'Pengumuman informasi publik (berkala, serta merta, setiap saat)',
  draftAndPublish: true,
  indexes: [{ name: 'ppid_announcements_published_idx', columns: ['published_at', 'id'] }],
  attributes: {
    title: str({ required: true, minLength: 5 }),
    slug: { type: 'uid', targetField: 'title', required: true, maxLength: 120 },
    summary: text(1000, { required: true, minLength: 10 }),
    body: richtext({ required: true }),
    infoClass: enumeration(INFO_CLASSES, { required: true, default: 'berkala' }),
    berkalaCategory: manyToOne('berkala-category'),
    unit: manyToOne('unit', { required: true }),
    drafter: adminUser(),
    informationDate: { type: 'date' },
    coverImage: media(false, ['images']),
    attachments: media(true),
    internalNote: text(2000),
    publicationRecords: oneToMany('publication-record', 'announcement'),
  },
});

/** Proof that an announcement was published on one channel (SOP 190/2024 step 6). */
export const publicationRecord = contentType({
  singularName: 'publication-record',
  pluralName: 'publication-records',
  displayName: 'Publication record',
  description: 'Proof of publication of an announcement on one channel (website, social media, notice board...)',
  attributes: {
    announcement: manyToOne('announcement', { inversedBy: 'publicationRecords', required: true }),
    channel: enumeration(CHANNELS, { required: true }),
    url: str({ maxLength: 2000 }),
    proofFile: media(false),
    channelPublishedAt: { type: 'datetime', required: true },
    recordedBy: adminUser(),
    accessible: { type: 'boolean', default: false },
    note: text(1000),
  },
});
