/**
 * The items a workflow reviews (announcements, DIP entries, content plans): their rows, the proof a
 * publish step needs, the hash of their content, their titles, and the publish the engine performs.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS } from '../content-types/workflow';
import { asEngine } from '../workflow/context';
import type { Proof } from '../workflow/rules';
import type { TransitionDef, WorkflowDefinition } from '../workflow/definition';
import { contentHash, engineFields, isSubjectType, SUBJECTS, type SubjectSpec } from '../workflow/subjects';
import { refuse } from '../errors';
import { getService } from '../utils';
import type { User } from './workflow-people';

type Row = Record<string, any>;

/** The spec of a workflow item type; 404 for a type no workflow reviews. */
export function specOf(type: string): SubjectSpec {
  if (!isSubjectType(type)) refuse(404, `Unknown workflow item type "${type}": use one of ${WORKFLOW_SUBJECTS.join(', ')}`);
  return SUBJECTS[type];
}

export const unitIdOf = (spec: SubjectSpec, row: Row): number | null => row[spec.unitField]?.id ?? null;

/** How events, mails and views name an item. */
export const itemRef = (spec: SubjectSpec, documentId: string, row: Row) => ({
  type: spec.type,
  documentId,
  // A request or objection is named by its registration number, never by the requester (personal data).
  title: row.title ?? row.registrationNumber ?? null,
  unit: row[spec.unitField] ? { code: row[spec.unitField].code, name: row[spec.unitField].name } : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The row the workflow reviews: the draft of a draft & publish type, the only row otherwise. */
  async function itemRow(spec: SubjectSpec, documentId: string): Promise<Row | null> {
    const where: Row = spec.draftAndPublish ? { documentId, publishedAt: null } : { documentId };
    return strapi.db.query(spec.uid).findOne({ where, populate: { [spec.unitField]: { select: ['id', 'code', 'name'] }, ...mediaOf(spec) } });
  }

  /** The item's files, loaded with what the content hash covers of them. */
  const mediaCache = new Map<string, Row>();
  function mediaOf(spec: SubjectSpec): Row {
    let found = mediaCache.get(spec.uid);
    if (!found) {
      const attributes = strapi.getModel(spec.uid as any).attributes as Record<string, { type: string }>;
      found = Object.fromEntries(
        Object.entries(attributes)
          .filter(([, a]) => a.type === 'media')
          .map(([name]) => [name, { select: ['id', 'hash', 'size', 'mime', 'url'] }])
      );
      mediaCache.set(spec.uid, found);
    }
    return found;
  }

  /** The item's spec and row; 404 when there is no such item. */
  async function load(type: string, documentId: string) {
    const spec = specOf(type);
    const row = await itemRow(spec, documentId);
    if (!row) refuse(404, `No ${type} with documentId "${documentId}"`);
    return { spec, row };
  }

  async function proofOf(spec: SubjectSpec, documentId: string, row: Row): Promise<Proof> {
    if (spec.type !== 'announcement') {
      const full = await strapi.db.query(spec.uid).findOne({ where: { id: row.id }, populate: mediaOf(spec) as any });
      return spec.proof(full ?? row, []);
    }
    const records = await strapi.db.query(uid('publication-record')).findMany({
      where: { announcement: { documentId } },
      select: ['channel'],
    });
    return spec.proof(row, records);
  }

  const hashOf = (spec: SubjectSpec, row: Row) =>
    contentHash(strapi.getModel(spec.uid as any).attributes as any, row, new Set([...engineFields(spec), ...(spec.signatureFields ?? [])]));

  /** Titles of items (their draft rows), keyed `${type}:${documentId}`. */
  async function titlesOf(instances: Row[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const type of WORKFLOW_SUBJECTS) {
      const ids = instances.filter((i) => i.subjectType === type).map((i) => i.subjectDocumentId);
      if (!ids.length) continue;
      const spec = SUBJECTS[type];
      // Requests and objections (issue 14) have no title: their registration number names them.
      const field = (strapi.getModel(spec.uid as any).attributes as Row).title ? 'title' : 'registrationNumber';
      const rows: Row[] = await strapi.db.query(spec.uid).findMany({ where: { documentId: { $in: ids }, ...(spec.draftAndPublish ? { publishedAt: null } : {}) }, select: ['documentId', field] });
      for (const r of rows) out.set(`${type}:${r.documentId}`, r[field]);
    }
    return out;
  }

  /** Publishes the item as the engine (the only publish the gate lets through). */
  async function publishItem(spec: SubjectSpec, documentId: string, user: User | null, now: Date) {
    await asEngine(documentId, async () => {
      if (spec.draftAndPublish) {
        await strapi.documents(spec.uid as any).publish({ documentId } as any);
      } else if (spec.publishState) {
        const { field, value, by, at, atDate } = spec.publishState;
        const when = atDate ? getService(strapi, 'workflow-people').localToday(now) : now;
        await strapi.documents(spec.uid as any).update({
          documentId,
          data: { [field]: value, ...(by ? { [by]: user?.id ?? null } : {}), ...(at ? { [at]: when } : {}) },
        } as any);
      }
    });
  }

  /**
   * What the engine writes on the item when it enters `stageKey` by an active step: the state of
   * that stage (`stageState`) and, for a `receipt` edge, who acknowledged it and when.
   */
  function stepFields(spec: SubjectSpec, def: WorkflowDefinition, stageKey: string, receipt: boolean, user: User, now: Date, signs = false): Row {
    const data: Row = {};
    if (spec.stageState && spec.publishState) data[spec.publishState.field] = spec.stageState(def, stageKey);
    // The head's signature on a forward edge (SOP 003: signed, then uploaded): the list is signed now.
    if (signs && spec.publishState) data[spec.publishState.field] = spec.publishState.value;
    if (receipt && spec.receipt) Object.assign(data, { [spec.receipt.by]: user.id, [spec.receipt.at]: now });
    return data;
  }

  /** What a new round (reopen, withdrawal) writes on a state-field item: its first state, no resolution. */
  function newRoundFields(spec: SubjectSpec): Row | null {
    if (!spec.publishState) return null;
    const { field, initial, by, at } = spec.publishState;
    return { [field]: initial, ...(spec.stageState && by ? { [by]: null } : {}), ...(spec.stageState && at ? { [at]: null } : {}) };
  }

  /** Writes the engine's own fields on the item (nothing when there are none). */
  async function writeFields(spec: SubjectSpec, documentId: string, data: Row | null) {
    if (!data || !Object.keys(data).length) return;
    await asEngine(documentId, () => strapi.documents(spec.uid as any).update({ documentId, data } as any));
  }

  /**
   * Conditions a transition can `require` that are not a field of the item but a fact about it:
   * a year's DIP goes on only once every unit's submission was accepted at the check; the Operator's
   * content goes online only under an approval form that carries all its signatures (web SOP B5).
   */
  const DERIVED: Record<string, (documentId: string) => Promise<boolean>> = {
    'dip-edition.unitSubmissions': (documentId) => getService(strapi, 'dip-list').collectionComplete(documentId),
    'backlog-item.signedApprovalForm': (documentId) => getService(strapi, 'website-records').approvalFormSigned(documentId),
    // The written notice is complete for its outcome (requests/desk.ts noticeProblems).
    'info-request.notice': (documentId) => getService(strapi, 'request-desk').noticeComplete(documentId),
  };

  /**
   * What a step on an item does to other items, in the step's transaction: a year's DIP returned
   * to its collection reopens the units' accepted submissions (all, or the units the step names).
   */
  type StepOptions = { units?: string[] };
  const AFTER_STEP: Record<string, (documentId: string, def: WorkflowDefinition, edge: TransitionDef, user: User, reason: string | null, now: Date, options: StepOptions) => Promise<void>> = {
    'dip-edition': (documentId, def, edge, user, reason, now, options) => getService(strapi, 'dip-list').afterEditionStep(documentId, def, edge, user, reason, now, options),
    // The completeness window, whether the notice or the decision came on time (issue 14).
    'info-request': (documentId, def, edge, user, reason, now) => getService(strapi, 'request-desk').afterStep(documentId, def, edge, user, reason, now),
    objection: (documentId, def, edge, user, reason, now) => getService(strapi, 'objection-desk').afterStep(documentId, def, edge, user, reason, now),
  };
  async function afterStep(spec: SubjectSpec, documentId: string, def: WorkflowDefinition, edge: TransitionDef, user: User, reason: string | null, now: Date, options: StepOptions = {}) {
    const after = AFTER_STEP[spec.type];
    if (options.units !== undefined && !after) {
      refuse(400, '"units" names the units whose submissions a return of the year\'s list reopens: it applies to no other step', { errors: [{ path: ['units'], message: '"units" applies only to a return of the list to its collection', name: 'ValidationError' }] });
    }
    await after?.(documentId, def, edge, user, reason, now, options);
  }

  /** Which of `fields` the item has filled: a relation with a record, or a value (or a derived fact, see DERIVED). */
  async function filledFields(spec: SubjectSpec, documentId: string, fields: string[]): Promise<Set<string>> {
    if (!fields.length) return new Set();
    const derived = fields.filter((f) => DERIVED[`${spec.type}.${f}`]);
    if (derived.length) {
      const rest = await filledFields(spec, documentId, fields.filter((f) => !derived.includes(f)));
      for (const f of derived) if (await DERIVED[`${spec.type}.${f}`](documentId)) rest.add(f);
      return rest;
    }
    const attributes = strapi.getModel(spec.uid as any).attributes as Record<string, { type: string }>;
    const relations = fields.filter((f) => attributes[f]?.type === 'relation' || attributes[f]?.type === 'media');
    const where: Row = spec.draftAndPublish ? { documentId, publishedAt: null } : { documentId };
    const row = await strapi.db.query(spec.uid).findOne({ where, populate: Object.fromEntries(relations.map((f) => [f, { select: ['id'] }])) });
    const filled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '');
    return new Set(fields.filter((f) => row && filled(row[f])));
  }

  /**
   * What the step `edge` records on the item's related records (SubjectSpec `stepRecords`): who and
   * when, written with db.query as the engine's own write (a signed form is frozen for editing, not
   * for the workflow's record of its checks).
   */
  async function writeStepRecords(spec: SubjectSpec, documentId: string, edge: string, user: User, now: Date) {
    const records = spec.stepRecords?.[edge];
    if (!records?.length) return;
    const attributes = strapi.getModel(spec.uid as any).attributes as Record<string, { target?: string }>;
    const populate = Object.fromEntries(records.map((r) => [r.relation, { select: ['id'] }]));
    const row: Row | null = await strapi.db.query(spec.uid).findOne({ where: { documentId }, populate });
    for (const r of records) {
      const linked = row?.[r.relation];
      const ids: number[] = (Array.isArray(linked) ? linked : linked ? [linked] : []).map((x: Row) => x.id);
      const target = attributes[r.relation]?.target;
      if (!target) continue;
      for (const id of ids) await strapi.db.query(target as any).update({ where: { id }, data: { [r.at]: now, ...(r.by ? { [r.by]: user.id } : {}) } });
    }
  }

  return { itemRow, load, proofOf, hashOf, titlesOf, publishItem, stepFields, newRoundFields, writeFields, filledFields, writeStepRecords, afterStep };
};
