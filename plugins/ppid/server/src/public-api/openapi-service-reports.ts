/**
 * OpenAPI 3.1 description of the issued annual service reports (public-api/service-reports.ts): the
 * list of current issues, one year with its figures, and the stored PDF. Merged into the plugin's
 * document (openapi.ts).
 */
import { agencyParam, CONDITIONAL, dateTime, errorAnswers, fileAnswer, nstr, nullable, ref, responses, str, yearParam } from './openapi-kit';

const counts = { type: 'object', additionalProperties: { type: 'integer' } };
const serviceReportProperties = {
  year: { type: 'integer' }, agency: nullable(ref('Ref')), revision: { type: 'integer', minimum: 1, description: '1, or the number of the correction that replaced earlier issues' },
  issuedAt: dateTime,
  signer: nullable({ type: 'object', additionalProperties: false, required: ['name', 'position'], properties: { name: str, position: str } }),
  reason: { ...nstr, description: 'Why this issue corrects an earlier one (null for a first issue)' },
  note: nstr,
  pdfSha256: { ...nstr, description: 'SHA-256 of the PDF as issued (the download is that file, byte for byte)' },
  downloads: { type: 'object', additionalProperties: false, required: ['pdf'], properties: { pdf: str }, description: 'Path of the issued PDF' },
};
const ServiceReport = { type: 'object', additionalProperties: false, required: Object.keys(serviceReportProperties), properties: serviceReportProperties };
const ServiceReportFigures = {
  type: 'object',
  additionalProperties: false,
  required: ['year', 'requests', 'objections'],
  properties: {
    year: nullable({ type: 'integer' }),
    requests: {
      type: 'object', additionalProperties: false,
      properties: {
        total: { type: 'integer' }, pending: { type: 'integer' }, closedIncomplete: { type: 'integer' }, extended: { type: 'integer' }, onTime: { type: 'integer' }, late: { type: 'integer' },
        byMonth: { type: 'array', items: { type: 'integer' } }, byChannel: counts, byOutcome: counts, refusalsByArticle: counts,
        onTimeRate: nullable({ type: 'number' }), averageWorkingDays: nullable({ type: 'number' }),
      },
    },
    objections: {
      type: 'object', additionalProperties: false,
      properties: { total: { type: 'integer' }, byGround: counts, byDecision: counts, pending: { type: 'integer' }, disputes: { type: 'integer' } },
    },
  },
};
const ServiceReportDetail = {
  type: 'object', additionalProperties: false, required: [...Object.keys(serviceReportProperties), 'figures'],
  properties: { ...serviceReportProperties, figures: ref('ServiceReportFigures') },
};

export const serviceReportSchemas = { ServiceReport, ServiceReportFigures, ServiceReportDetail };

export const serviceReportPaths = {
  '/service-reports': {
    get: {
      operationId: 'listServiceReports',
      description: 'The issued annual public-information service reports, newest year first: per agency and year the current issue (a corrected re-issue replaces the earlier one here).',
      parameters: CONDITIONAL,
      responses: responses({ type: 'object', required: ['data', 'meta'], properties: { data: { type: 'array', items: ref('ServiceReport') }, meta: { type: 'object', required: ['total'], properties: { total: { type: 'integer' } } } } }),
    },
  },
  '/service-reports/{year}': {
    get: {
      operationId: 'getServiceReport',
      description: 'The issued service report of a year with its figures as issued (aggregate counts only).',
      parameters: [yearParam('Four digits (400 otherwise)'), agencyParam('Unit code of the agency, when several agencies issued a report that year'), ...CONDITIONAL],
      responses: {
        ...responses({ type: 'object', required: ['data', 'meta'], properties: { data: ref('ServiceReportDetail'), meta: { type: 'object' } } }),
        ...errorAnswers({ 404: 'No report issued for that year' }),
      },
    },
  },
  '/service-reports/{year}.pdf': {
    get: {
      operationId: 'downloadServiceReport',
      description: 'The issued report of a year as the PDF stored when it was issued.',
      parameters: [yearParam(), agencyParam()],
      responses: { 200: fileAnswer('The PDF (attachment)', ['application/pdf']), ...errorAnswers({ 400: 'A bad parameter', 404: 'No report issued for that year' }) },
    },
  },
};
