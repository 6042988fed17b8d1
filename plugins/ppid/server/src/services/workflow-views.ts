/**
 * What people see of the review workflows: an item's state with the steps open to the viewer, its
 * history (the log), their inbox (what awaits them). The board of a content type is workflow-board.ts.
 */
import type { Core } from '@strapi/strapi';
import { transitionKey, transitionsFrom, withdrawalPositions, type WorkflowDefinition } from '../workflow/definition';
import { missingRequired, decideFastPublish, decideReassignment, decideRetroApproval, decideTransition, decideWithdrawal, needsProof, stageHolders as onlyNamed } from '../workflow/rules';
import { inLanguageOf, refuse } from '../errors';
import { getService, iso } from '../utils';
import { INSTANCE, LOG, stateOf } from './workflow-instances';
import { itemRef, specOf, unitIdOf } from './workflow-items';
import { actorsAt, holders, holdersOfAny, withdrawers, type People, type User } from './workflow-people';
import { byUrgency, pageOf } from '../workflow/inbox-order';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends 'workflow-definitions' | 'workflow-people' | 'workflow-items' | 'workflow-instances' | 'workflow-clock'>(name: K) => getService(strapi, name);
  const definition = (inst: Row) => service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion) as Promise<WorkflowDefinition>;
  const isOverdue = (dueAt: unknown, now: Date) => service('workflow-clock').isOverdue(dueAt, now);

  /**
   * The item's workflow as `user` sees it: state, stages, and each step with whether they may take
   * it. `snapshot`: the organisation as already read for a page showing many items (read here otherwise).
   */
  async function view(type: string, documentId: string, user: User, now = new Date(), snapshot?: People) {
    const { spec, row } = await service('workflow-items').load(type, documentId);
    const inst = await service('workflow-instances').ensureInstance(spec, documentId, row, null, now);
    const item = itemRef(spec, documentId, row);
    if (!inst) return { item, workflow: null, state: null, stages: [], transitions: [], fastPublish: { allowed: false }, retroApprove: { allowed: false }, actors: [] };
    const def = await definition(inst);
    const people = service('workflow-people');
    const p = snapshot ?? (await people.people(now));
    const actor = people.actorOf(user);
    const state = stateOf(inst);
    const stage = def.stages.find((s) => s.key === inst.stage);
    const unitId = inst.unitId ?? unitIdOf(spec, row);
    const stageHolders = onlyNamed(def, state, actorsAt(p, unitId, stage));
    const proof = state.status === 'active' && transitionsFrom(def, inst.stage).some((t) => needsProof(def, t)) ? await service('workflow-items').proofOf(spec, documentId, row) : undefined;
    // Who may be named at a disposisi: the holders of the next stage's position for the item.
    const candidatesOf = (stageKey: string) => actorsAt(p, unitId, def.stages.find((s) => s.key === stageKey));
    const candidateIds = transitionsFrom(def, inst.stage).filter((t) => t.assigns).flatMap((t) => candidatesOf(t.to).map((h) => h.userId));
    const names = await people.namesOf(
      [...stageHolders.map((h) => h.userId), ...candidateIds, inst.fastPublishedById, inst.retroApprovedById, inst.assigneeId].filter(Boolean)
    );
    // The item's fields the steps from here require (minutes, an approval form...), read once.
    const required = state.status === 'active' ? [...new Set(transitionsFrom(def, inst.stage).flatMap((t) => t.requires ?? []))] : [];
    const filled = await service('workflow-items').filledFields(spec, documentId, required);
    const transitions = transitionsFrom(def, inst.stage).map((t) => {
      const missing = missingRequired(t, (f) => filled.has(f)).map((field) => ({ field, label: spec.fieldLabels?.[field] ?? { id: field, en: field } }));
      const candidates = t.assigns ? candidatesOf(t.to) : [];
      const assignment = t.assigns ? { assignee: candidates.find((h) => h.userId !== user.id)?.userId ?? candidates[0]?.userId, agendaNumber: 'x' } : undefined;
      const decision = decideTransition(def, state, transitionKey(t), { actor, holders: stageHolders, reason: 'x'.repeat(20), proof, assignment, candidates, missing, say: (text) => inLanguageOf(user as any, text) });
      const to = def.stages.find((s) => s.key === t.to)!;
      return {
        ...(t.assigns ? { assigns: true, candidates: candidates.map((h) => ({ id: h.userId, name: names.get(h.userId) ?? null, position: h.position, holding: h.holding })) } : {}),
        key: transitionKey(t),
        to: t.to,
        toName: to.name,
        action: t.action,
        label: t.label,
        reasonRequired: t.action === 'return' || t.action === 'cancel' || t.reasonRequired === true,
        proofRequired: needsProof(def, t),
        ...(t.signs ? { signs: true } : {}),
        ...(t.requires?.length ? { requires: t.requires, missing: missing.map((m) => m.field) } : {}),
        allowed: decision.ok,
        ...(decision.ok ? {} : { reason: decision.message }),
      };
    });
    const fast = decideFastPublish(def, state, { actor, holders: holdersOfAny(p, unitId, def.fastTrack?.positions ?? []), infoClass: row.infoClass ?? null, reason: 'x'.repeat(20) });
    const retro = decideRetroApproval(def, state, { actor, holders: holdersOfAny(p, unitId, def.fastTrack?.retroApprovers ?? []) });
    const published = spec.draftAndPublish
      ? (await strapi.db.query(spec.uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
      : state.status === 'published';
    // The head of the unit may name another person once the disposisi is made.
    const edge = def.transitions.find((t) => t.assigns);
    const reassignCandidates = edge && inst.assigneeId ? candidatesOf(edge.to) : [];
    const reassign = edge && inst.assigneeId
      ? decideReassignment(def, state, {
          actor,
          holders: actorsAt(p, unitId, def.stages.find((s) => s.key === edge.from)),
          assignment: { assignee: reassignCandidates[0]?.userId, agendaNumber: 'x' },
          candidates: reassignCandidates,
        })
      : null;
    const reassignNames = await people.namesOf(reassignCandidates.map((h) => h.userId));
    const positions = withdrawalPositions(def);
    const stepOff = (kind: 'unpublish' | 'delete') => {
      const d = decideWithdrawal(def, state, { actor, holders: withdrawers(p, unitId, def), positions, reason: 'x'.repeat(20), kind, published });
      return d.ok ? { allowed: true, positions } : { allowed: false, positions, reason: d.message };
    };
    return {
      item,
      workflow: { key: def.key, version: def.version, name: def.name, sop: { number: def.sop.number, title: def.sop.title } },
      state: {
        stage: inst.stage,
        stageName: stage?.name ?? { id: inst.stage, en: inst.stage },
        kind: stage?.kind ?? null,
        actor: stage?.actor ?? null,
        ...(stage?.actorAt ? { actorAt: stage.actorAt } : {}),
        revision: inst.revision,
        enteredAt: iso(inst.enteredAt),
        dueAt: iso(inst.dueAt),
        overdue: inst.status === 'active' && isOverdue(inst.dueAt, now),
        status: inst.status,
        assignee: inst.assigneeId ? { id: inst.assigneeId, name: names.get(inst.assigneeId) ?? null } : null,
        agendaNumber: inst.agendaNumber ?? null,
        sertaMerta:
          inst.retroStatus === 'none'
            ? null
            : {
                status: inst.retroStatus,
                publishedAt: iso(inst.fastPublishedAt),
                publishedBy: { id: inst.fastPublishedById, name: names.get(inst.fastPublishedById) ?? null },
                reason: inst.fastReason,
                dueAt: iso(inst.retroDueAt),
                overdue: inst.retroStatus === 'pending' && isOverdue(inst.retroDueAt, now),
                ...(inst.retroApprovedById ? { approvedBy: { id: inst.retroApprovedById, name: names.get(inst.retroApprovedById) ?? null }, approvedAt: iso(inst.retroApprovedAt) } : {}),
              },
      },
      stages: def.stages.map((s) => ({ key: s.key, name: s.name, kind: s.kind, actor: s.actor ?? null, ...(s.actorAt ? { actorAt: s.actorAt } : {}), ...(s.timeStandard ? { timeStandard: s.timeStandard } : {}) })),
      transitions,
      fastPublish: fast.ok ? { allowed: true } : { allowed: false, reason: fast.message },
      retroApprove: retro.ok ? { allowed: true } : { allowed: false, reason: retro.message },
      reassign: reassign?.ok
        ? { allowed: true, candidates: reassignCandidates.map((h) => ({ id: h.userId, name: reassignNames.get(h.userId) ?? null, position: h.position, holding: h.holding })) }
        : { allowed: false, ...(reassign ? { reason: reassign.message } : {}) },
      withdraw: stepOff('unpublish'),
      remove: stepOff('delete'),
      actors: stageHolders.map((h) => ({ id: h.userId, name: names.get(h.userId) ?? null, position: h.position, holding: h.holding })),
    };
  }

  /** The item's transition log, oldest first. */
  async function history(type: string, documentId: string) {
    const spec = specOf(type);
    const rows: Row[] = await strapi.db.query(LOG).findMany({ where: { subjectType: spec.type, subjectDocumentId: documentId }, orderBy: [{ id: 'asc' }] });
    if (!rows.length && !(await service('workflow-items').itemRow(spec, documentId))) refuse(404, `No ${type} with documentId "${documentId}"`);
    return rows.map((r) => ({
      id: r.id,
      from: r.fromStage,
      to: r.toStage,
      action: r.action,
      actor: r.actorId ? { id: r.actorId, name: r.actorName } : null,
      position: r.position,
      holding: r.holding,
      unit: r.unitCode ? { code: r.unitCode, name: r.unitName } : null,
      reason: r.reason,
      enteredAt: iso(r.enteredAt),
      leftAt: iso(r.leftAt),
      dueAt: iso(r.dueAt),
      elapsedWorkingMinutes: r.elapsedWorkingMinutes,
      contentHash: r.contentHash,
      workflow: { key: r.workflowKey, version: r.workflowVersion },
      revision: r.revision,
      createdAt: iso(r.createdAt),
    }));
  }

  /**
   * What awaits `user`: steps at stages they hold, and serta-merta publications to approve, overdue
   * first, then the earliest due (workflow/inbox-order.ts), without titles; with the units' names.
   * `snapshot`: the organisation as the caller already read it for `now` (read here otherwise).
   */
  async function awaiting(user: User, now = new Date(), snapshot?: People) {
    const people = service('workflow-people');
    const actor = people.actorOf(user);
    const p = snapshot ?? (await people.people(now));
    const mine = p.assignments.filter((a) => a.userId === user.id);
    if (!mine.length) return { ranked: [], units: p.units };
    const instances: Row[] = await strapi.db.query(INSTANCE).findMany({ where: { $or: [{ status: 'active' }, { retroStatus: 'pending' }] } });
    const defs = new Map<string, WorkflowDefinition>();
    for (const inst of instances) {
      const k = `${inst.workflowKey}@${inst.workflowVersion}`;
      if (!defs.has(k)) defs.set(k, await definition(inst));
    }
    const tasks: { inst: Row; def: WorkflowDefinition; task: 'transition' | 'retro_approval' }[] = [];
    for (const inst of instances) {
      const def = defs.get(`${inst.workflowKey}@${inst.workflowVersion}`)!;
      const state = stateOf(inst);
      if (inst.status === 'active') {
        const stage = def.stages.find((s) => s.key === inst.stage);
        const held = onlyNamed(def, state, actorsAt(p, inst.unitId, stage)).some((h) => h.userId === user.id);
        const drafterBlocked = stage?.kind === 'review' && state.drafters.includes(user.id);
        if (held && !drafterBlocked) tasks.push({ inst, def, task: 'transition' });
      }
      if (inst.retroStatus === 'pending') {
        const ok = decideRetroApproval(def, state, { actor: { ...actor, superAdminsMayAct: false }, holders: holdersOfAny(p, inst.unitId, def.fastTrack?.retroApprovers ?? []) });
        if (ok.ok) tasks.push({ inst, def, task: 'retro_approval' });
      }
    }
    const ranked = byUrgency(
      tasks.map((t) => {
        const dueAt = t.task === 'retro_approval' ? t.inst.retroDueAt : t.inst.dueAt;
        return { ...t, dueAt, overdue: isOverdue(dueAt, now) };
      })
    );
    return { ranked, units: p.units };
  }

  /** One page of what awaits `user` (titles are read for that page only), with the totals of all of it. */
  async function inboxPage({ ranked, units }: Awaited<ReturnType<typeof awaiting>>, page = 1, pageSize = 25) {
    const overdue = ranked.filter((t) => t.overdue).length;
    const { rows: shown, pagination } = pageOf(ranked, page, pageSize);
    const titles = await service('workflow-items').titlesOf(shown.map((t) => t.inst));
    const data = shown
      .map(({ inst, def, task, dueAt, overdue: late }) => {
        const stage = def.stages.find((s) => s.key === inst.stage);
        const unit = inst.unitId ? units.get(inst.unitId) : null;
        return {
          type: inst.subjectType,
          documentId: inst.subjectDocumentId,
          title: titles.get(`${inst.subjectType}:${inst.subjectDocumentId}`) ?? null,
          unit: unit ? { code: unit.code, name: unit.name } : null,
          workflow: def.key,
          stage: inst.stage,
          stageName: stage?.name ?? null,
          task,
          enteredAt: iso(task === 'retro_approval' ? inst.fastPublishedAt : inst.enteredAt),
          dueAt: iso(dueAt),
          overdue: late,
          revision: inst.revision,
        };
      });
    return { data, meta: { total: ranked.length, overdue, pagination } };
  }

  /** "Awaiting my action", one page of it. */
  async function inbox(user: User, now = new Date(), { page = 1, pageSize = 25 }: { page?: number; pageSize?: number } = {}) {
    return inboxPage(await awaiting(user, now), page, pageSize);
  }

  /**
   * The stage and due time of several items of one type (a Content Manager list page), keyed by
   * documentId: only those `user` may read (membership `itemReader`, the rule of one item's view),
   * and only those with a workflow. The same few queries whatever the number of items (one per
   * workflow version besides).
   */
  async function stagesOf(type: string, documentIds: string[], user: User, now = new Date()) {
    const spec = specOf(type);
    const where: Row = spec.draftAndPublish ? { documentId: { $in: documentIds }, publishedAt: null } : { documentId: { $in: documentIds } };
    const [rows, mayRead] = await Promise.all([
      strapi.db.query(spec.uid).findMany({ where, select: ['id', 'documentId'], populate: { [spec.unitField]: { select: ['id'] } } }) as Promise<Row[]>,
      getService(strapi, 'membership').itemReader(spec.type, user),
    ]);
    const readable = rows.filter((r) => mayRead(unitIdOf(spec, r))).map((r) => r.documentId as string);
    const out: Record<string, { stageKey: string; stageName: { id: string; en: string }; dueAt: string | null; overdue: boolean }> = {};
    if (!readable.length) return out;
    const instances: Row[] = await strapi.db.query(INSTANCE).findMany({ where: { subjectType: spec.type, subjectDocumentId: { $in: readable } } });
    const defs = new Map<string, WorkflowDefinition>();
    for (const inst of instances) {
      const k = `${inst.workflowKey}@${inst.workflowVersion}`;
      if (!defs.has(k)) defs.set(k, await definition(inst));
      const stage = defs.get(k)!.stages.find((s) => s.key === inst.stage);
      out[inst.subjectDocumentId] = {
        stageKey: inst.stage,
        stageName: stage?.name ?? { id: inst.stage, en: inst.stage },
        dueAt: inst.status === 'active' ? iso(inst.dueAt) : null,
        overdue: inst.status === 'active' && isOverdue(inst.dueAt, now),
      };
    }
    return out;
  }

  return { view, history, awaiting, inboxPage, inbox, stagesOf };
};
