/**
 * The figures an evaluation of the website work (web SOP C1 Koordinator, C2 head) is pre-filled with,
 * read from the data over a period: content published per unit against the plan, backlog items opened
 * and closed with their lead time, and proofs of publication per channel. The reads are a fixed number
 * of queries; the computing is the pure functions of website/figures.ts.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { CHANNELS } from '../domain/constants';
import { backlogFigures, planVsActual, planVsActualPerUnit, proofsPerChannel } from '../website/figures';
import { getConfig } from '../utils';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const timezone = () => getConfig(strapi).timezone as string;

  /** Figures for the local days `from`..`to` ("YYYY-MM-DD", both included). */
  async function figures(from: string, to: string) {
    const tz = timezone();
    const start = DateTime.fromISO(from, { zone: tz }).startOf('day');
    const end = DateTime.fromISO(to, { zone: tz }).endOf('day');
    const startAt = start.toJSDate();
    const endAt = end.toJSDate();
    const monthOf = (d: Date) => DateTime.fromJSDate(d, { zone: tz }).toFormat('yyyy-MM');
    const [fromMonth, toMonth] = [start.toFormat('yyyy-MM'), end.toFormat('yyyy-MM')];

    const [planItems, published, backlog, proofs]: Row[][] = await Promise.all([
      strapi.db.query(uid('content-plan-item')).findMany({
        where: { plan: { year: { $between: [start.year, end.year] }, state: { $in: ['signed', 'submitted'] } } },
        select: ['id', 'targetMonth'],
        populate: { plan: { select: ['id', 'year'], populate: { unit: { select: ['id'] } } }, unit: { select: ['id'] } },
      }),
      strapi.db.query(uid('announcement')).findMany({
        where: { publishedAt: { $gte: startAt, $lte: endAt } },
        select: ['id', 'publishedAt'],
        populate: { unit: { select: ['id'] } },
      }),
      strapi.db.query(uid('backlog-item')).findMany({
        where: { createdAt: { $lte: endAt }, $or: [{ resolvedAt: { $null: true } }, { resolvedAt: { $gte: startAt } }] },
        select: ['id', 'createdAt', 'resolvedAt'],
      }),
      strapi.db.query(uid('publication-record')).findMany({
        where: { channelPublishedAt: { $gte: startAt, $lte: endAt } },
        select: ['id', 'channel', 'channelPublishedAt'],
      }),
    ]);

    const plan = planItems
      .map((i) => ({ unitId: i.unit?.id ?? i.plan?.unit?.id, month: `${i.plan?.year}-${String(i.targetMonth).padStart(2, '0')}` }))
      .filter((r) => typeof r.unitId === 'number' && r.month >= fromMonth && r.month <= toMonth);
    const actual = published
      .filter((a) => a.unit?.id)
      .map((a) => ({ unitId: a.unit.id as number, month: monthOf(new Date(a.publishedAt)) }));
    const cells = planVsActual(plan, actual);
    return {
      period: { from, to, timezone: tz },
      planVsActual: { cells, perUnit: planVsActualPerUnit(cells) },
      backlog: backlogFigures(
        backlog.map((b) => ({ openedAt: new Date(b.createdAt), closedAt: b.resolvedAt ? new Date(b.resolvedAt) : null })),
        startAt,
        endAt
      ),
      proofsPerChannel: proofsPerChannel(
        proofs.map((p) => ({ channel: p.channel, at: new Date(p.channelPublishedAt) })),
        CHANNELS,
        startAt,
        endAt
      ),
    };
  }

  return { figures };
};
