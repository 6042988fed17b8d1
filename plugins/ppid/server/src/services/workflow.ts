/**
 * The review-stage workflow engine: Strapi glue around the pure rules in workflow/. It stores
 * definitions (versioned) and bindings, keeps one instance per item, performs transitions as one
 * DB transaction with an optimistic revision check, writes the append-only log, queues
 * notifications and emits `ppid.*` webhook events. The document-service gate (`gate`) makes the
 * same rules hold for the Content Manager and for code.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS, type WorkflowSubject } from '../content-types/workflow';
import type { Position } from '../domain/constants';
import { today } from '../domain/time';
import { holdersOf, type Assignment, type Holder, type UnitNode } from '../workflow/actors';
import { createClock, type WorkingClock } from '../workflow/clock';
import { asEngine, asSystem, engineMayWrite, inSystemScope } from '../workflow/context';
import { authoringStages, transitionKey, transitionsFrom, validateDefinition, type StageDef, type WorkflowDefinition } from '../workflow/definition';
import {
  decideFastPublish,
  decideRetroApproval,
  decideTransition,
  draftersAfter,
  hasReason,
  needsProof,
  statusAt,
  type Acting,
  type Actor,
  type InstanceState,
  type Proof,
} from '../workflow/rules';
import { contentHash, isSubjectType, SUBJECTS, subjectByUid, type SubjectSpec } from '../workflow/subjects';
import { TEMPLATES } from '../workflow/templates';
import { parseDefinition } from '../workflow/schema';
import { refuse, WorkflowConflict } from '../errors';
import { getConfig, getService, iso } from '../utils';

type Row = Record<string, any>;
type User = { id: number; firstname?: string; lastname?: string; username?: string; email?: string; roles?: { code: string }[] };

const WORKFLOW = uid('workflow');
const BINDING = uid('workflow-binding');
const INSTANCE = uid('workflow-instance');
const LOG = uid('workflow-transition');
const INTERNAL = new Set([WORKFLOW, BINDING, INSTANCE, LOG]);

/** The default workflow of each content type on a fresh install (agencies change it). */
export const DEFAULT_BINDINGS: Record<WorkflowSubject, string> = {
  announcement: 'pengumuman-diskominfo-kalbar',
  'dip-entry': 'pendokumentasian-kapuas-hulu',
  'content-plan': 'web-rencana-konten',
};

export const WEBHOOK_EVENTS = {
  transition: 'ppid.workflow.transition',
  stageEntered: 'ppid.workflow.stage-entered',
  returned: 'ppid.workflow.returned',
  published: 'ppid.workflow.published',
  fastPublished: 'ppid.serta-merta.published',
  retroApproved: 'ppid.serta-merta.approved',
} as const;

const userName = (u: User | null | undefined) =>
  u ? [u.firstname, u.lastname].filter(Boolean).join(' ') || u.username || u.email || `#${u.id}` : 'system';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const definitionCache = new Map<string, WorkflowDefinition>();
  let clockCache: { key: string; clock: WorkingClock } | null = null;

  const settings = () => getConfig(strapi);

  function clock(): WorkingClock {
    const cfg = settings();
    const key = JSON.stringify([cfg.timezone, cfg.workflow]);
    if (!clockCache || clockCache.key !== key) {
      clockCache = {
        key,
        clock: createClock({
          timezone: cfg.timezone,
          officeHours: cfg.workflow.officeHours,
          workDays: cfg.workflow.workDays,
          holidays: cfg.workflow.holidays,
          extraHolidays: cfg.workflow.extraHolidays,
        }),
      };
    }
    return clockCache.clock;
  }

  const dueFrom = (stage: StageDef | undefined, start: Date): Date | null =>
    stage?.timeStandard ? clock().addWorking(start, stage.timeStandard.amount, stage.timeStandard.unit) : null;

  // ---------------------------------------------------------------- definitions and bindings

  async function definition(key: string, version: number): Promise<WorkflowDefinition | null> {
    const cacheKey = `${key}@${version}`;
    const cached = definitionCache.get(cacheKey);
    if (cached) return cached;
    const row = await strapi.db.query(WORKFLOW).findOne({ where: { key, version } });
    if (!row) return null;
    definitionCache.set(cacheKey, row.definition); // versions never change
    return row.definition;
  }

  async function latest(key: string): Promise<Row | null> {
    return strapi.db.query(WORKFLOW).findOne({ where: { key }, orderBy: [{ version: 'desc' }] });
  }

  const definitionView = (row: Row) => ({ id: row.id, ...row.definition, source: row.source, createdAt: iso(row.createdAt) });

  async function listDefinitions({ all = false } = {}) {
    const rows = await strapi.db.query(WORKFLOW).findMany({ orderBy: [{ key: 'asc' }, { version: 'desc' }] });
    const seen = new Set<string>();
    return rows.filter((r: Row) => all || (!seen.has(r.key) && seen.add(r.key))).map(definitionView);
  }

  /** Saves a new version of a workflow (or its first): validated, never overwriting one. */
  async function saveDefinition(input: unknown, userId: number | null, source: 'template' | 'custom' = 'custom') {
    const parsed = parseDefinition(input);
    if (!parsed.ok) refuse(400, parsed.problems[0].message, { errors: parsed.problems.map((p) => ({ ...p, name: 'ValidationError' })) });
    const previous = await latest(parsed.definition.key);
    if (previous && previous.contentType !== parsed.definition.contentType) {
      refuse(400, `Workflow "${previous.key}" carries "${previous.contentType}": a new version cannot carry "${parsed.definition.contentType}"`, {
        errors: [{ path: ['contentType'], message: 'The content type of a workflow cannot change between versions', name: 'ValidationError' }],
      });
    }
    const def: WorkflowDefinition = { ...parsed.definition, version: (previous?.version ?? 0) + 1 };
    const problems = validateDefinition(def);
    if (problems.length) refuse(400, problems[0].message, { errors: problems.map((p) => ({ ...p, name: 'ValidationError' })) });
    const row = await strapi.db.query(WORKFLOW).create({
      data: { key: def.key, version: def.version, contentType: def.contentType, name: def.name, definition: def, source, authorId: userId },
    });
    return definitionView(row);
  }

  async function listBindings() {
    const [rows, units] = await Promise.all([strapi.db.query(BINDING).findMany({ orderBy: [{ contentType: 'asc' }, { id: 'asc' }] }), loadUnits()]);
    return rows.map((b: Row) => {
      const unit = b.unitId ? units.get(b.unitId) : null;
      return { id: b.id, contentType: b.contentType, unit: unit ? { code: unit.code, name: unit.name } : null, workflowKey: b.workflowKey };
    });
  }

  async function setBinding(input: { contentType?: unknown; unit?: unknown; workflowKey?: unknown }) {
    const { contentType, unit, workflowKey } = input;
    if (typeof contentType !== 'string' || !isSubjectType(contentType)) {
      refuse(400, `"contentType" must be one of ${WORKFLOW_SUBJECTS.join(', ')}`, { errors: [{ path: ['contentType'], message: 'Unknown content type' }] });
    }
    const wf = typeof workflowKey === 'string' ? await latest(workflowKey) : null;
    if (!wf) refuse(400, `Unknown workflow "${String(workflowKey)}"`, { errors: [{ path: ['workflowKey'], message: 'Unknown workflow' }] });
    if (wf.contentType !== contentType) {
      refuse(400, `Workflow "${wf.key}" carries "${wf.contentType}", not "${contentType}"`, { errors: [{ path: ['workflowKey'], message: 'Wrong content type' }] });
    }
    let unitId: number | null = null;
    if (unit !== null && unit !== undefined && unit !== '') {
      const row = typeof unit === 'string' ? await strapi.db.query(uid('unit')).findOne({ where: { code: unit }, select: ['id'] }) : null;
      if (!row) refuse(400, `Unknown unit "${String(unit)}"`, { errors: [{ path: ['unit'], message: 'Unknown unit code' }] });
      unitId = row.id;
    }
    const existing = await strapi.db.query(BINDING).findOne({ where: { contentType, unitId } });
    if (existing) await strapi.db.query(BINDING).update({ where: { id: existing.id }, data: { workflowKey: wf.key } });
    else await strapi.db.query(BINDING).create({ data: { contentType, unitId, workflowKey: wf.key } });
    return listBindings();
  }

  /** Seeds the SOP templates (each version once) and a default binding per content type. */
  async function seedTemplates() {
    for (const template of TEMPLATES) {
      const row = await strapi.db.query(WORKFLOW).findOne({ where: { key: template.key, version: template.version }, select: ['id'] });
      if (!row) {
        await strapi.db.query(WORKFLOW).create({
          data: { key: template.key, version: template.version, contentType: template.contentType, name: template.name, definition: template, source: 'template' },
        });
      }
    }
    for (const [contentType, key] of Object.entries(DEFAULT_BINDINGS)) {
      const any = await strapi.db.query(BINDING).findOne({ where: { contentType }, select: ['id'] });
      if (!any) await strapi.db.query(BINDING).create({ data: { contentType, unitId: null, workflowKey: key } });
    }
  }

  /** The workflow an item of `type` in `unitId` follows: the nearest unit's override, else the default. */
  async function resolveWorkflow(type: WorkflowSubject, unitId: number | null): Promise<WorkflowDefinition | null> {
    const bindings: Row[] = await strapi.db.query(BINDING).findMany({ where: { contentType: type } });
    if (!bindings.length) return null;
    let chosen = bindings.find((b) => b.unitId === null);
    if (unitId !== null && bindings.some((b) => b.unitId !== null)) {
      const units = await loadUnits();
      let current = units.get(unitId);
      const seen = new Set<number>();
      while (current && !seen.has(current.id)) {
        seen.add(current.id);
        const own = bindings.find((b) => b.unitId === current!.id);
        if (own) {
          chosen = own;
          break;
        }
        current = current.parentId === null ? undefined : units.get(current.parentId);
      }
    }
    if (!chosen) return null;
    const row = await latest(chosen.workflowKey);
    return row ? row.definition : null;
  }

  const typeHasWorkflow = async (type: WorkflowSubject) => (await strapi.db.query(BINDING).count({ where: { contentType: type } })) > 0;

  // ---------------------------------------------------------------- people and units

  async function loadUnits(): Promise<Map<number, UnitNode>> {
    const rows = await strapi.db.query(uid('unit')).findMany({ select: ['id', 'code', 'name'], populate: { parent: { select: ['id'] } } });
    return new Map(rows.map((r: Row) => [r.id, { id: r.id, code: r.code, name: r.name, parentId: r.parent?.id ?? null }]));
  }

  async function loadAssignments(where: Row = {}): Promise<Assignment[]> {
    const rows = await strapi.db.query(uid('position-assignment')).findMany({
      where,
      select: ['position', 'holding', 'startsOn', 'endsOn'],
      populate: { user: { select: ['id'] }, unit: { select: ['id'] } },
    });
    return rows
      .filter((r: Row) => r.user && r.unit)
      .map((r: Row) => ({ userId: r.user.id, position: r.position, unitId: r.unit.id, holding: r.holding, startsOn: String(r.startsOn), endsOn: r.endsOn ? String(r.endsOn) : null }));
  }

  const localToday = (now: Date) => today(now, settings().timezone);

  type People = { units: Map<number, UnitNode>; assignments: Assignment[]; date: string };
  async function people(now: Date): Promise<People> {
    const [units, assignments] = await Promise.all([loadUnits(), loadAssignments()]);
    return { units, assignments, date: localToday(now) };
  }
  const holders = (p: People, unitId: number | null, position: Position | undefined): Holder[] =>
    unitId === null || !position ? [] : holdersOf(p.units, p.assignments, unitId, position, p.date);
  const holdersOfAny = (p: People, unitId: number | null, positions: Position[]) => positions.flatMap((pos) => holders(p, unitId, pos));

  async function loadUser(id: number): Promise<User | null> {
    return strapi.db.query('admin::user').findOne({ where: { id }, select: ['id', 'firstname', 'lastname', 'username', 'email', 'preferedLanguage'], populate: { roles: { select: ['code'] } } });
  }

  const actorOf = (user: User): Actor => ({
    userId: user.id,
    superAdmin: (user.roles ?? []).some((r) => r.code === 'strapi-super-admin'),
    superAdminsMayAct: settings().workflow.superAdminsMayAct === true,
  });

  // ---------------------------------------------------------------- items and instances

  function specOf(type: string): SubjectSpec {
    if (!isSubjectType(type)) refuse(404, `Unknown workflow item type "${type}": use one of ${WORKFLOW_SUBJECTS.join(', ')}`);
    return SUBJECTS[type];
  }

  /** The row the workflow reviews: the draft of a draft & publish type, the only row otherwise. */
  async function itemRow(spec: SubjectSpec, documentId: string): Promise<Row | null> {
    const where: Row = spec.draftAndPublish ? { documentId, publishedAt: null } : { documentId };
    return strapi.db.query(spec.uid).findOne({ where, populate: { [spec.unitField]: { select: ['id', 'code', 'name'] } } });
  }

  async function proofOf(spec: SubjectSpec, documentId: string, row: Row): Promise<Proof> {
    if (spec.type !== 'announcement') {
      const full = await strapi.db.query(spec.uid).findOne({ where: { id: row.id }, populate: { document: true, signedDocument: true } as any });
      return spec.proof(full ?? row, []);
    }
    const records = await strapi.db.query(uid('publication-record')).findMany({
      where: { announcement: { documentId } },
      select: ['channel'],
    });
    return spec.proof(row, records);
  }

  const hashOf = (spec: SubjectSpec, row: Row) => contentHash(strapi.getModel(spec.uid as any).attributes as any, row);

  async function findInstance(type: WorkflowSubject, documentId: string): Promise<Row | null> {
    return strapi.db.query(INSTANCE).findOne({ where: { subjectType: type, subjectDocumentId: documentId } });
  }

  const stateOf = (inst: Row): InstanceState => ({
    stage: inst.stage,
    status: inst.status,
    revision: inst.revision,
    drafters: Array.isArray(inst.drafters) ? inst.drafters : [],
    retro: inst.retroStatus === 'none' ? null : { status: inst.retroStatus, publishedBy: inst.fastPublishedById },
  });

  const unitIdOf = (spec: SubjectSpec, row: Row): number | null => row[spec.unitField]?.id ?? null;

  /** Appends one log row. The only writer of the log. */
  async function log(entry: Row) {
    return strapi.db.query(LOG).create({ data: entry });
  }

  type Pending = { events: [string, Row][]; notify: Row[] };

  /** Queues mails to the people who must act at the stage an item has just entered. */
  function stageNotifications(p: People, def: WorkflowDefinition, stageKey: string, unitId: number | null, item: Row, logId: number, extra: Row = {}): Row[] {
    const stage = def.stages.find((s) => s.key === stageKey);
    if (!stage?.actor) return [];
    return holders(p, unitId, stage.actor).map((h) => ({ userId: h.userId, template: 'stage-entered', logId, stageName: stage.name, item, ...extra }));
  }

  async function flush(pending: Pending) {
    for (const [event, payload] of pending.events) {
      try {
        strapi.eventHub.emit(event, payload);
      } catch (error) {
        strapi.log.warn(`ppid: webhook event ${event} failed: ${(error as Error).message}`);
      }
    }
    const notifications = getService(strapi, 'notifications');
    if (pending.notify.length && notifications?.dispatch) {
      setImmediate(() => notifications.dispatch().catch((e: Error) => strapi.log.warn(`ppid: notification dispatch failed: ${e.message}`)));
    }
  }

  /** Writes the outbox rows of `pending.notify` (inside the caller's transaction). */
  async function enqueue(pending: Pending) {
    const notifications = getService(strapi, 'notifications');
    if (!pending.notify.length || !notifications?.enqueue) return;
    const ids = [...new Set(pending.notify.map((n) => n.userId))];
    const users: Row[] = await strapi.db.query('admin::user').findMany({ where: { id: { $in: ids }, isActive: true }, select: ['id', 'email', 'preferedLanguage'] });
    const byId = new Map(users.map((u) => [u.id, u]));
    const adminBase = `${String(strapi.config.get('admin.absoluteUrl', '') ?? '').replace(/\/$/, '')}`;
    const rows = pending.notify
      .filter((n) => byId.get(n.userId)?.email)
      .map((n) => {
        const user = byId.get(n.userId)!;
        const locale = String(user.preferedLanguage ?? '').startsWith('en') ? ('en' as const) : ('id' as const);
        return {
          userId: user.id,
          email: user.email,
          locale,
          template: n.template,
          dedupeKey: `${n.logId}:${n.template}:${user.id}`,
          payload: {
            title: n.item.title,
            unitName: n.item.unit?.name ?? '',
            stageName: n.stageName?.[locale] ?? '',
            dueAt: n.dueAt ? iso(n.dueAt) : '',
            timezone: settings().timezone,
            actorName: n.actorName ?? '',
            reason: n.reason ?? '',
            adminUrl: `${adminBase}/content-manager/collection-types/${SUBJECTS[n.item.type as WorkflowSubject].uid}/${n.item.documentId}`,
          },
        };
      });
    if (rows.length) await notifications.enqueue(rows);
  }

  const itemRef = (spec: SubjectSpec, documentId: string, row: Row) => ({
    type: spec.type,
    documentId,
    title: row.title ?? null,
    unit: row[spec.unitField] ? { code: row[spec.unitField].code, name: row[spec.unitField].name } : null,
  });

  /**
   * The item's instance, started at the initial stage when the item has none yet (items created
   * before their type was bound, or by the demo seed). Null when no workflow applies.
   */
  async function ensureInstance(spec: SubjectSpec, documentId: string, row: Row, by: User | null, now = new Date()): Promise<Row | null> {
    const existing = await findInstance(spec.type, documentId);
    if (existing) return existing;
    const unitId = unitIdOf(spec, row);
    const def = await resolveWorkflow(spec.type, unitId);
    if (!def) return null;
    // An item published before its type had a workflow (or by a seed) starts as published.
    const alreadyPublished = spec.draftAndPublish
      ? (await strapi.db.query(spec.uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0
      : !!spec.publishState && spec.publishState.gated.includes(row[spec.publishState.field]);
    const start = alreadyPublished ? def.stages.find((s) => s.kind === 'published')! : def.stages.find((s) => s.key === def.initialStage)!;
    const dueAt = alreadyPublished ? null : dueFrom(start, now);
    const pending: Pending = { events: [], notify: [] };
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
            drafters: [],
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
          contentHash: hashOf(spec, row),
          revision: 1,
        });
        const p = await people(now);
        const item = itemRef(spec, documentId, row);
        if (alreadyPublished) return created;
        pending.notify.push(...stageNotifications(p, def, start.key, unitId, item, entry.id, { dueAt, actorName: userName(by) }));
        pending.events.push([WEBHOOK_EVENTS.stageEntered, { item, workflow: { key: def.key, version: def.version }, stage: start.key, dueAt: iso(dueAt) }]);
        await enqueue(pending);
        return created;
      });
      await flush(pending);
      return inst;
    } catch (error) {
      // Two requests started the same item at once: the unique index kept one; use it.
      const raced = await findInstance(spec.type, documentId);
      if (raced) return raced;
      throw error;
    }
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
      if (!(await typeHasWorkflow(type))) continue;
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
          const row = await itemRow(spec, documentId);
          const inst = row ? await ensureInstance(spec, documentId, row, null).catch(() => null) : null;
          if (inst) started += 1;
          else failed.add(documentId); // no draft row, or no workflow for its unit: leave it
        }
      }
    }
    return started;
  }

  async function load(type: string, documentId: string) {
    const spec = specOf(type);
    const row = await itemRow(spec, documentId);
    if (!row) refuse(404, `No ${type} with documentId "${documentId}"`);
    return { spec, row };
  }

  // ---------------------------------------------------------------- reading

  async function view(type: string, documentId: string, user: User, now = new Date()) {
    const { spec, row } = await load(type, documentId);
    const inst = await ensureInstance(spec, documentId, row, null, now);
    const item = itemRef(spec, documentId, row);
    if (!inst) return { item, workflow: null, state: null, stages: [], transitions: [], fastPublish: { allowed: false }, retroApprove: { allowed: false }, actors: [] };
    const def = (await definition(inst.workflowKey, inst.workflowVersion))!;
    const p = await people(now);
    const actor = actorOf(user);
    const state = stateOf(inst);
    const stage = def.stages.find((s) => s.key === inst.stage);
    const unitId = inst.unitId ?? unitIdOf(spec, row);
    const stageHolders = holders(p, unitId, stage?.actor);
    const proof = state.status === 'active' && transitionsFrom(def, inst.stage).some((t) => needsProof(def, t)) ? await proofOf(spec, documentId, row) : undefined;
    const transitions = transitionsFrom(def, inst.stage).map((t) => {
      const decision = decideTransition(def, state, transitionKey(t), { actor, holders: stageHolders, reason: 'x'.repeat(20), proof });
      const to = def.stages.find((s) => s.key === t.to)!;
      return {
        key: transitionKey(t),
        to: t.to,
        toName: to.name,
        action: t.action,
        label: t.label,
        reasonRequired: t.action === 'return' || t.action === 'cancel' || t.reasonRequired === true,
        proofRequired: needsProof(def, t),
        allowed: decision.ok,
        ...(decision.ok ? {} : { reason: decision.message }),
      };
    });
    const fast = decideFastPublish(def, state, { actor, holders: holdersOfAny(p, unitId, def.fastTrack?.positions ?? []), infoClass: row.infoClass ?? null, reason: 'x'.repeat(20) });
    const retro = decideRetroApproval(def, state, { actor, holders: holdersOfAny(p, unitId, def.fastTrack?.retroApprovers ?? []) });
    const names = await namesOf([...stageHolders.map((h) => h.userId), inst.fastPublishedById, inst.retroApprovedById].filter(Boolean));
    return {
      item,
      workflow: { key: def.key, version: def.version, name: def.name, sop: { number: def.sop.number, title: def.sop.title } },
      state: {
        stage: inst.stage,
        stageName: stage?.name ?? { id: inst.stage, en: inst.stage },
        kind: stage?.kind ?? null,
        actor: stage?.actor ?? null,
        revision: inst.revision,
        enteredAt: iso(inst.enteredAt),
        dueAt: iso(inst.dueAt),
        overdue: inst.status === 'active' && clock().isOverdue(inst.dueAt ? new Date(inst.dueAt) : null, now),
        status: inst.status,
        sertaMerta:
          inst.retroStatus === 'none'
            ? null
            : {
                status: inst.retroStatus,
                publishedAt: iso(inst.fastPublishedAt),
                publishedBy: { id: inst.fastPublishedById, name: names.get(inst.fastPublishedById) ?? null },
                reason: inst.fastReason,
                dueAt: iso(inst.retroDueAt),
                overdue: inst.retroStatus === 'pending' && clock().isOverdue(inst.retroDueAt ? new Date(inst.retroDueAt) : null, now),
                ...(inst.retroApprovedById ? { approvedBy: { id: inst.retroApprovedById, name: names.get(inst.retroApprovedById) ?? null }, approvedAt: iso(inst.retroApprovedAt) } : {}),
              },
      },
      stages: def.stages.map((s) => ({ key: s.key, name: s.name, kind: s.kind, actor: s.actor ?? null, ...(s.timeStandard ? { timeStandard: s.timeStandard } : {}) })),
      transitions,
      fastPublish: fast.ok ? { allowed: true } : { allowed: false, reason: fast.message },
      retroApprove: retro.ok ? { allowed: true } : { allowed: false, reason: retro.message },
      actors: stageHolders.map((h) => ({ id: h.userId, name: names.get(h.userId) ?? null, position: h.position, holding: h.holding })),
    };
  }

  async function namesOf(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const users: User[] = await strapi.db.query('admin::user').findMany({ where: { id: { $in: [...new Set(ids)] } }, select: ['id', 'firstname', 'lastname', 'username', 'email'] });
    return new Map(users.map((u) => [u.id, userName(u)]));
  }

  async function history(type: string, documentId: string) {
    const spec = specOf(type);
    const rows: Row[] = await strapi.db.query(LOG).findMany({ where: { subjectType: spec.type, subjectDocumentId: documentId }, orderBy: [{ id: 'asc' }] });
    if (!rows.length && !(await itemRow(spec, documentId))) refuse(404, `No ${type} with documentId "${documentId}"`);
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

  // ---------------------------------------------------------------- acting

  /**
   * Moves the instance from revision `expected` to the next one (one conditional UPDATE; zero
   * rows means someone else acted first) and appends the log row, in the caller's transaction.
   */
  async function advance(inst: Row, expected: number, data: Row, entry: Row) {
    const { count } = await strapi.db.query(INSTANCE).updateMany({ where: { id: inst.id, revision: expected }, data: { ...data, revision: expected + 1 } });
    if (count !== 1) throw new WorkflowConflict('Someone else acted on this item at the same moment: reload it and try again', { revision: expected });
    return log({ ...entry, instanceId: inst.id, revision: expected + 1 });
  }

  function checkRevision(inst: Row, revision: unknown) {
    if (revision !== inst.revision) {
      throw new WorkflowConflict(`This item changed since you loaded it (revision ${String(revision)}, now ${inst.revision}): reload it and try again`, {
        revision: inst.revision,
      });
    }
  }

  const baseEntry = (spec: SubjectSpec, documentId: string, def: WorkflowDefinition, inst: Row, row: Row, user: User | null, acting: Acting | null, now: Date, p: People) => {
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
      elapsedWorkingMinutes: clock().workingMinutesBetween(new Date(inst.enteredAt), now),
      contentHash: hashOf(spec, row),
    };
  };

  /** Publishes the item as the engine (the only publish the gate lets through). */
  async function publishItem(spec: SubjectSpec, documentId: string, user: User | null, now: Date) {
    await asEngine(documentId, async () => {
      if (spec.draftAndPublish) {
        await strapi.documents(spec.uid as any).publish({ documentId } as any);
      } else if (spec.publishState) {
        await strapi.documents(spec.uid as any).update({
          documentId,
          data: { [spec.publishState.field]: spec.publishState.value, signedBy: user?.id ?? null, signedAt: localToday(now) },
        } as any);
      }
    });
  }

  async function transition(type: string, documentId: string, user: User, body: { transition: string; revision: number; reason?: string }, now = new Date()) {
    const { spec, row } = await load(type, documentId);
    const inst = await ensureInstance(spec, documentId, row, user, now);
    if (!inst) refuse(400, `No workflow applies to this ${type}: bind one to its content type first`);
    checkRevision(inst, body.revision);
    const def = (await definition(inst.workflowKey, inst.workflowVersion))!;
    const p = await people(now);
    const state = stateOf(inst);
    const stage = def.stages.find((s) => s.key === inst.stage);
    const unitId = inst.unitId ?? unitIdOf(spec, row);
    const t = def.transitions.find((x) => transitionKey(x) === body.transition);
    const proof = t && needsProof(def, t) ? await proofOf(spec, documentId, row) : undefined;
    const decision = decideTransition(def, state, body.transition, { actor: actorOf(user), holders: holders(p, unitId, stage?.actor), reason: body.reason, proof });
    if (!decision.ok) refuse(decision.status, decision.message);
    const { transition: tr, acting } = decision;
    const target = def.stages.find((s) => s.key === tr.to)!;
    const hash = hashOf(spec, row);
    if (tr.action === 'publish' && inst.approvedHash && inst.approvedHash !== hash) {
      refuse(400, 'The content changed after it was approved: return it for review before publishing', { approvedHash: inst.approvedHash, currentHash: hash });
    }
    const dueAt = dueFrom(target, now);
    const approving = stage?.kind === 'review' && (tr.action === 'forward' || tr.action === 'publish');
    const pending: Pending = { events: [], notify: [] };
    const item = itemRef(spec, documentId, row);
    const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : null;

    await strapi.db.transaction(async () => {
      const entry = await advance(
        inst,
        inst.revision,
        {
          stage: target.key,
          status: statusAt(def, target.key),
          enteredAt: now,
          dueAt,
          drafters: draftersAfter(def, state, user.id),
          ...(approving ? { approvedHash: hash } : {}),
          ...(tr.action === 'return' ? { approvedHash: null } : {}),
        },
        { ...baseEntry(spec, documentId, def, inst, row, user, acting, now, p), toStage: target.key, action: tr.action, reason }
      );
      if (tr.action === 'publish') await publishItem(spec, documentId, user, now);
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
      await enqueue(pending);
    });
    await flush(pending);
    return view(type, documentId, user, now);
  }

  async function fastPublish(type: string, documentId: string, user: User, body: { revision: number; reason?: string }, now = new Date()) {
    const { spec, row } = await load(type, documentId);
    const inst = await ensureInstance(spec, documentId, row, user, now);
    if (!inst) refuse(400, `No workflow applies to this ${type}`);
    checkRevision(inst, body.revision);
    const def = (await definition(inst.workflowKey, inst.workflowVersion))!;
    const p = await people(now);
    const unitId = inst.unitId ?? unitIdOf(spec, row);
    const decision = decideFastPublish(def, stateOf(inst), { actor: actorOf(user), holders: holdersOfAny(p, unitId, def.fastTrack?.positions ?? []), infoClass: row.infoClass ?? null, reason: body.reason });
    if (!decision.ok) refuse(decision.status, decision.message);
    const published = def.stages.find((s) => s.kind === 'published')!;
    const retroDueAt = clock().addWorking(now, def.fastTrack!.window.amount, def.fastTrack!.window.unit);
    const reason = String(body.reason).trim();
    const item = itemRef(spec, documentId, row);
    const pending: Pending = { events: [], notify: [] };
    await strapi.db.transaction(async () => {
      const entry = await advance(
        inst,
        inst.revision,
        {
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
        { ...baseEntry(spec, documentId, def, inst, row, user, decision.acting, now, p), toStage: published.key, action: 'fast_publish', reason, dueAt: retroDueAt }
      );
      await publishItem(spec, documentId, user, now);
      for (const h of holdersOfAny(p, unitId, def.fastTrack!.retroApprovers)) {
        if (h.userId !== user.id) pending.notify.push({ userId: h.userId, template: 'serta-merta-published', logId: entry.id, stageName: published.name, item, dueAt: retroDueAt, actorName: userName(user), reason });
      }
      pending.events.push([WEBHOOK_EVENTS.fastPublished, { item, workflow: { key: def.key, version: def.version }, actor: { id: user.id, name: userName(user) }, position: decision.acting.position, reason, at: now.toISOString(), retroDueAt: retroDueAt.toISOString() }]);
      await enqueue(pending);
    });
    await flush(pending);
    return view(type, documentId, user, now);
  }

  async function retroApprove(type: string, documentId: string, user: User, body: { revision: number; note?: string }, now = new Date()) {
    const { spec, row } = await load(type, documentId);
    const inst = await findInstance(spec.type, documentId);
    if (!inst) refuse(400, 'Nothing on this item awaits retrospective approval');
    checkRevision(inst, body.revision);
    const def = (await definition(inst.workflowKey, inst.workflowVersion))!;
    const p = await people(now);
    const unitId = inst.unitId ?? unitIdOf(spec, row);
    const decision = decideRetroApproval(def, stateOf(inst), { actor: actorOf(user), holders: holdersOfAny(p, unitId, def.fastTrack?.retroApprovers ?? []) });
    if (!decision.ok) refuse(decision.status, decision.message);
    const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim() : null;
    const item = itemRef(spec, documentId, row);
    const pending: Pending = { events: [], notify: [] };
    await strapi.db.transaction(async () => {
      await advance(
        inst,
        inst.revision,
        { retroStatus: 'approved', retroApprovedById: user.id, retroApprovedAt: now },
        {
          ...baseEntry(spec, documentId, def, inst, row, user, decision.acting, now, p),
          toStage: inst.stage,
          action: 'retro_approve',
          reason: note,
          enteredAt: inst.fastPublishedAt,
          dueAt: inst.retroDueAt,
          elapsedWorkingMinutes: clock().workingMinutesBetween(new Date(inst.fastPublishedAt), now),
        }
      );
      pending.events.push([WEBHOOK_EVENTS.retroApproved, { item, workflow: { key: def.key, version: def.version }, actor: { id: user.id, name: userName(user) }, position: decision.acting.position, at: now.toISOString() }]);
    });
    await flush(pending);
    return view(type, documentId, user, now);
  }

  /** A new round from the initial stage: the item was edited or unpublished after it finished. */
  async function reopen(spec: SubjectSpec, documentId: string, user: User | null, why: string, now = new Date()) {
    const inst = await findInstance(spec.type, documentId);
    if (!inst || inst.status === 'active') return;
    const row = await itemRow(spec, documentId);
    if (!row) return;
    const def = (await definition(inst.workflowKey, inst.workflowVersion))!;
    // A new round follows the workflow bound today (a running item keeps its version; a new round does not run).
    const current = (await resolveWorkflow(spec.type, unitIdOf(spec, row))) ?? def;
    const start = current.stages.find((s) => s.key === current.initialStage)!;
    const dueAt = dueFrom(start, now);
    const p = await people(now);
    const unitId = unitIdOf(spec, row);
    const item = itemRef(spec, documentId, row);
    const pending: Pending = { events: [], notify: [] };
    await strapi.db.transaction(async () => {
      const entry = await advance(
        inst,
        inst.revision,
        {
          workflowKey: current.key,
          workflowVersion: current.version,
          stage: start.key,
          status: 'active',
          unitId,
          enteredAt: now,
          dueAt,
          drafters: user ? [user.id] : [],
          approvedHash: null,
        },
        { ...baseEntry(spec, documentId, def, inst, row, user, null, now, p), toStage: start.key, action: 'reopen', reason: why }
      );
      if (spec.publishState && row[spec.publishState.field] !== 'draft') {
        // A signed plan that is edited is a draft again until the workflow signs it anew.
        await asEngine(documentId, () => strapi.documents(spec.uid as any).update({ documentId, data: { [spec.publishState!.field]: 'draft' } } as any));
      }
      pending.notify.push(...stageNotifications(p, current, start.key, unitId, item, entry.id, { dueAt, actorName: userName(user) }));
      pending.events.push([WEBHOOK_EVENTS.stageEntered, { item, workflow: { key: current.key, version: current.version }, stage: start.key, dueAt: iso(dueAt), reason: why }]);
      await enqueue(pending);
    });
    await flush(pending);
  }

  // ---------------------------------------------------------------- inbox and board

  async function inbox(user: User, now = new Date()) {
    const actor = actorOf(user);
    const p = await people(now);
    const mine = p.assignments.filter((a) => a.userId === user.id);
    if (!mine.length && !(actor.superAdmin && actor.superAdminsMayAct)) return { data: [], meta: { total: 0, overdue: 0 } };
    const instances: Row[] = await strapi.db.query(INSTANCE).findMany({ where: { $or: [{ status: 'active' }, { retroStatus: 'pending' }] } });
    const defs = new Map<string, WorkflowDefinition>();
    for (const inst of instances) {
      const k = `${inst.workflowKey}@${inst.workflowVersion}`;
      if (!defs.has(k)) defs.set(k, (await definition(inst.workflowKey, inst.workflowVersion))!);
    }
    const tasks: { inst: Row; def: WorkflowDefinition; task: 'transition' | 'retro_approval' }[] = [];
    for (const inst of instances) {
      const def = defs.get(`${inst.workflowKey}@${inst.workflowVersion}`)!;
      const state = stateOf(inst);
      if (inst.status === 'active') {
        const stage = def.stages.find((s) => s.key === inst.stage);
        const held = holders(p, inst.unitId, stage?.actor).some((h) => h.userId === user.id);
        const drafterBlocked = stage?.kind === 'review' && state.drafters.includes(user.id);
        if (held && !drafterBlocked) tasks.push({ inst, def, task: 'transition' });
      }
      if (inst.retroStatus === 'pending') {
        const ok = decideRetroApproval(def, state, { actor: { ...actor, superAdminsMayAct: false }, holders: holdersOfAny(p, inst.unitId, def.fastTrack?.retroApprovers ?? []) });
        if (ok.ok) tasks.push({ inst, def, task: 'retro_approval' });
      }
    }
    const titles = await titlesOf(tasks.map((t) => t.inst));
    const data = tasks
      .map(({ inst, def, task }) => {
        const stage = def.stages.find((s) => s.key === inst.stage);
        const dueAt = task === 'retro_approval' ? inst.retroDueAt : inst.dueAt;
        const unit = inst.unitId ? p.units.get(inst.unitId) : null;
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
          overdue: clock().isOverdue(dueAt ? new Date(dueAt) : null, now),
          revision: inst.revision,
        };
      })
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || String(a.dueAt ?? '9').localeCompare(String(b.dueAt ?? '9')));
    return { data, meta: { total: data.length, overdue: data.filter((d) => d.overdue).length } };
  }

  async function titlesOf(instances: Row[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const type of WORKFLOW_SUBJECTS) {
      const ids = instances.filter((i) => i.subjectType === type).map((i) => i.subjectDocumentId);
      if (!ids.length) continue;
      const spec = SUBJECTS[type];
      const rows: Row[] = await strapi.db.query(spec.uid).findMany({ where: { documentId: { $in: ids }, ...(spec.draftAndPublish ? { publishedAt: null } : {}) }, select: ['documentId', 'title'] });
      for (const r of rows) out.set(`${type}:${r.documentId}`, r.title);
    }
    return out;
  }

  async function board(type: string, now = new Date()) {
    const spec = specOf(type);
    const instances: Row[] = await strapi.db.query(INSTANCE).findMany({ where: { subjectType: spec.type, status: 'active' }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }] });
    const [titles, units] = await Promise.all([titlesOf(instances), loadUnits()]);
    const groups = new Map<string, { def: WorkflowDefinition; items: Row[] }>();
    for (const inst of instances) {
      const k = `${inst.workflowKey}@${inst.workflowVersion}`;
      if (!groups.has(k)) groups.set(k, { def: (await definition(inst.workflowKey, inst.workflowVersion))!, items: [] });
      groups.get(k)!.items.push(inst);
    }
    // The workflow new items of this type follow appears even when nothing is in it yet.
    const bound = await resolveWorkflow(spec.type, null);
    if (bound && !groups.has(`${bound.key}@${bound.version}`)) groups.set(`${bound.key}@${bound.version}`, { def: bound, items: [] });
    const workflows = [...groups.values()].map(({ def, items }) => ({
      key: def.key,
      version: def.version,
      name: def.name,
      stages: def.stages
        .filter((s) => s.kind !== 'published' && s.kind !== 'cancelled')
        .map((s) => ({
          key: s.key,
          name: s.name,
          kind: s.kind,
          actor: s.actor ?? null,
          items: items
            .filter((i) => i.stage === s.key)
            .map((i) => {
              const unit = i.unitId ? units.get(i.unitId) : null;
              return {
                documentId: i.subjectDocumentId,
                title: titles.get(`${spec.type}:${i.subjectDocumentId}`) ?? null,
                unit: unit ? { code: unit.code, name: unit.name } : null,
                enteredAt: iso(i.enteredAt),
                dueAt: iso(i.dueAt),
                overdue: clock().isOverdue(i.dueAt ? new Date(i.dueAt) : null, now),
              };
            }),
        })),
    }));
    return { type: spec.type, workflows };
  }

  // ---------------------------------------------------------------- the document-service gate

  /** The admin user behind the current HTTP request, if any (Content Manager, admin routes). */
  function requestUser(): User | null {
    const ctx: any = strapi.requestContext.get();
    if (!ctx?.state?.user || ctx.state.auth?.strategy?.name !== 'admin') return null;
    return ctx.state.user;
  }

  /** Is the current HTTP request a Content Manager publish (single or bulk)? */
  function isPublishRequest(): boolean {
    const path: unknown = (strapi.requestContext.get() as any)?.request?.path;
    return typeof path === 'string' && /^\/content-manager\/collection-types\/[^/]+\/(?:[^/]+\/)?actions\/(?:publish|bulkPublish)$/.test(path);
  }

  async function gate(ctx: any, next: () => Promise<any>) {
    if (INTERNAL.has(ctx.uid)) {
      // The engine writes its records with db.query; nobody writes them through documents.
      if (ctx.action !== 'findMany' && ctx.action !== 'findOne' && ctx.action !== 'findFirst' && ctx.action !== 'count' && !inSystemScope()) {
        refuse(403, 'Workflow records change only through workflow transitions');
      }
      return next();
    }
    const spec = subjectByUid(ctx.uid);
    if (!spec) return next();
    const documentId: string | undefined = ctx.params?.documentId;
    if (engineMayWrite(documentId)) return next();
    const action: string = ctx.action;
    const data: Row = ctx.params?.data ?? {};

    // The Content Manager's publish saves the request body to the draft first, then publishes, in
    // one transaction: refuse the whole request as the publish it is, before its save.
    if ((action === 'publish' || (action === 'update' && isPublishRequest())) && (await typeHasWorkflow(spec.type))) {
      const inst = documentId ? await findInstance(spec.type, documentId) : null;
      refuse(400, `Publishing goes through the review workflow: this item is at stage "${inst?.stage ?? 'not started'}"; take the workflow's publish step`, {
        stage: inst?.stage ?? null,
      });
    }
    const publishing = ctx.params?.status === 'published' && spec.draftAndPublish;
    const signing = spec.publishState && typeof data[spec.publishState.field] === 'string' && spec.publishState.gated.includes(data[spec.publishState.field]);
    if ((action === 'create' || action === 'update' || action === 'clone') && (publishing || signing) && (await typeHasWorkflow(spec.type))) {
      if (signing && action === 'update' && documentId) {
        const row = await itemRow(spec, documentId);
        if (row && row[spec.publishState!.field] === data[spec.publishState!.field]) delete data[spec.publishState!.field]; // unchanged: not a signing
        else refuse(400, `"${spec.publishState!.field}: ${data[spec.publishState!.field]}" is set by the review workflow's final step, not by editing`);
      } else {
        refuse(400, publishing ? 'Publishing goes through the review workflow: save the item as a draft and take the workflow' : `"${spec.publishState!.field}" is set by the review workflow's final step, not by editing`);
      }
    }

    const user = requestUser();
    if (action === 'update' && documentId) {
      const inst = await findInstance(spec.type, documentId);
      if (inst?.status === 'active' && user) await checkEditor(spec, documentId, inst, user);
      const result = await next();
      if (inst && inst.status !== 'active') await reopen(spec, documentId, user, 'Edited after the workflow had finished: a new review round');
      else if (inst && user) await noteDrafter(inst, user);
      else if (!inst) await startFor(spec, documentId, user);
      return result;
    }
    if (action === 'create' || action === 'clone') {
      const result = await next();
      const created = result?.documentId;
      if (created) await startFor(spec, created, user);
      return result;
    }
    if (action === 'unpublish' && documentId) {
      const result = await next();
      await reopen(spec, documentId, user, 'Unpublished: a new review round');
      return result;
    }
    return next();
  }

  async function startFor(spec: SubjectSpec, documentId: string, user: User | null) {
    const row = await itemRow(spec, documentId);
    if (row) await ensureInstance(spec, documentId, row, user);
  }

  /** While in review, only the current stage's actors edit; approved content is frozen. */
  async function checkEditor(spec: SubjectSpec, documentId: string, inst: Row, user: User) {
    const def = (await definition(inst.workflowKey, inst.workflowVersion))!;
    const stage = def.stages.find((s) => s.key === inst.stage);
    if (stage?.kind === 'publishing') {
      refuse(403, `This item was approved and is at stage "${inst.stage}": its content is frozen until it is published (the approved version is what goes out)`);
    }
    const now = new Date();
    const p = await people(now);
    const row = await itemRow(spec, documentId);
    const unitId = inst.unitId ?? (row ? unitIdOf(spec, row) : null);
    const held = holders(p, unitId, stage?.actor).some((h) => h.userId === user.id);
    const full = await loadUser(user.id);
    const actor = full ? actorOf(full) : null;
    if (!held && !(actor?.superAdmin && actor.superAdminsMayAct)) {
      refuse(403, `This item is in review at stage "${inst.stage}": only the holder of position "${stage?.actor}" for its unit may edit it now`);
    }
  }

  async function noteDrafter(inst: Row, user: User) {
    const def = await definition(inst.workflowKey, inst.workflowVersion);
    if (!def || !authoringStages(def).has(inst.stage)) return;
    const drafters: number[] = Array.isArray(inst.drafters) ? inst.drafters : [];
    if (drafters.includes(user.id)) return;
    // Not a state change (no revision bump): who wrote the item is a fact, whatever the order.
    await strapi.db.query(INSTANCE).update({ where: { id: inst.id }, data: { drafters: [...drafters, user.id] } });
  }

  return {
    /**
     * Runs trusted code (a seed, an import, a migration) outside the workflow: its publishes and
     * writes are not gated. Items it publishes join their workflow as already published.
     */
    asSystem,
    seedTemplates,
    adoptUnstarted,
    listDefinitions,
    saveDefinition,
    definition,
    listBindings,
    setBinding,
    resolveWorkflow,
    view,
    history,
    transition,
    fastPublish,
    retroApprove,
    inbox,
    board,
    gate,
    loadUser,
    loadUnits,
    loadAssignments,
    clock,
  };
};
