import { WORKFLOW_TYPES, type WorkflowType } from '../api/types';

/**
 * The item's own page, relative to the admin's router root: the Content Manager's edit view, or for
 * the information service's requests and objections (hidden from the Content Manager: personal
 * data) their panel on the request desk.
 */
export const editViewPath = (type: string, documentId: string) => {
  const id = encodeURIComponent(documentId);
  if (type === 'info-request') return `/plugins/ppid/requests/${id}`;
  if (type === 'objection') return `/plugins/ppid/requests/objections/${id}`;
  return `/content-manager/collection-types/plugin::ppid.${type}/${id}`;
};

/** `plugin::ppid.dip-entry` → `dip-entry`, for the content types that carry a workflow; else null. */
export function workflowTypeOf(model: string | undefined): WorkflowType | null {
  if (!model?.startsWith('plugin::ppid.')) return null;
  const type = model.slice('plugin::ppid.'.length);
  return (WORKFLOW_TYPES as readonly string[]).includes(type) ? (type as WorkflowType) : null;
}
