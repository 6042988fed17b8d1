import { WORKFLOW_TYPES, type WorkflowType } from '../api/types';

/** The Content Manager's edit view of an item, relative to the admin's router root. */
export const editViewPath = (type: string, documentId: string) =>
  `/content-manager/collection-types/plugin::ppid.${type}/${encodeURIComponent(documentId)}`;

/** `plugin::ppid.dip-entry` → `dip-entry`, for the content types that carry a workflow; else null. */
export function workflowTypeOf(model: string | undefined): WorkflowType | null {
  if (!model?.startsWith('plugin::ppid.')) return null;
  const type = model.slice('plugin::ppid.'.length);
  return (WORKFLOW_TYPES as readonly string[]).includes(type) ? (type as WorkflowType) : null;
}
