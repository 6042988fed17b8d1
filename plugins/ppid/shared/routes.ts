/**
 * The plugin's admin API as one table, read by both sides: the server mounts its admin routes from
 * it (server/src/routes/index.ts adds the handler and the permission) and the admin builds every
 * request URL from it with `adminUrl`, so that no page writes a URL by hand and a renamed route
 * cannot leave the admin calling the old one. Paths are Koa router paths under `/ppid`; a parameter
 * may carry a constraint in brackets (`:format(pdf|xlsx|csv)`), which `adminUrl` checks too.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export interface AdminRoute {
  method: HttpMethod;
  path: string;
}

import { OBJECTION_LETTERS, REQUEST_LETTERS } from './requests';

/** Where the plugin's admin routes mount. */
export const ADMIN_PREFIX = '/ppid';

const FILE_FORMATS = 'pdf|xlsx|csv';
/** The web SOP's signed forms as they appear in URLs. */
export const FORM_URL_KINDS = ['update-requests', 'approval-forms'] as const;
export type FormUrlKind = (typeof FORM_URL_KINDS)[number];

const ITEM = '/workflow/items/:type/:documentId';
const REQUEST = '/requests/:documentId';
const OBJECTION = '/objections/:documentId';

export const ADMIN_ROUTES = {
  home: { method: 'GET', path: '/home' },
  settings: { method: 'GET', path: '/settings' },
  inbox: { method: 'GET', path: '/workflow/inbox' },
  board: { method: 'GET', path: '/workflow/board' },
  boardColumn: { method: 'GET', path: '/workflow/board/column' },
  stages: { method: 'GET', path: '/workflow/stages' },
  item: { method: 'GET', path: ITEM },
  itemHistory: { method: 'GET', path: `${ITEM}/history` },
  transition: { method: 'POST', path: `${ITEM}/transitions` },
  fastPublish: { method: 'POST', path: `${ITEM}/fast-publish` },
  retroApprove: { method: 'POST', path: `${ITEM}/retro-approve` },
  reassign: { method: 'POST', path: `${ITEM}/assignee` },
  withdraw: { method: 'POST', path: `${ITEM}/withdraw` },
  removeItem: { method: 'POST', path: `${ITEM}/delete` },
  workflows: { method: 'GET', path: '/workflows' },
  createWorkflow: { method: 'POST', path: '/workflows' },
  bindings: { method: 'GET', path: '/workflow-bindings' },
  setBinding: { method: 'PUT', path: '/workflow-bindings' },
  complianceAlerts: { method: 'GET', path: '/compliance/alerts' },
  complianceSummary: { method: 'GET', path: '/compliance/summary' },
  acknowledgeAlert: { method: 'POST', path: '/compliance/alerts/:id/acknowledge' },
  runCompliance: { method: 'POST', path: '/compliance/run' },
  complianceCharts: { method: 'GET', path: '/compliance/charts' },
  privacyCheck: { method: 'GET', path: '/privacy/items/:type/:documentId' },
  privacyClear: { method: 'POST', path: '/privacy/items/:type/:documentId/clearances' },
  exclusions: { method: 'GET', path: '/exclusions' },
  reopenExclusion: { method: 'POST', path: '/exclusions/:documentId/reopen' },
  dipLists: { method: 'GET', path: '/dip/lists' },
  dipCollection: { method: 'GET', path: '/dip/editions/:documentId/collection' },
  returnSubmission: { method: 'POST', path: '/dip/submissions/:documentId/return' },
  signEdition: { method: 'POST', path: '/dip/editions/:documentId/sign' },
  signExclusionList: { method: 'POST', path: '/exclusion-lists/:documentId/sign' },
  evaluationFigures: { method: 'GET', path: '/website/evaluation-figures' },
  evaluationAccess: { method: 'GET', path: '/website/evaluation-access' },
  organisation: { method: 'GET', path: '/organisation' },
  organisationChanges: { method: 'GET', path: '/organisation/changes' },
  editionExport: { method: 'GET', path: `/dip/editions/:documentId/export.:format(${FILE_FORMATS})` },
  excludedExport: { method: 'GET', path: `/excluded/export.:format(${FILE_FORMATS})` },
  importTemplate: { method: 'GET', path: '/dip/import/template.:format(xlsx|csv)' },
  importDip: { method: 'POST', path: '/dip/import' },
  announcementRecord: { method: 'GET', path: '/announcements/:documentId/record.pdf' },
  devMailbox: { method: 'GET', path: '/dev-mailbox' },
  signForm: { method: 'POST', path: `/forms/:kind(${FORM_URL_KINDS.join('|')})/:documentId/signatures` },
  formRecord: { method: 'GET', path: `/forms/:kind(${FORM_URL_KINDS.join('|')})/:documentId/record.pdf` },
  reportMinutes: { method: 'POST', path: '/minutes/:documentId/report' },
  minutesRecord: { method: 'GET', path: '/minutes/:documentId/record.pdf' },
  websiteBacklog: { method: 'GET', path: '/website/backlog' },
  minutesList: { method: 'GET', path: '/minutes' },
  minute: { method: 'GET', path: '/minutes/:documentId' },
  formsList: { method: 'GET', path: `/forms/:kind(${FORM_URL_KINDS.join('|')})` },
  form: { method: 'GET', path: `/forms/:kind(${FORM_URL_KINDS.join('|')})/:documentId` },
  evaluations: { method: 'GET', path: '/website/evaluations' },
  evaluation: { method: 'GET', path: '/website/evaluations/:documentId' },
  createEvaluation: { method: 'POST', path: '/website/evaluations' },
  // The information service (issue 14): the request desk, its letters, registers and report.
  requests: { method: 'GET', path: '/requests' },
  registerRequest: { method: 'POST', path: '/requests' },
  request: { method: 'GET', path: `${REQUEST}` },
  requestMissingItems: { method: 'PUT', path: `${REQUEST}/missing-items` },
  requestDisposition: { method: 'PUT', path: `${REQUEST}/disposition` },
  requestNotice: { method: 'PUT', path: `${REQUEST}/notice` },
  requestExtension: { method: 'POST', path: `${REQUEST}/extension` },
  /** The requester's identity document, from the private store (handlers of the request only). */
  requestIdentityDocument: { method: 'GET', path: `${REQUEST}/identity-document` },
  requestLetter: { method: 'GET', path: `${REQUEST}/letters/:letter(${REQUEST_LETTERS.join('|')}).pdf` },
  registerObjection: { method: 'POST', path: `${REQUEST}/objections` },
  objections: { method: 'GET', path: '/objections' },
  objection: { method: 'GET', path: `${OBJECTION}` },
  objectionResponse: { method: 'PUT', path: `${OBJECTION}/response` },
  objectionDecision: { method: 'PUT', path: `${OBJECTION}/decision` },
  objectionDispute: { method: 'POST', path: `${OBJECTION}/dispute` },
  objectionLetter: { method: 'GET', path: `${OBJECTION}/letters/:letter(${OBJECTION_LETTERS.join('|')}).pdf` },
  requestRegister: { method: 'GET', path: `/registers/requests.:format(${FILE_FORMATS})` },
  objectionRegister: { method: 'GET', path: `/registers/objections.:format(${FILE_FORMATS})` },
  serviceReport: { method: 'GET', path: '/reports/service/:year(\\d{4})' },
  serviceReportFile: { method: 'GET', path: '/reports/service/:year(\\d{4})/report.:format(pdf|xlsx)' },
  // The issued reports (shared/service-reports.ts): issue a year (signers only), the history, a stored PDF.
  issueServiceReport: { method: 'POST', path: '/reports/service/:year(\\d{4})/issue' },
  issuedServiceReports: { method: 'GET', path: '/reports/service/issued' },
  issuedServiceReportFile: { method: 'GET', path: '/reports/service/issued/:documentId/report.pdf' },
} as const satisfies Record<string, AdminRoute>;

export type AdminRouteName = keyof typeof ADMIN_ROUTES;

/**
 * GET /workflow/stages?type=announcement&documentIds=a,b,c: the stage and due time of the items of
 * one Content Manager list page (its largest page size is 100), keyed by documentId; only the items
 * the caller may read are answered, items without a workflow are left out.
 */
export const STAGES_MAX_IDS = 100;
export interface ItemStage {
  stageKey: string;
  stageName: { id: string; en: string };
  dueAt: string | null;
  overdue: boolean;
}
export interface StagesResponse {
  data: Record<string, ItemStage>;
}

type Params = Record<string, string | number>;
type Query = Record<string, string | number | boolean | null | undefined>;

const PARAM = /:([A-Za-z]+)(\(([^)]*)\))?/g;

/** The parameter names of a route path, in order. */
export const routeParams = (path: string): string[] => [...path.matchAll(PARAM)].map((m) => m[1]);

/**
 * The URL of an admin route (`/ppid/...`): parameters filled in and encoded, a constrained one
 * checked against its constraint, the query appended without empty values. Throws on a missing,
 * extra or out-of-constraint parameter: a programming error, never the user's.
 */
export function adminUrl(name: AdminRouteName, params: Params = {}, query: Query = {}): string {
  const { path } = ADMIN_ROUTES[name];
  const used = new Set<string>();
  const filled = path.replace(PARAM, (_all, key: string, _group, constraint?: string) => {
    const value = params[key];
    if (value === undefined || value === '') throw new Error(`${name}: missing parameter ${key}`);
    const text = String(value);
    if (constraint && !new RegExp(`^(?:${constraint})$`).test(text)) throw new Error(`${name}: ${key} must match ${constraint}`);
    used.add(key);
    return encodeURIComponent(text);
  });
  const extra = Object.keys(params).filter((k) => !used.has(k));
  if (extra.length) throw new Error(`${name}: unknown parameter ${extra.join(', ')}`);
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') search.append(k, String(v));
  const qs = search.toString();
  return `${ADMIN_PREFIX}${filled}${qs ? `?${qs}` : ''}`;
}
