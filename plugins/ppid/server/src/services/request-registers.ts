/**
 * The information service's registers and annual report (Strapi glue for requests/registers.ts and
 * requests/report.ts): the rows of a period for the units the person serves (request-access: only
 * the PPID positions and super admins), as the official registers and the report's figures read
 * them. Dates are read in the agency's time zone; working days come from the workflow's clock. The
 * letters are request-documents'.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { receiptDay, workingDaysBetween } from '../requests/deadlines';
import type { Letterhead } from '../requests/letters';
import { objectionRegisterRow, requestRegisterRow, type ObjectionEntry, type RequestEntry } from '../requests/registers';
import { serviceReport, type ObjectionRow, type RequestRow } from '../requests/report';
import { getService } from '../utils';
import { agencyOf, unitsBelow } from '../workflow/actors';
import type { User } from './workflow-people';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };

const REQ = uid('info-request');
const OBJ = uid('objection');

export interface Period {
  from: string;
  to: string;
  state?: string;
}

/** The requester's contact as the registers show it (none once erased). */
export const contactOf = (r: Row) => (r.identityErasedAt ? null : [r.phone, r.email].filter(Boolean).join(' / ') || null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zone = () => strapi.config.get('plugin::ppid.timezone') as string;
  const clock = () => getService(strapi, 'workflow-clock').clock();
  const access = () => getService(strapi, 'request-access');
  const docs = () => getService(strapi, 'request-documents');
  const localDay = (v: unknown) => (v ? (DateTime.fromJSDate(new Date(v as string), { zone: zone() }).toISODate() as string) : null);
  const contact = contactOf;

  /** The instants bounding local days [from, to] (inclusive). */
  const bounds = (p: Period) => ({
    start: DateTime.fromISO(p.from, { zone: zone() }).startOf('day').toJSDate(),
    end: DateTime.fromISO(p.to, { zone: zone() }).endOf('day').toJSDate(),
  });

  /**
   * The units whose rows the person reads, as a where clause (403 when none): the service positions
   * act for their whole agency (as the engine's holders do), so every unit of the agencies served.
   */
  async function unitScope(user: Person): Promise<Row> {
    const served = await access().servedUnits(user);
    if (served !== 'all' && !served.length) await access().assertHandler(user, null);
    if (served === 'all') return {};
    const { units } = await getService(strapi, 'membership').snapshot();
    const ids = new Set<number>();
    for (const u of served) for (const id of unitsBelow(units, agencyOf(units, u) ?? u)) ids.add(id);
    return { unit: { id: { $in: [...ids] } } };
  }

  /** Every unit of one agency, as a where clause (the issued report's scope). */
  async function agencyScope(agencyId: number): Promise<Row> {
    const { units } = await getService(strapi, 'membership').snapshot();
    return { unit: { id: { $in: [...unitsBelow(units, agencyId)] } } };
  }

  async function requestRows(scope: Row, p: Period): Promise<Row[]> {
    const { start, end } = bounds(p);
    return strapi.db.query(REQ).findMany({
      where: { ...scope, receivedAt: { $gte: start, $lte: end }, ...(p.state ? { state: p.state } : {}) },
      populate: { objections: { select: ['registrationNumber'] } },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    });
  }

  async function objectionRows(scope: Row, p: Period): Promise<Row[]> {
    const { start, end } = bounds(p);
    return strapi.db.query(OBJ).findMany({
      where: { ...scope, filedAt: { $gte: start, $lte: end }, ...(p.state ? { state: p.state } : {}) },
      populate: { request: true },
      orderBy: [{ filedAt: 'asc' }, { id: 'asc' }],
    });
  }

  const working = (from: unknown, to: unknown) => (from && to ? workingDaysBetween(clock(), receiptDay(clock(), new Date(from as string)), localDay(to)!) : null);
  const closedIncomplete = (r: Row) => r.state === 'closed' && !r.outcome;

  async function requestRegister(user: Person, p: Period) {
    const rows = await requestRows(await unitScope(user), p);
    return rows.map((r, i) => {
      const e: RequestEntry = {
        registrationNumber: r.registrationNumber,
        receivedOn: localDay(r.receivedAt)!,
        requesterName: r.requesterName,
        onBehalfOf: r.onBehalfOf,
        address: r.address,
        contact: contact(r),
        occupation: r.occupation,
        informationRequested: r.informationRequested,
        purpose: r.purpose,
        informationForm: r.informationForm,
        deliveryMethod: r.deliveryMethod,
        outcome: r.outcome ?? null,
        refusalArticle: r.refusalArticle,
        referralBody: r.referralBody,
        noticeOn: r.outcome ? localDay(r.signedAt) : null,
        workingDays: r.outcome ? working(r.receivedAt, r.signedAt) : null,
        extensionDays: r.extensionDays ?? 0,
        answeredOnTime: r.answeredOnTime ?? null,
        closedIncomplete: closedIncomplete(r),
        identityErased: !!r.identityErasedAt,
        objections: (r.objections ?? []).map((o: Row) => o.registrationNumber),
      };
      return requestRegisterRow(i + 1, e);
    });
  }

  async function objectionRegister(user: Person, p: Period) {
    const rows = await objectionRows(await unitScope(user), p);
    return rows.map((o, i) => {
      const r: Row = o.request ?? {};
      const e: ObjectionEntry = {
        registrationNumber: o.registrationNumber,
        requestNumber: r.registrationNumber ?? '-',
        filedOn: localDay(o.filedAt)!,
        requesterName: r.requesterName ?? '-',
        address: r.address,
        contact: contact(r),
        informationRequested: r.informationRequested ?? '-',
        grounds: Array.isArray(o.grounds) ? o.grounds : [],
        ppidResponse: o.ppidResponse,
        decision: o.decision ?? null,
        decidedOn: localDay(o.decidedAt),
        workingDays: o.decision ? working(o.filedAt, o.decidedAt) : null,
        disputeNumber: o.disputeNumber,
        identityErased: !!r.identityErasedAt,
      };
      return objectionRegisterRow(i + 1, e);
    });
  }

  /** The year's report figures over the registers of the units the person serves. */
  const report = async (user: Person, year: number, now = new Date()) => figures(await unitScope(user), year, now);
  /** The year's report figures of one agency (every unit below its root): what an issue freezes. */
  const agencyReport = async (agencyId: number, year: number, now = new Date()) => figures(await agencyScope(agencyId), year, now);

  async function figures(scope: Row, year: number, now: Date) {
    const p = { from: `${year}-01-01`, to: `${year}-12-31` };
    const [requests, objections] = await Promise.all([requestRows(scope, p), objectionRows(scope, p)]);
    const rq: RequestRow[] = requests.map((r) => ({
      receivedAt: new Date(r.receivedAt),
      channel: r.channel,
      outcome: r.outcome && r.signedAt ? r.outcome : null,
      answeredAt: r.outcome && r.signedAt ? new Date(r.signedAt) : null,
      extensionDays: r.extensionDays ?? 0,
      refusalArticle: r.refusalArticle ?? null,
      closedIncomplete: closedIncomplete(r),
    }));
    const ob: ObjectionRow[] = objections.map((o) => ({
      filedAt: new Date(o.filedAt),
      grounds: Array.isArray(o.grounds) ? o.grounds : [],
      decision: o.decision ?? null,
      decidedAt: o.decidedAt ? new Date(o.decidedAt) : null,
      disputeNumber: o.disputeNumber ?? null,
    }));
    return serviceReport(clock(), year, rq, ob, now);
  }

  /** The letterhead of the registers and the report: the agency of the first unit the person serves. */
  async function ownLetterhead(user: Person): Promise<Letterhead | null> {
    const served = await access().servedUnits(user);
    if (served === 'all') {
      const root: Row | null = await strapi.db.query(uid('unit')).findOne({ where: { parent: { id: { $null: true } } }, select: ['id'], orderBy: { id: 'asc' } });
      return docs().letterhead(root?.id);
    }
    return docs().letterhead(served[0]);
  }

  return { requestRegister, objectionRegister, report, agencyReport, letterhead: ownLetterhead };
};
