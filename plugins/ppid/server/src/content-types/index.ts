import { announcement, berkalaCategory, publicationRecord } from './announcement';
import { dipEdition, dipEntry, dipSubmission, exclusion, exclusionList } from './dip';
import { devMail, notification } from './notification';
import { privacyClearance } from './privacy';
import { infoRequest, objection, usedFormToken } from './requests';
import { serviceReport } from './service-report';
import { complianceAlert, complianceRun } from './compliance';
import { organisationChange, positionAssignment, unit } from './organisation';
import { workflow, workflowBinding, workflowInstance, workflowTransition } from './workflow';
import {
  approvalForm,
  backlogItem,
  contentPlan,
  contentPlanItem,
  evaluation,
  meetingMinute,
  updateRequest,
} from './website';

const all = [
  unit,
  positionAssignment,
  organisationChange,
  berkalaCategory,
  announcement,
  publicationRecord,
  dipEntry,
  dipEdition,
  dipSubmission,
  exclusion,
  exclusionList,
  contentPlan,
  contentPlanItem,
  backlogItem,
  meetingMinute,
  updateRequest,
  approvalForm,
  evaluation,
  infoRequest,
  objection,
  serviceReport,
  usedFormToken,
  workflow,
  workflowBinding,
  workflowInstance,
  workflowTransition,
  notification,
  devMail,
  privacyClearance,
  complianceAlert,
  complianceRun,
];

/** Strapi wants `{ [singularName]: { schema } }`. */
export default Object.fromEntries(all.map((schema) => [schema.info.singularName, { schema }]));

export const CONTENT_TYPE_NAMES = all.map((schema) => schema.info.singularName);
