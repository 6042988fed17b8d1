/**
 * OpenAPI 3.1 description of the plugin's public API (served at /api/ppid/openapi.json). Built from
 * the same endpoint specs the parser enforces (query.ts), so the document names exactly the
 * filterable, sortable and selectable fields.
 */
import { ANNOUNCEMENT_QUERY, DIP_QUERY, EXCLUDED_QUERY, type EndpointSpec } from './query';
import { OPERATORS } from './filters';
import { INFO_CLASSES, PUBLIC_PAGE_SIZE_MAX } from '../domain/constants';
import { agencyParam, CONDITIONAL, errorAnswers, fileAnswer, nstr, nullable, ref, responses, str, yearParam } from './openapi-kit';
import { requestPaths, requestSchemas } from './openapi-requests';
import * as content from './openapi-schemas';
import { serviceReportPaths, serviceReportSchemas } from './openapi-service-reports';

const list = (item: string) => ({
  type: 'object',
  required: ['data', 'meta'],
  properties: { data: { type: 'array', items: ref(item) }, meta: { type: 'object', required: ['pagination'], properties: { pagination: ref('Pagination') } } },
});

/** A download of the DIP or the excluded list: the file in one of the export formats. */
const DOWNLOAD = fileAnswer('The file (attachment)', ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
const FORMAT = { name: 'format', in: 'path', required: true, schema: { enum: ['pdf', 'xlsx', 'csv'] } };
const DELIMITER = { name: 'delimiter', in: 'query', required: false, schema: { enum: ['semicolon', 'comma'] }, description: 'CSV only; semicolon by default' };

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
            ...errorAnswers({ 404: 'No published announcement' }),
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
          parameters: [yearParam('Four digits (400 otherwise)'), agencyParam('Unit code of the agency, when several agencies enacted an edition that year'), ...CONDITIONAL],
          responses: {
            ...responses({ type: 'object', required: ['data', 'meta'], properties: { data: ref('DipEditionSnapshot'), meta: { type: 'object' } } }),
            ...errorAnswers({ 404: 'No enacted edition for that year' }),
          },
        },
      },
      '/dip/editions/{year}.{format}': {
        get: {
          operationId: 'downloadDipEdition',
          description: 'The enacted edition of a year as a file (the rows of GET /dip/editions/{year}).',
          parameters: [yearParam(), FORMAT, agencyParam(), DELIMITER],
          responses: { 200: DOWNLOAD, ...errorAnswers({ 400: 'A bad parameter', 404: 'No enacted edition for that year' }) },
        },
      },
      ...serviceReportPaths,
      '/excluded': { get: { operationId: 'listExcluded', parameters: listParameters(EXCLUDED_QUERY), responses: responses(list('Exclusion')) } },
      '/excluded.{format}': {
        get: {
          operationId: 'downloadExcluded',
          description: 'The list of excluded information as a file (the rows of GET /excluded).',
          parameters: [FORMAT, DELIMITER],
          responses: { 200: DOWNLOAD, ...errorAnswers({ 400: 'A bad parameter' }) },
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
      schemas: {
        Ref: content.UnitRef,
        File: content.File,
        AnnouncementSummary: content.AnnouncementSummary,
        AnnouncementDetail: content.AnnouncementDetail,
        DipEntry: content.DipEntry,
        EditionEntry: content.EditionEntry,
        DipEdition: content.DipEdition,
        DipEditionSnapshot: content.DipEditionSnapshot,
        ...serviceReportSchemas,
        Exclusion: content.Exclusion,
        Sop: content.Sop,
        Pagination: content.Pagination,
        Error: content.Error,
        ...requestSchemas,
      },
    },
  };
}
