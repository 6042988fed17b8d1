import * as React from 'react';
import { useRBAC } from '@strapi/strapi/admin';

/** The plugin's RBAC actions (server/src/routes RBAC_ACTIONS), as the admin checks them. */
export type PpidAction =
  | 'workflow.read'
  | 'workflow.transition'
  | 'workflow.manage'
  | 'compliance.read'
  | 'compliance.manage'
  | 'organisation.read'
  | 'organisation.manage'
  | 'dip.export'
  | 'dip.import'
  | 'requests.handle';

/**
 * Whether the admin user holds one of the plugin's actions. One action per call: Strapi's useRBAC
 * names the result after the action's last word, so several "read" actions in one call collide.
 * `allowed` stays false while the permissions load (pages and buttons appear once known).
 */
export function useCan(action: PpidAction): { allowed: boolean; isLoading: boolean } {
  const permissions = React.useMemo(() => [{ action: `plugin::ppid.${action}`, subject: null }], [action]);
  const { allowedActions, isLoading } = useRBAC(permissions) as { allowedActions: Record<string, boolean>; isLoading: boolean };
  return { allowed: !isLoading && Object.values(allowedActions).some(Boolean), isLoading };
}
