/**
 * The information service's reader rule applied (requests/access.ts): which PPID units a person
 * serves today, and a refusal (403, in their language) for anyone else. Every request and objection
 * route, letter, register and report goes through `assertHandler` or `servedUnits`.
 */
import type { Core } from '@strapi/strapi';
import { refuse, inLanguageOf } from '../errors';
import { mayHandle, NOT_A_HANDLER, SERVICE_POSITIONS, type ServicePosition, type ServiceRole } from '../requests/access';
import { getService } from '../utils';
import { holders, type User } from './workflow-people';

type Person = User & { preferedLanguage?: string | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const people = () => getService(strapi, 'workflow-people');

  /** The service positions `user` holds today in `unitId` (acting holders included). */
  async function roleIn(user: Person, unitId: number | null, now = new Date()): Promise<ServiceRole> {
    const p = await people().people(now);
    const positions = SERVICE_POSITIONS.filter((pos) => holders(p, unitId, pos).some((h) => h.userId === user.id)) as ServicePosition[];
    return { superAdmin: people().actorOf(user).superAdmin, positions };
  }

  /**
   * The PPID units (the agencies: units without a parent, where requests are registered) whose
   * requests `user` serves today; `'all'` for super admins. An empty list means they serve none.
   */
  async function servedUnits(user: Person, now = new Date()): Promise<number[] | 'all'> {
    if (people().actorOf(user).superAdmin) return 'all';
    const p = await people().people(now);
    const roots = [...p.units.values()].filter((u) => u.parentId === null).map((u) => u.id);
    return roots.filter((unitId) => SERVICE_POSITIONS.some((pos) => holders(p, unitId, pos).some((h) => h.userId === user.id)));
  }

  /** Refuses (403) anyone who does not serve `unitId` (any PPID unit when null). Returns their role there. */
  async function assertHandler(user: Person, unitId: number | null, now = new Date()): Promise<ServiceRole> {
    if (unitId === null) {
      const served = await servedUnits(user, now);
      if (served === 'all' || served.length) return { superAdmin: served === 'all', positions: [] };
      refuse(403, inLanguageOf(user, NOT_A_HANDLER), { reason: NOT_A_HANDLER.en });
    }
    const role = await roleIn(user, unitId, now);
    const verdict = mayHandle(role);
    if (!verdict.ok) refuse(403, inLanguageOf(user, verdict.reason), { reason: verdict.reason.en });
    return role;
  }

  return { roleIn, servedUnits, assertHandler };
};
