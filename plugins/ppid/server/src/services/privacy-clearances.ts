/**
 * A reviewer clears one finding of the privacy check with a written reason: a step of the item's
 * workflow (one log row, action `privacy_clear`, no change of stage) plus the clearance record the
 * check reads. Items without a workflow (exclusions) are cleared by the PPID officials of their
 * unit, recorded in the clearance alone.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { refuse, WorkflowConflict } from '../errors';
import { getService } from '../utils';
import { isSubjectType } from '../workflow/subjects';
import { decideClearance, hasReason, MIN_REASON_LENGTH, reviewPositions } from '../workflow/rules';
import { PRIVACY_FIELDS } from '../privacy/fields';
import { holdersOfAny, userName, type User } from './workflow-people';
import { stateOf } from './workflow-instances';
import { unitIdOf } from './workflow-items';
import type { Position } from '../domain/constants';

type Row = Record<string, any>;

/** Who decides on findings of an item no workflow reviews. */
const OFFICIALS_WITHOUT_WORKFLOW: Position[] = ['ppid_utama', 'ketua_ppid', 'kepala'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function findingOf(type: string, documentId: string, key: string) {
    const result = await getService(strapi, 'privacy').check(type, documentId);
    const finding = result.findings.find((f) => f.key === key);
    if (!finding) refuse(404, `No open finding "${key}" on this ${type}: it may have been fixed already; check it again`);
    if (finding.cleared) throw new WorkflowConflict(`This finding was already cleared by ${finding.cleared.by ?? 'a reviewer'} on ${finding.cleared.at}`);
    return finding;
  }

  const record = (type: string, documentId: string, finding: { key: string; kind: string; masked: string }, user: User, reason: string, acting: { position: string | null; holding: string }, now: Date, logId: number | null) =>
    strapi.db.query(uid('privacy-clearance')).create({
      data: {
        subjectType: type,
        subjectDocumentId: documentId,
        findingKey: finding.key,
        kind: finding.kind,
        masked: finding.masked.slice(0, 255),
        reason,
        clearedById: user.id,
        clearedByName: userName(user),
        position: acting.position,
        holding: acting.holding,
        clearedAt: now,
        logId,
      },
    });

  async function clear(type: string, documentId: string, user: User, body: { key: string; reason: string; revision?: number }, now = new Date()) {
    const finding = await findingOf(type, documentId, body.key);
    const reason = body.reason.trim();
    if (!isSubjectType(type)) {
      const row = await getService(strapi, 'privacy').draftRow(type, documentId);
      const p = await getService(strapi, 'workflow-people').people(now);
      const held = holdersOfAny(p, row?.[PRIVACY_FIELDS[type].unitField]?.id ?? null, OFFICIALS_WITHOUT_WORKFLOW).find((h) => h.userId === user.id);
      if (!held) refuse(403, `Only ${OFFICIALS_WITHOUT_WORKFLOW.map((x) => `"${x}"`).join(' or ')} for this item's unit may clear a finding`);
      if (!hasReason(reason)) refuse(400, `To clear a finding you need a written reason of at least ${MIN_REASON_LENGTH} characters`);
      await record(type, documentId, finding, user, reason, { position: held.position, holding: held.holding }, now, null);
      return getService(strapi, 'privacy').check(type, documentId);
    }
    const actions = getService(strapi, 'workflow-actions');
    // The revision the reviewer loaded, when sent (a conflict is then a 409); else the current one.
    const revision = body.revision ?? (await getService(strapi, 'workflow-instances').findInstance(type, documentId))?.revision ?? 1;
    await actions.act(type, documentId, user, revision, now, { instance: 'ensure', missing: `No workflow applies to this ${type}` }, async ({ def, state, p, unitId, inst }) => {
      const decision = decideClearance(def, state, { actor: getService(strapi, 'workflow-people').actorOf(user), holders: holdersOfAny(p, unitId, reviewPositions(def)), reason });
      if (!decision.ok) refuse(decision.status, decision.message);
      return {
        acting: decision.acting,
        data: {},
        entry: { toStage: inst.stage, action: 'privacy_clear', reason: `Data pribadi diizinkan terbit (${finding.kind} ${finding.masked}${finding.file ? `, berkas ${finding.file.name ?? finding.file.id}` : `, ${finding.field}`}): ${reason}` },
        apply: async (logEntry: Row) => {
          await record(type, documentId, finding, user, reason, decision.acting, now, logEntry.id ?? null);
        },
        tell() {},
      };
    });
    return getService(strapi, 'privacy').check(type, documentId);
  }

  /**
   * Whether this person may clear the item's findings now (the same rules as `clear`, without a
   * reason), so the admin offers the action only to those it would accept, and says why not.
   */
  async function mayClear(type: string, documentId: string, user: User, now = new Date()): Promise<{ allowed: boolean; reason: string | null }> {
    if (!isSubjectType(type)) {
      const row = await getService(strapi, 'privacy').draftRow(type, documentId);
      const p = await getService(strapi, 'workflow-people').people(now);
      const held = holdersOfAny(p, row?.[PRIVACY_FIELDS[type].unitField]?.id ?? null, OFFICIALS_WITHOUT_WORKFLOW).some((h) => h.userId === user.id);
      return held ? { allowed: true, reason: null } : { allowed: false, reason: `Only ${OFFICIALS_WITHOUT_WORKFLOW.map((x) => `"${x}"`).join(' or ')} for this item's unit may clear a finding` };
    }
    const { spec, row } = await getService(strapi, 'workflow-items').load(type, documentId);
    const inst = await getService(strapi, 'workflow-instances').findInstance(type, documentId);
    if (!inst) return { allowed: false, reason: 'The workflow of this item has not started: findings are decided while it is in review' };
    const def = await getService(strapi, 'workflow-definitions').definition(inst.workflowKey, inst.workflowVersion);
    if (!def) return { allowed: false, reason: 'The workflow of this item is no longer defined' };
    const people = getService(strapi, 'workflow-people');
    const p = await people.people(now);
    const decision = decideClearance(def, stateOf(inst), {
      actor: people.actorOf(user),
      holders: holdersOfAny(p, inst.unitId ?? unitIdOf(spec, row), reviewPositions(def)),
      reason: 'x'.repeat(MIN_REASON_LENGTH),
    });
    return decision.ok ? { allowed: true, reason: null } : { allowed: false, reason: decision.message };
  }

  return { clear, mayClear };
};
