/**
 * Objections at the desk (issue 14, UU 14/2008 Pasal 35-38): the list, one objection, the PPID's
 * response, the Atasan PPID's written decision (the head holding 'kepala' in the PPID unit only),
 * and the dispute the requester took to the Komisi Informasi. Every call checks the caller serves
 * the objection's unit (request-access); the steps go through the workflow engine.
 */
import type { Core } from '@strapi/strapi';
import { OBJECTION_STATES, type ObjectionDecision, type ObjectionState } from '../../../shared/requests';
import { uid } from '../content-types/builders';
import { inLanguageOf, refuse, WorkflowConflict, type Text } from '../errors';
import { deadline, OBJECTION_ANSWER_WORKING_DAYS } from '../requests/deadlines';
import { isAtasanPpid } from '../requests/access';
import type { TransitionDef, WorkflowDefinition } from '../workflow/definition';
import { getService } from '../utils';
import { requesterStepOf } from '../notifications/requester-mail';
import { INSTANCE } from './workflow-instances';
import type { User } from './workflow-people';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };
const OBJECTION = uid('objection');
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const access = () => getService(strapi, 'request-access');
  const clock = () => getService(strapi, 'workflow-clock').clock();
  const definitions = () => getService(strapi, 'workflow-definitions');

  async function loadRow(documentId: string): Promise<Row | null> {
    return strapi.db.query(OBJECTION).findOne({
      where: { documentId },
      populate: {
        unit: { select: ['id', 'code', 'name'] },
        request: { select: ['id', 'documentId', 'registrationNumber', 'requesterName', 'outcome', 'state'] },
        decidedBy: { select: ['id', 'firstname', 'lastname'] },
      },
    });
  }

  async function handled(user: Person, documentId: string, now = new Date()) {
    const row = await loadRow(documentId);
    if (!row) refuse(404, inLanguageOf(user, { id: 'Keberatan tidak ditemukan', en: 'No such objection' }));
    const role = await access().assertHandler(user, row!.unit?.id ?? null, now);
    return { row: row!, role };
  }

  async function instanceOf(documentId: string) {
    const inst: Row | null = await strapi.db.query(INSTANCE).findOne({ where: { subjectType: 'objection', subjectDocumentId: documentId } });
    if (!inst) return null;
    return { inst, def: (await definitions().definition(inst.workflowKey, inst.workflowVersion)) as WorkflowDefinition };
  }

  async function assertStageFor(user: Person, documentId: string, field: string, what: Text) {
    const found = await instanceOf(documentId);
    const here = found && found.inst.status === 'active' && found.def.transitions.some((t) => t.from === found.inst.stage && t.requires?.includes(field));
    if (!here) {
      const stage = found?.def.stages.find((s) => s.key === found.inst.stage)?.name ?? { id: found?.inst.stage ?? '-', en: found?.inst.stage ?? '-' };
      throw new WorkflowConflict(
        inLanguageOf(user, {
          id: `${what.id} hanya dapat diisi pada tahap yang memerlukannya; keberatan ini sedang pada tahap "${stage.id}"`,
          en: `${what.en} can be written only at the stage that needs it; this objection is at "${stage.en}"`,
        }),
        { stage: found?.inst.stage ?? null, field }
      );
    }
  }

  /** The objection's deadline: 30 working days from its filing (Pasal 36 ayat 2). */
  const dueOf = (row: Row) =>
    row.dueAt ? { dueOn: row.dueOn as string, dueAt: new Date(row.dueAt) } : deadline(clock(), new Date(row.filedAt), OBJECTION_ANSWER_WORKING_DAYS);

  const summary = (row: Row, now: Date) => {
    const due = dueOf(row);
    const decided = !!row.decidedAt;
    return {
      documentId: row.documentId,
      registrationNumber: row.registrationNumber,
      request: row.request ? { documentId: row.request.documentId, registrationNumber: row.request.registrationNumber, requesterName: row.request.requesterName } : null,
      state: row.state as ObjectionState,
      grounds: row.grounds ?? [],
      filedAt: iso(row.filedAt),
      dueOn: due.dueOn,
      dueAt: due.dueAt.toISOString(),
      overdue: !decided && row.state !== 'withdrawn' && now.getTime() > due.dueAt.getTime(),
      decision: (row.decision ?? null) as ObjectionDecision | null,
      decidedAt: iso(row.decidedAt),
      disputed: !!row.disputeNumber,
    };
  };

  /**
   * The objections the caller handles, the earliest due first: by state, and by `q` over the
   * objection's number, its request's number and the requester's name; `meta.counts` has the
   * number in each state (and `all`) for the same search, counted by the database.
   */
  async function list(user: Person, q: { state?: ObjectionState; q?: string; page: number; pageSize: number }, now = new Date()) {
    const units = await access().servedUnits(user, now);
    if (units !== 'all' && !units.length) await access().assertHandler(user, null, now);
    const base: Row = units === 'all' ? {} : { unit: { id: { $in: units } } };
    if (q.q) {
      base.$or = [
        { registrationNumber: { $containsi: q.q } },
        { request: { registrationNumber: { $containsi: q.q } } },
        { request: { requesterName: { $containsi: q.q } } },
      ];
    }
    const where: Row = { ...base, ...(q.state ? { state: q.state } : {}) };
    const query = strapi.db.query(OBJECTION);
    const [rows, countList] = await Promise.all([
      query.findMany({
        where,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
        populate: { request: { select: ['id', 'documentId', 'registrationNumber', 'requesterName'] } },
      }) as Promise<Row[]>,
      Promise.all((['all', ...OBJECTION_STATES] as const).map(async (s) => [s, await query.count({ where: s === 'all' ? base : { ...base, state: s } })] as const)),
    ]);
    const counts = Object.fromEntries(countList) as Record<ObjectionState | 'all', number>;
    const total = counts[q.state ?? 'all'];
    return { data: rows.map((r) => summary(r, now)), meta: { pagination: { page: q.page, pageSize: q.pageSize, pageCount: Math.ceil(total / q.pageSize), total }, counts } };
  }

  async function detail(user: Person, documentId: string, now = new Date()) {
    const { row } = await handled(user, documentId, now);
    const workflow = await getService(strapi, 'workflow-views').view('objection', documentId, user, now);
    const name = (u: Row | null) => (u ? [u.firstname, u.lastname].filter(Boolean).join(' ') : null);
    return {
      ...summary(row, now),
      channel: row.channel,
      reasons: row.reasons,
      unit: row.unit ? { id: row.unit.id, code: row.unit.code, name: row.unit.name } : null,
      ppidResponse: row.ppidResponse ?? null,
      decisionNumber: row.decisionNumber ?? null,
      decisionBody: row.decisionBody ?? null,
      decidedBy: name(row.decidedBy),
      decidedOnTime: row.decidedOnTime ?? null,
      deliveredAt: iso(row.deliveredAt),
      dispute: row.disputeNumber
        ? { disputeNumber: row.disputeNumber, disputeFiledOn: row.disputeFiledOn ?? null, disputeRulingSummary: row.disputeRulingSummary ?? null, recordedAt: iso(row.disputeRecordedAt) }
        : null,
      workflow,
      letters: { receipt: true, decision: !!row.decidedAt },
    };
  }

  const update = (id: number, data: Row) => strapi.db.query(OBJECTION).update({ where: { id }, data });

  async function respond(user: Person, documentId: string, body: { ppidResponse: string }) {
    const { row } = await handled(user, documentId);
    await assertStageFor(user, documentId, 'ppidResponse', { id: 'Tanggapan PPID', en: "The PPID's response" });
    await update(row.id, { ppidResponse: body.ppidResponse.trim() });
    return detail(user, documentId);
  }

  const NOT_ATASAN: Text = {
    id: 'Keputusan atas keberatan ditetapkan oleh Atasan PPID (kepala badan publik pada unit PPID).',
    en: 'An objection is decided by the Atasan PPID (the head of the public body, in the PPID unit).',
  };

  async function decide(user: Person, documentId: string, body: { decision: ObjectionDecision; decisionNumber?: string | null; decisionBody: string }) {
    const { row, role } = await handled(user, documentId);
    if (!isAtasanPpid(role)) refuse(403, inLanguageOf(user, NOT_ATASAN), { reason: NOT_ATASAN.en });
    await assertStageFor(user, documentId, 'decision', { id: 'Keputusan Atasan PPID', en: "The Atasan PPID's decision" });
    await update(row.id, { decision: body.decision, decisionNumber: body.decisionNumber?.trim() || null, decisionBody: body.decisionBody.trim() });
    return detail(user, documentId);
  }

  async function recordDispute(user: Person, documentId: string, body: { disputeNumber: string; disputeFiledOn: string; disputeRulingSummary?: string | null }, now = new Date()) {
    const { row } = await handled(user, documentId, now);
    const lapsed = !row.decidedAt && row.state !== 'withdrawn' && now.getTime() > dueOf(row).dueAt.getTime();
    if (!row.decidedAt && !lapsed) {
      throw new WorkflowConflict(
        inLanguageOf(user, {
          id: 'Sengketa ke Komisi Informasi dicatat setelah keputusan Atasan PPID, atau setelah batas waktu 30 hari kerja lewat tanpa keputusan',
          en: "A dispute at the Komisi Informasi is recorded after the Atasan PPID's decision, or once the 30 working-day deadline passed undecided",
        })
      );
    }
    if (row.disputeNumber) {
      throw new WorkflowConflict(inLanguageOf(user, { id: 'Sengketa untuk keberatan ini sudah dicatat', en: 'A dispute is already recorded for this objection' }));
    }
    const today = getService(strapi, 'workflow-people').localToday(now);
    if (body.disputeFiledOn > today) {
      refuse(400, inLanguageOf(user, { id: 'Tanggal pengajuan sengketa tidak boleh setelah hari ini', en: 'The dispute cannot be filed after today' }), {
        errors: [{ path: ['disputeFiledOn'], message: 'In the future', name: 'ValidationError' }],
      });
    }
    await update(row.id, {
      disputeNumber: body.disputeNumber.trim(),
      disputeFiledOn: body.disputeFiledOn,
      disputeRulingSummary: body.disputeRulingSummary?.trim() || null,
      disputeRecordedAt: now,
    });
    return detail(user, documentId, now);
  }

  /** After the Atasan PPID's decision (the receipt edge): whether it came within 30 working days. */
  async function afterStep(documentId: string, def: WorkflowDefinition, edge: TransitionDef, _user: User, _reason: string | null, now: Date) {
    if (!edge.receipt) return;
    const row: Row | null = await strapi.db.query(OBJECTION).findOne({ where: { documentId }, select: ['id', 'filedAt', 'dueOn', 'dueAt'] });
    if (row) await update(row.id, { decidedOnTime: now.getTime() <= dueOf(row).dueAt.getTime() });
    // The requester hears of the Atasan PPID's decision, with it attached.
    const step = requesterStepOf('objection', def, edge);
    if (step) await getService(strapi, 'requester-mail').tellSafely(step, documentId, now);
  }

  return { list, detail, respond, decide, recordDispute, afterStep };
};
