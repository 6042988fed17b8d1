/**
 * Which unit a record of each ppid type belongs to: the path from the record to its unit. One list,
 * read by the `unit-member` RBAC condition (what a member of staff sees and edits in the Content
 * Manager) and by the write checks of the document-service middlewares (what they may create).
 * Pure data and functions: no Strapi here.
 */
export const UNIT_SCOPES: Readonly<Record<string, string>> = {
  announcement: 'unit',
  'publication-record': 'announcement.unit',
  'dip-entry': 'holderUnit',
  exclusion: 'unit',
  'content-plan': 'unit',
  'content-plan-item': 'plan.unit',
  'backlog-item': 'unit',
  unit: '',
  'position-assignment': 'unit',
};

const PREFIX = 'plugin::ppid.';

/** The unit path of a model uid, or null when the type is not scoped by unit. */
export function scopeOf(uid: string): string | null {
  if (!uid.startsWith(PREFIX)) return null;
  const path = UNIT_SCOPES[uid.slice(PREFIX.length)];
  return path === undefined ? null : path;
}

/**
 * The RBAC condition's query for a subject: records whose unit is one of `unitIds`. Strapi applies
 * it to Content Manager lists (as a filter) and to single records (as a match). Types without a
 * unit are not restricted by it (`true`); an unknown subject is refused (`false`).
 */
export function unitCondition(subject: string | null | undefined, unitIds: number[]): Record<string, unknown> | boolean {
  if (!subject) return false;
  const path = scopeOf(subject);
  if (path === null) return subject.startsWith(PREFIX) ? true : false;
  const ids = unitIds.length ? unitIds : [-1];
  return { [path ? `${path}.id` : 'id']: { $in: ids } };
}
