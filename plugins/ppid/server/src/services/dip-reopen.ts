/**
 * Re-opening excluded information when its exclusion period has ended (issue 9 point 2; UU 14/2008
 * Pasal 17, Perki 1/2021): a recorded action by the PPID officials of the agency (PPID Utama, Ketua
 * PPID or the head) with a written reason and the open class the information takes. In one
 * transaction the exclusion records who, when, why and which class, and every DIP entry listed
 * under it as "dikecualikan" becomes that class, published and draft rows alike, so the public DIP
 * shows it as open information at once (the public cache follows the database lifecycles). The
 * checker's expiry alert resolves on its next run, since it only looks at exclusions not re-opened.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import type { Position } from '../domain/constants';
import { decideReopen } from '../dip/reopen-rules';
import { inLanguageOf, refuse } from '../errors';
import { getService } from '../utils';
import { holdersOfAny, userName, type User } from './workflow-people';

type Row = Record<string, any>;

/** Who decides that excluded information is open again. */
export const REOPEN_POSITIONS: Position[] = ['ppid_utama', 'ketua_ppid', 'kepala'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reopen(documentId: string, user: User & { preferedLanguage?: string | null }, body: { reason: unknown; newClass: unknown }, now = new Date()) {
    const rows: Row[] = await strapi.db.query(uid('exclusion')).findMany({
      where: { documentId },
      select: ['id', 'title', 'exclusionEndsOn', 'reopenedOn', 'publishedAt'],
      populate: { unit: { select: ['id'] } },
    });
    if (!rows.length) refuse(404, `No excluded information with documentId "${documentId}"`);
    const draft = rows.find((r) => !r.publishedAt) ?? rows[0];
    const people = getService(strapi, 'workflow-people');
    const p = await people.people(now);
    const held = holdersOfAny(p, draft.unit?.id ?? null, REOPEN_POSITIONS).find((h) => h.userId === user.id);
    if (!held) {
      refuse(
        403,
        inLanguageOf(user, {
          id: 'Hanya PPID Utama, Ketua PPID atau Kepala yang dapat membuka kembali informasi yang dikecualikan',
          en: 'Only the PPID Utama, the Ketua PPID or the head of agency may re-open excluded information',
        })
      );
    }
    const decision = decideReopen(
      { class: 'dikecualikan', exclusionEndsOn: draft.exclusionEndsOn ? String(draft.exclusionEndsOn).slice(0, 10) : null, reopenedOn: draft.reopenedOn ?? null },
      { byUserId: user.id, today: p.date, reason: body.reason, newClass: body.newClass }
    );
    if (!decision.ok) refuse(400, inLanguageOf(user, decision.message), { errors: [{ path: [decision.path], message: decision.message.en, name: 'ValidationError' }] });
    const { record } = decision as Extract<typeof decision, { ok: true }>;

    const entryIds: number[] = await strapi.db.transaction(async () => {
      // One update per row (draft and published): updateMany does not write relations.
      for (const row of rows) {
        await strapi.db.query(uid('exclusion')).update({
          where: { id: row.id },
          data: { reopenedOn: record.on, reopenedBy: user.id, reopenedByName: userName(user), reopenReason: record.reason, reopenedClass: record.newClass },
        });
      }
      const entries: Row[] = await strapi.db.query(uid('dip-entry')).findMany({
        where: { exclusion: { id: { $in: rows.map((r) => r.id) } }, infoClass: 'dikecualikan' },
        select: ['id'],
      });
      if (entries.length) {
        await strapi.db.query(uid('dip-entry')).updateMany({ where: { id: { $in: entries.map((e) => e.id) } }, data: { infoClass: record.newClass } });
      }
      return entries.map((e) => e.id);
    });
    const entries: Row[] = entryIds.length
      ? await strapi.db.query(uid('dip-entry')).findMany({ where: { id: { $in: entryIds } }, select: ['documentId', 'number', 'title', 'infoClass', 'publishedAt'] })
      : [];
    return {
      documentId,
      title: draft.title,
      reopenedOn: record.on,
      reopenedBy: { id: user.id, name: userName(user), position: held.position, holding: held.holding },
      reason: record.reason,
      newClass: record.newClass,
      entries: [...new Map(entries.map((e) => [e.documentId, { documentId: e.documentId, number: e.number, title: e.title, infoClass: e.infoClass }])).values()],
    };
  },
});
