/**
 * OpenAPI 3.1 description of the plugin's public API (served at /api/ppid/openapi.json). Built from
 * the same endpoint specs the parser enforces (query.ts), so the document names exactly the
 * filterable, sortable and selectable fields.
 */
import { ANNOUNCEMENT_QUERY, DIP_QUERY, EXCLUDED_QUERY, type EndpointSpec } from './query';
import { OPERATORS } from './filters';
import { ARTICLE_17_LETTERS, DIP_CLASSES, INFO_CLASSES, PUBLIC_PAGE_SIZE_MAX } from '../domain/constants';
import { requestPaths, requestSchemas } from './openapi-requests';
import { serviceReportPaths, serviceReportSchemas } from './openapi-service-reports';

const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: 'null' }] });
const str = { type: 'string' };
const nstr = nullable(str);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const UnitRef = { type: 'object', required: ['code', 'name'], additionalProperties: false, properties: { code: str, name: str } };
const File = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'url', 'mime', 'size'],
  properties: {
    name: str, alternativeText: nstr, url: str, mime: str, size: { type: 'number' },
    width: nullable({ type: 'integer' }), height: nullable({ type: 'integer' }),
  },
};
const dateTime = nullable({ type: 'string', format: 'date-time' });
const date = nullable({ type: 'string', format: 'date' });

const AnnouncementSummary = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId'],
  properties: {
    documentId: str, slug: str, title: str, summary: nstr, class: { enum: [...INFO_CLASSES] },
    category: nullable(ref('Ref')), unit: nullable(ref('Ref')), informationDate: date, publishedAt: dateTime, updatedAt: dateTime,
    coverImage: nullable(ref('File')),
  },
};
const AnnouncementDetail = {
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
const DipEntry = {
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
const EditionEntry = { type: 'object', additionalProperties: false, required: ['documentId', 'number'], properties: editionEntryProperties };
const editionProperties = {
  year: { type: 'integer' }, agency: nullable(ref('Ref')), decreeNumber: nstr, decreeDate: date,
  signer: { type: 'object', additionalProperties: false, required: ['name', 'position'], properties: { name: nstr, position: nstr } },
  enactedAt: dateTime, entryCount: { type: 'integer', minimum: 0 },
  downloads: {
    type: 'object', additionalProperties: false, required: ['pdf', 'xlsx', 'csv'],
    properties: { pdf: str, xlsx: str, csv: str }, description: 'Paths of the public downloads of this edition',
  },
};
const DipEdition = { type: 'object', additionalProperties: false, required: Object.keys(editionProperties), properties: editionProperties };
const DipEditionSnapshot = {
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
const Exclusion = {
  type: 'object',
  additionalProperties: false,
  required: ['documentId'],
  properties: {
    documentId: str, title: str, unit: nullable(ref('Ref')), article: { enum: [...ARTICLE_17_LETTERS] }, ground: nstr, legalBasis: nstr,
    consequenceIfOpened: nstr, consequenceIfClosed: nstr, testedOn: date, exclusionEndsOn: date, reopenedOn: date,
    status: { enum: ['excluded', 'period_ended', 'reopened'] }, enactedBy: nstr, decreeNumber: nstr, publishedAt: dateTime,
  },
};
const Sop = {
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
const Pagination = {
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
const Error = {
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

const list = (item: string) => ({
  type: 'object',
  required: ['data', 'meta'],
  properties: { data: { type: 'array', items: ref(item) }, meta: { type: 'object', required: ['pagination'], properties: { pagination: ref('Pagination') } } },
});

const DOWNLOAD_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

const CONDITIONAL = [
  { name: 'If-None-Match', in: 'header', required: false, schema: str, description: 'An ETag from an earlier answer: 304 when unchanged.' },
  { name: 'If-Modified-Since', in: 'header', required: false, schema: str, description: 'An HTTP date: 304 when nothing changed since.' },
];
const HEADERS = {
  ETag: { schema: str, description: 'Strong validator of this answer' },
  'Last-Modified': { schema: str, description: 'When anything public last changed' },
};
const responses = (schema: Record<string, unknown>, type = 'application/json') => ({
  200: { description: 'OK', headers: HEADERS, content: { [type]: { schema } } },
  304: { description: 'Not modified (conditional request)' },
  400: { description: 'A parameter outside the public whitelist (named in error.details.parameter)', content: { 'application/json': { schema: ref('Error') } } },
});

function listParameters(spec: EndpointSpec) {
  const simple = spec.filters.map((f) => ({ name: f, in: 'query', required: false, schema: str, description: `Simple filter by ${f}` }));
  return [
    { name: 'filters', in: 'query', style: 'deepObject', explode: true, required: false, schema: { type: 'object' },
      description: `Strapi filters on ${Object.keys(spec.filterable).join(', ')}; operators ${OPERATORS.join(' ')}, $and/$or/$not; relations by code or name (filters[unit][code][$eq]=...)` },
    { name: 'sort', in: 'query', required: false, schema: { oneOf: [str, { type: 'array', items: str }] }, description: `field[:asc|:desc] of ${spec.sortable.join(', ')}` },
    { name: 'pagination', in: 'query', style: 'deepObject', explode: true, required: false,
      schema: { type: 'object', properties: { page: { type: 'integer' }, pageSize: { type: 'integer', maximum: PUBLIC_PAGE_SIZE_MAX }, start: { type: 'integer' }, limit: { type: 'integer', maximum: PUBLIC_PAGE_SIZE_MAX }, withCount: { type: 'boolean' } } } },
    { name: 'fields', in: 'query', required: false, schema: { type: 'array', items: { enum: [...spec.fields] } } },
    { name: 'populate', in: 'query', required: false, schema: { oneOf: [str, { type: 'array', items: { enum: [...spec.populate] } }, { type: 'object' }] },
      description: `Public relations (always included): ${spec.populate.join(', ')}` },
    { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
    { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: PUBLIC_PAGE_SIZE_MAX } },
    { name: 'q', in: 'query', required: false, schema: { type: 'string', minLength: 2, maxLength: 200 }, description: 'Text search' },
    ...simple,
    ...CONDITIONAL,
  ];
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'PPID public API',
      version: '1.0.0',
      description:
        'Informasi publik (UU 14/2008): announcements, the DIP, the excluded list, the SOPs and the issued annual service reports (Strapi REST conventions on a public whitelist; every GET answers with ETag and Last-Modified), and the information service: filing a request, its tracking page and an objection (never cached, limited per IP address).',
    },
    servers: [{ url: `${serverUrl}/api/ppid` }],
    paths: {
      '/announcements': { get: { operationId: 'listAnnouncements', parameters: listParameters(ANNOUNCEMENT_QUERY), responses: responses(list('AnnouncementSummary')) } },
      '/announcements/{id}': {
        get: {
          operationId: 'getAnnouncement',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str, description: 'slug or documentId' }, ...CONDITIONAL],
          responses: {
            ...responses({ type: 'object', required: ['data', 'meta'], properties: { data: ref('AnnouncementDetail'), meta: { type: 'object' } } }),
            404: { description: 'No published announcement', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      '/dip': {
        get: {
          operationId: 'listDip',
          description: 'The live DIP; each row says whether it stands in the latest enacted edition (inEdition) and whether it was added or changed since (sinceEdition); meta.edition names that edition (null when none is enacted).',
          parameters: listParameters(DIP_QUERY),
          responses: responses({
            type: 'object',
            required: ['data', 'meta'],
            properties: {
              data: { type: 'array', items: ref('DipEntry') },
              meta: {
                type: 'object', required: ['pagination', 'edition'],
                properties: {
                  pagination: ref('Pagination'),
                  edition: nullable({ type: 'object', additionalProperties: false, required: ['year', 'decreeNumber'], properties: { year: { type: 'integer' }, decreeNumber: nstr } }),
                },
              },
            },
          }),
        },
      },
      '/dip/editions': {
        get: {
          operationId: 'listDipEditions',
          description: 'The enacted DIP editions, newest first: per agency and year the newest (never a draft, nor an edition its year’s re-enactment replaced); earlier years superseded by a later year’s list stay listed.',
          parameters: CONDITIONAL,
          responses: responses({ type: 'object', required: ['data', 'meta'], properties: { data: { type: 'array', items: ref('DipEdition') }, meta: { type: 'object', required: ['total'], properties: { total: { type: 'integer' } } } } }),
        },
      },
      '/dip/editions/{year}': {
        get: {
          operationId: 'getDipEdition',
          description: 'The enacted edition of a year as it was enacted: its rows as frozen then, by class; personal data nobody cleared is masked.',
          parameters: [
            { name: 'year', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]{4}$' }, description: 'Four digits (400 otherwise)' },
            { name: 'agency', in: 'query', required: false, schema: str, description: 'Unit code of the agency, when several agencies enacted an edition that year' },
            ...CONDITIONAL,
          ],
          responses: {
            ...responses({ type: 'object', required: ['data', 'meta'], properties: { data: ref('DipEditionSnapshot'), meta: { type: 'object' } } }),
            404: { description: 'No enacted edition for that year', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      '/dip/editions/{year}.{format}': {
        get: {
          operationId: 'downloadDipEdition',
          description: 'The enacted edition of a year as a file (the rows of GET /dip/editions/{year}).',
          parameters: [
            { name: 'year', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]{4}$' } },
            { name: 'format', in: 'path', required: true, schema: { enum: ['pdf', 'xlsx', 'csv'] } },
            { name: 'agency', in: 'query', required: false, schema: str },
            { name: 'delimiter', in: 'query', required: false, schema: { enum: ['semicolon', 'comma'] }, description: 'CSV only; semicolon by default' },
          ],
          responses: {
            200: { description: 'The file (attachment)', content: Object.fromEntries(Object.entries(DOWNLOAD_TYPES).map(([, t]) => [t, { schema: { type: 'string', contentMediaType: t } }])) },
            400: { description: 'A bad parameter', content: { 'application/json': { schema: ref('Error') } } },
            404: { description: 'No enacted edition for that year', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      ...serviceReportPaths({ responses, conditional: CONDITIONAL }),
      '/excluded': { get: { operationId: 'listExcluded', parameters: listParameters(EXCLUDED_QUERY), responses: responses(list('Exclusion')) } },
      '/excluded.{format}': {
        get: {
          operationId: 'downloadExcluded',
          description: 'The list of excluded information as a file (the rows of GET /excluded).',
          parameters: [
            { name: 'format', in: 'path', required: true, schema: { enum: ['pdf', 'xlsx', 'csv'] } },
            { name: 'delimiter', in: 'query', required: false, schema: { enum: ['semicolon', 'comma'] }, description: 'CSV only; semicolon by default' },
          ],
          responses: {
            200: { description: 'The file (attachment)', content: Object.fromEntries(Object.entries(DOWNLOAD_TYPES).map(([, t]) => [t, { schema: { type: 'string', contentMediaType: t } }])) },
            400: { description: 'A bad parameter', content: { 'application/json': { schema: ref('Error') } } },
          },
        },
      },
      '/sops': {
        get: {
          operationId: 'listSops',
          parameters: CONDITIONAL,
          responses: responses({ type: 'object', required: ['data', 'meta'], properties: { data: { type: 'array', items: ref('Sop') }, meta: { type: 'object' } } }),
        },
      },
      '/feeds/announcements': { get: { operationId: 'announcementsFeed', parameters: CONDITIONAL, responses: responses(str, 'application/atom+xml') } },
      '/feeds/announcements/{class}': {
        get: {
          operationId: 'announcementsFeedByClass',
          parameters: [{ name: 'class', in: 'path', required: true, schema: { enum: [...INFO_CLASSES] } }, ...CONDITIONAL],
          responses: responses(str, 'application/atom+xml'),
        },
      },
      '/sitemap.xml': { get: { operationId: 'sitemap', parameters: CONDITIONAL, responses: responses(str, 'application/xml') } },
      '/robots.txt': { get: { operationId: 'robots', parameters: CONDITIONAL, responses: responses(str, 'text/plain') } },
      '/openapi.json': { get: { operationId: 'openapi', description: 'This document.', parameters: CONDITIONAL, responses: responses({ type: 'object' }) } },
      ...requestPaths,
    },
    components: {
      schemas: { Ref: UnitRef, File, AnnouncementSummary, AnnouncementDetail, DipEntry, EditionEntry, DipEdition, DipEditionSnapshot, ...serviceReportSchemas, Exclusion, Sop, Pagination, Error, ...requestSchemas },
    },
  };
}
