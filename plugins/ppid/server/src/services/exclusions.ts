/**
 * The excluded-information register of the admin (GET /ppid/exclusions): each exclusion (the draft
 * row, which every document has) with its Pasal 17 letter, consequence test, period, whether it is
 * published, where it stands today (dip/exclusion-status.ts) and the DIP entries listed under it.
 * The excluded content itself and internal notes are never part of it. Three queries a page.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { exclusionStatus, statusWhere } from '../dip/exclusion-status';
import { today as localToday } from '../domain/time';
import type { ExclusionStatus } from '../../../shared/lists';
import { complianceSettings, complianceTimezone } from './compliance-facts';

type Row = Record<string, any>;
const day = (v: unknown): string | null => (v ? (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10) : null);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(q: { status?: ExclusionStatus; page: number; pageSize: number }, now = new Date()) {
    const today = localToday(now, complianceTimezone(strapi));
    const warnDays = complianceSettings(strapi).rules['exclusion-expiry'].warnDays;
    const where = { publishedAt: { $null: true }, ...(q.status ? statusWhere(q.status, today, warnDays) : {}) };
    const X = strapi.db.query(uid('exclusion'));
    const [rows, total]: [Row[], number] = await Promise.all([
      X.findMany({
        where,
        select: ['id', 'documentId', 'title', 'article17Letter', 'legalBasis', 'consequenceIfOpened', 'consequenceIfClosed', 'testedOn', 'exclusionEndsOn', 'decreeNumber',
          'enactedByName', 'reopenedOn', 'reopenedByName', 'reopenReason', 'reopenedClass'],
        populate: { unit: { select: ['code', 'name'] } },
        orderBy: [{ exclusionEndsOn: 'asc' }, { id: 'asc' }],
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
      }),
      X.count({ where }),
    ]);
    const ids = rows.map((r) => r.id);
    const [published, entries]: Row[][] = ids.length
      ? await Promise.all([
          X.findMany({ where: { documentId: { $in: rows.map((r) => r.documentId) }, publishedAt: { $notNull: true } }, select: ['documentId'] }),
          strapi.db.query(uid('dip-entry')).findMany({
            where: { exclusion: { id: { $in: ids } }, publishedAt: { $null: true } },
            select: ['documentId', 'number', 'title', 'infoClass'],
            populate: { exclusion: { select: ['id'] } },
            orderBy: [{ number: 'asc' }],
          }),
        ])
      : [[], []];
    const isPublished = new Set(published.map((p) => p.documentId));
    return {
      data: rows.map((r) => {
        const exclusionEndsOn = day(r.exclusionEndsOn);
        const reopenedOn = day(r.reopenedOn);
        return {
          documentId: r.documentId,
          title: r.title,
          unit: r.unit ? { code: r.unit.code, name: r.unit.name } : null,
          article17Letter: r.article17Letter,
          legalBasis: r.legalBasis,
          consequenceIfOpened: r.consequenceIfOpened,
          consequenceIfClosed: r.consequenceIfClosed,
          testedOn: day(r.testedOn),
          exclusionEndsOn,
          decreeNumber: r.decreeNumber ?? null,
          enactedByName: r.enactedByName ?? null,
          published: isPublished.has(r.documentId),
          status: exclusionStatus({ exclusionEndsOn, reopenedOn }, today, warnDays),
          reopened: reopenedOn ? { on: reopenedOn, byName: r.reopenedByName ?? null, reason: r.reopenReason ?? '', newClass: r.reopenedClass } : null,
          entries: entries.filter((e) => e.exclusion?.id === r.id).map((e) => ({ documentId: e.documentId, number: e.number, title: e.title, infoClass: e.infoClass })),
        };
      }),
      meta: { today, warnDays, pagination: { page: q.page, pageSize: q.pageSize, pageCount: Math.max(1, Math.ceil(total / q.pageSize)), total } },
    };
  },
});
