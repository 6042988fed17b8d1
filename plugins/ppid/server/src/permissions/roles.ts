/**
 * The admin roles the plugin sets up, once per installation (what an agency later changes in
 * Settings > Roles stays changed; a grant added in a later version reaches an existing role once):
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

/**
 * `added` names a grant that came after the role was first set up: an existing install gets it
 * once too (see `grantsDue`).
 */
type Grant = { verbs: readonly ('create' | 'read' | 'update' | 'delete')[]; types: string[]; conditions?: string[]; added?: string };

type ActionGrant = { action: string; conditions?: string[]; added?: string };

const ROLES: { code: string; name: string; description: string; content: Grant[]; actions: ActionGrant[] }[] = [
  {
    code: STAFF_ROLE,
    name: 'Staf PPID',
    description: 'Pegawai pemegang jabatan: mengelola konten unit tempat ia menjabat dan menjalankan alur persetujuan (tanpa menerbitkan langsung).',
    content: [
      { verbs: ALL, types: ['announcement', 'publication-record', 'dip-entry', 'exclusion', 'content-plan', 'content-plan-item', 'backlog-item'], conditions: [UNIT_MEMBER_CONDITION] },
      { verbs: ['read'], types: ['unit', 'position-assignment'], conditions: [UNIT_MEMBER_CONDITION] },
      { verbs: ['read'], types: ['berkala-category', 'dip-edition'] },
      { verbs: ['read'], types: ['exclusion-list'], added: 'exclusion-list-read' },
      { verbs: ['create', 'read', 'update'], types: ['meeting-minute', 'update-request', 'approval-form', 'evaluation'] },
    ],
    actions: [
      { action: 'plugin::ppid.workflow.read' },
      { action: 'plugin::ppid.workflow.transition' },
      { action: 'plugin::ppid.compliance.read' },
      // The DIP import wizard: rows of the units where the person holds a position only (dip/import rules).
      { action: 'plugin::ppid.dip.import', added: 'dip-import' },
      // The information service: only PPID position holders of the PPID unit get past the route (request-access).
      { action: 'plugin::ppid.requests.handle', added: 'requests-handle' },
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

/** The store key that remembers a later grant was given to a role (or was due when the role was created). */
export const addedGrantKey = (role: string, added: string) => `role-grant-v1:${role}:${added}`;

/**
 * The later grants a role still gets, once per installation: none on a role being created (it gets
 * every grant with its creation), and on an existing role those not yet remembered as given. What
 * an agency removes afterwards stays removed.
 */
export function grantsDue<G extends { added?: string }>(roleCode: string, grants: G[], roleSetUp: boolean, remembered: (key: string) => boolean): G[] {
  if (!roleSetUp) return [];
  return grants.filter((g) => g.added && !remembered(addedGrantKey(roleCode, g.added)));
}

function permissionsOf(strapi: Core.Strapi, role: { content: Grant[]; actions: ActionGrant[] }) {
  const provider = strapi.service('admin::permission').actionProvider;
  const out: Record<string, any>[] = [];
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
    const setUp = !!(await store.get({ key }));
    const remembered = new Set<string>();
    const later = [...role.content, ...role.actions].filter((g) => g.added);
    for (const g of later) if (await store.get({ key: addedGrantKey(role.code, g.added!) })) remembered.add(addedGrantKey(role.code, g.added!));
    const due = { content: grantsDue(role.code, role.content, setUp, (k) => remembered.has(k)), actions: grantsDue(role.code, role.actions, setUp, (k) => remembered.has(k)) };
    if (setUp) {
      if (due.content.length || due.actions.length) await addGrants(strapi, role.code, due);
      for (const g of [...due.content, ...due.actions]) await store.set({ key: addedGrantKey(role.code, g.added!), value: true });
      continue;
    }
    let row = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
    if (!row) row = await roles.create({ name: role.name, code: role.code, description: role.description });
    await roles.assignPermissions(row.id, permissionsOf(strapi, role));
    for (const g of later) await store.set({ key: addedGrantKey(role.code, g.added!), value: true });
    await store.set({ key, value: true });
  }
}

/** Adds the permissions of later grants to an existing role (what it already has stays as it is). */
async function addGrants(strapi: Core.Strapi, code: string, grants: { content: Grant[]; actions: ActionGrant[] }) {
  const row = await strapi.db.query('admin::role').findOne({ where: { code } });
  if (!row) return; // the agency deleted the role: nothing to add to
  const permissions = strapi.db.query('admin::permission');
  for (const p of permissionsOf(strapi, grants)) {
    if (await permissions.findOne({ where: { action: p.action, subject: p.subject, role: { id: row.id } } })) continue;
    await strapi.service('admin::permission').createMany([{ ...p, role: row.id }]);
  }
}
