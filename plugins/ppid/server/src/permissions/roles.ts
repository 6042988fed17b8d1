/**
 * The admin roles the plugin sets up, once per installation (what an agency later changes in
 * Settings > Roles stays changed):
 * - "Staf PPID": civil servants holding a position. They read and edit the items of the units where
 *   they hold a position (the `unit-member` condition), pick those units, take workflow steps,
 *   record proof of publication and upload files. Publishing is never a Content Manager action for
 *   them: it is the workflow's step.
 * - "Pengelola Organisasi PPID": who manages units and position assignments (the organisation data
 *   the workflow trusts), with the plugin's organisation permissions.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { UNIT_MEMBER_CONDITION } from './conditions';

export const STAFF_ROLE = 'ppid-staff';
export const ORGANISATION_ROLE = 'ppid-organisation';

const CM = (verb: 'create' | 'read' | 'update' | 'delete') => `plugin::content-manager.explorer.${verb}`;
const ALL = ['create', 'read', 'update', 'delete'] as const;

type Grant = { verbs: readonly ('create' | 'read' | 'update' | 'delete')[]; types: string[]; conditions?: string[] };

const ROLES: { code: string; name: string; description: string; content: Grant[]; actions: { action: string; conditions?: string[] }[] }[] = [
  {
    code: STAFF_ROLE,
    name: 'Staf PPID',
    description: 'Pegawai pemegang jabatan: mengelola konten unit tempat ia menjabat dan menjalankan alur persetujuan (tanpa menerbitkan langsung).',
    content: [
      { verbs: ALL, types: ['announcement', 'publication-record', 'dip-entry', 'exclusion', 'content-plan', 'content-plan-item', 'backlog-item'], conditions: [UNIT_MEMBER_CONDITION] },
      { verbs: ['read'], types: ['unit', 'position-assignment'], conditions: [UNIT_MEMBER_CONDITION] },
      { verbs: ['read'], types: ['berkala-category', 'dip-edition', 'exclusion-list'] },
      { verbs: ['create', 'read', 'update'], types: ['meeting-minute', 'update-request', 'approval-form', 'evaluation'] },
    ],
    actions: [
      { action: 'plugin::ppid.workflow.read' },
      { action: 'plugin::ppid.workflow.transition' },
      { action: 'plugin::ppid.compliance.read' },
      { action: 'plugin::upload.read' },
      { action: 'plugin::upload.configure-view' },
      { action: 'plugin::upload.assets.create' },
      { action: 'plugin::upload.assets.update', conditions: ['admin::is-creator'] },
      { action: 'plugin::upload.assets.download' },
      { action: 'plugin::upload.assets.copy-link' },
    ],
  },
  {
    code: ORGANISATION_ROLE,
    name: 'Pengelola Organisasi PPID',
    description: 'Mengelola unit dan penetapan jabatan (siapa memegang jabatan apa); setiap perubahan tercatat. Tidak dapat menetapkan jabatan untuk dirinya sendiri.',
    content: [{ verbs: ALL, types: ['unit', 'position-assignment'] }],
    actions: [{ action: 'plugin::ppid.organisation.manage' }, { action: 'plugin::ppid.organisation.read' }, { action: 'plugin::ppid.workflow.read' }],
  },
];

function permissionsOf(strapi: Core.Strapi, role: (typeof ROLES)[number]) {
  const provider = strapi.service('admin::permission').actionProvider;
  const out: Record<string, unknown>[] = [];
  for (const grant of role.content) {
    const subjects = grant.types.map(uid);
    const actions = provider
      .values()
      .filter((a: any) => grant.verbs.some((v) => CM(v) === a.actionId))
      .map((a: any) => ({ ...a, subjects: (a.subjects ?? []).filter((s: string) => subjects.includes(s)) }));
    const withFields = strapi.service('admin::content-type').getPermissionsWithNestedFields(actions);
    out.push(...withFields.map((p: any) => ({ ...p, conditions: grant.conditions ?? [] })));
  }
  for (const a of role.actions) out.push({ action: a.action, subject: null, properties: {}, conditions: a.conditions ?? [] });
  return out;
}

/** Creates the plugin's roles once (remembered in the plugin store). Needs Strapi's own roles first. */
export async function ensureRoles(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'ppid' });
  const roles = strapi.service('admin::role');
  if (!(await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } }))) return; // a fresh install: after Strapi's roles
  for (const role of ROLES) {
    const key = `role-v1:${role.code}`;
    if (await store.get({ key })) continue;
    let row = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
    if (!row) row = await roles.create({ name: role.name, code: role.code, description: role.description });
    await roles.assignPermissions(row.id, permissionsOf(strapi, role));
    await store.set({ key, value: true });
  }
}
