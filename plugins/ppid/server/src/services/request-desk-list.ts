/**
 * The request desk's list (issue 14): the requests a PPID serves in one desk view, the earliest
 * deadline first, with each view's count for the tabs (`meta.counts`). Filtered, counted and paged
 * by the database over the stored deadline (requests/desk.ts `viewWhere`); only the page's rows are
 * put on their clock. Every call checks the caller serves the requests' unit (request-access).
 */
import type { Core } from '@strapi/strapi';
import { REQUEST_DESK_VIEWS, type RequestDeskRow, type RequestDeskView, type RequestState } from '../../../shared/requests';
import { uid } from '../content-types/builders';
import { deskClock, dueSoonBy, viewWhere } from '../requests/desk';
import type { WorkflowDefinition } from '../workflow/definition';
import { getService } from '../utils';
import { INSTANCE } from './workflow-instances';
import type { User } from './workflow-people';

type Row = Record<string, any>;
const REQUEST = uid('info-request');
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export interface RequestListQuery {
  view: RequestDeskView;
  q?: string;
  year?: number;
  page: number;
  pageSize: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const access = () => getService(strapi, 'request-access');
  const clock = () => getService(strapi, 'workflow-clock').clock();
  const definitions = () => getService(strapi, 'workflow-definitions');

  /** The caller's requests matching the search (every view): their units, the year, the number or the requester's name. */
  async function scope(user: User, q: Pick<RequestListQuery, 'q' | 'year'>, now: Date): Promise<Row> {
    const units = await access().servedUnits(user, now);
    if (units !== 'all' && !units.length) await access().assertHandler(user, null, now);
    const where: Row = { ...(units === 'all' ? {} : { unit: { id: { $in: units } } }), ...(q.year ? { year: q.year } : {}) };
    if (q.q) where.$or = [{ registrationNumber: { $containsi: q.q } }, { requesterName: { $containsi: q.q } }];
    return where;
  }

  /** The workflow stage's name of each request on the page. */
  async function stageNames(documentIds: string[]): Promise<(documentId: string) => { id: string; en: string }> {
    const instances: Row[] = documentIds.length
      ? await strapi.db.query(INSTANCE).findMany({ where: { subjectType: 'info-request', subjectDocumentId: { $in: documentIds } } })
      : [];
    const defs = new Map<string, WorkflowDefinition>();
    for (const inst of instances) {
      const k = `${inst.workflowKey}@${inst.workflowVersion}`;
      if (!defs.has(k)) defs.set(k, (await definitions().definition(inst.workflowKey, inst.workflowVersion)) as WorkflowDefinition);
    }
    return (documentId) => {
      const inst = instances.find((i) => i.subjectDocumentId === documentId);
      const def = inst && defs.get(`${inst.workflowKey}@${inst.workflowVersion}`);
      return def?.stages.find((s) => s.key === inst!.stage)?.name ?? { id: inst?.stage ?? '-', en: inst?.stage ?? '-' };
    };
  }

  async function list(user: User, q: RequestListQuery, now = new Date()) {
    const base = await scope(user, q, now);
    const c = clock();
    const bounds = { now, dueSoonBy: dueSoonBy(c, now) };
    const filtered = (view: RequestDeskView) => ({ $and: [base, viewWhere(view, bounds)] });
    const query = strapi.db.query(REQUEST);
    const [rows, countList] = await Promise.all([
      query.findMany({
        where: filtered(q.view),
        select: ['id', 'documentId', 'registrationNumber', 'requesterName', 'channel', 'receivedAt', 'state', 'extensionDays', 'signedAt', 'outcome'],
        populate: { holderUnit: { select: ['id', 'name'] }, objections: { select: ['id'] } },
        orderBy: [{ dueAt: 'asc' }, { registrationNumber: 'asc' }],
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
      }) as Promise<Row[]>,
      Promise.all(REQUEST_DESK_VIEWS.map(async (v) => [v, await query.count({ where: filtered(v) })] as const)),
    ]);
    const counts = Object.fromEntries(countList) as Record<RequestDeskView, number>;
    const stageName = await stageNames(rows.map((r) => r.documentId));
    const data: RequestDeskRow[] = rows.map((row) => {
      const k = deskClock(c, { receivedAt: new Date(row.receivedAt), extensionDays: row.extensionDays, state: row.state as RequestState, signedAt: row.signedAt ? new Date(row.signedAt) : null }, now);
      return {
        documentId: row.documentId,
        registrationNumber: row.registrationNumber,
        requesterName: row.requesterName,
        channel: row.channel,
        receivedAt: iso(row.receivedAt)!,
        state: row.state,
        stageName: stageName(row.documentId),
        dueOn: k.dueOn,
        dueAt: k.dueAt.toISOString(),
        extended: k.extended,
        workingDaysLeft: k.workingDaysLeft,
        overdue: k.overdue,
        outcome: row.outcome ?? null,
        holderUnit: row.holderUnit ? { id: row.holderUnit.id, name: row.holderUnit.name } : null,
        objections: row.objections?.length ?? 0,
      };
    });
    const total = counts[q.view];
    return { data, meta: { pagination: { page: q.page, pageSize: q.pageSize, pageCount: Math.ceil(total / q.pageSize), total }, counts } };
  }

  return { list };
};
