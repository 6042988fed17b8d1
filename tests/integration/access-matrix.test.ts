/**
 * The access matrix (issue 8, point 12): every route of the ppid plugin (admin and content API)
 * and every Content Manager collection-type route for every ppid type the Content Manager shows,
 * tried as every kind of caller, through the real HTTP routes, with real logins.
 *
 * Routes: the cells are generated from the route definitions the router mounts (the plugin's
 * `routes` module and the Content Manager's admin routes), and the first test checks the booted
 * app against them: its router must serve exactly these routes under /ppid, /api/ppid and
 * /content-manager/collection-types, and the Content Manager must show exactly these ppid types.
 * A route this file does not know how to fill (an unknown handler or path parameter) fails by
 * name, so a new route cannot slip by untested.
 *
 * Outcomes: `expected(route, persona)` is the policy, as one table-driven function. "Refused"
 * means a 4xx (never a 5xx) and nothing changed: every ppid table (and its link tables), the media
 * links of ppid records and the number of uploaded files read the same before and after.
 */
import path from 'path';
import { boot, type Booted } from '../helpers/strapi';
import { announcementData, create, dipData, exclusionData, unitTree } from '../helpers/fixtures';
import { createObjection, createRequest } from '../helpers/desk';
import { TEST_DB } from '../helpers/db';
import { assign, person, type Staff } from '../helpers/workflow';
import { endUser, stateTracker } from '../helpers/access';
import pluginRoutes from '../../plugins/ppid/server/src/routes';
import contentTypes from '../../plugins/ppid/server/src/content-types';
import { POSITIONS } from '../../plugins/ppid/server/src/domain/constants';
import { transitionKey, withdrawalPositions, type WorkflowDefinition } from '../../plugins/ppid/server/src/workflow/definition';
import { TEMPLATES } from '../../plugins/ppid/server/src/workflow/templates';

// The Content Manager's admin routes, the module its server mounts (not among the package's exports).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const cmAdminRoutes: { routes: RouteDef[] } = require(path.join(path.dirname(require.resolve('@strapi/content-manager/package.json')), 'dist/server/routes/admin.js'));

type RouteDef = { method: string; path: string; handler: string };
type Surface = 'content-api' | 'plugin' | 'content-manager';
type Outcome = 'allowed' | 'refused' | 'any';

const P = 'plugin::ppid.';
const PREFIX: Record<Surface, string> = { 'content-api': '/api/ppid', plugin: '/ppid', 'content-manager': '/content-manager' };

// ------------------------------------------------------------------ personas

const PERSONAS = ['anonymous', 'endUser', 'author', 'editor', 'wrongHolder', 'rightHolder', 'manager', 'superAdmin'] as const;
type Persona = (typeof PERSONAS)[number];
/**
 * - anonymous: no Authorization header (no auth; on the content API, the public visitor);
 * - endUser: a users-permissions user (Authenticated role) with the JWT of POST /api/auth/local;
 * - author: Strapi's Author role, no position; editor: Strapi's Editor role, no position;
 * - wrongHolder: the plugin's "Staf PPID" role, Kabid of Bidang Statistik (another unit);
 * - rightHolder: "Staf PPID", holding in Bidang IKP (the fixtures' unit) the position that acts at
 *   the item's current stage: Kabid (announcement: disposition, and the types without workflow),
 *   Operator (DIP entry: identification), Sub Koordinator (content plan: planning); for taking an
 *   item offline or deleting it through the workflow, the first of the workflow's withdrawal
 *   positions (read from the item's workflow);
 * - manager: the plugin's "Pengelola Organisasi PPID" role (organisation.manage), no position;
 * - superAdmin: Strapi's Super Admin, the reference.
 */
const CONTENT_API_PERSONAS: Persona[] = ['anonymous', 'endUser']; // admin sessions are not content-API credentials

// ------------------------------------------------------------------ the types and the policy

const WORKFLOW_TYPES = ['announcement', 'dip-entry', 'content-plan', 'backlog-item'];
/** Records that belong to a unit (through their own unit or their parent's) besides workflow items. */
const UNIT_SCOPED = ['publication-record', 'exclusion', 'content-plan-item'];
const ORGANISATION = ['unit', 'position-assignment'];
/** Reference data staff read but do not write. */
const REFERENCE = ['berkala-category', 'dip-edition', 'exclusion-list'];
/** Reference types that are also workflow subjects (the yearly lists): edits follow the list's stage holders. */
const LISTS = ['dip-edition', 'exclusion-list'];
/** The website team's records (web SOP B, C): staff create and update, nobody on staff deletes. */
const WEBSITE = ['meeting-minute', 'update-request', 'approval-form', 'evaluation'];

/** The form kinds of /ppid/forms/:kind/... and their types. */
const FORM_TYPES: Record<string, string> = { 'update-requests': 'update-request', 'approval-forms': 'approval-form' };

const SCHEMAS = Object.values(contentTypes as Record<string, { schema: any }>).map((c) => c.schema);
/** The ppid collection types the Content Manager shows. */
const VISIBLE = SCHEMAS.filter((s) => s.kind === 'collectionType' && s.pluginOptions?.['content-manager']?.visible !== false).map((s) => s.info.singularName as string);
const draftAndPublish = (type: string) => SCHEMAS.find((s) => s.info.singularName === type)?.options?.draftAndPublish === true;

type Kind = 'workflow' | 'scoped' | 'organisation' | 'reference' | 'website';
function kindOf(type: string): Kind {
  if (WORKFLOW_TYPES.includes(type)) return 'workflow';
  if (UNIT_SCOPED.includes(type)) return 'scoped';
  if (ORGANISATION.includes(type)) return 'organisation';
  if (REFERENCE.includes(type)) return 'reference';
  if (WEBSITE.includes(type)) return 'website';
  throw new Error(`access matrix: no policy for the ppid type "${type}": add it to one of the type lists`);
}

const STAFF: Persona[] = ['wrongHolder', 'rightHolder'];
const isStaff = (p: Persona) => STAFF.includes(p);

/** Does this persona see the fixture record of this type (in lists; findOne answers 200)? */
function sees(type: string, persona: Persona): boolean {
  if (type === 'evaluation') return persona === 'superAdmin' || persona === 'rightHolder'; // web SOP C's readers only
  if (persona === 'superAdmin' || persona === 'editor') return true;
  if (persona === 'author') return false; // Strapi's is-creator: the fixtures were not made by the Author
  if (persona === 'manager') return kindOf(type) === 'organisation';
  if (persona === 'rightHolder') return true;
  if (persona === 'wrongHolder') return !['workflow', 'scoped', 'organisation'].includes(kindOf(type));
  return false;
}

const CM_READS = new Set(['list', 'read', 'count-draft-relations', 'count-many', 'validate-many']);
const CM_PUBLISHING = new Set(['create-publish', 'publish', 'unpublish', 'bulk-publish', 'bulk-unpublish']);
const PLUGIN_READ_GROUP: Record<string, 'workflow' | 'item' | 'compliance' | 'organisation'> = {
  'workflow.inbox': 'workflow',
  'home.home': 'workflow',
  'home.settings': 'workflow',
  'workflow.board': 'workflow',
  'workflow.boardColumn': 'workflow',
  // The stage column of the Content Manager's lists: filtered to the items the caller may read (workflow-stages.test.ts).
  'workflow.stages': 'workflow',
  'workflow.item': 'item',
  'workflow.history': 'item',
  'workflow.listWorkflows': 'workflow',
  'workflow.listBindings': 'workflow',
  'compliance.alerts': 'compliance',
  'compliance.summary': 'compliance',
  // Whether the caller reads evaluations (false for most): every compliance reader may ask.
  'website.evaluationAccess': 'compliance',
  // The website team's pages: lists filtered to what the caller may read (an empty list is a 200).
  'websiteDesk.backlog': 'workflow',
  'websiteDesk.minutes': 'workflow',
  'websiteDesk.forms': 'workflow',
  'organisation.changes': 'organisation',
  'organisation.overview': 'organisation',
  'compliance.charts': 'compliance',
  'exclusions.list': 'workflow',
};
const READERS: Record<'workflow' | 'item' | 'compliance' | 'organisation', Persona[]> = {
  workflow: ['author', 'editor', 'wrongHolder', 'rightHolder', 'manager', 'superAdmin'],
  // One item's review: the staff of its unit (and agency positions), not the Kabid of another unit.
  item: ['rightHolder', 'superAdmin'],
  compliance: ['author', 'editor', 'wrongHolder', 'rightHolder', 'superAdmin'],
  organisation: ['manager', 'superAdmin'],
};
/** Admin routes that only the managers of workflows / compliance use (here: the super admin). */
const MANAGER_WRITES = new Set(['workflow.createWorkflow', 'workflow.setBinding', 'compliance.run', 'compliance.acknowledge']);

type Cell = { surface: Surface; action: string; type?: string };

/** The policy: what each persona gets from each route. */
function expected(route: Cell, persona: Persona): Outcome {
  const { surface, action } = route;
  const type = route.type ?? '';

  // The public API is public: the visitor and the end user read it alike.
  if (surface === 'content-api') return 'allowed';
  // Every admin route needs an admin session: no header, or an end user's JWT, answers 401.
  if (persona === 'anonymous' || persona === 'endUser') return 'refused';

  if (surface === 'plugin') {
    const group = PLUGIN_READ_GROUP[action];
    if (group) return READERS[group].includes(persona) ? 'allowed' : 'refused';
    if (MANAGER_WRITES.has(action)) return persona === 'superAdmin' ? 'allowed' : 'refused';
    if (action === 'workflow.transition') {
      if (persona === 'rightHolder') return 'allowed';
      return persona === 'superAdmin' ? 'any' : 'refused'; // super admins act only where the agency lets them
    }
    if (action === 'workflow.fastPublish') {
      // Serta merta exists in the announcement workflow only; its own preconditions are the lifecycle suite's.
      if (type === 'announcement' && (persona === 'rightHolder' || persona === 'superAdmin')) return 'any';
      return 'refused';
    }
    if (action === 'workflow.retroApprove') return 'refused'; // nothing was fast-published: nothing to approve
    if (action === 'workflow.reassign') {
      // The disposition exists in the announcement workflow only.
      if (type !== 'announcement') return 'refused';
      if (persona === 'rightHolder') return 'allowed';
      return persona === 'superAdmin' ? 'any' : 'refused';
    }
    if (action === 'workflow.withdraw' || action === 'workflow.remove') {
      if (persona === 'rightHolder') return 'allowed';
      return persona === 'superAdmin' ? 'any' : 'refused';
    }
    if (action === 'privacy.check' || action === 'privacy.clear') {
      // Findings of announcements and DIP entries, for members of the item's unit; content plans and backlog items are not checked (404).
      if (type === 'content-plan' || type === 'backlog-item') return 'refused';
      // The fixture has no finding: clearing the invented key answers 404 to whoever may try.
      if (persona === 'rightHolder' || persona === 'superAdmin') return action === 'privacy.check' ? 'allowed' : 'any';
      return 'refused';
    }
    // The dev mailbox (no SMTP_HOST in this suite, not production): super admins only.
    if (action === 'devMailbox.list') return persona === 'superAdmin' ? 'allowed' : 'refused';
    if (action === 'websiteRecords.sign' || action === 'websiteRecords.report') {
      // The next signature of a form in Bidang IKP is the Sub Koordinator's; minutes are reported by
      // its Koordinator (Kabid) or the Sub Koordinator. Nobody else signs or reports, super admins
      // included (website-records.test.ts has every position).
      return persona === 'rightHolder' ? 'allowed' : 'refused';
    }
    if (action === 'websiteRecords.formRecord' || action === 'websiteRecords.minutesRecord') {
      // The printout: the staff of the record's unit and the holders of its signing positions.
      return persona === 'rightHolder' || persona === 'superAdmin' ? 'allowed' : 'refused';
    }
    if (action === 'websiteDesk.minute' || action === 'websiteDesk.form') {
      // One record in full: like its printout, for its unit's staff and its signers.
      return persona === 'rightHolder' || persona === 'superAdmin' ? 'allowed' : 'refused';
    }
    if (action === 'websiteDesk.evaluations' || action === 'websiteDesk.evaluation' || action === 'website.evaluationFigures') {
      // Web SOP C: the Koordinator, the Sub Koordinator (the right holder here), the head and super
      // admins; not the Kabid of another division nor anyone without those positions (website-pages.test.ts).
      return persona === 'rightHolder' || persona === 'superAdmin' ? 'allowed' : 'refused';
    }
    if (action === 'websiteDesk.createEvaluation') {
      // C1 by the Koordinator (a Kabid of Bidang IKP, where the website Sub Koordinator sits) only;
      // nobody else, super admins included (website-desk.test.ts has C2 by the head).
      return persona === 'rightHolder' ? 'allowed' : 'refused';
    }
    if (action === 'dipReopen.reopen') {
      // Only the PPID Utama, Ketua PPID or Kepala re-open excluded information (none of the personas
      // holds those positions; the fixture's period has not ended either): dip-reopen.test.ts.
      return persona === 'superAdmin' ? 'any' : 'refused';
    }
    if (action === 'dipList.lists') return READERS.workflow.includes(persona) ? 'allowed' : 'refused';
    if (action === 'dipList.collection') {
      // The year's list is read by the staff of its agency (any unit of it) and super admins.
      return ['rightHolder', 'wrongHolder', 'superAdmin'].includes(persona) ? 'allowed' : 'refused';
    }
    if (action === 'dipList.returnSubmission' || action === 'dipList.signEdition' || action === 'dipList.signExclusionList') {
      // Only the PPID check returns (on a submission at its check) and only the head signs (a list at
      // its signing stage): none of the personas here; every position in dip-list.test.ts.
      return persona === 'superAdmin' ? 'any' : 'refused';
    }
    if (REQUEST_DESK.has(action)) {
      // The request desk (issue 14): the holders of a service position in the request's unit (the
      // right holder here: a PPID Pelaksana of Bidang IKP) and super admins; the Staf role's
      // permission alone is not enough. The desk's writes answer 409 outside their stage, the
      // decision is the head's only (request-desk.test.ts, objection-desk.test.ts have every position).
      if (persona !== 'rightHolder' && persona !== 'superAdmin') return 'refused';
      if (action === 'requestDesk.objectionDecision') return persona === 'superAdmin' ? 'any' : 'refused';
      // The lists are the PPID unit's (the agency at the root), which this right holder does not serve.
      if (action === 'requestDesk.list' || action === 'requestDesk.objections') return persona === 'superAdmin' ? 'allowed' : 'refused';
      return ['requestDesk.request', 'requestDesk.objection', 'requestDocuments.identityDocument'].includes(action) ? 'allowed' : 'any';
    }
    if (action === 'requestIntake.registerRequest' || action === 'requestIntake.registerObjection') {
      // The request desk: the service positions of the PPID unit (the agency) only, none of which
      // the personas hold here (request-intake.test.ts has the PPID Pelaksana, Utama and the head);
      // an objection's fixture request does not exist (404 to a super admin).
      if (persona !== 'superAdmin') return 'refused';
      return action === 'requestIntake.registerRequest' ? 'allowed' : 'any';
    }
    throw new Error(`access matrix: no policy for the admin route ${action}`);
  }

  // The Content Manager.
  const kind = kindOf(type);
  // The website evaluations: read and written by their readers only (the Sub Koordinator is the right
  // holder here; the Koordinator and the head in website-pages.test.ts), whatever the role's Content
  // Manager permission says.
  if (type === 'evaluation' && persona !== 'rightHolder' && persona !== 'superAdmin') {
    // Counting a record's draft relations reads no record (no condition on the permission): it
    // answers 0 to a permission holder and says nothing of the evaluation.
    if ((action === 'count-draft-relations' || action === 'count-many') && persona !== 'manager') return 'any';
    return 'refused';
  }
  if (CM_READS.has(action)) {
    if (persona === 'manager' && kind !== 'organisation') return 'refused'; // no Content Manager permission
    if (action === 'list') return 'allowed'; // what the list holds is asserted separately (sees())
    if (action === 'read' || action === 'count-draft-relations') return sees(type, persona) ? 'allowed' : 'refused';
    return sees(type, persona) ? 'allowed' : 'any';
  }

  // Publishing and taking offline: workflow steps for workflow items, nothing to do without draft & publish.
  if (CM_PUBLISHING.has(action)) {
    if (!draftAndPublish(type) || kind === 'workflow') return 'refused';
    return persona === 'superAdmin' ? 'allowed' : 'refused'; // staff have no publish permission; others no position
  }
  if (action === 'discard') {
    if (!draftAndPublish(type)) return 'refused';
    // The fixture is published and not in review: discarding draft changes is an edit, for the unit's staff.
    if (kind === 'workflow') return persona === 'rightHolder' ? 'allowed' : persona === 'superAdmin' ? 'any' : 'refused';
    return persona === 'superAdmin' || persona === 'rightHolder' ? 'allowed' : 'refused';
  }

  // create, clone, auto-clone, update, delete, bulk-delete.
  // Auto-clone copies unique fields as they are: whether Strapi can copy a type is not a permission matter.
  const granted = (yes: boolean): Outcome => (yes ? (action === 'auto-clone' ? 'any' : 'allowed') : 'refused');
  switch (kind) {
    case 'workflow':
      // Only the holder of the position acting at the item's stage, in the item's unit; creating
      // (and cloning): a member of the unit, or a super admin. A super admin does not edit or
      // delete in place of the stage's holder while somebody holds the position.
      if (persona === 'rightHolder') return granted(true);
      if (persona === 'superAdmin') return granted(['create', 'clone', 'auto-clone'].includes(action));
      return 'refused';
    case 'scoped':
      return granted(persona === 'rightHolder' || persona === 'superAdmin');
    case 'organisation':
      return granted(persona === 'manager' || persona === 'superAdmin');
    case 'reference':
      // The yearly lists are edited by the holder of their stage (a super admin only where nobody holds it): dip-list.test.ts.
      if (persona === 'superAdmin') return LISTS.includes(type) && !['create', 'clone', 'auto-clone'].includes(action) ? 'any' : granted(true);
      if (persona === 'author' || persona === 'editor') return 'any'; // Strapi's default roles: not ruled by issue 8
      return 'refused';
    case 'website':
      if (persona === 'superAdmin') return granted(true);
      if (persona === 'author' || persona === 'editor') return 'any';
      if (isStaff(persona)) return granted(!['delete', 'bulk-delete'].includes(action));
      return 'refused';
  }
}

// ------------------------------------------------------------------ routes → cells

const CM_ACTIONS: Record<string, string> = {
  'collection-types.find': 'list',
  'collection-types.findOne': 'read',
  'collection-types.countDraftRelations': 'count-draft-relations',
  'collection-types.countManyEntriesDraftRelations': 'count-many',
  'collection-types.bulkFindForValidation': 'validate-many',
  'collection-types.create': 'create',
  'collection-types.clone': 'clone',
  'collection-types.autoClone': 'auto-clone',
  'collection-types.update': 'update',
  'collection-types.delete': 'delete',
  'collection-types.publish': 'publish', // with :id; without it, create-and-publish
  'collection-types.unpublish': 'unpublish',
  'collection-types.discard': 'discard',
  'collection-types.bulkDelete': 'bulk-delete',
  'collection-types.bulkPublish': 'bulk-publish',
  'collection-types.bulkUnpublish': 'bulk-unpublish',
};
/** The request desk's handlers (issue 14). */
const REQUEST_DESK = new Set([
  'requestDesk.list', 'requestDesk.request', 'requestDesk.missingItems', 'requestDesk.disposition', 'requestDesk.notice', 'requestDesk.extension',
  'requestDesk.objections', 'requestDesk.objection', 'requestDesk.objectionResponse', 'requestDesk.objectionDecision', 'requestDesk.objectionDispute',
  // The requester's identity document (private store): the request's handlers only.
  'requestDocuments.identityDocument',
]);
const PLUGIN_HANDLERS = new Set([
  ...REQUEST_DESK,
  ...Object.keys(PLUGIN_READ_GROUP),
  ...MANAGER_WRITES,
  'workflow.transition',
  'workflow.fastPublish',
  'workflow.retroApprove',
  'workflow.reassign',
  'workflow.withdraw',
  'workflow.remove',
  'privacy.check',
  'privacy.clear',
  'dipReopen.reopen',
  'dipList.lists',
  'dipList.collection',
  'dipList.returnSubmission',
  'dipList.signEdition',
  'dipList.signExclusionList',
  'devMailbox.list',
  'websiteRecords.sign',
  'websiteRecords.formRecord',
  'websiteRecords.report',
  'websiteRecords.minutesRecord',
  'websiteDesk.minute',
  'websiteDesk.form',
  'websiteDesk.createEvaluation',
  'websiteDesk.evaluations',
  'website.evaluationFigures',
  'websiteDesk.evaluation',
  'requestIntake.registerRequest',
  'requestIntake.registerObjection',
]);
const CONTENT_API_HANDLERS = new Set([
  'public.announcements', 'public.announcement', 'public.dip', 'public.excluded',
  'public.sops', 'public.feed', 'public.sitemap', 'public.robots', 'public.openapi', 'public.dipEditions',
  'public.serviceReports',
  'requestPublic.form',
]);
/** The path parameters this file fills, per surface. */
const FILLERS: Record<Surface, string[]> = { 'content-api': ['slug', 'class'], plugin: ['type', 'kind', 'documentId', 'id'], 'content-manager': ['model', 'id', 'sourceId'] };

/** Routes left out on purpose, each with its reason ("METHOD full path"). */
const EXCLUDED: Record<string, string> = {
  // The DIP files routes (issue 9): their guards are tested in tests/integration/dip-files-*.test.ts
  // (public 404/400, admin 401/403 without the action, import refused for another division's unit).
  // They stream files and take :year/:format parameters this matrix has no filler for.
  'GET /api/ppid/dip/editions/:year(\\d{4}).:format(pdf|xlsx|csv)': 'public download, tested in dip-files-export.test.ts',
  'GET /api/ppid/excluded.:format(pdf|xlsx|csv)': 'public download, tested in dip-files-export.test.ts',
  // 404 until an edition of the year is enacted; its 200/404/400 are tested there.
  'GET /api/ppid/dip/editions/:year([^./]+)': 'public edition of a year, tested in public-editions.test.ts',
  'GET /ppid/dip/editions/:documentId/export.:format(pdf|xlsx|csv)': 'dip.export action, tested in dip-files-export.test.ts',
  'GET /ppid/excluded/export.:format(pdf|xlsx|csv)': 'dip.export action, tested in dip-files-export.test.ts',
  'GET /ppid/dip/import/template.:format(xlsx|csv)': 'dip.import action, tested in dip-files-import.test.ts',
  'POST /ppid/dip/import': 'dip.import action and unit scope, tested in dip-files-import.test.ts',
  'GET /ppid/announcements/:documentId/record.pdf': 'workflow.read action, tested in dip-files-record.test.ts',
  // The public information service (issue 14): open to everyone by design, each answer (201, 400 for a
  // form without its token, the same 404 for unknown numbers, 409, 429) tested in request-public.test.ts.
  'POST /api/ppid/requests': 'public form, token-protected, tested in request-public.test.ts',
  'GET /api/ppid/requests/status/:number': 'public tracking page, tested in request-public.test.ts',
  'POST /api/ppid/requests/status/:number/objections': 'public objection, tested in request-public.test.ts',
  // The information service's letters, registers and report (issue 14): requests.handle and the
  // request-access check (PPID positions of the request's unit), :letter/:format/:year parameters.
  'GET /ppid/requests/:documentId/letters/:letter(receipt|notice|extension|refusal|incomplete).pdf': 'requests.handle + request-access, tested in request-documents.test.ts',
  'GET /ppid/objections/:documentId/letters/:letter(receipt|decision).pdf': 'requests.handle + request-access, tested in request-documents.test.ts',
  'GET /ppid/registers/requests.:format(pdf|xlsx|csv)': 'requests.handle + request-access, tested in request-documents.test.ts',
  'GET /ppid/registers/objections.:format(pdf|xlsx|csv)': 'requests.handle + request-access, tested in request-documents.test.ts',
  'GET /ppid/reports/service/:year(\\d{4})': 'requests.handle + request-access, tested in request-documents.test.ts',
  'GET /ppid/reports/service/:year(\\d{4})/report.:format(pdf|xlsx)': 'requests.handle + request-access, tested in request-documents.test.ts',
  // The issued annual service reports (issue 14 point 5): requests.handle, then only the agency's signing
  // positions issue (403 for the PPID Pelaksana, 401 without a session) and only the PPID reads the
  // history and the stored files; :year/:documentId of issued reports this matrix has no filler for.
  'POST /ppid/reports/service/:year(\\d{4})/issue': 'signing positions only (403 Pelaksana, 400, 409), tested in service-reports.test.ts',
  'GET /ppid/reports/service/issued': 'requests.handle + request-access (403 for staff without a service position), tested in service-reports.test.ts',
  'GET /ppid/reports/service/issued/:documentId/report.pdf': 'requests.handle + request-access, tested in service-reports.test.ts',
  // Public, 404 until a report of the year is issued; 200/400/404 and the stored file tested there.
  'GET /api/ppid/service-reports/:year(\\d{4}).pdf': 'public download of the stored PDF, tested in service-reports.test.ts',
  'GET /api/ppid/service-reports/:year([^./]+)': 'public report of a year, tested in service-reports.test.ts',
};

type RouteCase = Cell & { method: string; path: string; handler: string; label: string; problem?: string };

const paramsOf = (path: string) => [...path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]);
const routeKey = (surface: Surface, r: RouteDef) => `${r.method} ${PREFIX[surface]}${r.path}`;

function problemOf(surface: Surface, r: RouteDef, known: boolean): string | undefined {
  if (!known) return `no cell filler for handler "${r.handler}"`;
  const unknown = paramsOf(r.path).filter((p) => !FILLERS[surface].includes(p));
  return unknown.length ? `no filler for path parameter(s) ${unknown.map((p) => `:${p}`).join(', ')}` : undefined;
}

const CM_ROUTES = cmAdminRoutes.routes.filter((r) => r.path.startsWith('/collection-types/:model'));

function buildCases(): RouteCase[] {
  const cases: RouteCase[] = [];
  const add = (surface: Surface, r: RouteDef, action: string, known: boolean, type?: string) => {
    const key = routeKey(surface, r);
    if (EXCLUDED[key]) return;
    cases.push({ surface, action, type, method: r.method, path: `${PREFIX[surface]}${r.path}`, handler: r.handler, label: `${key}${type ? ` [${type}]` : ''}`, problem: problemOf(surface, r, known) });
  };
  for (const r of (pluginRoutes as any)['content-api'].routes as RouteDef[]) add('content-api', r, r.handler, CONTENT_API_HANDLERS.has(r.handler));
  for (const r of (pluginRoutes as any).admin.routes as RouteDef[]) {
    if (r.path.includes(':type')) for (const type of WORKFLOW_TYPES) add('plugin', r, r.handler, PLUGIN_HANDLERS.has(r.handler), type);
    else if (r.path.includes(':kind')) for (const kind of Object.keys(FORM_TYPES)) add('plugin', r, r.handler, PLUGIN_HANDLERS.has(r.handler), kind);
    else add('plugin', r, r.handler, PLUGIN_HANDLERS.has(r.handler));
  }
  for (const r of CM_ROUTES) {
    let action = CM_ACTIONS[r.handler];
    if (action === 'publish' && !r.path.includes(':id')) action = 'create-publish';
    for (const type of VISIBLE) add('content-manager', r, action ?? r.handler, action !== undefined, type);
  }
  return cases;
}

const CASES = buildCases();
const RUNNABLE = CASES.filter((c) => !c.problem);
const personasOf = (c: RouteCase): Persona[] => (c.surface === 'content-api' ? CONTENT_API_PERSONAS : [...PERSONAS]);

// ------------------------------------------------------------------ the app, people and fixtures

let app: Booted;
let units: Awaited<ReturnType<typeof unitTree>>;
let colleague: Staff;
let people: Record<Exclude<Persona, 'anonymous' | 'endUser' | 'rightHolder'>, Staff>;
let holders: Record<string, Staff>; // right holder per type
let citizen: { id: number; jwt: string };
let anchors: { announcement: string; plan: string; publicSlug: string };
let tracker: ReturnType<typeof stateTracker>;
let serial = 0;
let plans = 0;

beforeAll(async () => {
  app = await boot('access-matrix', { PPID_NOTIFICATIONS: 'false' });
  // Mail delivery is not this suite's concern: no dispatch may write to the outbox between cells.
  app.strapi.plugin('ppid').service('notifications').dispatch = async () => ({ sent: 0, failed: 0, retried: 0 });
  units = await unitTree(app.strapi);

  // Someone holds every position in Bidang IKP, so that every stage has an actor.
  colleague = await person(app, 'Rekan IKP', ['ppid-staff']);
  for (const position of POSITIONS) await assign(app, colleague, position, units.ikp.documentId);

  people = {
    author: await person(app, 'Penulis', ['strapi-author']),
    editor: await person(app, 'Penyunting', ['strapi-editor']),
    wrongHolder: await person(app, 'Kabid Statistik', ['ppid-staff']),
    manager: await person(app, 'Pengelola Organisasi', ['ppid-organisation']),
    superAdmin: await person(app, 'Super Admin', ['strapi-super-admin']),
  };
  await assign(app, people.wrongHolder, 'kabid', units.stat.documentId);
  const kabid = await person(app, 'Kabid IKP', ['ppid-staff']);
  const operator = await person(app, 'Operator IKP', ['ppid-staff']);
  const subKoordinator = await person(app, 'Sub Koordinator IKP', ['ppid-staff']);
  await assign(app, kabid, 'kabid', units.ikp.documentId);
  await assign(app, operator, 'operator', units.ikp.documentId);
  await assign(app, subKoordinator, 'sub_koordinator', units.ikp.documentId);
  holders = { announcement: kabid, 'dip-entry': operator, 'content-plan': subKoordinator, 'backlog-item': subKoordinator };
  citizen = await endUser(app);
  tracker = stateTracker(app.strapi);

  const announcement = await create(app.strapi, 'announcement', announcementData({ title: 'Pengumuman jangkar', slug: 'pengumuman-jangkar', unit: units.ikp.documentId }));
  const plan = await create(app.strapi, 'content-plan', { title: 'Rencana jangkar', unit: units.ikp.documentId, year: 2029, quarter: 1 });
  const published = await create(app.strapi, 'announcement', announcementData({ title: 'Pengumuman terbit', slug: 'pengumuman-terbit', unit: units.ikp.documentId }), true);
  anchors = { announcement: announcement.documentId, plan: plan.documentId, publicSlug: published.slug };
});
afterAll(async () => {
  await app?.stop();
});

type Rel = (documentId: string) => unknown;
const direct: Rel = (documentId) => documentId;
const connect: Rel = (documentId) => ({ connect: [{ documentId }] });

/** Minimal valid data of each type (document-service form with `direct`, Content Manager form with `connect`). */
function dataFor(type: string, rel: Rel): Record<string, unknown> {
  serial += 1;
  const n = serial;
  const ikp = rel(units.ikp.documentId);
  switch (type) {
    case 'unit':
      return { name: `Seksi Matriks ${n}`, code: `seksi-matriks-${n}`, kind: 'section', parent: ikp };
    case 'position-assignment':
      return { user: { connect: [{ id: colleague.id }] }, position: 'fungsional', unit: ikp, holding: 'plt', startsOn: '2020-01-01' };
    case 'berkala-category':
      return { code: `matriks-${n}`, name: `Kategori matriks ${n}` };
    case 'announcement':
      return announcementData({ title: `Pengumuman matriks ${n}`, slug: `pengumuman-matriks-${n}`, unit: ikp });
    case 'publication-record':
      return { announcement: rel(anchors.announcement), channel: 'website', url: `https://ppid.uji.go.id/bukti/${n}`, channelPublishedAt: '2026-05-04T03:00:00.000Z' };
    case 'dip-entry':
      return dipData({ number: `MX-${n}`, holderUnit: ikp, documentUrl: `https://ppid.uji.go.id/dip/${n}.pdf` });
    case 'dip-edition':
      return { year: 2026, title: `DIP matriks ${n}`, agency: rel(units.agency.documentId), state: 'draft' };
    case 'exclusion':
      return exclusionData({ title: `Pengecualian matriks ${n}`, unit: ikp });
    case 'exclusion-list':
      return { year: 2026, title: `Daftar dikecualikan matriks ${n}`, agency: rel(units.agency.documentId), state: 'draft' };
    case 'content-plan':
      // One plan per unit and quarter: each plan gets a quarter of its own.
      plans += 1;
      return { title: `Rencana matriks ${n}`, unit: ikp, year: 2030 + Math.floor(plans / 4), quarter: (plans % 4) + 1 };
    case 'content-plan-item':
      return { plan: rel(anchors.plan), title: `Butir matriks ${n}`, infoClass: 'setiap_saat', targetMonth: 1 };
    case 'backlog-item':
      return { title: `Perbaikan matriks ${n}`, description: 'Tombol unduh DIP tidak berfungsi.', unit: ikp };
    case 'meeting-minute':
      return {
        title: `Rapat matriks ${n}`,
        meetingAt: '2026-05-04T02:00:00.000Z',
        location: 'Ruang rapat',
        unit: ikp,
        attendees: [{ name: 'Tim web PPID', position: 'Sub Koordinator' }],
        agenda: 'Evaluasi laman',
        decisions: 'Perbaiki tombol unduh.',
      };
    case 'update-request':
      return { number: `UR-MX-${n}`, title: `Permintaan matriks ${n}`, description: 'Perbarui halaman profil.', requestedOn: '2026-05-04', unit: ikp };
    case 'approval-form':
      return { number: `AF-MX-${n}`, title: `Persetujuan matriks ${n}`, submittedOn: '2026-05-04', unit: ikp };
    case 'evaluation':
      return { title: `Evaluasi matriks ${n}`, kind: 'coordinator_semiannual', periodStart: '2026-01-01', periodEnd: '2026-06-30', findings: 'Laman diperbarui tepat waktu.' };
  }
  throw new Error(`access matrix: no fixture data for "${type}"`);
}

/** A small edit of each type, for PUT. */
function editFor(type: string): Record<string, unknown> {
  serial += 1;
  if (type === 'unit' || type === 'berkala-category') return { name: `Nama diperbarui ${serial}` };
  if (type === 'position-assignment') return { note: `SK diperbarui ${serial}` };
  return { title: `Judul diperbarui ${serial}` };
}

/** Fixture records by role: "read" ones are only ever read; "draft"/"published" are write targets. */
const fixtures = new Map<string, string>();
async function fixture(type: string, variant: 'read' | 'draft' | 'published'): Promise<string> {
  const key = `${type}:${variant}`;
  let documentId = fixtures.get(key);
  if (!documentId) {
    let doc: { documentId: string };
    if (variant === 'published' && type === 'content-plan') {
      // A plan is "published" once signed and handed to the head: written as trusted setup code, it joins its workflow as published.
      const data = {
        ...dataFor(type, direct),
        state: 'submitted',
        signedAt: '2026-01-05T02:00:00.000Z',
        signedBy: { connect: [{ id: colleague.id }] },
        submittedToHeadAt: '2026-01-06T02:00:00.000Z',
        submittedToHeadBy: { connect: [{ id: colleague.id }] },
      };
      doc = await app.strapi.plugin('ppid').service('workflow').asSystem(() => create(app.strapi, type, data));
    } else if (variant === 'published' && type === 'backlog-item') {
      // A backlog item is "published" when done: written as trusted setup code, it joins its workflow as done.
      const data = { ...dataFor(type, direct), state: 'done', resolvedAt: '2026-01-05T02:00:00.000Z' };
      doc = await app.strapi.plugin('ppid').service('workflow').asSystem(() => create(app.strapi, type, data));
    } else {
      doc = await create(app.strapi, type, dataFor(type, direct), variant === 'published' && draftAndPublish(type));
    }
    documentId = doc.documentId;
    fixtures.set(key, documentId);
  }
  return documentId;
}
/** A member of staff holding `position` in Bidang IKP (made once per position). */
const positionHolders = new Map<string, Staff>();
async function holderOf(position: string): Promise<Staff> {
  let staff = positionHolders.get(position);
  if (!staff) {
    staff = await person(app, `Pemegang ${position}`, ['ppid-staff']);
    await assign(app, staff, position, units.ikp.documentId);
    positionHolders.set(position, staff);
  }
  return staff;
}

/** A request or an objection of Bidang IKP (issue 14), written as setup code. */
async function deskFixture(type: 'info-request' | 'objection', variant: 'read' | 'draft'): Promise<string> {
  const key = `${type}:${variant}`;
  let documentId = fixtures.get(key);
  if (!documentId) {
    const request = await createRequest(app.strapi, { unit: units.ikp.documentId });
    documentId = type === 'info-request' ? request.documentId : (await createObjection(app.strapi, { unit: units.ikp.documentId, request: request.documentId })).documentId;
    fixtures.set(key, documentId!);
  }
  return documentId!;
}

/** A request of Bidang IKP with an identity document in the private store. */
async function identityFixture(): Promise<string> {
  let documentId = fixtures.get('info-request:identity');
  if (!documentId) {
    const stored = await app.strapi.plugin('ppid').service('private-files').put(Buffer.from('%PDF-1.4\n%identitas\n'));
    const file = { identityFileKey: stored.key, identityFileName: 'ktp.pdf', identityFileMime: 'application/pdf', identityFileSize: stored.size, identityFileSha256: stored.sha256 };
    documentId = (await createRequest(app.strapi, { unit: units.ikp.documentId, ...file })).documentId as string;
    fixtures.set('info-request:identity', documentId);
  }
  return documentId;
}

let alertId: number | null = null;
async function openAlert(): Promise<number> {
  if (alertId === null) {
    const now = new Date();
    serial += 1;
    const row = await app.strapi.db.query(`${P}compliance-alert`).create({
      data: { rule: 'content-minimum', subjectType: 'unit', subjectKey: `matriks:${serial}`, severity: 'warning', state: 'open', title: { id: 'Peringatan uji', en: 'Test alert' }, firstSeenAt: now, lastSeenAt: now },
    });
    alertId = row.id as number;
  }
  return alertId!;
}

/**
 * The item's workflow state and definition. Items the setup published have no instance until a
 * step needs one: then revision 1 of the type's default workflow (the fixtures' unit has no override).
 */
async function instanceOf(type: string, documentId: string): Promise<{ inst: { stage: string | null; revision: number }; def: WorkflowDefinition }> {
  const inst = await app.strapi.db.query(`${P}workflow-instance`).findOne({ where: { subjectType: type, subjectDocumentId: documentId } });
  if (inst) {
    const row = await app.strapi.db.query(`${P}workflow`).findOne({ where: { key: inst.workflowKey, version: inst.workflowVersion } });
    return { inst, def: row.definition as WorkflowDefinition };
  }
  const binding = await app.strapi.db.query(`${P}workflow-binding`).findOne({ where: { contentType: type, unitId: null } });
  const [row] = await app.strapi.db.query(`${P}workflow`).findMany({ where: { key: binding.workflowKey }, orderBy: [{ version: 'desc' }], limit: 1 });
  return { inst: { stage: null, revision: 1 }, def: row.definition as WorkflowDefinition };
}

/** `holder`: who the right holder is for this request, when not the item's stage holder. */
type Prepared = { url: string; body?: unknown; target?: string; readFixture?: string; holder?: Staff };

/** The concrete request of a cell: the path filled from fixtures, a body that is valid. */
async function prepare(c: RouteCase): Promise<Prepared> {
  const type = c.type ?? '';
  if (c.surface === 'content-api') {
    return { url: c.path.replace(':slug', anchors.publicSlug).replace(':class', 'berkala') };
  }
  if (c.surface === 'plugin') {
    const fill = (documentId?: string, id?: number) =>
      c.path.replace(':type', type).replace(/:kind\([^)]*\)/, type).replace(':documentId', documentId ?? '').replace(':id', String(id ?? ''));
    switch (c.action) {
      case 'workflow.board':
        return { url: `${fill()}?type=announcement` };
      case 'workflow.boardColumn': {
        const binding = await app.strapi.db.query(`${P}workflow-binding`).findOne({ where: { contentType: 'announcement', unitId: null } });
        const [row] = await app.strapi.db.query(`${P}workflow`).findMany({ where: { key: binding.workflowKey }, orderBy: [{ version: 'desc' }], limit: 1 });
        return { url: `${fill()}?type=announcement&workflow=${row.key}&version=${row.version}&stage=${(row.definition as WorkflowDefinition).initialStage}` };
      }
      case 'workflow.stages':
        return { url: `${fill()}?type=announcement&documentIds=${await fixture('announcement', 'read')}` };
      case 'workflow.item':
      case 'workflow.history':
        return { url: fill(await fixture(type, 'read')) };
      case 'workflow.transition': {
        const target = await fixture(type, 'draft');
        const { inst, def } = await instanceOf(type, target);
        const edge = def.transitions.find((t) => t.from === inst.stage && t.action === 'forward');
        if (!edge) throw new Error(`${type}: no forward transition from ${inst.stage}`);
        // A disposition names the drafter (the colleague holds every position of the unit) and its agenda number.
        const assignee = edge.assigns ? { assignee: colleague.id, agendaNumber: '005/MX/2026' } : {};
        return { url: fill(target), target: `${type}:draft`, body: { transition: transitionKey(edge), revision: inst.revision, reason: 'Alasan tertulis untuk langkah ini.', ...assignee } };
      }
      case 'workflow.fastPublish':
      case 'workflow.retroApprove': {
        const target = await fixture(type, 'draft');
        const { inst } = await instanceOf(type, target);
        const text = c.action === 'workflow.fastPublish' ? { reason: 'Informasi serta merta: keadaan darurat.' } : { note: 'Disetujui kemudian.' };
        return { url: fill(target), target: `${type}:draft`, body: { revision: inst.revision, ...text } };
      }
      case 'workflow.reassign': {
        const target = await fixture(type, 'draft');
        const { inst } = await instanceOf(type, target);
        return { url: fill(target), target: `${type}:draft`, body: { revision: inst.revision, assignee: colleague.id, agendaNumber: '005/MX/2026', reason: 'Penyusun diganti.' } };
      }
      case 'workflow.withdraw':
      case 'workflow.remove': {
        const variant = c.action === 'workflow.withdraw' ? 'published' : 'draft';
        const target = await fixture(type, variant);
        const { inst, def } = await instanceOf(type, target);
        const body = { revision: inst.revision, reason: 'Alasan tertulis yang cukup panjang untuk langkah ini.' };
        return { url: fill(target), target: `${type}:${variant}`, holder: await holderOf(withdrawalPositions(def)[0]), body };
      }
      case 'workflow.createWorkflow': {
        serial += 1;
        const template = TEMPLATES.find((t) => t.contentType === 'announcement')!;
        return { url: fill(), body: { ...template, key: `matriks-salinan-${serial}` } };
      }
      case 'workflow.setBinding': {
        const current = await app.strapi.db.query(`${P}workflow-binding`).findOne({ where: { contentType: 'announcement', unitId: null } });
        return { url: fill(), body: { contentType: 'announcement', unit: null, workflowKey: current.workflowKey } };
      }
      case 'compliance.acknowledge':
        return { url: fill(undefined, await openAlert()), target: 'alert', body: { note: 'Sudah ditindaklanjuti.' } };
      case 'compliance.run':
        return { url: fill(), body: {} };
      case 'privacy.check':
        return { url: fill(await fixture(type, 'read')) };
      case 'privacy.clear': {
        const target = await fixture(type, 'draft');
        return { url: fill(target), target: `${type}:draft`, body: { key: '0'.repeat(24), reason: 'Nomor layanan resmi yang boleh diumumkan.' } };
      }
      case 'dipReopen.reopen': {
        const target = await fixture('exclusion', 'published');
        return { url: fill(target), target: 'exclusion:published', body: { reason: 'Masa pengecualian telah berakhir.', newClass: 'setiap_saat' } };
      }
      case 'dipList.collection':
        return { url: fill(await fixture('dip-edition', 'read')) };
      case 'dipList.signEdition':
      case 'dipList.signExclusionList': {
        const listType = c.action === 'dipList.signEdition' ? 'dip-edition' : 'exclusion-list';
        const target = await fixture(listType, 'draft');
        const { inst } = await instanceOf(listType, target);
        return { url: fill(target), target: `${listType}:draft`, body: { revision: inst.revision, decreeNumber: '045/MX/2026' } };
      }
      case 'requestIntake.registerRequest':
        return {
          url: fill(),
          body: {
            requesterName: 'Warga Matriks', identityKind: 'ktp', identityNumber: '6101011234567890', address: 'Jl. Matriks 1', phone: '081234567890',
            informationRequested: 'Salinan dokumen anggaran.', purpose: 'Penelitian.', deliveryMethod: 'in_person',
          },
        };
      case 'requestIntake.registerObjection':
        return { url: fill('tidakadapermohonanini'), body: { grounds: ['c'], reasons: 'Tidak ditanggapi.' } };
      case 'dipList.returnSubmission':
        // No submission exists (no list is collecting): 404 to whoever may try, 401/403 to the others.
        return { url: fill('tidakadausulanseperti'), body: { revision: 1, reason: 'Alasan tertulis yang cukup panjang.' } };
      case 'websiteRecords.sign': {
        const target = await fixture(FORM_TYPES[type], 'draft');
        return { url: fill(target), target: `${FORM_TYPES[type]}:draft`, holder: await holderOf('sub_koordinator'), body: {} };
      }
      case 'websiteRecords.report': {
        const target = await fixture('meeting-minute', 'draft');
        return { url: fill(target), target: 'meeting-minute:draft', holder: await holderOf('kabid'), body: {} };
      }
      case 'websiteRecords.formRecord':
        return { url: fill(await fixture(FORM_TYPES[type], 'read')), holder: await holderOf('operator') };
      case 'websiteRecords.minutesRecord':
        return { url: fill(await fixture('meeting-minute', 'read')), holder: await holderOf('operator') };
      case 'website.evaluationFigures':
        return { url: `${fill()}?from=2026-01-01&to=2026-06-30`, holder: await holderOf('sub_koordinator') };
      case 'websiteDesk.minute':
        return { url: fill(await fixture('meeting-minute', 'read')), holder: await holderOf('operator') };
      case 'websiteDesk.form':
        return { url: fill(await fixture(FORM_TYPES[type], 'read')), holder: await holderOf('operator') };
      case 'websiteDesk.evaluations':
        return { url: fill(), holder: await holderOf('sub_koordinator') };
      case 'websiteDesk.evaluation':
        return { url: fill(await fixture('evaluation', 'read')), holder: await holderOf('sub_koordinator') };
      case 'websiteDesk.createEvaluation':
        return { url: fill(), holder: await holderOf('kabid'), body: { kind: 'coordinator_semiannual', periodStart: '2026-01-01', periodEnd: '2026-06-30', findings: 'Laman diperbarui tepat waktu.' } };
      case 'requestDesk.request':
        return { url: fill(await deskFixture('info-request', 'read')), holder: await holderOf('ppid_pelaksana') };
      case 'requestDocuments.identityDocument':
        return { url: fill(await identityFixture()), holder: await holderOf('ppid_pelaksana') };
      case 'requestDesk.objection':
        return { url: fill(await deskFixture('objection', 'read')), holder: await holderOf('ppid_pelaksana') };
      case 'requestDesk.list':
      case 'requestDesk.objections':
        return { url: fill(), holder: await holderOf('ppid_pelaksana') };
      case 'requestDesk.missingItems':
      case 'requestDesk.disposition':
      case 'requestDesk.notice':
      case 'requestDesk.extension': {
        const bodies: Record<string, object> = {
          'requestDesk.missingItems': { missingItems: 'Fotokopi KTP.' },
          'requestDesk.disposition': { holderUnitId: units.ikp.id },
          'requestDesk.notice': { outcome: 'granted_full', noticeBody: 'Informasi diberikan seluruhnya.' },
          'requestDesk.extension': { days: 3, reason: 'Dokumen di arsip inaktif.' },
        };
        return { url: fill(await deskFixture('info-request', 'draft')), target: 'info-request:draft', holder: await holderOf('ppid_pelaksana'), body: bodies[c.action] };
      }
      case 'requestDesk.objectionResponse':
      case 'requestDesk.objectionDecision':
      case 'requestDesk.objectionDispute': {
        const bodies: Record<string, object> = {
          'requestDesk.objectionResponse': { ppidResponse: 'Tanggapan PPID.' },
          'requestDesk.objectionDecision': { decision: 'upheld', decisionBody: 'Keberatan diterima.' },
          'requestDesk.objectionDispute': { disputeNumber: 'KI/009/2026', disputeFiledOn: '2026-01-05' },
        };
        return { url: fill(await deskFixture('objection', 'draft')), target: 'objection:draft', holder: await holderOf('ppid_pelaksana'), body: bodies[c.action] };
      }
      default:
        return { url: fill() };
    }
  }

  // The Content Manager.
  const base = c.path.replace(':model', `${P}${type}`);
  const publishedTarget = draftAndPublish(type) ? 'published' : 'draft';
  const onTarget = async (variant: 'draft' | 'published') => {
    const documentId = await fixture(type, variant);
    return { documentId, url: base.replace(':id', documentId).replace(':sourceId', documentId), target: `${type}:${variant}` };
  };
  switch (c.action) {
    case 'list':
      return { url: `${base}?page=1&pageSize=100&sort=id:ASC`, readFixture: await fixture(type, 'read') };
    case 'read':
    case 'count-draft-relations':
      return { url: base.replace(':id', await fixture(type, 'read')) };
    case 'count-many':
      return { url: `${base}?documentIds[0]=${await fixture(type, 'read')}` };
    case 'validate-many':
      return { url: base, body: { documentIds: [await fixture(type, 'read')] } };
    case 'create':
    case 'create-publish':
      return { url: base, body: dataFor(type, connect) };
    case 'clone': {
      const t = await onTarget('draft');
      return { url: t.url, target: t.target, body: dataFor(type, connect) };
    }
    case 'auto-clone':
    case 'delete':
    case 'publish':
      return { ...(await onTarget('draft')), body: c.action === 'publish' ? {} : undefined };
    case 'update': {
      const t = await onTarget('draft');
      return { url: t.url, target: t.target, body: editFor(type) };
    }
    case 'unpublish':
    case 'discard':
      return { ...(await onTarget(publishedTarget)), body: {} };
    case 'bulk-delete':
    case 'bulk-publish': {
      const t = await onTarget('draft');
      return { url: base, target: t.target, body: { documentIds: [t.documentId] } };
    }
    case 'bulk-unpublish': {
      const t = await onTarget(publishedTarget);
      return { url: base, target: t.target, body: { documentIds: [t.documentId] } };
    }
  }
  throw new Error(`access matrix: no request for ${c.label}`);
}

function send(persona: Persona, type: string | undefined, method: string, url: string, holder?: Staff) {
  const m = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  if (persona === 'anonymous') return app.http()[m](url);
  if (persona === 'endUser') return app.http()[m](url).set('Authorization', `Bearer ${citizen.jwt}`);
  const staff = persona === 'rightHolder' ? (holder ?? holders[type ?? ''] ?? holders.announcement) : people[persona];
  return staff.as(m, url);
}

const isWrite = (c: RouteCase) => c.method !== 'GET' && !(c.surface === 'content-manager' && CM_READS.has(c.action));

async function runCell(c: RouteCase, persona: Persona, outcome: Outcome) {
  const req = await prepare(c);
  const write = isWrite(c);
  const before = write ? await tracker.before() : null;
  let call = send(persona, c.type, c.method, req.url, req.holder);
  if (req.body !== undefined) call = call.send(req.body as object);
  const res = await call;
  const seen = `${res.status} ${res.body?.error ? `${res.body.error.name}: ${res.body.error.message}` : ''}`.trim();

  let changed: string[] = [];
  if (write) {
    changed = await tracker.changedSince(before!);
    // A target that was written to (or might have been) is not used again.
    if (req.target && (res.status < 300 || changed.length)) {
      if (req.target === 'alert') alertId = null;
      else fixtures.delete(req.target);
    }
  }

  expect({ status: res.status < 500 ? 'not 5xx' : seen }).toEqual({ status: 'not 5xx' });
  if (outcome === 'refused') {
    const admin = c.surface !== 'content-api' && (persona === 'anonymous' || persona === 'endUser');
    expect({ refused: admin ? res.status === 401 : res.status >= 400 && res.status < 500, seen }).toEqual({ refused: true, seen });
    expect({ changed, seen }).toEqual({ changed: [], seen });
  }
  if (outcome === 'allowed') {
    expect({ allowed: res.status >= 200 && res.status < 300, seen }).toEqual({ allowed: true, seen });
    if (c.action === 'list' && req.readFixture) {
      const ids = (res.body.results ?? []).map((r: any) => r.documentId);
      expect({ listed: ids.includes(req.readFixture), total: res.body.pagination?.total }).toEqual({ listed: sees(c.type!, persona), total: res.body.pagination?.total });
    }
  }
}

// ------------------------------------------------------------------ the tests

describe(`the router serves exactly the routes of the matrix (${TEST_DB})`, () => {
  it('the booted app mounts these routes and shows these types, nothing else', async () => {
    const { strapi } = app;
    const mounted = (surface: Surface, defs: RouteDef[]) => defs.map((r) => routeKey(surface, r)).sort();
    expect(mounted('plugin', strapi.plugin('ppid').routes.admin.routes)).toEqual(mounted('plugin', (pluginRoutes as any).admin.routes));
    expect(mounted('content-api', strapi.plugin('ppid').routes['content-api'].routes)).toEqual(mounted('content-api', (pluginRoutes as any)['content-api'].routes));
    const cm = (strapi.plugin('content-manager').routes.admin.routes as RouteDef[]).filter((r) => r.path.startsWith('/collection-types/:model'));
    expect(mounted('content-manager', cm)).toEqual(mounted('content-manager', CM_ROUTES));

    // What the HTTP router actually answers under the three prefixes.
    const served = new Set<string>();
    for (const layer of strapi.server.listRoutes() as { path: string; methods: string[] }[]) {
      if (!/^\/(api\/ppid|ppid|content-manager\/collection-types)(\/|$)/.test(layer.path)) continue;
      for (const method of layer.methods.filter((m) => m !== 'HEAD')) served.add(`${method} ${layer.path}`);
    }
    const inMatrix = new Set([...CASES.map((c) => `${c.method} ${c.path}`), ...Object.keys(EXCLUDED)]);
    expect([...served].filter((k) => !inMatrix.has(k)).sort()).toEqual([]);
    expect([...inMatrix].filter((k) => !served.has(k)).sort()).toEqual([]);

    const visible = Object.entries<any>(strapi.contentTypes)
      .filter(([uid, s]) => uid.startsWith(P) && s.kind === 'collectionType' && s.pluginOptions?.['content-manager']?.visible !== false)
      .map(([uid]) => uid.slice(P.length))
      .sort();
    expect(visible).toEqual([...VISIBLE].sort());
  });

  it('keeps the hidden dev mailbox read-only in the Content Manager: super admins read it (as at /ppid/dev-mailbox), nobody writes, nobody else reads', async () => {
    const base = `/content-manager/collection-types/${P}dev-mail`;
    await app.strapi.db.query(`${P}dev-mail`).create({ data: { to: 'matriks@uji.ppid.go.id', subject: 'Surat matriks', text: 'x', html: '<p>x</p>' } });
    const row = await app.strapi.db.query(`${P}dev-mail`).findOne({ where: { to: 'matriks@uji.ppid.go.id' } });
    for (const persona of PERSONAS) {
      const before = await tracker.before();
      const calls = [
        send(persona, undefined, 'GET', base),
        send(persona, undefined, 'GET', `${base}/${row.documentId}`),
        send(persona, undefined, 'POST', base).send({ to: 'palsu@uji.ppid.go.id', subject: 'Palsu' }),
        send(persona, undefined, 'PUT', `${base}/${row.documentId}`).send({ subject: 'Diubah' }),
        send(persona, undefined, 'DELETE', `${base}/${row.documentId}`),
      ];
      const statuses = (await Promise.all(calls)).map((r: any) => r.status);
      const reads = persona === 'superAdmin' ? [200, 200] : 'refused';
      const seen = { reads: statuses.slice(0, 2).every((st) => st >= 400 && st < 500) ? 'refused' : statuses.slice(0, 2), writes: statuses.slice(2).every((st) => st >= 400 && st < 500) ? 'refused' : statuses.slice(2) };
      expect({ persona, ...seen }).toEqual({ persona, reads, writes: 'refused' });
      expect({ persona, changed: await tracker.changedSince(before) }).toEqual({ persona, changed: [] });
    }
  });

  const unfilled = CASES.filter((c) => c.problem).map((c) => [c.label, c.problem!] as const);
  if (unfilled.length) {
    it.each(unfilled)('%s is untested: %s (teach this file the route, or exclude it with a reason)', (_label, problem) => {
      throw new Error(problem);
    });
  }
});

describe.each(RUNNABLE.map((c) => [c.label, c] as const))(`%s (${TEST_DB})`, (_label, c) => {
  it.each(personasOf(c).map((p) => [p, expected(c, p)] as const))('as %s: %s', async (persona, outcome) => {
    await runCell(c, persona, outcome);
  });
});
