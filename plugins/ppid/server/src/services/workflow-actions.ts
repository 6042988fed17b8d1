/**
 * The steps people take on an item: a transition, a serta-merta (immediate) publication and its
 * retrospective approval. All three go through `act`: load the item and its instance, check the
 * revision the person loaded, let the step decide (pure rules in workflow/rules.ts), then apply it
 * in one transaction (the conditional revision update, the log row, the engine's publish, the
 * outbox), emit its events after the commit, and answer with the item's new view.
 */
import type { Core } from '@strapi/strapi';
import { withdrawalPositions, type WorkflowDefinition } from '../workflow/definition';
import { approvalsAfter, missingRequired, decideFastPublish, decideReassignment, decideRetroApproval, decideTransition, decideWithdrawal, draftersAfter, needsProof, stageHolders, statusAt, type Acting, type InstanceState } from '../workflow/rules';
import { asEngine } from '../workflow/context';
import type { SubjectSpec } from '../workflow/subjects';
import { transitionKey } from '../workflow/definition';
import { inLanguageOf, refuse } from '../errors';
import { getService, iso } from '../utils';
import { newPending, stageNotifications, WEBHOOK_EVENTS, type Pending } from './workflow-events';
import { stateOf } from './workflow-instances';
import { itemRef, unitIdOf } from './workflow-items';
import { actorsAt, holdersOfAny, withdrawers, userName, type People, type User } from './workflow-people';

type Row = Record<string, any>;

/** Everything a step decides on, loaded once. */
type Subject = {
  spec: SubjectSpec;
  documentId: string;
  row: Row;
  inst: Row;
  def: WorkflowDefinition;
  p: People;
  state: InstanceState;
  unitId: number | null;
  item: ReturnType<typeof itemRef>;
  user: User;
  now: Date;
};

/** What a step writes: the instance's new fields, its log row (over the base entry), its publish, what it tells. */
type Step = {
  acting: Acting;
  data: Row;
  entry: Row;
  publish?: boolean;
  /** A write of the engine's own on the item (in the step's transaction, after its log row). */
  apply?: (logEntry: Row) => Promise<void>;
  tell: (logEntry: Row, pending: Pending) => void;
};

type Start = { instance: 'ensure' | 'find'; missing: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends 'workflow-definitions' | 'workflow-people' | 'workflow-items' | 'workflow-instances' | 'workflow-events' | 'workflow-clock' | 'workflow-views'>(name: K) =>
    getService(strapi, name);

  /** load → decide → apply: the one path of every step. */
  async function act(type: string, documentId: string, user: User, revision: unknown, now: Date, start: Start, decide: (s: Subject) => Promise<Step>) {
    const { spec, row } = await service('workflow-items').load(type, documentId);
    const instances = service('workflow-instances');
    const inst = start.instance === 'ensure' ? await instances.ensureInstance(spec, documentId, row, user, now) : await instances.findInstance(spec.type, documentId);
    if (!inst) refuse(400, start.missing);
    instances.checkRevision(inst, revision);
    const def = (await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
    const p = await service('workflow-people').people(now);
    const subject: Subject = { spec, documentId, row, inst, def, p, state: stateOf(inst), unitId: inst.unitId ?? unitIdOf(spec, row), item: itemRef(spec, documentId, row), user, now };
    const step = await decide(subject);
    // Personal data found and not cleared blocks the publish (checked here, before the transaction
    // holds the database, and again by the privacy gate on the publish itself).
    if (step.publish) await getService(strapi, 'privacy').assertPublishable(type, documentId);
    const pending = newPending();
    const events = service('workflow-events');
    await strapi.db.transaction(async () => {
      const entry = await instances.advance(inst, inst.revision, step.data, { ...instances.baseEntry(spec, documentId, def, inst, row, user, step.acting, now, p), ...step.entry });
      if (step.publish) await service('workflow-items').publishItem(spec, documentId, user, now);
      if (step.apply) await step.apply(entry);
      step.tell(entry, pending);
      await events.enqueue(pending);
    });
    await events.flush(pending);
    if (step.data.status === 'deleted') return { item: subject.item, deleted: true };
    return service('workflow-views').view(type, documentId, user, now);
  }

  async function transition(
    type: string,
    documentId: string,
    user: User,
    body: { transition: string; revision: number; reason?: string; assignee?: number; agendaNumber?: string; units?: string[] },
    now = new Date()
  ) {
    return act(type, documentId, user, body.revision, now, { instance: 'ensure', missing: `No workflow applies to this ${type}: bind one to its content type first` }, async (s) => {
      const { def, inst, state, p, unitId, spec, row, item } = s;
      const stage = def.stages.find((x) => x.key === inst.stage);
      const t = def.transitions.find((x) => transitionKey(x) === body.transition);
      const proof = t && needsProof(def, t) ? await service('workflow-items').proofOf(spec, documentId, row) : undefined;
      const next = t ? def.stages.find((x) => x.key === t.to) : undefined;
      const filled = t?.requires?.length ? await service('workflow-items').filledFields(spec, documentId, t.requires) : new Set<string>();
      const missing = t ? missingRequired(t, (f) => filled.has(f)).map((field) => ({ field, label: spec.fieldLabels?.[field] ?? { id: field, en: field } })) : [];
      const decision = decideTransition(def, state, body.transition, {
        missing,
        say: (text) => inLanguageOf(user as any, text),
        actor: service('workflow-people').actorOf(user),
        holders: stageHolders(def, state, actorsAt(p, unitId, stage)),
        reason: body.reason,
        proof,
        assignment: { assignee: body.assignee, agendaNumber: body.agendaNumber },
        candidates: actorsAt(p, unitId, next),
      });
      if (!decision.ok) refuse(decision.status, decision.message);
      const { transition: tr, acting } = decision;
      const target = def.stages.find((x) => x.key === tr.to)!;
      const named = tr.assigns ? { assigneeId: body.assignee!, agendaNumber: body.agendaNumber!.trim() } : null;
      const names = named ? await service('workflow-people').namesOf([named.assigneeId]) : new Map<number, string>();
      const hash = service('workflow-items').hashOf(spec, row);
      if (tr.action === 'publish' && inst.approvedHash && inst.approvedHash !== hash) {
        refuse(400, 'The content changed after it was approved: return it for review before publishing', { approvedHash: inst.approvedHash, currentHash: hash });
      }
      const dueAt = service('workflow-clock').dueFrom(target, now);
      const approving = stage?.kind === 'review' && (tr.action === 'forward' || tr.action === 'publish');
      const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : null;
      return {
        acting,
        data: {
          stage: target.key,
          status: statusAt(def, target.key),
          enteredAt: now,
          dueAt,
          drafters: draftersAfter(def, state, user.id),
          approvals: approvalsAfter(def, state, user.id, tr),
          ...(named ?? {}),
          ...(approving ? { approvedHash: hash } : {}),
          ...(tr.action === 'return' ? { approvedHash: null } : {}),
        },
        entry: {
          toStage: target.key,
          action: tr.action,
          reason: named ? [`Disposisi No. ${named.agendaNumber} kepada ${names.get(named.assigneeId) ?? `#${named.assigneeId}`}`, reason].filter(Boolean).join(': ') : reason,
        },
        publish: tr.action === 'publish',
        async apply() {
          if (tr.action !== 'publish') await service('workflow-items').writeFields(spec, documentId, service('workflow-items').stepFields(spec, def, target.key, !!tr.receipt, user, now, !!tr.signs));
          await service('workflow-items').writeStepRecords(spec, documentId, transitionKey(tr), user, now);
          await service('workflow-items').afterStep(spec, documentId, def, tr, user, reason, now, { units: body.units });
        },
        tell(entry, pending) {
          const payload = {
            item,
            workflow: { key: def.key, version: def.version },
            from: inst.stage,
            to: target.key,
            action: tr.action,
            actor: { id: user.id, name: userName(user) },
            position: acting.position,
            holding: acting.holding,
            reason,
            at: now.toISOString(),
            dueAt: iso(dueAt),
          };
          pending.events.push([WEBHOOK_EVENTS.transition, payload]);
          if (target.actor) pending.events.push([WEBHOOK_EVENTS.stageEntered, payload]);
          if (tr.action === 'return') pending.events.push([WEBHOOK_EVENTS.returned, payload]);
          if (tr.action === 'publish') pending.events.push([WEBHOOK_EVENTS.published, payload]);
          const notified = stageNotifications(p, def, target.key, unitId, item, entry.id, { dueAt, actorName: userName(user), reason });
          const assignee = named?.assigneeId ?? state.assigneeId;
          pending.notify.push(...(target.assigned && assignee ? notified.filter((n) => n.userId === assignee) : notified));
          if (tr.action === 'return' || tr.action === 'publish') {
            for (const drafter of state.drafters) {
              if (drafter !== user.id) pending.notify.push({ userId: drafter, template: tr.action === 'return' ? 'item-returned' : 'item-published', logId: entry.id, stageName: target.name, item, actorName: userName(user), reason });
            }
          }
        },
      };
    });
  }

  async function fastPublish(type: string, documentId: string, user: User, body: { revision: number; reason?: string }, now = new Date()) {
    return act(type, documentId, user, body.revision, now, { instance: 'ensure', missing: `No workflow applies to this ${type}` }, async ({ def, state, p, unitId, row, item }) => {
      const decision = decideFastPublish(def, state, { actor: service('workflow-people').actorOf(user), holders: holdersOfAny(p, unitId, def.fastTrack?.positions ?? []), infoClass: row.infoClass ?? null, reason: body.reason });
      if (!decision.ok) refuse(decision.status, decision.message);
      const published = def.stages.find((s) => s.kind === 'published')!;
      const retroDueAt = service('workflow-clock').clock().addWorking(now, def.fastTrack!.window.amount, def.fastTrack!.window.unit);
      const reason = String(body.reason).trim();
      return {
        acting: decision.acting,
        data: {
          stage: published.key,
          status: 'published',
          enteredAt: now,
          dueAt: null,
          fastReason: reason,
          fastPublishedById: user.id,
          fastPublishedAt: now,
          retroStatus: 'pending',
          retroDueAt,
          retroApprovedById: null,
          retroApprovedAt: null,
        },
        entry: { toStage: published.key, action: 'fast_publish', reason, dueAt: retroDueAt },
        publish: true,
        tell(entry, pending) {
          for (const h of holdersOfAny(p, unitId, def.fastTrack!.retroApprovers)) {
            if (h.userId !== user.id) pending.notify.push({ userId: h.userId, template: 'serta-merta-published', logId: entry.id, stageName: published.name, item, dueAt: retroDueAt, actorName: userName(user), reason });
          }
          pending.events.push([WEBHOOK_EVENTS.fastPublished, { item, workflow: { key: def.key, version: def.version }, actor: { id: user.id, name: userName(user) }, position: decision.acting.position, reason, at: now.toISOString(), retroDueAt: retroDueAt.toISOString() }]);
        },
      };
    });
  }

  async function retroApprove(type: string, documentId: string, user: User, body: { revision: number; note?: string }, now = new Date()) {
    return act(type, documentId, user, body.revision, now, { instance: 'find', missing: 'Nothing on this item awaits retrospective approval' }, async ({ def, state, p, unitId, inst, item }) => {
      const decision = decideRetroApproval(def, state, { actor: service('workflow-people').actorOf(user), holders: holdersOfAny(p, unitId, def.fastTrack?.retroApprovers ?? []) });
      if (!decision.ok) refuse(decision.status, decision.message);
      const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim() : null;
      return {
        acting: decision.acting,
        data: { retroStatus: 'approved', retroApprovedById: user.id, retroApprovedAt: now },
        entry: {
          toStage: inst.stage,
          action: 'retro_approve',
          reason: note,
          enteredAt: inst.fastPublishedAt,
          dueAt: inst.retroDueAt,
          elapsedWorkingMinutes: service('workflow-clock').clock().workingMinutesBetween(new Date(inst.fastPublishedAt), now),
        },
        tell(_entry, pending) {
          pending.events.push([WEBHOOK_EVENTS.retroApproved, { item, workflow: { key: def.key, version: def.version }, actor: { id: user.id, name: userName(user) }, position: decision.acting.position, at: now.toISOString() }]);
        },
      };
    });
  }

  /** The head of the unit names another person at the disposisi (while the item is active). */
  async function reassign(type: string, documentId: string, user: User, body: { revision: number; assignee?: number; agendaNumber?: string; reason?: string }, now = new Date()) {
    return act(type, documentId, user, body.revision, now, { instance: 'find', missing: `No workflow applies to this ${type}` }, async ({ def, state, p, unitId, inst }) => {
      const edge = def.transitions.find((t) => t.assigns);
      const from = edge ? def.stages.find((x) => x.key === edge.from) : undefined;
      const to = edge ? def.stages.find((x) => x.key === edge.to) : undefined;
      const decision = decideReassignment(def, state, {
        actor: service('workflow-people').actorOf(user),
        holders: actorsAt(p, unitId, from),
        assignment: { assignee: body.assignee, agendaNumber: body.agendaNumber },
        candidates: actorsAt(p, unitId, to),
      });
      if (!decision.ok) refuse(decision.status, decision.message);
      const names = await service('workflow-people').namesOf([body.assignee!]);
      const agendaNumber = body.agendaNumber!.trim();
      const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : null;
      return {
        acting: decision.acting,
        data: { assigneeId: body.assignee, agendaNumber },
        entry: { toStage: inst.stage, action: 'assign', reason: [`Disposisi No. ${agendaNumber} kepada ${names.get(body.assignee!) ?? `#${body.assignee}`}`, reason].filter(Boolean).join(': ') },
        tell() {},
      };
    });
  }

  /**
   * An item written by trusted code has no instance until someone looks at it: a refused withdrawal
   * must not start one (nothing changes on a refusal), so the decision is taken first on the state
   * its instance would start in.
   */
  async function refuseUnstartedWithdrawal(kind: 'unpublish' | 'delete', type: string, documentId: string, user: User, reason: unknown, now: Date) {
    const { spec, row } = await service('workflow-items').load(type, documentId);
    if (await service('workflow-instances').findInstance(spec.type, documentId)) return;
    const unitId = unitIdOf(spec, row);
    const def = await service('workflow-definitions').resolveWorkflow(spec.type, unitId);
    if (!def) refuse(400, `No workflow applies to this ${type}`);
    const published = spec.draftAndPublish
      ? (await strapi.db.query(spec.uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
      : !!spec.publishState && spec.publishState.gated.includes(row[spec.publishState.field]);
    const state: InstanceState = { stage: def.initialStage, status: published ? 'published' : 'active', revision: 1, drafters: [], retro: null };
    const positions = withdrawalPositions(def);
    const p = await service('workflow-people').people(now);
    const decision = decideWithdrawal(def, state, { actor: service('workflow-people').actorOf(user), holders: withdrawers(p, unitId, def), positions, reason, kind, published });
    if (!decision.ok) refuse(decision.status, decision.message);
  }

  /**
   * Taking a published item offline (`unpublish`) or deleting it (`delete`): a recorded step with a
   * reason, by a holder of the positions the workflow names (`withdrawal`) for the item's unit. An
   * item taken offline starts a new round at the first stage; a deleted item closes its instance.
   */
  async function withdraw(kind: 'unpublish' | 'delete', type: string, documentId: string, user: User, body: { revision: number; reason?: string }, now = new Date()) {
    await refuseUnstartedWithdrawal(kind, type, documentId, user, body.reason, now);
    return act(type, documentId, user, body.revision, now, { instance: 'ensure', missing: `No workflow applies to this ${type}` }, async ({ spec, def, state, p, unitId, item }) => {
      const published = spec.draftAndPublish
        ? (await strapi.db.query(spec.uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
        : state.status === 'published';
      const positions = withdrawalPositions(def);
      const decision = decideWithdrawal(def, state, { actor: service('workflow-people').actorOf(user), holders: withdrawers(p, unitId, def), positions, reason: body.reason, kind, published });
      if (!decision.ok) refuse(decision.status, decision.message);
      const reason = String(body.reason).trim();
      const start = def.stages.find((x) => x.key === def.initialStage)!;
      const dueAt = kind === 'unpublish' ? service('workflow-clock').dueFrom(start, now) : null;
      return {
        acting: decision.acting,
        data:
          kind === 'unpublish'
            ? { stage: start.key, status: 'active', enteredAt: now, dueAt, drafters: [], approvals: [], approvedHash: null, assigneeId: null, agendaNumber: null, retroStatus: 'none' }
            : { status: 'deleted', dueAt: null },
        entry: { toStage: kind === 'unpublish' ? start.key : state.stage, action: kind === 'unpublish' ? 'withdraw' : 'delete', reason },
        async apply() {
          await asEngine(documentId, async () => {
            if (kind === 'delete') await strapi.documents(spec.uid as any).delete({ documentId } as any);
            else if (spec.draftAndPublish) await strapi.documents(spec.uid as any).unpublish({ documentId } as any);
          });
          if (kind === 'unpublish' && !spec.draftAndPublish) await service('workflow-items').writeFields(spec, documentId, service('workflow-items').newRoundFields(spec));
        },
        tell(entry, pending) {
          const payload = { item, workflow: { key: def.key, version: def.version }, action: kind, actor: { id: user.id, name: userName(user) }, position: decision.acting.position, reason, at: now.toISOString() };
          pending.events.push([kind === 'delete' ? WEBHOOK_EVENTS.deleted : WEBHOOK_EVENTS.withdrawn, payload]);
          if (kind === 'unpublish') pending.notify.push(...stageNotifications(p, def, start.key, unitId, item, entry.id, { dueAt, actorName: userName(user), reason }));
        },
      };
    });
  }

  return { act, transition, fastPublish, retroApprove, reassign, withdraw };
};
