/**
 * The website evaluations (web SOP C1/C2) created with their figures: the Koordinator's
 * six-monthly evaluation of all website work and the head's monthly evaluation of the Koordinator.
 * POST /ppid/website/evaluations checks the evaluator and the period (evaluations/rules.ts), takes
 * the figures of the period from the data (services/website-figures.ts, plus the time standards met
 * per stage from the transition log) and stores them frozen on the evaluation (COMPUTED_FIELDS;
 * document-middlewares/evaluation-figures.ts keeps every other path from writing them).
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { inLanguageOf, refuse } from '../errors';
import { checkEvaluation, evaluationAccess, evaluationTitle, mayReadEvaluations, standardsBySubject, type EvaluationInput } from '../evaluations/rules';
import { inForce } from '../workflow/actors';
import { getConfig, getService } from '../utils';
import { signersOf } from './website-records';
import { holders, userName, type People, type User } from './workflow-people';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };
/** The workflows of the website work whose time standards the evaluation reports. */
export const EVALUATED_SUBJECTS = ['announcement', 'backlog-item'] as const;
const PERSON = { select: ['id', 'firstname', 'lastname', 'username', 'email'] };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const people = () => getService(strapi, 'workflow-people');

  /** The figures of the local days `from`..`to`, as the evaluation freezes them. */
  async function snapshot(from: string, to: string) {
    const base = await getService(strapi, 'website-figures').figures(from, to);
    const tz = getConfig(strapi).timezone as string;
    const start = DateTime.fromISO(from, { zone: tz }).startOf('day').toJSDate();
    const end = DateTime.fromISO(to, { zone: tz }).endOf('day').toJSDate();
    const log: Row[] = await strapi.db.query(uid('workflow-transition')).findMany({
      where: { leftAt: { $gte: start, $lte: end }, subjectType: { $in: [...EVALUATED_SUBJECTS] }, fromStage: { $notNull: true } },
      select: ['subjectType', 'workflowKey', 'workflowVersion', 'fromStage', 'enteredAt', 'leftAt', 'dueAt'],
    });
    const standards = standardsBySubject(
      log.map((r) => ({ subjectType: r.subjectType, workflowKey: r.workflowKey, fromStage: r.fromStage, enteredAt: r.enteredAt ? new Date(r.enteredAt) : null, leftAt: new Date(r.leftAt), dueAt: r.dueAt ? new Date(r.dueAt) : null })),
      EVALUATED_SUBJECTS,
      start,
      end
    );
    // Stage names from the newest version of each workflow met (a stage keeps its key across versions).
    const keys = [...new Set(log.map((r) => r.workflowKey as string))];
    const defs: Row[] = keys.length ? await strapi.db.query(uid('workflow')).findMany({ where: { key: { $in: keys } }, select: ['key', 'version', 'definition'], orderBy: [{ version: 'asc' }] }) : [];
    const names = new Map<string, unknown>();
    for (const d of defs) for (const s of d.definition?.stages ?? []) names.set(`${d.key}|${s.key}`, s.name ?? null);
    const unitIds = [...new Set(base.planVsActual.perUnit.map((u) => u.unitId))];
    const units: Row[] = unitIds.length ? await strapi.db.query(uid('unit')).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'code', 'name'], orderBy: [{ id: 'asc' }] }) : [];
    return {
      ...base,
      units: units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
      stageStandards: standards.map((s) => ({ ...s, stages: s.stages.map((st) => ({ ...st, name: names.get(`${st.workflowKey}|${st.stage}`) ?? null })) })),
    };
  }

  /** Where `user` acts as the Koordinator (the Kabid of the website's division) and as the head, today. */
  function evaluatorUnits(p: People, userId: number) {
    const own = p.assignments.filter((a) => a.userId === userId && inForce(a, p.date));
    const koordinator = own.find((a) => a.position === 'kabid' && signersOf(p, a.unitId, ['kabid']).some((h) => h.userId === userId))?.unitId ?? null;
    const kepala = own.find((a) => a.position === 'kepala' && holders(p, a.unitId, 'kepala').some((h) => h.userId === userId))?.unitId ?? null;
    return { koordinator, kepala };
  }

  /**
   * Refuses (403, in the person's language) anyone but the positions web SOP C names: the
   * Koordinator, the Sub Koordinator, the head (from the organisation data, today) and super admins.
   */
  async function assertReader(user: Person, now = new Date()) {
    const verdict = mayReadEvaluations(await readerOf(user, now));
    if (!verdict.ok) refuse(403, inLanguageOf(user, verdict.reason), { reason: verdict.reason.en });
  }

  /** The positions of web SOP C that `user` holds today (organisation data), and whether a super admin. */
  async function readerOf(user: Person, now: Date) {
    const p = await people().people(now);
    const at = evaluatorUnits(p, user.id);
    return {
      superAdmin: people().actorOf(user).superAdmin,
      koordinator: at.koordinator !== null,
      kepala: at.kepala !== null,
      subKoordinator: p.assignments.some((a) => a.userId === user.id && a.position === 'sub_koordinator' && inForce(a, p.date)),
    };
  }

  const view = (r: Row, withFigures: boolean) => ({
    documentId: r.documentId,
    title: r.title,
    kind: r.kind,
    periodStart: r.periodStart ? String(r.periodStart) : null,
    periodEnd: r.periodEnd ? String(r.periodEnd) : null,
    state: r.state,
    unit: r.unit ? { code: r.unit.code, name: r.unit.name } : null,
    evaluator: r.evaluator ? { id: r.evaluator.id, name: userName(r.evaluator) } : null,
    evaluatee: r.evaluatee ? { id: r.evaluatee.id, name: userName(r.evaluatee) } : null,
    findings: r.findings ?? '',
    recommendations: r.recommendations ?? null,
    figuresTakenAt: r.figuresTakenAt ? new Date(r.figuresTakenAt).toISOString() : null,
    ...(withFigures ? { figures: r.figures ?? null } : {}),
  });
  const POPULATE = { unit: { select: ['code', 'name'] }, evaluator: PERSON, evaluatee: PERSON };

  /** One stored evaluation with its figures; 404 when there is none. */
  async function stored(documentId: string) {
    const r: Row | null = await strapi.db.query(uid('evaluation')).findOne({ where: { documentId }, populate: POPULATE });
    if (!r) refuse(404, `Tidak ada evaluasi "${documentId}" / no evaluation "${documentId}"`);
    return view(r!, true);
  }

  return {
    snapshot,
    assertReader,

    /** GET /ppid/website/evaluation-access: whether `user` reads the evaluations and which kinds they make. */
    async access(user: Person, now = new Date()) {
      return evaluationAccess(await readerOf(user, now));
    },

    /** GET /ppid/website/evaluation-figures: the figures of a period, for the evaluations' readers. */
    async figures(user: Person, from: string, to: string) {
      await assertReader(user);
      return getService(strapi, 'website-figures').figures(from, to);
    },

    /** POST /ppid/website/evaluations: creates the evaluation with the period's figures frozen on it. */
    async create(user: Person, body: EvaluationInput & { title?: string; recommendations?: string }, now = new Date()) {
      const p = await people().people(now);
      const at = evaluatorUnits(p, user.id);
      const verdict = checkEvaluation(body, { koordinator: at.koordinator !== null, kepala: at.kepala !== null }, p.date);
      if (!verdict.ok) {
        const field = verdict.field ?? 'kind';
        refuse(verdict.status, inLanguageOf(user, verdict.reason), { reason: verdict.reason.en, ...(verdict.status === 400 ? { errors: [{ path: [field], message: verdict.reason.en, name: 'ValidationError' }] } : {}) });
      }
      const input = (verdict as Extract<typeof verdict, { ok: true }>).value;
      const unitId = (input.kind === 'coordinator_semiannual' ? at.koordinator : at.kepala)!;
      // The head evaluates the Koordinator: the Kabid of the website's division.
      const evaluatee = input.kind === 'head_monthly' ? (signersOf(p, unitId, ['kabid'])[0]?.userId ?? null) : null;
      const figures = await snapshot(input.periodStart, input.periodEnd);
      const created: Row = await strapi.documents(uid('evaluation') as any).create({
        data: {
          title: body.title?.trim() || evaluationTitle(input.kind, input.periodStart, input.periodEnd),
          kind: input.kind,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          state: 'draft',
          findings: input.findings,
          ...(body.recommendations?.trim() ? { recommendations: body.recommendations.trim() } : {}),
        } as any,
      });
      // Who, for which unit, and the figures: written past the document middlewares (server-written).
      await strapi.db.query(uid('evaluation')).update({
        where: { id: created.id },
        data: { unit: unitId, evaluator: user.id, evaluatee, figures, figuresTakenAt: now },
      });
      return stored(created.documentId);
    },

    /** GET /ppid/website/evaluations/:documentId: one evaluation with its figures, for its readers. */
    async detail(user: Person, documentId: string) {
      await assertReader(user);
      return stored(documentId);
    },

    /** GET /ppid/website/evaluations: newest period first, without the figures, for their readers. */
    async list(user: Person, page: { page: number; pageSize: number }) {
      await assertReader(user);
      const [rows, total] = await Promise.all([
        strapi.db.query(uid('evaluation')).findMany({ orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }], offset: (page.page - 1) * page.pageSize, limit: page.pageSize, populate: POPULATE }),
        strapi.db.query(uid('evaluation')).count({}),
      ]);
      return { data: rows.map((r: Row) => view(r, false)), meta: { ...page, total } };
    },
  };
};
