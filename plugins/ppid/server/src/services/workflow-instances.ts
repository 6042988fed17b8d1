/**
 * Workflow instances (one per item) and the append-only transition log: starting an instance,
 * adopting items that have none, moving one on with the optimistic revision check, new rounds
 * after an item finished, and who drafted it.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS, type WorkflowSubject } from '../content-types/workflow';
import type { WorkflowDefinition } from '../workflow/definition';
import type { Acting, InstanceState } from '../workflow/rules';
import { SUBJECTS, type SubjectSpec } from '../workflow/subjects';
import { WorkflowConflict } from '../errors';
import { getService, iso } from '../utils';
import { newPending, stageNotifications, WEBHOOK_EVENTS } from './workflow-events';
import { itemRef, unitIdOf } from './workflow-items';
import { userName, type People, type User } from './workflow-people';

type Row = Record<string, any>;

export const INSTANCE = uid('workflow-instance');
export const LOG = uid('workflow-transition');

/** What a new round starts without: approvals, the approved hash, the disposisi. */
const NEW_ROUND = { approvals: [], approvedHash: null, assigneeId: null, agendaNumber: null };

/** A reset keeps who wrote the text; a round after publication starts with its editor. */
const draftersOfNewRound = (inst: Row, user: User | null, action: 'reopen' | 'reset', drafter: boolean) => {
  const before: number[] = action === 'reset' && Array.isArray(inst.drafters) ? inst.drafters : [];
  return drafter && user && !before.includes(user.id) ? [...before, user.id] : before;
};

export const stateOf = (inst: Row): InstanceState => ({
  stage: inst.stage,
  status: inst.status,
  revision: inst.revision,
  drafters: Array.isArray(inst.drafters) ? inst.drafters : [],
  retro: inst.retroStatus === 'none' ? null : { status: inst.retroStatus, publishedBy: inst.fastPublishedById },
  approvals: Array.isArray(inst.approvals) ? inst.approvals : [],
  assigneeId: inst.assigneeId ?? null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends 'workflow-definitions' | 'workflow-people' | 'workflow-items' | 'workflow-events' | 'workflow-clock'>(name: K) => getService(strapi, name);

  async function findInstance(type: WorkflowSubject, documentId: string): Promise<Row | null> {
    return strapi.db.query(INSTANCE).findOne({ where: { subjectType: type, subjectDocumentId: documentId } });
  }

  /** Appends one log row. The only writer of the log. */
  async function log(entry: Row) {
    return strapi.db.query(LOG).create({ data: entry });
  }

  /**
   * The item's instance, started at the initial stage when the item has none yet (items created
   * before their type was bound, or by the demo seed). Null when no workflow applies.
   */
  async function ensureInstance(spec: SubjectSpec, documentId: string, row: Row, by: User | null, now = new Date()): Promise<Row | null> {
    const existing = await findInstance(spec.type, documentId);
    if (existing) return existing;
    const unitId = unitIdOf(spec, row);
    const def = await service('workflow-definitions').resolveWorkflow(spec.type, unitId);
    if (!def) return null;
    // An item published before its type had a workflow (or by a seed) starts as published.
    const alreadyPublished = spec.draftAndPublish
      ? (await strapi.db.query(spec.uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
      : !!spec.publishState && spec.publishState.gated.includes(row[spec.publishState.field]);
    const start = alreadyPublished ? def.stages.find((s) => s.kind === 'published')! : def.stages.find((s) => s.key === def.initialStage)!;
    const dueAt = alreadyPublished ? null : service('workflow-clock').dueFrom(start, now);
    const pending = newPending();
    const events = service('workflow-events');
    try {
      const inst = await strapi.db.transaction(async () => {
        const created = await strapi.db.query(INSTANCE).create({
          data: {
            subjectType: spec.type,
            subjectDocumentId: documentId,
            workflowKey: def.key,
            workflowVersion: def.version,
            stage: start.key,
            status: alreadyPublished ? 'published' : 'active',
            revision: 1,
            unitId,
            enteredAt: now,
            dueAt,
            // Whoever created the item wrote its first text: a drafter, who never approves it.
            drafters: by && !alreadyPublished ? [by.id] : [],
            approvals: [],
            retroStatus: 'none',
          },
        });
        const entry = await log({
          instanceId: created.id,
          subjectType: spec.type,
          subjectDocumentId: documentId,
          workflowKey: def.key,
          workflowVersion: def.version,
          fromStage: null,
          toStage: start.key,
          action: 'start',
          actorId: by?.id ?? null,
          actorName: by ? userName(by) : 'system',
          position: null,
          holding: 'system',
          unitId,
          unitCode: row[spec.unitField]?.code ?? null,
          unitName: row[spec.unitField]?.name ?? null,
          reason: alreadyPublished ? 'Published before this workflow applied to it' : null,
          enteredAt: null,
          leftAt: now,
          dueAt,
          elapsedWorkingMinutes: 0,
          contentHash: service('workflow-items').hashOf(spec, row),
          revision: 1,
        });
        const p = await service('workflow-people').people(now);
        const item = itemRef(spec, documentId, row);
        if (alreadyPublished) return created;
        pending.notify.push(...stageNotifications(p, def, start.key, unitId, item, entry.id, { dueAt, actorName: userName(by) }));
        pending.events.push([WEBHOOK_EVENTS.stageEntered, { item, workflow: { key: def.key, version: def.version }, stage: start.key, dueAt: iso(dueAt) }]);
        await events.enqueue(pending);
        return created;
      });
      await events.flush(pending);
      return inst;
    } catch (error) {
      // Two requests started the same item at once: the unique index kept one; use it.
      const raced = await findInstance(spec.type, documentId);
      if (raced) return raced;
      throw error;
    }
  }

  /** Starts the workflow of an item that has none (after its create, clone or first edit). */
  async function startFor(spec: SubjectSpec, documentId: string, user: User | null, now = new Date()) {
    const row = await service('workflow-items').itemRow(spec, documentId);
    if (row) await ensureInstance(spec, documentId, row, user, now);
  }

  /**
   * Starts the workflow of every item that has none (items written by trusted code such as a seed or
   * an import, or that existed before their type was bound): drafts at the initial stage, published
   * items as published. One anti-join per type finds them, in batches; nothing to do costs one query
   * per type. Returns how many items were started.
   */
  async function adoptUnstarted(batch = 200): Promise<number> {
    const knex = strapi.db.connection;
    const instances = strapi.db.metadata.get(INSTANCE).tableName;
    let started = 0;
    for (const type of WORKFLOW_SUBJECTS) {
      const spec = SUBJECTS[type];
      if (!(await service('workflow-definitions').typeHasWorkflow(type))) continue;
      const table = strapi.db.metadata.get(spec.uid).tableName;
      const failed = new Set<string>();
      for (;;) {
        const query = knex(`${table} as t`)
          .distinct('t.document_id as documentId')
          .leftJoin(`${instances} as i`, (j: any) => j.on('i.subject_document_id', '=', 't.document_id').andOn('i.subject_type', '=', knex.raw('?', [type])))
          .whereNull('i.id')
          .orderBy('t.document_id')
          .limit(batch);
        if (failed.size) query.whereNotIn('t.document_id', [...failed]);
        const rows: { documentId: string }[] = await query;
        if (!rows.length) break;
        for (const { documentId } of rows) {
          const row = await service('workflow-items').itemRow(spec, documentId);
          const inst = row ? await ensureInstance(spec, documentId, row, null).catch(() => null) : null;
          if (inst) started += 1;
          else failed.add(documentId); // no draft row, or no workflow for its unit: leave it
        }
      }
    }
    return started;
  }

  /** 409 unless the caller acted on the revision the instance is at. */
  function checkRevision(inst: Row, revision: unknown) {
    if (revision !== inst.revision) {
      throw new WorkflowConflict(`This item changed since you loaded it (revision ${String(revision)}, now ${inst.revision}): reload it and try again`, {
        revision: inst.revision,
      });
    }
  }

  /**
   * Moves the instance from revision `expected` to the next one (one conditional UPDATE; zero
   * rows means someone else acted first) and appends the log row, in the caller's transaction.
   */
  async function advance(inst: Row, expected: number, data: Row, entry: Row) {
    const { count } = await strapi.db.query(INSTANCE).updateMany({ where: { id: inst.id, revision: expected }, data: { ...data, revision: expected + 1 } });
    if (count !== 1) throw new WorkflowConflict('Someone else acted on this item at the same moment: reload it and try again', { revision: expected });
    return log({ ...entry, instanceId: inst.id, revision: expected + 1 });
  }

  /** The log row of a step from the instance's current stage (the caller adds toStage, action, reason). */
  function baseEntry(spec: SubjectSpec, documentId: string, def: WorkflowDefinition, inst: Row, row: Row, user: User | null, acting: Acting | null, now: Date, p: People) {
    const unitId = acting?.unitId ?? null;
    const unit = unitId ? p.units.get(unitId) : null;
    return {
      subjectType: spec.type,
      subjectDocumentId: documentId,
      workflowKey: def.key,
      workflowVersion: def.version,
      fromStage: inst.stage,
      actorId: user?.id ?? null,
      actorName: userName(user),
      position: acting?.position ?? null,
      holding: acting?.holding ?? 'system',
      unitId,
      unitCode: unit?.code ?? null,
      unitName: unit?.name ?? null,
      enteredAt: inst.enteredAt,
      leftAt: now,
      dueAt: inst.dueAt,
      elapsedWorkingMinutes: service('workflow-clock').clock().workingMinutesBetween(new Date(inst.enteredAt), now),
      contentHash: service('workflow-items').hashOf(spec, row),
    };
  }

  /**
   * A new round from the initial stage: the item was edited after it finished (`reopen`), or what
   * decides who reviews it (unit, class) changed during review (`reset`). `user` caused it and is
   * logged; they count as its drafter (who reopens an item edits it) unless `drafter` is false (a
   * round opened on someone else's behalf, e.g. the units' submissions a list's return reopens).
   */
  async function reopen(spec: SubjectSpec, documentId: string, user: User | null, why: string, now = new Date(), action: 'reopen' | 'reset' = 'reopen', options: { drafter?: boolean } = {}) {
    const inst = await findInstance(spec.type, documentId);
    if (!inst || (action === 'reopen' && inst.status === 'active')) return;
    const row = await service('workflow-items').itemRow(spec, documentId);
    if (!row) return;
    const definitions = service('workflow-definitions');
    const def = (await definitions.definition(inst.workflowKey, inst.workflowVersion))!;
    // A new round follows the workflow bound today (a running item keeps its version; a new round does not run).
    const current = (await definitions.resolveWorkflow(spec.type, unitIdOf(spec, row))) ?? def;
    const start = current.stages.find((s) => s.key === current.initialStage)!;
    const dueAt = service('workflow-clock').dueFrom(start, now);
    const p = await service('workflow-people').people(now);
    const unitId = unitIdOf(spec, row);
    const item = itemRef(spec, documentId, row);
    const pending = newPending();
    const events = service('workflow-events');
    await strapi.db.transaction(async () => {
      const entry = await advance(
        inst,
        inst.revision,
        { ...NEW_ROUND, workflowKey: current.key, workflowVersion: current.version, stage: start.key, status: 'active', unitId, enteredAt: now, dueAt, drafters: draftersOfNewRound(inst, user, action, options.drafter !== false) },
        { ...baseEntry(spec, documentId, def, inst, row, user, null, now, p), toStage: start.key, action, reason: why }
      );
      if (spec.publishState && row[spec.publishState.field] !== spec.publishState.initial) {
        // A signed plan (a done backlog item) that is edited is a draft again until the workflow finishes it anew.
        const items = service('workflow-items');
        await items.writeFields(spec, documentId, items.newRoundFields(spec));
      }
      pending.notify.push(...stageNotifications(p, current, start.key, unitId, item, entry.id, { dueAt, actorName: userName(user) }));
      pending.events.push([WEBHOOK_EVENTS.stageEntered, { item, workflow: { key: current.key, version: current.version }, stage: start.key, dueAt: iso(dueAt), reason: why }]);
      await events.enqueue(pending);
    });
    await events.flush(pending);
  }

  /**
   * Records that `user` wrote the item: whoever created or edited its text counts as a drafter,
   * at whatever stage, and a drafter never approves it (a second pair of eyes).
   */
  async function noteDrafter(inst: Row, user: User) {
    const drafters: number[] = Array.isArray(inst.drafters) ? inst.drafters : [];
    if (drafters.includes(user.id)) return;
    // Not a state change (no revision bump): who wrote the item is a fact, whatever the order.
    await strapi.db.query(INSTANCE).update({ where: { id: inst.id }, data: { drafters: [...drafters, user.id] } });
  }

  /**
   * What decides who reviews the item or which path it takes changed (`fields`): past its first
   * stage it goes back there, under the workflow bound to it now, with a log row naming the change;
   * at its first stage the instance just follows the new unit.
   */
  async function redirect(spec: SubjectSpec, documentId: string, user: User | null, fields: string[], before: Row, after: Row, now = new Date()) {
    const inst = await findInstance(spec.type, documentId);
    if (!inst || inst.status !== 'active') return;
    const def = (await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
    if (inst.stage === def.initialStage) {
      if (fields.includes(spec.unitField)) await strapi.db.query(INSTANCE).update({ where: { id: inst.id }, data: { unitId: after[spec.unitField] } });
      return;
    }
    const what = fields.map((f) => `${f}: ${String(before[f])} -> ${String(after[f])}`).join(', ');
    await reopen(spec, documentId, user, `Changed during review (${what}): back to the first stage`, now, 'reset');
  }

  /** Closes the instance of an item deleted at its first stage (the Content Manager's delete of a draft). */
  async function closeDeleted(spec: SubjectSpec, documentId: string, inst: Row, row: Row | null, user: User | null, why: string, now = new Date()) {
    const def = (await service('workflow-definitions').definition(inst.workflowKey, inst.workflowVersion))!;
    const p = await service('workflow-people').people(now);
    await strapi.db.transaction(async () => {
      await advance(inst, inst.revision, { status: 'deleted', dueAt: null }, {
        ...baseEntry(spec, documentId, def, inst, row ?? {}, user, null, now, p),
        toStage: inst.stage,
        action: 'delete',
        reason: why,
      });
    });
  }

  return { redirect, closeDeleted, findInstance, ensureInstance, startFor, adoptUnstarted, checkRevision, advance, baseEntry, reopen, noteDrafter };
};
