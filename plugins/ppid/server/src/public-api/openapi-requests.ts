/**
 * OpenAPI 3.1 description of the public information service (issue 14; controllers/request-public.ts,
 * routes PUBLIC_REQUEST_ROUTES): the form's token, filing a request, the tracking page and an objection
 * filed from it. The lists and limits come from the shared module the server validates with, so the
 * document names exactly the values the routes accept. Merged into the plugin's document (openapi.ts).
 */
import {
  DELIVERY_METHODS,
  IDENTITY_KINDS,
  INFORMATION_FORMS,
  NOTICE_OUTCOMES,
  OBJECTION_GROUNDS,
  OBJECTION_STATES,
  PUBLIC_REQUEST_ROUTES,
  REQUESTER_KINDS,
  REQUEST_LIMITS,
  REQUEST_STATES,
} from '../../../shared/requests';
import { HONEYPOT_FIELD } from '../requests/spam';
import { errorAnswer, errorAnswers, nullable, ref, str } from './openapi-kit';

const day = { type: 'string', format: 'date' };
const bilingual = { type: 'object', additionalProperties: false, required: ['id', 'en'], properties: { id: str, en: str } };
const TOKEN_FIELD = 'formToken';

/** `/requests/status/:number` → `/requests/status/{number}` */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const NO_STORE = { 'Cache-Control': { schema: { const: 'no-store' }, description: 'Never cached' } };
/** The error answers of a filing or a look-up (never cached), and 429 past the address's limit. */
const limitedErrors = (byStatus: Record<number, string>) => ({
  ...errorAnswers(byStatus, NO_STORE),
  429: errorAnswer('Too many requests from this address (RateLimitError; per IP address, plugin config `requests`)', {
    ...NO_STORE,
    'Retry-After': { schema: { type: 'integer' }, description: 'Seconds until the address may try again' },
  }),
});
const numberParam = {
  name: 'number',
  in: 'path',
  required: true,
  schema: { type: 'string', maxLength: 40 },
  description: 'Registration number of a request (REQ-YYYY-NNNNN-XXXX) or an objection (KEB-...), in any case',
};

/** An answer `{ data }` whose object has exactly these properties. */
const dataAnswer = (required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required: ['data'],
  properties: { data: { type: 'object', additionalProperties: false, required, properties } },
});

const text = (max: number, description?: string) => ({ type: 'string', maxLength: max, ...(description ? { description } : {}) });

const RequestForm = {
  type: 'object',
  additionalProperties: false,
  required: ['requesterName', 'identityNumber', 'address', 'informationRequested', 'purpose', TOKEN_FIELD],
  description:
    'The public request form (UU 14/2008, Perki 1/2021). A phone number or an e-mail address is required (the e-mail when the information is sent by e-mail); ' +
    '`onBehalfOf` is required unless the requester is a person; a KTP number (NIK) has 16 digits.',
  properties: {
    [TOKEN_FIELD]: { type: 'string', description: 'The token of GET /requests/form (signed; too young or too old is refused)' },
    [HONEYPOT_FIELD]: { type: 'string', maxLength: 0, description: 'Left empty by people (a filled one is refused)' },
    requesterKind: { enum: [...REQUESTER_KINDS], default: 'person' },
    requesterName: text(REQUEST_LIMITS.nameMax),
    onBehalfOf: nullable(text(REQUEST_LIMITS.nameMax)),
    identityKind: { enum: [...IDENTITY_KINDS], default: 'ktp' },
    identityNumber: text(40),
    address: text(500),
    phone: nullable(text(30)),
    email: nullable({ type: 'string', maxLength: 254, format: 'email' }),
    occupation: nullable(text(100)),
    informationRequested: text(REQUEST_LIMITS.informationMax),
    purpose: text(REQUEST_LIMITS.purposeMax),
    informationForm: { enum: [...INFORMATION_FORMS], default: 'copy_soft' },
    deliveryMethod: { enum: [...DELIVERY_METHODS], default: 'email' },
  },
};

const FormToken = dataAnswer(['token', 'tokenField', 'honeypotField', 'limits', 'lists'], {
  token: str,
  tokenField: { const: TOKEN_FIELD },
  honeypotField: { const: HONEYPOT_FIELD },
  limits: { type: 'object', description: 'The form\'s limits (lengths, the identity document\'s size and types, days)' },
  lists: {
    type: 'object',
    required: ['requesterKinds', 'identityKinds', 'informationForms', 'deliveryMethods', 'objectionGrounds', 'outcomes'],
    properties: {
      requesterKinds: { type: 'array', items: { enum: [...REQUESTER_KINDS] } },
      identityKinds: { type: 'array', items: { enum: [...IDENTITY_KINDS] } },
      informationForms: { type: 'array', items: { enum: [...INFORMATION_FORMS] } },
      deliveryMethods: { type: 'array', items: { enum: [...DELIVERY_METHODS] } },
      objectionGrounds: { type: 'array', items: { type: 'object', required: ['value', 'label'], properties: { value: { enum: [...OBJECTION_GROUNDS] }, label: str } } },
      outcomes: { type: 'array', items: { type: 'object', required: ['value', 'label'], properties: { value: { enum: [...NOTICE_OUTCOMES] }, label: str } } },
    },
  },
});

const Filed = dataAnswer(['registrationNumber', 'receivedOn', 'dueOn'], {
  registrationNumber: str,
  receivedOn: { ...day, description: 'The local day of receipt' },
  dueOn: { ...day, description: 'The last day of the answer (10 working days, Pasal 22 ayat 7)' },
});

const RequestStatus = {
  type: 'object',
  additionalProperties: false,
  required: ['registrationNumber', 'kind', 'state', 'stateLabel', 'receivedOn', 'dueOn', 'extended', 'answeredOn', 'outcome', 'canObject', 'objections'],
  description: 'Status and dates only: nothing about the requester or the information asked for.',
  properties: {
    registrationNumber: str,
    kind: { enum: ['request', 'objection'] },
    state: { enum: [...new Set([...REQUEST_STATES, ...OBJECTION_STATES])] },
    stateLabel: bilingual,
    receivedOn: day,
    dueOn: day,
    extended: { type: 'boolean' },
    answeredOn: nullable(day),
    outcome: { ...nullable({ enum: [...NOTICE_OUTCOMES] }), description: 'Once the written notice was delivered' },
    canObject: { type: 'boolean', description: 'Whether an objection can be filed now (POST .../objections)' },
    objections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['registrationNumber', 'state', 'filedOn', 'dueOn', 'decidedOn'],
        properties: { registrationNumber: str, state: { enum: [...OBJECTION_STATES] }, filedOn: day, dueOn: day, decidedOn: nullable(day) },
      },
    },
  },
};

const PublicObjection = {
  type: 'object',
  additionalProperties: false,
  required: ['grounds', 'reasons', 'identityNumber'],
  properties: {
    grounds: { type: 'array', minItems: 1, maxItems: OBJECTION_GROUNDS.length, uniqueItems: true, items: { enum: [...OBJECTION_GROUNDS] }, description: 'UU 14/2008 Pasal 35 ayat (1) letters' },
    reasons: text(REQUEST_LIMITS.reasonMax),
    identityNumber: { ...text(40), description: 'The identity number the request was registered with (proves it is the requester\'s)' },
  },
};

const ObjectionFiled = dataAnswer(['registrationNumber', 'filedOn', 'dueOn'], {
  registrationNumber: str,
  filedOn: day,
  dueOn: { ...day, description: 'The Atasan PPID answers within 30 working days (Pasal 36 ayat 2)' },
});

const NOT_FOUND = 'No such number, or (for an objection) an identity number that does not match: the same answer for both';

export const requestSchemas = { RequestForm, FormToken, Filed, RequestStatus, PublicObjection, ObjectionFiled };

export const requestPaths = {
  [openApiPath(PUBLIC_REQUEST_ROUTES.form.path)]: {
    get: {
      operationId: 'requestForm',
      tags: ['information requests'],
      description: 'A fresh signed token for the public form, the honeypot field\'s name, the limits and the lists (no third-party captcha).',
      responses: {
        200: { description: 'OK', headers: NO_STORE, content: { 'application/json': { schema: ref('FormToken') } } },
      },
    },
  },
  [openApiPath(PUBLIC_REQUEST_ROUTES.file.path)]: {
    post: {
      operationId: 'fileRequest',
      tags: ['information requests'],
      description: 'Files an information request. Multipart: `data` (the form as JSON, with the token) and `files.identityDocument` (PDF, JPEG or PNG).',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['data', 'files.identityDocument'],
              properties: {
                data: { type: 'string', contentMediaType: 'application/json', contentSchema: ref('RequestForm') },
                'files.identityDocument': { type: 'string', contentMediaType: 'application/octet-stream', description: `PDF, JPEG or PNG, at most ${REQUEST_LIMITS.identityFileMaxBytes / 1048576} MB` },
              },
            },
            encoding: { 'files.identityDocument': { contentType: REQUEST_LIMITS.identityFileTypes.join(', ') } },
          },
        },
      },
      responses: {
        201: { description: 'Registered: the number to track it and the answer\'s deadline', headers: NO_STORE, content: { 'application/json': { schema: ref('Filed') } } },
        ...limitedErrors({
          400: 'A bad form (field named in error.details.errors[].path), a missing or wrong identity document, a missing, too young or expired token, or a filled honeypot; nothing is registered',
          409: 'A conflict while registering (ConflictError); nothing is registered',
        }),
      },
    },
  },
  [openApiPath(PUBLIC_REQUEST_ROUTES.status.path)]: {
    get: {
      operationId: 'requestStatus',
      tags: ['information requests'],
      description: 'The tracking page of a request or an objection by its registration number.',
      parameters: [numberParam],
      responses: {
        200: { description: 'OK', headers: NO_STORE, content: { 'application/json': { schema: { type: 'object', required: ['data'], properties: { data: ref('RequestStatus') } } } } },
        ...limitedErrors({ 404: NOT_FOUND }),
      },
    },
  },
  [openApiPath(PUBLIC_REQUEST_ROUTES.object.path)]: {
    post: {
      operationId: 'fileObjection',
      tags: ['information requests'],
      description: 'Files an objection (keberatan) to a request from its tracking page. JSON `{ "data": { ... } }`.',
      parameters: [numberParam],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', required: ['data'], properties: { data: ref('PublicObjection') } } } },
      },
      responses: {
        201: { description: 'Registered', headers: NO_STORE, content: { 'application/json': { schema: ref('ObjectionFiled') } } },
        ...limitedErrors({
          400: 'Bad grounds or reasons (field named in error.details.errors[].path); nothing is registered',
          404: NOT_FOUND,
          409: 'Not yet (before the written notice or the deadline), past the filing window, or another objection is undecided',
        }),
      },
    },
  },
};
