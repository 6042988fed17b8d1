/**
 * The schemas of the public content in the OpenAPI document (openapi.ts): announcements, DIP rows
 * and enacted editions, excluded information, SOPs, pagination and Strapi's error format. Each one
 * lists exactly the fields the public serializers (serializers.ts) give out.
 */
import { ARTICLE_17_LETTERS, DIP_CLASSES, INFO_CLASSES } from '../domain/constants';
import { date, dateTime, nstr, nullable, ref, str } from './openapi-kit';

export const UnitRef = { type: 'object', required: ['code', 'name'], additionalProperties: false, properties: { code: str, name: str } };
export const File = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'url', 'mime', 'size'],
  properties: {
    name: str, alternativeText: nstr, url: str, mime: str, size: { type: 'number' },
    width: nullable({ type: 'integer' }), height: nullable({ type: 'integer' }),
  },
};

export const AnnouncementSummary = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId'],
  properties: {
    documentId: str, slug: str, title: str, summary: nstr, class: { enum: [...INFO_CLASSES] },
    category: nullable(ref('Ref')), unit: nullable(ref('Ref')), informationDate: date, publishedAt: dateTime, updatedAt: dateTime,
    coverImage: nullable(ref('File')),
  },
};
export const AnnouncementDetail = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId', 'slug', 'title', 'body', 'attachments', 'channels'],
  properties: {
    ...AnnouncementSummary.properties,
    body: nstr,
    attachments: { type: 'array', items: ref('File') },
    channels: { type: 'array', items: str },
  },
};
export const DipEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId'],
  properties: {
    documentId: str, number: str, title: str, summary: nstr, class: { enum: [...DIP_CLASSES] }, category: nullable(ref('Ref')),
    holderUnit: nullable(ref('Ref')), holderOfficial: nstr, responsibleOfficial: nstr, productionTime: nstr, productionPlace: nstr,
    year: nullable({ type: 'integer' }), availableForm: nstr, mediaType: nstr, retentionPeriod: nstr, documentUrl: nstr,
    document: nullable(ref('File')),
    exclusion: nullable({
      type: 'object', additionalProperties: false,
      properties: { documentId: str, article: str, exclusionEndsOn: date },
    }),
    reopenedOn: { ...date, description: 'The day this formerly excluded information was re-opened (its exclusion period ended), or null' },
    publishedAt: dateTime,
    inEdition: { ...nullable({ type: 'integer' }), description: 'Year of the enacted edition that lists this row (by number), or null' },
    sinceEdition: { type: 'boolean', description: 'Added or changed since the latest enacted edition: not yet in the enacted list as shown' },
  },
};
const { publishedAt: _p, inEdition: _i, sinceEdition: _s, ...editionEntryProperties } = DipEntry.properties;
export const EditionEntry = { type: 'object', additionalProperties: false, required: ['documentId', 'number'], properties: editionEntryProperties };
const editionProperties = {
  year: { type: 'integer' }, agency: nullable(ref('Ref')), decreeNumber: nstr, decreeDate: date,
  signer: { type: 'object', additionalProperties: false, required: ['name', 'position'], properties: { name: nstr, position: nstr } },
  enactedAt: dateTime, entryCount: { type: 'integer', minimum: 0 },
  downloads: {
    type: 'object', additionalProperties: false, required: ['pdf', 'xlsx', 'csv'],
    properties: { pdf: str, xlsx: str, csv: str }, description: 'Paths of the public downloads of this edition',
  },
};
export const DipEdition = { type: 'object', additionalProperties: false, required: Object.keys(editionProperties), properties: editionProperties };
export const DipEditionSnapshot = {
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(editionProperties), 'groups'],
  properties: {
    ...editionProperties,
    groups: {
      type: 'array',
      description: 'The rows as enacted, by class (berkala, serta_merta, setiap_saat, dikecualikan), each group sorted by number',
      items: {
        type: 'object', additionalProperties: false, required: ['class', 'entries'],
        properties: { class: { enum: [...DIP_CLASSES] }, entries: { type: 'array', items: ref('EditionEntry') } },
      },
    },
  },
};
export const Exclusion = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId'],
  properties: {
    documentId: str, title: str, unit: nullable(ref('Ref')), article: { enum: [...ARTICLE_17_LETTERS] }, ground: nstr, legalBasis: nstr,
    consequenceIfOpened: nstr, consequenceIfClosed: nstr, testedOn: date, exclusionEndsOn: date, reopenedOn: date,
    status: { enum: ['excluded', 'period_ended', 'reopened'] }, enactedBy: nstr, decreeNumber: nstr, publishedAt: dateTime,
  },
};
export const Sop = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'version', 'name', 'contentType', 'sop', 'units', 'steps', 'document'],
  properties: {
    key: str, version: { type: 'integer' }, name: str, contentType: str,
    sop: {
      type: 'object', additionalProperties: false, required: ['number', 'title', 'issuer', 'legalBasis'],
      properties: {
        number: str, title: str, issuer: str, madeOn: nstr, revisedOn: nstr, effectiveOn: nstr, approvedBy: nstr,
        legalBasis: { type: 'array', items: str },
      },
    },
    units: nullable({ type: 'array', items: ref('Ref') }),
    steps: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['number', 'name', 'actor', 'timeStandard', 'output'],
        properties: { number: { type: 'integer' }, name: str, actor: nstr, timeStandard: nstr, output: nstr },
      },
    },
    document: nullable({ type: 'object', required: ['name', 'url', 'mime', 'size'], properties: { name: str, url: str, mime: str, size: { type: 'number' } } }),
  },
};
export const Pagination = {
  oneOf: [
    {
      type: 'object', additionalProperties: false, required: ['page', 'pageSize', 'pageCount', 'total'],
      properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } },
    },
    {
      type: 'object', additionalProperties: false, required: ['start', 'limit', 'total'],
      properties: { start: { type: 'integer' }, limit: { type: 'integer' }, total: { type: 'integer' } },
    },
  ],
};
export const Error = {
  type: 'object',
  required: ['data', 'error'],
  properties: {
    data: { type: 'null' },
    error: {
      type: 'object', required: ['status', 'name', 'message'],
      properties: { status: { type: 'integer' }, name: str, message: str, details: { type: 'object' } },
    },
  },
};
