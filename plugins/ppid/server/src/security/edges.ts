/**
 * The edges of the app that users-permissions leaves open by default:
 * - end-user registration is closed once, at the first start (an agency may open it again later:
 *   a store flag remembers that it was done);
 * - the public read API also answers logged-in end users: the Authenticated role gets the same read
 *   actions as the Public role, once per action (a later revocation is kept);
 * - `POST /api/auth/forgot-password` answers the same `{ ok: true }` for known and unknown
 *   addresses, also when mail is down (users-permissions would answer 500 for a known address).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PUBLIC_ACTIONS } from '../routes';

const FLAG_REGISTRATION = 'security-v1:registration-closed';
const flagGrant = (action: string) => `security-v1:authenticated-grant:${action}`;

export async function closeRegistrationOnce(strapi: Core.Strapi) {
  if (!strapi.plugin('users-permissions')) return;
  const store = strapi.store({ type: 'plugin', name: 'ppid' });
  if (await store.get({ key: FLAG_REGISTRATION })) return;
  const upStore = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await upStore.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await upStore.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  await store.set({ key: FLAG_REGISTRATION, value: true });
}

export async function grantAuthenticatedRead(strapi: Core.Strapi) {
  if (!strapi.plugin('users-permissions')) return;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  if (!role) return;
  const store = strapi.store({ type: 'plugin', name: 'ppid' });
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_ACTIONS.map((a) => `plugin::ppid.public.${a}`)) {
    if (await store.get({ key: flagGrant(action) })) continue;
    const found = await permissions.findOne({ where: { action, role: { id: role.id } } });
    if (!found) await permissions.create({ data: { action, role: role.id } });
    await store.set({ key: flagGrant(action), value: true });
  }
}

/** Wraps users-permissions' forgot-password: the same answer whatever happens after validation. */
export function guardForgotPassword(strapi: Core.Strapi) {
  if (!strapi.plugin('users-permissions')) return;
  (strapi.get('controllers') as any).extend('plugin::users-permissions.auth', (controller: any) => {
    const original = controller.forgotPassword;
    return Object.assign(controller, {
      async forgotPassword(ctx: any) {
        try {
          await original.call(controller, ctx);
        } catch (error) {
          // A malformed request is refused as before: it says nothing about any account.
          if (error instanceof errors.ValidationError) throw error;
          strapi.log.error(`[ppid] forgot-password: the reset e-mail could not be sent: ${(error as Error)?.message ?? error}`);
          ctx.status = 200;
          ctx.body = { ok: true };
        }
      },
    });
  });
}
