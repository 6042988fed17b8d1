/**
 * The steps people take on an item: a transition, a serta-merta (immediate) publication and its
 * retrospective approval. All three go through `act`: load the item and its instance, check the
 * revision the person loaded, let the step decide (pure rules in workflow/rules.ts), then apply it
 * in one transaction (the conditional revision update, the log row, the engine's publish, the
 * outbox), emit its events after the commit, and answer with the item's new view.
 */
import type { Core } from '@strapi/strapi';
import type { WorkflowDefinition } from '../workflow/definition';
import { decideFastPublish, decideRetroApproval, decideTransition, draftersAfter, needsProof, statusAt, type Acting, type InstanceState } from '../workflow/rules';
import type { SubjectSpec } from '../workflow/subjects';
import { transitionKey } from '../workflow/definition';
import { refuse } from '../errors';
import { getService, iso } from '../utils';
import { newPending, stageNotifications, WEBHOOK_EVENTS, type Pending } from './workflow-events';
import { stateOf } from './workflow-instances';
import { itemRef, unitIdOf } from './workflow-items';
import { holders, holdersOfAny, userName, type People, type User } from './workflow-people';

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
    const pending = newPending();
    const events = service('workflow-events');
    await strapi.db.transaction(async () => {
      const entry = await instances.advance(inst, inst.revision, step.data, { ...instances.baseEntry(spec, documentId, def, inst, row, user, step.acting, now, p), ...step.entry });
      if (step.publish) await service('workflow-items').publishItem(spec, documentId, user, now);
      step.tell(entry, pending);
      await events.enqueue(pending);
    });
    await events.flush(pending);
    return service('workflow-views').view(type, documentId, user, now);
  }

  async function transition(type: string, documentId: string, user: User, body: { transition: string; revision: number; reason?: string }, now = new Date()) {
    return act(type, documentId, user, body.revision, now, { instance: 'ensure', missing: `No workflow applies to this ${type}: bind one to its content type first` }, async (s) => {
      const { def, inst, state, p, unitId, spec, row, item } = s;
      const stage = def.stages.find((x) => x.key === inst.stage);
      const t = def.transitions.find((x) => transitionKey(x) === body.transition);
      const proof = t && needsProof(def, t) ? await service('workflow-items').proofOf(spec, documentId, row) : undefined;
      const decision = decideTransition(def, state, body.transition, { actor: service('workflow-people').actorOf(user), holders: holders(p, unitId, stage?.actor), reason: body.reason, proof });
      if (!decision.ok) refuse(decision.status, decision.message);
      const { transition: tr, acting } = decision;
      const target = def.stages.find((x) => x.key === tr.to)!;
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
          ...(approving ? { approvedHash: hash } : {}),
          ...(tr.action === 'return' ? { approvedHash: null } : {}),
        },
        entry: { toStage: target.key, action: tr.action, reason },
        publish: tr.action === 'publish',
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
          pending.notify.push(...stageNotifications(p, def, target.key, unitId, item, entry.id, { dueAt, actorName: userName(user), reason }));
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

  return { transition, fastPublish, retroApprove };
};
