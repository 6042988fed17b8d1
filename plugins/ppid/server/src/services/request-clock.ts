/**
 * The information service's clock in the checker (Strapi glue for requests/checks.ts), run with
 * every daily (and manual) compliance run: reads the open requests and objections and the finished
 * ones, writes the alerts (compliance-alerts, rules REQUEST_RULES), records missed deadlines on the
 * request, closes requests never completed through the workflow's cancel transition as the system
 * (logged with its reason, the incomplete notice being the letter for it), and erases identity data
 * past its retention period (plugin config `requests.retentionDays`, validated at start).
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import type { Finding } from '../compliance/rules';
import type { RuleName } from '../compliance/settings';
import { finishedAt, requestChecks, REQUEST_RULES, type OpenRequest } from '../requests/checks';
import { REQUEST_OPEN_STATES } from '../../../shared/requests';
import { getConfig, getService } from '../utils';
import { NO_IDENTITY_FILE } from './identity-documents';
import { statusAt } from '../workflow/rules';
import { SUBJECTS } from '../workflow/subjects';

type Row = Record<string, any>;
const REQ = uid('info-request');
const OBJ = uid('objection');
const dateOf = (v: unknown) => (v ? new Date(v as string) : null);
const PAGE = 500;

export type RequestClockResult = { findings: number; opened: number; updated: number; resolved: number; recordedLate: number; closed: number; erased: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => getService(strapi, 'workflow-clock').clock();
  // Validated at start (config/index.ts).
  const retentionDays = () => getConfig(strapi).requests.retentionDays;

  async function all(query: () => { findMany: (q: Row) => Promise<Row[]> }, q: Row): Promise<Row[]> {
    const out: Row[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await query().findMany({ ...q, offset, limit: PAGE, orderBy: { id: 'asc' } });
      out.push(...page);
      if (page.length < PAGE) return out;
    }
  }

  /**
   * Closes a request waiting for completion through its workflow's cancel transition, as the
   * system: the instance moves (one conditional update, a log row with the reason), the request's
   * state follows the stage. False when it is no longer there (somebody acted first).
   */
  async function closeIncomplete(documentId: string, reason: string, now: Date): Promise<boolean> {
    const spec = SUBJECTS['info-request'];
    const instances = getService(strapi, 'workflow-instances');
    const items = getService(strapi, 'workflow-items');
    const inst = await instances.findInstance(spec.type, documentId);
    if (!inst || inst.status !== 'active') return false;
    const def = await getService(strapi, 'workflow-definitions').definition(inst.workflowKey, inst.workflowVersion);
    const tr = def?.transitions.find((t) => t.from === inst.stage && t.action === 'cancel' && def.stages.find((s) => s.key === t.to)?.kind === 'cancelled');
    if (!def || !tr) return false;
    const row = await items.itemRow(spec, documentId);
    if (!row) return false;
    const p = await getService(strapi, 'workflow-people').people(now);
    try {
      await strapi.db.transaction(async () => {
        await instances.advance(
          inst,
          inst.revision,
          { stage: tr.to, status: statusAt(def, tr.to), enteredAt: now, dueAt: null },
          { ...instances.baseEntry(spec, documentId, def, inst, row, null, null, now, p), toStage: tr.to, action: 'cancel', reason }
        );
        await items.writeFields(spec, documentId, items.stepFields(spec, def, tr.to, false, null as any, now));
        await strapi.db.query(REQ).updateMany({ where: { documentId }, data: { closedAt: now } });
        // Closed with a notice, never silently: the requester gets the incomplete notice by e-mail.
        await getService(strapi, 'requester-mail').tellSafely('closed', documentId, now);
      });
      return true;
    } catch (error) {
      strapi.log.warn(`[ppid] request ${documentId} not closed: ${(error as Error).message}`);
      return false;
    }
  }

  /** Erases the identity data of a finished request (the register row stays), the stored identity document included. */
  async function erase(documentId: string, now: Date) {
    const row: Row | null = await strapi.db.query(REQ).findOne({ where: { documentId, identityErasedAt: { $null: true } }, select: ['id', 'identityFileKey'] });
    if (!row) return false;
    await strapi.db.query(REQ).updateMany({
      where: { documentId },
      data: { identityNumber: null, ...NO_IDENTITY_FILE, address: null, phone: null, email: null, identityErasedAt: now },
    });
    await getService(strapi, 'identity-documents').discard(row.identityFileKey);
    return true;
  }

  async function run(now = new Date()): Promise<RequestClockResult> {
    const c = clock();
    const [open, objections, finished] = await Promise.all([
      all(() => strapi.db.query(REQ), { where: { state: { $in: [...REQUEST_OPEN_STATES] } }, select: ['documentId', 'registrationNumber', 'state', 'receivedAt', 'extensionDays', 'completeBy', 'lateRecordedAt', 'signedAt'], populate: { unit: { select: ['id'] } } }),
      all(() => strapi.db.query(OBJ), { where: { state: { $in: ['registered', 'examining', 'deciding'] } }, select: ['documentId', 'registrationNumber', 'filedAt'], populate: { unit: { select: ['id'] } } }),
      all(() => strapi.db.query(REQ), {
        where: { state: { $in: ['delivered', 'closed'] }, identityErasedAt: { $null: true } },
        select: ['documentId', 'state', 'deliveredAt', 'closedAt', 'signedAt'],
        populate: { objections: { select: ['state', 'deliveredAt', 'decidedAt', 'updatedAt'] } },
      }),
    ]);
    const requests: OpenRequest[] = open.map((r) => ({
      documentId: r.documentId,
      registrationNumber: r.registrationNumber,
      unitId: r.unit?.id ?? null,
      state: r.state,
      receivedAt: new Date(r.receivedAt),
      extensionDays: r.extensionDays ?? 0,
      completeBy: r.completeBy ? String(r.completeBy).slice(0, 10) : null,
      lateRecordedAt: dateOf(r.lateRecordedAt),
      signedAt: dateOf(r.signedAt),
    }));
    const result = requestChecks(
      c,
      now,
      {
        requests,
        objections: objections.map((o) => ({ documentId: o.documentId, registrationNumber: o.registrationNumber, unitId: o.unit?.id ?? null, filedAt: new Date(o.filedAt) })),
        finished: finished.map((r) => ({
          documentId: r.documentId,
          finishedAt: finishedAt(
            { state: r.state, deliveredAt: dateOf(r.deliveredAt), closedAt: dateOf(r.closedAt), signedAt: dateOf(r.signedAt) },
            (r.objections ?? []).map((o: Row) => ({ state: o.state, deliveredAt: dateOf(o.deliveredAt), decidedAt: dateOf(o.decidedAt), updatedAt: dateOf(o.updatedAt) }))
          ),
        })),
      },
      { retentionDays: retentionDays() }
    );
    if (result.recordLate.length) {
      await strapi.db.query(REQ).updateMany({ where: { documentId: { $in: result.recordLate }, lateRecordedAt: { $null: true } }, data: { lateRecordedAt: now, answeredOnTime: false } });
    }
    let closed = 0;
    for (const c of result.close) if (await closeIncomplete(c.documentId, c.reason, now)) closed += 1;
    let erased = 0;
    for (const documentId of result.erase) if (await erase(documentId, now)) erased += 1;
    // The public form's used tokens are kept only until they expire (a token is refused then anyway).
    await getService(strapi, 'form-tokens').prune(now);
    // The alerts: one per rule and subject, resolved when the request is answered (compliance-alerts' diff).
    const written = await getService(strapi, 'compliance-alerts').sync(result.findings as unknown as Finding[], REQUEST_RULES as unknown as RuleName[], now);
    return { findings: result.findings.length, ...written, recordedLate: result.recordLate.length, closed, erased };
  }

  return { run, closeIncomplete, erase };
};
