/**
 * The write rules of the list of excluded information (issue 9 point 2), applied by the write guard
 * (services/guard.ts) on every path: the archive fields are computed, the signer is never typed
 * (the head's signature fills it: dip/signature.ts), signing freezes the list of the agency's
 * excluded information with their consequence tests, and a signed list never changes nor goes.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { keepUnwritten } from '../domain/computed';
import { COMPUTED_FIELDS } from '../domain/validation';
import { refuseProblems } from '../errors';
import { requestUser } from '../document-middlewares/context';
import * as serialize from '../public-api/serializers';
import { getService } from '../utils';
import { SIGNED_LIST_NAMES, SIGNER_FIELDS } from './edition-rules';
import { buildExclusionSnapshot, lockedListChange } from './list-rules';
import { headSignature } from './signature';

type Data = Record<string, any>;

const dateOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').slice(0, 10));

/** A signed list is the archive: refused before it is deleted. */
export function refuseSignedDelete(current: Data | null) {
  if (current && current.state !== 'draft') refuseProblems([{ path: ['state'], message: 'A signed list of excluded information cannot be deleted: it is the archive' }]);
}

export async function guardExclusionList(strapi: Core.Strapi, action: string, data: Data, merged: Data, current: Data | null) {
  const computed = COMPUTED_FIELDS['exclusion-list'];
  if (action === 'clone') {
    for (const f of [...computed, ...SIGNER_FIELDS]) data[f] = null;
    data.state = 'draft';
    return;
  }
  keepUnwritten(computed, data, current, (f) => `"${f}" is computed when the head signs the list and cannot be written`, { snapshot: { type: 'json' } });
  const user = requestUser(strapi);
  if (user) keepUnwritten(SIGNER_FIELDS, data, current, (f) => `"${f}" is filled by the head's signature and cannot be written`);
  if (current && current.state !== 'draft') {
    const problems = lockedListChange(data, current);
    if (problems.length) refuseProblems(problems);
    return;
  }
  if (!current && merged.state && merged.state !== 'draft') refuseProblems([{ path: ['state'], message: 'Create the list as a draft; the head signs it through its workflow' }]);
  if (!current || merged.state !== 'signed') return;

  const missing = (['decreeNumber', 'signedAt'] as const).filter((f) => !merged[f]);
  if (missing.length) refuseProblems(missing.map((f) => ({ path: [f], message: `A signed list of excluded information needs "${f}"` })));
  const agencyId: number | undefined = current.agency?.id;
  if (user) {
    const signer = (await getService(strapi, 'workflow-people').loadUser(user.id)) ?? user;
    const signature = await headSignature(strapi, { agency: agencyId ? { id: agencyId } : null, signedAt: merged.signedAt }, signer, SIGNED_LIST_NAMES['exclusion-list']);
    Object.assign(data, signature);
    Object.assign(merged, signature);
  }
  if (!merged.signerName) refuseProblems([{ path: ['signerName'], message: 'A signed list of excluded information needs its signer' }]);
  const unitIds: number[] = await strapi.plugin('ppid').service('organisation').subtreeByCode(current.agency?.code ?? '');
  const rows: Data[] = await strapi.db.query(uid('exclusion')).findMany({
    where: { publishedAt: { $notNull: true }, reopenedOn: { $null: true }, unit: { id: { $in: unitIds } } },
    populate: { unit: { select: ['code', 'name'] } },
  });
  const today = getService(strapi, 'workflow-people').localToday(new Date());
  const signedAt = dateOf(merged.signedAt);
  const { snapshot, hash, entryCount } = buildExclusionSnapshot(
    { year: merged.year, decreeNumber: merged.decreeNumber, signerName: merged.signerName, signerTitle: merged.signerTitle, signedAt },
    rows.map((r) => serialize.exclusion(r, today))
  );
  Object.assign(data, { snapshot, snapshotHash: hash, entryCount, archivedAt: new Date() });
}
