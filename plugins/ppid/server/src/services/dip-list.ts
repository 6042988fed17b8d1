/**
 * The year's DIP as a list on the workflow engine (issue 9 points 1 and 2). The edition is the
 * list (subject `dip-edition`), each unit's part of it a submission (subject `dip-submission`),
 * created when the list reaches its collecting stage; the list goes on only once every submission
 * was accepted at the check (the derived requirement `unitSubmissions`). What this service adds
 * to the engine's own steps: the collection view, the check's return of single rows (each with a
 * reason), and the head's signature with the decree number (for the edition and the list of
 * excluded information). Every step is an engine transition: same log, time standards, inbox,
 * notifications; the head-only rule is dip/signature.ts.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { collectionComplete, decideRowReturns, returnsToCollection, submissionStatus, submissionsToReopen, submittingUnits, unitsOfSubmission } from '../dip/list-rules';
import { headSignature } from '../dip/signature';
import { SIGNED_LIST_NAMES } from '../dip/edition-rules';
import { inLanguageOf, refuse } from '../errors';
import { asEngine, asSystem } from '../workflow/context';
import { transitionKey, type TransitionDef, type WorkflowDefinition } from '../workflow/definition';
import { inForce, unitsBelow } from '../workflow/actors';
import { SUBJECTS } from '../workflow/subjects';
import { getService, iso } from '../utils';
import type { People, User } from './workflow-people';
import { LOG } from './workflow-instances';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };

const SUBMISSION = uid('dip-submission');
const EDITION = uid('dip-edition');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Is the list at its collecting stage (a step from here needs every unit's submission)? */
const collecting = (def: WorkflowDefinition, stage: string) => def.transitions.some((t) => t.from === stage && t.requires?.includes('unitSubmissions'));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends 'workflow-definitions' | 'workflow-people' | 'workflow-items' | 'workflow-instances' | 'workflow-actions' | 'workflow-views' | 'workflow-clock'>(name: K) => getService(strapi, name);

  async function loadEdition(documentId: string): Promise<Row> {
    const row = await strapi.db.query(EDITION).findOne({ where: { documentId }, populate: { agency: { select: ['id', 'code', 'name'] } } });
    if (!row) refuse(404, `No DIP edition with documentId "${documentId}"`);
    return row;
  }

  async function submissionsOf(editionDocumentId: string): Promise<Row[]> {
    return strapi.db.query(SUBMISSION).findMany({
      where: { editionKey: editionDocumentId },
      populate: { unit: { select: ['id', 'code', 'name'] } },
      orderBy: { unitCode: 'asc' },
    });
  }

  /**
   * The submissions of the list: one per submitting unit, created (each at the start of its own
   * workflow, with its time standard) once the list is at its collecting stage.
   */
  async function ensureSubmissions(edition: Row): Promise<Row[]> {
    const existing = await submissionsOf(edition.documentId);
    const inst = await service('workflow-instances').ensureInstance(SUBJECTS['dip-edition'], edition.documentId, edition, null);
    if (!inst || inst.status !== 'active' || !edition.agency?.id) return existing;
    const def = await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion);
    if (!def || !collecting(def, inst.stage)) return existing;
    const units = await service('workflow-people').loadUnits();
    const missing = submittingUnits(units, edition.agency.id).filter((u) => !existing.some((s) => s.unitCode === u.code));
    if (!missing.length) return existing;
    for (const unit of missing) {
      try {
        const created = await asSystem(() =>
          strapi.documents(SUBMISSION as any).create({
            data: { title: `DIP ${edition.year} - ${unit.name}`, year: edition.year, edition: { connect: [{ id: edition.id }] }, editionKey: edition.documentId, unitCode: unit.code, unit: { connect: [{ id: unit.id }] }, state: 'filling' },
          } as any)
        );
        await service('workflow-instances').startFor(SUBJECTS['dip-submission'], created.documentId, null);
      } catch (error) {
        // Two requests collected at once: the unique index kept one submission per unit.
        if (!(await strapi.db.query(SUBMISSION).count({ where: { editionKey: edition.documentId, unitCode: unit.code } }))) throw error;
      }
    }
    return submissionsOf(edition.documentId);
  }

  /** The rows a submission answers for: the year's DIP rows held by its unit or a unit below it (latest version). */
  async function rowsOf(submission: Row, snapshot?: People): Promise<Row[]> {
    const units = snapshot?.units ?? (await service('workflow-people').loadUnits());
    const ids = submission.unit?.id ? unitsOfSubmission(units, submission.unit.id) : [];
    if (!ids.length) return [];
    const drafts: Row[] = await strapi.db.query(uid('dip-entry')).findMany({
      where: { year: submission.year, publishedAt: { $null: true }, holderUnit: { id: { $in: ids } } },
      select: ['documentId', 'number', 'title', 'infoClass', 'updatedAt'],
      orderBy: { number: 'asc' },
    });
    const published = new Set(
      (await strapi.db.query(uid('dip-entry')).findMany({ where: { documentId: { $in: drafts.map((d) => d.documentId) }, publishedAt: { $notNull: true } }, select: ['documentId'] })).map((r: Row) => r.documentId)
    );
    return drafts.map((d) => ({ documentId: d.documentId, number: d.number, title: d.title, infoClass: d.infoClass, published: published.has(d.documentId) }));
  }

  /** Only staff of the agency (a position in one of its units) see its list; a super admin too. */
  async function assertReader(agencyId: number | undefined, user: Person, snapshot?: People) {
    if ((user.roles ?? []).some((r) => r.code === 'strapi-super-admin') || !agencyId) return;
    const p = snapshot ?? (await service('workflow-people').people(new Date()));
    const inAgency = unitsBelow(p.units, agencyId);
    if (p.assignments.some((a) => a.userId === user.id && inAgency.has(a.unitId) && inForce(a, p.date))) return;
    refuse(403, inLanguageOf(user, { id: 'Hanya pegawai badan publik ini yang dapat melihat DIP-nya', en: "Only staff of this agency can see its DIP" }));
  }

  /** Where a list or submission stands: its stage (with its name), status, revision, due time and whether it is late. */
  async function instanceOf(type: 'dip-edition' | 'dip-submission' | 'exclusion-list', documentId: string, now = new Date()) {
    const inst = await service('workflow-instances').findInstance(type, documentId);
    if (!inst) return null;
    const def = await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion);
    const stage = def?.stages.find((s) => s.key === inst.stage);
    const overdue = inst.status === 'active' && service('workflow-clock').isOverdue(inst.dueAt, now);
    return {
      stage: inst.stage, stageName: stage?.name ?? { id: inst.stage, en: inst.stage }, status: inst.status, revision: inst.revision, dueAt: iso(inst.dueAt), overdue,
      workflow: { key: inst.workflowKey, version: inst.workflowVersion },
    };
  }

  /** The latest step of an item's log: what was done, by whom, when (and the reason given). */
  async function lastStep(type: 'dip-submission', documentId: string) {
    const row: Row | null = await strapi.db.query(LOG).findOne({
      where: { subjectType: type, subjectDocumentId: documentId },
      select: ['action', 'actorName', 'leftAt', 'reason'],
      orderBy: [{ id: 'desc' }],
    });
    return row ? { action: row.action as string, by: (row.actorName as string | null) ?? null, at: iso(row.leftAt), reason: (row.reason as string | null) ?? null } : null;
  }

  /** A unit's submission in the register: where it stands, its last step, its rows and the steps open to the viewer. */
  async function submissionView(s: Row, user: Person, snapshot: People, now: Date) {
    const [view, last, workflow, rows] = await Promise.all([
      service('workflow-views').view('dip-submission', s.documentId, user, now, snapshot),
      lastStep('dip-submission', s.documentId),
      instanceOf('dip-submission', s.documentId, now),
      rowsOf(s, snapshot),
    ]);
    return {
      documentId: s.documentId,
      unit: s.unit ? { code: s.unit.code, name: s.unit.name } : null,
      state: s.state,
      status: submissionStatus({ state: s.state, stageKind: view.state?.kind ?? null, lastAction: last?.action ?? null }),
      checkedAt: iso(s.checkedAt),
      lastStep: last,
      workflow,
      steps: view.transitions.filter((t) => t.allowed).map((t) => ({ key: t.key, action: t.action, label: t.label, reasonRequired: t.reasonRequired })),
      returnedRows: s.state === 'accepted' ? [] : Array.isArray(s.returnedRows) ? s.returnedRows : [],
      rows,
    };
  }

  /** The list's steps, each return that sends it back to the collection marked `reopensCollection` (the admin then asks which units). */
  async function withReopening<V extends { workflow: { key: string; version: number } | null; transitions: { to: string; action: string }[] }>(view: V): Promise<V> {
    if (!view.workflow) return view;
    const def = await service('workflow-definitions').definition(view.workflow.key, view.workflow.version);
    if (!def) return view;
    return { ...view, transitions: view.transitions.map((t) => (returnsToCollection(def.transitions, t as Pick<TransitionDef, 'to' | 'action'>) ? { ...t, reopensCollection: true } : t)) };
  }

  return {
    /** True once the list has submissions and the check accepted every one (the `unitSubmissions` requirement). */
    async collectionComplete(editionDocumentId: string): Promise<boolean> {
      const edition = await strapi.db.query(EDITION).findOne({ where: { documentId: editionDocumentId }, populate: { agency: { select: ['id', 'code', 'name'] } } });
      if (!edition) return false;
      return collectionComplete((await ensureSubmissions(edition)) as { state: string }[]);
    },

    /**
     * A step on the list (in its transaction): a return to the collection reopens every accepted
     * submission at its unit's filling stage (a logged new round naming the return's reason), so
     * the units correct their rows and the check accepts them again before the list goes on.
     */
    async afterEditionStep(editionDocumentId: string, def: WorkflowDefinition, edge: TransitionDef, user: User, reason: string | null, now = new Date(), options: { units?: string[] } = {}) {
      if (!returnsToCollection(def.transitions, edge)) {
        if (options.units === undefined) return;
        refuse(400, inLanguageOf(user as Person, { id: '"units" hanya untuk pengembalian daftar ke pengumpulan usulan unit', en: '"units" applies only to a return of the list to its collection' }), {
          errors: [{ path: ['units'], message: '"units" applies only to a return of the list to its collection', name: 'ValidationError' }],
        });
      }
      const choice = submissionsToReopen((await submissionsOf(editionDocumentId)) as { documentId: string; state: string; unit: { code: string } | null }[], options.units);
      if (!choice.ok) refuse(400, inLanguageOf(user as Person, choice.message), { errors: [{ path: choice.path, message: choice.message.en, name: 'ValidationError' }] });
      const why = `Daftar dikembalikan ke pengumpulan${reason ? `: ${reason}` : ''}`;
      for (const s of (choice as Extract<typeof choice, { ok: true }>).reopen) {
        // The head caused the new round but wrote nothing: the unit's officers stay its drafters.
        await service('workflow-instances').reopen(SUBJECTS['dip-submission'], s.documentId, user, why, now, 'reopen', { drafter: false });
        await service('workflow-items').writeFields(SUBJECTS['dip-submission'], s.documentId, { returnedRows: [] });
      }
    },

    /** The editions and lists of excluded information, newest year first, with where each stands. */
    async lists(user: Person) {
      const p = await service('workflow-people').people(new Date());
      const superAdmin = (user.roles ?? []).some((r) => r.code === 'strapi-super-admin');
      const mine = new Set(p.assignments.filter((a) => a.userId === user.id && inForce(a, p.date)).map((a) => a.unitId));
      const visible = (agencyId: number | undefined) => superAdmin || (agencyId !== undefined && [...unitsBelow(p.units, agencyId)].some((u) => mine.has(u)));
      const out = async (type: 'dip-edition' | 'exclusion-list') => {
        const rows: Row[] = await strapi.db.query(uid(type)).findMany({
          select: ['documentId', 'year', 'title', 'state', 'decreeNumber', 'signerName', 'signedAt', 'entryCount'],
          populate: { agency: { select: ['id', 'code', 'name'] } },
          orderBy: [{ year: 'desc' }, { id: 'desc' }],
        });
        const shown = rows.filter((r) => visible(r.agency?.id));
        return Promise.all(
          shown.map(async (r) => ({
            documentId: r.documentId, year: r.year, title: r.title, state: r.state, decreeNumber: r.decreeNumber ?? null, signerName: r.signerName ?? null,
            signedAt: r.signedAt ? String(r.signedAt).slice(0, 10) : null, entryCount: r.entryCount ?? null,
            agency: r.agency ? { code: r.agency.code, name: r.agency.name } : null,
            workflow: await instanceOf(type, r.documentId),
          }))
        );
      };
      return { editions: await out('dip-edition'), exclusionLists: await out('exclusion-list') };
    },

    /** The year's list as the PPID sees it: where it stands, and each unit's submission with its rows and returns. */
    async collection(editionDocumentId: string, user: Person) {
      const edition = await loadEdition(editionDocumentId);
      // One reading of the organisation for the check and every view (not one per submission).
      const now = new Date();
      const snapshot = await service('workflow-people').people(now);
      await assertReader(edition.agency?.id, user, snapshot);
      const submissions = await ensureSubmissions(edition);
      const units = await Promise.all(submissions.map((s) => submissionView(s, user, snapshot, now)));
      return {
        edition: {
          documentId: edition.documentId, year: edition.year, title: edition.title, state: edition.state, decreeNumber: edition.decreeNumber ?? null,
          signer: edition.signerName ? { name: edition.signerName, title: edition.signerTitle ?? null, nip: edition.signerNip ?? null } : null,
          signedAt: edition.signedAt ? String(edition.signedAt).slice(0, 10) : null, enactedAt: iso(edition.enactedAt), entryCount: edition.entryCount ?? null,
          documentationUrl: edition.documentationUrl ?? null, websiteUrl: edition.websiteUrl ?? null,
          agency: edition.agency ? { code: edition.agency.code, name: edition.agency.name } : null,
        },
        workflow: await withReopening(await service('workflow-views').view('dip-edition', editionDocumentId, user, now, snapshot)),
        submissions: units,
        complete: collectionComplete(submissions as { state: string }[]),
      };
    },

    /**
     * The check returns a unit's submission: whole (a reason) or single rows (a reason each). One
     * engine return step (the log's reason names the rows) and the rows recorded on the submission.
     */
    async returnSubmission(documentId: string, user: Person, body: { revision: number; reason?: string; rows?: unknown }) {
      const { spec, row } = await service('workflow-items').load('dip-submission', documentId);
      const inst = await service('workflow-instances').findInstance('dip-submission', documentId);
      if (!inst) refuse(400, 'This submission has not started its workflow');
      service('workflow-instances').checkRevision(inst, body.revision);
      const def = (await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
      const edge = def.transitions.find((t) => t.from === inst.stage && t.action === 'return');
      if (!edge || inst.status !== 'active') refuse(400, `This submission is at stage "${inst.stage}": nothing to return there`, { stage: inst.stage });
      const full = await strapi.db.query(SUBMISSION).findOne({ where: { documentId }, populate: { unit: { select: ['id'] } } });
      const decision = decideRowReturns(body, (await rowsOf({ ...row, ...full })) as { documentId: string; number: string; title: string }[]);
      if (!decision.ok) refuse(400, inLanguageOf(user, decision.message), { errors: [{ path: decision.path, message: decision.message.en, name: 'ValidationError' }] });
      const { rows, reason } = decision as Extract<typeof decision, { ok: true }>;
      await strapi.db.transaction(async () => {
        await service('workflow-actions').transition('dip-submission', documentId, user, { transition: transitionKey(edge), revision: body.revision, reason });
        await service('workflow-items').writeFields(spec, documentId, { returnedRows: rows });
      });
      return service('workflow-views').view('dip-submission', documentId, user);
    },

    /**
     * The head signs the list (the DIP edition, or the list of excluded information): the decree
     * number and the signing date are written and the workflow's signing step is taken, in one
     * transaction; anyone but the holder of the head position is refused before anything changes.
     */
    async sign(type: 'dip-edition' | 'exclusion-list', documentId: string, user: Person, body: { revision: number; decreeNumber: string; signedAt?: string }, now = new Date()) {
      const { spec, row } = await service('workflow-items').load(type, documentId);
      const inst = await service('workflow-instances').ensureInstance(spec, documentId, row, null, now);
      if (!inst) refuse(400, `No workflow applies to this ${type}: bind one to its content type first`);
      service('workflow-instances').checkRevision(inst, body.revision);
      const def = (await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
      const edge = inst.status === 'active' ? def.transitions.find((t) => t.from === inst.stage && t.signs) : undefined;
      if (!edge) {
        refuse(400, inLanguageOf(user, { id: `Daftar ini berada pada tahap "${inst.stage}": belum (atau tidak lagi) untuk ditandatangani`, en: `This list is at stage "${inst.stage}": there is nothing to sign there` }), { stage: inst.stage });
      }
      const today = service('workflow-people').localToday(now);
      const signedAt = body.signedAt ?? today;
      if (!DATE.test(signedAt) || Number.isNaN(Date.parse(signedAt)) || signedAt > today) {
        refuse(400, '"signedAt" is the signing date (YYYY-MM-DD), today or earlier', { errors: [{ path: ['signedAt'], message: 'The signing date is a date, today or earlier', name: 'ValidationError' }] });
      }
      const decreeNumber = body.decreeNumber.trim();
      if (!decreeNumber) refuse(400, '"decreeNumber" (the decree number) is required', { errors: [{ path: ['decreeNumber'], message: 'The decree number is required', name: 'ValidationError' }] });
      // The head-only rule, before anything is written (dip/signature.ts); the guard applies it again on the write.
      await headSignature(strapi, { agency: row.agency?.id ? { id: row.agency.id } : null, signedAt }, (await service('workflow-people').loadUser(user.id)) ?? user, SIGNED_LIST_NAMES[type]);
      return strapi.db.transaction(async () => {
        await asEngine(documentId, () => strapi.documents(spec.uid as any).update({ documentId, data: { decreeNumber, signedAt } } as any));
        return service('workflow-actions').transition(type, documentId, user, { transition: transitionKey(edge), revision: body.revision }, now);
      });
    },
  };
};
