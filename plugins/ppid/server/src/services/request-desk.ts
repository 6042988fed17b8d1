/**
 * The request desk (issue 14): one request with its clock and the choices its forms need (the units
 * it may be sent to, the excluded information a refusal may cite), and what the desk writes between the workflow's steps (what is missing, the
 * disposisi, the written notice, the one extension); the list is request-desk-list.ts. Every call checks the caller serves the request's unit (request-access). The
 * steps themselves go through the workflow engine; a desk field is written only at the stage whose
 * step requires it. Rules: requests/desk.ts, requests/deadlines.ts.
 */
import type { Core } from '@strapi/strapi';
import { REQUEST_LIMITS, type NoticeOutcome, type RequestExclusionOption, type RequestState, type RequestUnitOption } from '../../../shared/requests';
import { uid } from '../content-types/builders';
import { inLanguageOf, refuse, WorkflowConflict, type Text } from '../errors';
import { addWorkingDays, answerDeadline, answeredOnTime } from '../requests/deadlines';
import { citableExclusions, deskClock, dispositionUnits, extensionCheck, lettersOf, NOTICE_PROBLEMS, noticeProblems, type DeskClock, type NoticeDraft, type UnitChoiceRow } from '../requests/desk';
import type { TransitionDef, WorkflowDefinition } from '../workflow/definition';
import { getService } from '../utils';
import { identityDocumentView } from './identity-documents';
import { requesterStepOf } from '../notifications/requester-mail';
import { INSTANCE } from './workflow-instances';
import type { User } from './workflow-people';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };
const REQUEST = uid('info-request');
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));

export interface NoticeInput {
  outcome: NoticeOutcome | null;
  noticeNumber?: string | null;
  noticeBody?: string | null;
  refusalArticle?: string | null;
  exclusionDocumentId?: string | null;
  referralBody?: string | null;
  fee?: number | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const access = () => getService(strapi, 'request-access');
  const clock = () => getService(strapi, 'workflow-clock').clock();
  const definitions = () => getService(strapi, 'workflow-definitions');

  const NOT_FOUND: Text = { id: 'Permohonan informasi tidak ditemukan', en: 'No such information request' };

  async function loadRow(documentId: string): Promise<Row | null> {
    return strapi.db.query(REQUEST).findOne({
      where: { documentId },
      populate: {
        unit: { select: ['id', 'code', 'name'] },
        holderUnit: { select: ['id', 'code', 'name'] },
        exclusion: { select: ['id', 'documentId', 'title', 'article17Letter', 'decreeNumber'] },
        objections: { select: ['id', 'documentId', 'registrationNumber', 'state', 'filedAt', 'dueOn', 'decision', 'decidedAt'] },
        extendedBy: { select: ['id', 'firstname', 'lastname'] },
      },
    });
  }

  /** The request a handler acts on: 404 when there is none, 403 when they do not serve its unit. */
  async function handled(user: Person, documentId: string, now = new Date()) {
    const row = await loadRow(documentId);
    if (!row) refuse(404, inLanguageOf(user, NOT_FOUND));
    const role = await access().assertHandler(user, row!.unit?.id ?? null, now);
    return { row: row!, role };
  }

  /** The request's workflow instance and its definition (null before the engine has started it). */
  async function instanceOf(documentId: string): Promise<{ inst: Row; def: WorkflowDefinition } | null> {
    const inst: Row | null = await strapi.db.query(INSTANCE).findOne({ where: { subjectType: 'info-request', subjectDocumentId: documentId } });
    if (!inst) return null;
    const def = (await definitions().definition(inst.workflowKey, inst.workflowVersion)) as WorkflowDefinition;
    return { inst, def };
  }

  /**
   * A desk field is written only at the stage whose step requires it (the answering stage for the
   * notice...): 409 elsewhere, with nothing changed.
   */
  async function assertStageFor(user: Person, documentId: string, field: string, what: Text) {
    const found = await instanceOf(documentId);
    const here = found && found.inst.status === 'active' && found.def.transitions.some((t) => t.from === found.inst.stage && t.requires?.includes(field));
    if (!here) {
      const stage = found?.def.stages.find((s) => s.key === found.inst.stage)?.name ?? { id: found?.inst.stage ?? '-', en: found?.inst.stage ?? '-' };
      throw new WorkflowConflict(
        inLanguageOf(user, {
          id: `${what.id} hanya dapat diisi pada tahap yang memerlukannya; permohonan ini sedang pada tahap "${stage.id}"`,
          en: `${what.en} can be written only at the stage that needs it; this request is at "${stage.en}"`,
        }),
        { stage: found?.inst.stage ?? null, field }
      );
    }
  }

  async function unitRows(): Promise<UnitChoiceRow[]> {
    const rows: Row[] = await strapi.db.query(uid('unit')).findMany({ select: ['id', 'code', 'name', 'active'], populate: { parent: { select: ['id'] } } });
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, active: r.active, parentId: r.parent?.id ?? null }));
  }

  /** The units the request may be sent to (disposisi): read here so a handler needs no organisation reading right. */
  async function unitChoices(requestUnitId: number | null | undefined, units?: UnitChoiceRow[]): Promise<RequestUnitOption[]> {
    return dispositionUnits(units ?? (await unitRows()), requestUnitId);
  }

  /** The excluded information a refusal may cite (requests/desk.ts `citableExclusions`), with the row id the notice stores. */
  async function exclusionChoices(requestUnitId: number | null | undefined, now: Date, units?: UnitChoiceRow[]): Promise<(RequestExclusionOption & { id: number })[]> {
    const rows: Row[] = await strapi.db.query(uid('exclusion')).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['id', 'documentId', 'title', 'article17Letter', 'decreeNumber', 'exclusionEndsOn', 'reopenedOn'],
      populate: { unit: { select: ['id'] } },
    });
    const day = (v: unknown) => (v ? String(v instanceof Date ? v.toISOString() : v).slice(0, 10) : null);
    const today = getService(strapi, 'workflow-people').localToday(now);
    return citableExclusions(
      rows.map((r) => ({ id: r.id, documentId: r.documentId, title: r.title, article17Letter: r.article17Letter, decreeNumber: r.decreeNumber ?? null, unitId: r.unit?.id ?? null, exclusionEndsOn: day(r.exclusionEndsOn), reopenedOn: day(r.reopenedOn) })),
      units ?? (await unitRows()),
      requestUnitId,
      today
    );
  }

  const factsOf = (row: Row) => ({ receivedAt: new Date(row.receivedAt), extensionDays: row.extensionDays, state: row.state as RequestState, signedAt: row.signedAt ? new Date(row.signedAt) : null });

  const clockView = (row: Row, k: DeskClock) => ({
    receivedAt: iso(row.receivedAt),
    receivedOn: k.receivedOn,
    dueOn: k.dueOn,
    dueAt: k.dueAt.toISOString(),
    extended: k.extended,
    extensionDays: row.extensionDays ?? 0,
    extensionReason: row.extensionReason ?? null,
    extendedAt: iso(row.extendedAt),
    workingDaysLeft: k.workingDaysLeft,
    overdue: k.overdue,
    dueSoon: k.dueSoon,
    answered: k.answered,
    onTime: row.answeredOnTime ?? k.onTime,
  });

  /** The pickers' choices of a request's panel (one read of the organisation for both). */
  async function choicesOf(requestUnitId: number | null | undefined, now: Date) {
    const units = await unitRows();
    const exclusions = await exclusionChoices(requestUnitId, now, units);
    return { units: await unitChoices(requestUnitId, units), exclusions: exclusions.map(({ id: _id, ...e }) => e) };
  }

  /** One request for those who handle it: identity and contact included. */
  async function detail(user: Person, documentId: string, now = new Date()) {
    const { row } = await handled(user, documentId, now);
    const k = deskClock(clock(), factsOf(row), now);
    const workflow = await getService(strapi, 'workflow-views').view('info-request', documentId, user, now);
    const name = (u: Row | null) => (u ? [u.firstname, u.lastname].filter(Boolean).join(' ') : null);
    return {
      documentId,
      registrationNumber: row.registrationNumber,
      year: row.year,
      channel: row.channel,
      unit: row.unit ? { id: row.unit.id, code: row.unit.code, name: row.unit.name } : null,
      requester: {
        kind: row.requesterKind,
        name: row.requesterName,
        ...pick(row, ['onBehalfOf', 'identityKind', 'identityNumber']),
        identityDocument: identityDocumentView(row),
        ...pick(row, ['address', 'phone', 'email', 'occupation']),
        erasedAt: iso(row.identityErasedAt),
      },
      informationRequested: row.informationRequested,
      purpose: row.purpose,
      informationForm: row.informationForm,
      deliveryMethod: row.deliveryMethod,
      state: row.state,
      clock: { ...clockView(row, k), extendedBy: name(row.extendedBy) },
      completeness: { missingItems: row.missingItems ?? null, completeBy: row.completeBy ?? null },
      holderUnit: row.holderUnit ? { id: row.holderUnit.id, code: row.holderUnit.code, name: row.holderUnit.name } : null,
      notice: {
        ...pick(row, ['outcome', 'noticeNumber', 'noticeBody', 'refusalArticle']),
        exclusion: row.exclusion ? { documentId: row.exclusion.documentId, title: row.exclusion.title, article17Letter: row.exclusion.article17Letter, decreeNumber: row.exclusion.decreeNumber ?? null } : null,
        ...pick(row, ['referralBody', 'fee']),
        problems: noticeProblems(row as NoticeDraft).map((p) => ({ problem: p, path: NOTICE_PROBLEMS[p].path, message: NOTICE_PROBLEMS[p].text })),
        signedAt: iso(row.signedAt),
        deliveredAt: iso(row.deliveredAt),
      },
      workflow,
      objections: (row.objections ?? []).map((o: Row) => ({ ...pick(o, ['documentId', 'registrationNumber', 'state', 'dueOn', 'decision']), filedAt: iso(o.filedAt), decidedAt: iso(o.decidedAt) })),
      letters: lettersOf(row as any),
      choices: await choicesOf(row.unit?.id, now),
    };
  }

  async function update(id: number, data: Row) {
    await strapi.db.query(REQUEST).update({ where: { id }, data });
  }

  async function setMissingItems(user: Person, documentId: string, body: { missingItems: string }) {
    const { row } = await handled(user, documentId);
    await assertStageFor(user, documentId, 'missingItems', { id: 'Kekurangan permohonan', en: 'What the requester must provide' });
    await update(row.id, { missingItems: body.missingItems.trim() });
    return detail(user, documentId);
  }

  async function setDisposition(user: Person, documentId: string, body: { holderUnitId: number }) {
    const { row } = await handled(user, documentId);
    await assertStageFor(user, documentId, 'holderUnit', { id: 'Disposisi', en: 'The disposisi' });
    const unit = (await unitChoices(row.unit?.id)).find((u) => u.id === body.holderUnitId);
    if (!unit) {
      refuse(400, inLanguageOf(user, { id: `Unit #${body.holderUnitId} tidak ada, tidak aktif, atau bukan unit badan publik permohonan ini`, en: `Unit #${body.holderUnitId} does not exist, is not active, or is not a unit of this request's public body` }), {
        errors: [{ path: ['holderUnitId'], message: "Unknown or inactive unit, or a unit of another public body", name: 'ValidationError' }],
      });
    }
    await update(row.id, { holderUnit: unit!.id });
    return detail(user, documentId);
  }

  async function setNotice(user: Person, documentId: string, body: NoticeInput, now = new Date()) {
    const { row } = await handled(user, documentId, now);
    await assertStageFor(user, documentId, 'notice', { id: 'Pemberitahuan tertulis', en: 'The written notice' });
    let exclusion: (RequestExclusionOption & { id: number }) | null = null;
    if (body.exclusionDocumentId) {
      // Only an entry of the request's choices (the body's list of excluded information in force).
      exclusion = (await exclusionChoices(row.unit?.id, now)).find((e) => e.documentId === body.exclusionDocumentId) ?? null;
      if (!exclusion) {
        refuse(
          400,
          inLanguageOf(user, {
            id: 'Informasi dikecualikan yang dirujuk tidak ada dalam daftar informasi yang dikecualikan yang berlaku di badan publik ini (belum ditetapkan, sudah dibuka kembali, masa pengecualiannya berakhir, atau milik badan publik lain)',
            en: "The cited excluded information is not on this public body's list of excluded information in force (not enacted, re-opened, past its exclusion period, or another body's)",
          }),
          { errors: [{ path: ['exclusionDocumentId'], message: 'Not one of the request\'s choices.exclusions', name: 'ValidationError' }] }
        );
      }
    }
    const problems = noticeProblems({ ...body, exclusion });
    if (problems.length) {
      const [first] = problems;
      refuse(400, inLanguageOf(user, NOTICE_PROBLEMS[first].text), {
        errors: problems.map((p) => ({ path: [NOTICE_PROBLEMS[p].path], message: NOTICE_PROBLEMS[p].text.en, name: 'ValidationError' })),
      });
    }
    const refused = body.outcome === 'refused';
    await update(row.id, {
      outcome: body.outcome,
      noticeNumber: body.noticeNumber?.trim() || null,
      noticeBody: body.noticeBody?.trim() || null,
      refusalArticle: refused ? body.refusalArticle : null,
      exclusion: refused ? exclusion!.id : null,
      referralBody: body.outcome === 'held_elsewhere' ? body.referralBody!.trim() : null,
      fee: body.fee ?? null,
    });
    return detail(user, documentId, now);
  }

  async function extend(user: Person, documentId: string, body: { days: number; reason: string }, now = new Date()) {
    const { row } = await handled(user, documentId, now);
    const c = clock();
    const found = await instanceOf(documentId);
    if (row.signedAt || row.state === 'delivered' || row.state === 'closed' || (found && found.inst.status !== 'active')) {
      throw new WorkflowConflict(inLanguageOf(user, { id: 'Permohonan ini sudah dijawab atau ditutup: jangka waktunya tidak dapat diperpanjang', en: 'This request is answered or closed: its deadline cannot be extended' }));
    }
    const problems = extensionCheck(c, { receivedAt: new Date(row.receivedAt), extensionDays: row.extensionDays }, body, now);
    if (problems.length) {
      const details = { errors: problems.map((p) => ({ path: [p.path], message: p.text.en, name: 'ValidationError' })) };
      if (problems[0].problem === 'already_extended' || problems[0].problem === 'deadline_passed') throw new WorkflowConflict(inLanguageOf(user, problems[0].text), details);
      refuse(400, inLanguageOf(user, problems[0].text), details);
    }
    const due = answerDeadline(c, new Date(row.receivedAt), body.days);
    await update(row.id, { extensionDays: body.days, extensionReason: body.reason.trim(), extendedAt: now, extendedBy: user.id, dueOn: due.dueOn, dueAt: due.dueAt });
    await getService(strapi, 'requester-mail').tellSafely('extended', documentId, now);
    return detail(user, documentId, now);
  }

  /** The derived requirement 'info-request.notice' of the answering step (workflow-items DERIVED). */
  async function noticeComplete(documentId: string): Promise<boolean> {
    const row: Row | null = await strapi.db.query(REQUEST).findOne({ where: { documentId }, populate: { exclusion: { select: ['id', 'article17Letter'] } } });
    return !!row && noticeProblems(row as any).length === 0;
  }

  /**
   * After a step on a request (the engine's AFTER_STEP): asking the requester to complete it opens
   * the completeness window; the PPID's signature (the receipt edge) records whether the answer came on time.
   */
  async function afterStep(documentId: string, def: WorkflowDefinition, edge: TransitionDef, _user: User, _reason: string | null, now: Date) {
    const row: Row | null = await strapi.db.query(REQUEST).findOne({ where: { documentId }, select: ['id', 'receivedAt', 'extensionDays'] });
    if (!row) return;
    const c = clock();
    const data: Row = {};
    if (edge.requires?.includes('missingItems')) {
      data.completeBy = addWorkingDays(c, getService(strapi, 'workflow-people').localToday(now), REQUEST_LIMITS.completionWorkingDays);
    }
    if (edge.receipt) data.answeredOnTime = answeredOnTime(c, new Date(row.receivedAt), row.extensionDays ?? 0, now);
    if (def.stages.find((s) => s.key === edge.to)?.kind === 'cancelled') data.closedAt = now;
    if (Object.keys(data).length) await update(row.id, data);
    // The requester hears of the step (asked to complete it, closed, the written notice), in the step's transaction.
    const step = requesterStepOf('info-request', def, edge);
    if (step) await getService(strapi, 'requester-mail').tellSafely(step, documentId, now);
  }

  return { detail, setMissingItems, setDisposition, setNotice, extend, noticeComplete, afterStep, handled };
};
