/**
 * The head's signature on a DIP edition (issue 9 point 1), applied by the write guard when an
 * edition goes from draft to enacted through an admin request: only the holder of the agency's head
 * position (Kepala; Plt or Plh when acting) on the signing date may enact it, and the signature
 * block (who signed, name, title, NIP) is taken from that person's position assignment, never
 * typed by an editor. Writes made by the plugin's own code outside a request (the demo seed, data
 * migrations) keep the signer fields they carry.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { refuse, inLanguageOf } from '../errors';
import { getService } from '../utils';
import type { User } from '../services/workflow-people';
import { userName } from '../services/workflow-people';
import { decideHeadSignature, headTitle, type SignedListName } from './edition-rules';

type Row = Record<string, any>;

export type Signature = { signedBy: number; signerName: string; signerTitle: string; signerNip: string | null };

/**
 * The signature of `user` on the list (a DIP edition, the list of excluded information: `list` is
 * its name, which the caller gives), or a refusal (403) naming that list in the person's language.
 */
export async function headSignature(strapi: Core.Strapi, edition: Row, user: User & { preferedLanguage?: string | null }, list: SignedListName): Promise<Signature> {
  const agencyId: number | undefined = edition.agency?.id;
  const date = String(edition.signedAt ?? '').slice(0, 10);
  if (!agencyId || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    // The content rules name the missing field; nothing to sign yet.
    return refuse(400, `Signing ${list.en} needs its agency and the signing date ("signedAt")`);
  }
  const people = getService(strapi, 'workflow-people');
  const [units, assignments] = await Promise.all([people.loadUnits(), people.loadAssignments()]);
  const decision = decideHeadSignature(units, assignments, { agencyUnitId: agencyId, actorUserId: user.id, date, list });
  if (!decision.ok) refuse(403, inLanguageOf(user, decision.message), { reason: decision.reason });
  const { signer } = decision as Extract<typeof decision, { ok: true }>;
  const assignment: Row | null = await strapi.db.query(uid('position-assignment')).findOne({
    where: {
      user: { id: user.id },
      unit: { id: signer.unitId },
      position: 'kepala',
      holding: signer.holding,
      startsOn: { $lte: date },
      $or: [{ endsOn: { $null: true } }, { endsOn: { $gte: date } }],
    },
    select: ['officialName', 'nip'],
  });
  const agencyName = units.get(signer.unitId)?.name ?? units.get(agencyId)?.name ?? '';
  return {
    signedBy: user.id,
    signerName: assignment?.officialName?.trim() || userName(user),
    signerTitle: headTitle(signer.holding, agencyName),
    signerNip: assignment?.nip?.trim() || null,
  };
}
