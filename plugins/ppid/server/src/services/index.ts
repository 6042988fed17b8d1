/**
 * The plugin's services, one per noun (as Strapi's review-workflows package has workflows, stages,
 * assignees...). `getService` (utils/) is typed from this map.
 */
import type { Core } from '@strapi/strapi';
import publicApi from '../public-api/service';
import setup from '../seed/reference';
import organisation from './organisation';
import membership from './membership';
import guard from './guard';
import notifications from './notifications';
import devMailbox from './dev-mailbox';
import workflow from './workflow';
import workflowClock from './workflow-clock';
import workflowPeople from './workflow-people';
import workflowDefinitions from './workflow-definitions';
import workflowItems from './workflow-items';
import workflowInstances from './workflow-instances';
import workflowEvents from './workflow-events';
import workflowActions from './workflow-actions';
import workflowViews from './workflow-views';
import workflowBoard from './workflow-board';
import complianceFacts from './compliance-facts';
import complianceAlerts from './compliance-alerts';
import complianceRuns from './compliance-runs';
import privacy from './privacy';
import privacyClearances from './privacy-clearances';
import websiteFigures from './website-figures';
import dipReopen from './dip-reopen';
import dipList from './dip-list';
import websiteRecords from './website-records';
import home from './home';
import websiteDesk from './website-desk';
import websiteEvaluations from './website-evaluations';
import complianceCharts from './compliance-charts';
import exclusions from './exclusions';
import requestAccess from './request-access';
import requestDesk from './request-desk';
import requestDeskList from './request-desk-list';
import objectionDesk from './objection-desk';
import requestIntake from './request-intake';
import requestDocuments from './request-documents';
import requestRegisters from './request-registers';
import requestClock from './request-clock';
import serviceReports from './service-reports';
import privateFiles from './private-files';
import identityDocuments from './identity-documents';
import formTokens from './form-tokens';
import requesterMail from './requester-mail';

const services = {
  'request-access': requestAccess,
  'request-intake': requestIntake,
  'request-desk': requestDesk,
  'request-desk-list': requestDeskList,
  'objection-desk': objectionDesk,
  'request-documents': requestDocuments,
  'request-registers': requestRegisters,
  'request-clock': requestClock,
  'service-reports': serviceReports,
  'private-files': privateFiles,
  'identity-documents': identityDocuments,
  'form-tokens': formTokens,
  'requester-mail': requesterMail,
  publicApi,
  organisation,
  membership,
  guard,
  setup,
  notifications,
  'dev-mailbox': devMailbox,
  workflow,
  'workflow-clock': workflowClock,
  'workflow-people': workflowPeople,
  'workflow-definitions': workflowDefinitions,
  'workflow-items': workflowItems,
  'workflow-instances': workflowInstances,
  'workflow-events': workflowEvents,
  'workflow-actions': workflowActions,
  'workflow-views': workflowViews,
  'workflow-board': workflowBoard,
  'compliance-facts': complianceFacts,
  'compliance-alerts': complianceAlerts,
  'compliance-runs': complianceRuns,
  privacy,
  'privacy-clearances': privacyClearances,
  'website-figures': websiteFigures,
  'dip-reopen': dipReopen,
  'dip-list': dipList,
  'website-records': websiteRecords,
  home,
  'website-desk': websiteDesk,
  'website-evaluations': websiteEvaluations,
  'compliance-charts': complianceCharts,
  exclusions,
} satisfies Record<string, (ctx: { strapi: Core.Strapi }) => object>;

export type Services = typeof services;
export default services;
