/**
 * Workflow definitions and bindings: definitions are stored versioned (a version never changes, so
 * it is cached), bindings say which workflow the items of a content type (and unit) follow.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS, type WorkflowSubject } from '../content-types/workflow';
import { validateDefinition, type WorkflowDefinition } from '../workflow/definition';
import { uncoveredStages } from '../workflow/coverage';
import { unitChain, type UnitNode } from '../workflow/actors';
import { parseDefinition } from '../workflow/schema';
import { isSubjectType } from '../workflow/subjects';
import { TEMPLATES } from '../workflow/templates';
import { refuse } from '../errors';
import { getService, iso } from '../utils';

type Row = Record<string, any>;

export const WORKFLOW = uid('workflow');
export const BINDING = uid('workflow-binding');

/** The default workflow of each content type on a fresh install (agencies change it). */
export const DEFAULT_BINDINGS: Record<WorkflowSubject, string> = {
  announcement: 'pengumuman-diskominfo-kalbar',
  // A row's own light flow: the head signs the year's list, not each row (the row-by-row SOP 001 flow stays a template).
  'dip-entry': 'baris-dip-kapuas-hulu',
  'content-plan': 'web-rencana-konten',
  'backlog-item': 'web-backlog',
  'dip-edition': 'dip-tahunan-kapuas-hulu',
  'dip-submission': 'dip-usulan-unit-kapuas-hulu',
  'exclusion-list': 'daftar-dikecualikan-kapuas-hulu',
  'info-request': 'layanan-permohonan-informasi',
  objection: 'layanan-keberatan',
};

/** Types whose items are only ever in the agency's root unit (the PPID unit of the information service). */
const REGISTERED_AT_ROOT: ReadonlySet<WorkflowSubject> = new Set(['info-request', 'objection']);

/** The binding an item of `unitId` follows: the nearest unit's override up the tree, else the default. */
function bindingFor(bindings: Row[], units: Map<number, UnitNode>, unitId: number | null): Row | undefined {
  const own = unitId === null ? [] : unitChain(units, unitId);
  for (const unit of own) {
    const found = bindings.find((b) => b.unitId === unit.id);
    if (found) return found;
  }
  return bindings.find((b) => b.unitId === null);
}

const definitionView = (row: Row) => ({ id: row.id, ...row.definition, source: row.source, createdAt: iso(row.createdAt) });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, WorkflowDefinition>();
  const loadUnits = () => getService(strapi, 'workflow-people').loadUnits();

  /** One version of a workflow (cached: versions never change). */
  async function definition(key: string, version: number): Promise<WorkflowDefinition | null> {
    const cacheKey = `${key}@${version}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const row = await strapi.db.query(WORKFLOW).findOne({ where: { key, version } });
    if (!row) return null;
    cache.set(cacheKey, row.definition);
    return row.definition;
  }

  async function latest(key: string): Promise<Row | null> {
    return strapi.db.query(WORKFLOW).findOne({ where: { key }, orderBy: [{ version: 'desc' }] });
  }

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
    // The stages nobody can act at, for the units whose items follow this workflow now.
    return { ...definitionView(row), uncovered: (await coverage()).filter((u) => u.workflowKey === def.key) };
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
    return { data: await listBindings(), meta: { uncovered: (await coverage()).filter((u) => u.contentType === contentType) } };
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
    const units = unitId !== null && bindings.some((b) => b.unitId !== null) ? await loadUnits() : new Map();
    const chosen = bindingFor(bindings, units, unitId);
    if (!chosen) return null;
    const row = await latest(chosen.workflowKey);
    return row ? row.definition : null;
  }

  /** Does any workflow apply to items of `type`? (The gate lets types without one publish freely.) */
  const typeHasWorkflow = async (type: WorkflowSubject) => (await strapi.db.query(BINDING).count({ where: { contentType: type } })) > 0;

  /**
   * "No stage without someone who can act": for every content type with a workflow and every
   * active unit that publishes, the stages of the workflow its items follow at which nobody holds
   * the acting position today, grouped by workflow and stage, with the units.
   */
  async function coverage(now = new Date()) {
    const people = await getService(strapi, 'workflow-people').people(now);
    const rows: Row[] = await strapi.db.query(uid('unit')).findMany({ select: ['id', 'publishes', 'active'] });
    const publishing = rows.filter((r) => r.publishes !== false && r.active !== false).map((r) => r.id as number);
    const out = new Map<string, { contentType: WorkflowSubject; workflowKey: string; workflowName: { id: string; en: string }; stage: string; stageName: { id: string; en: string }; actor: string; units: { id: number; code: string; name: string }[] }>();
    const bindings: Row[] = await strapi.db.query(BINDING).findMany({});
    const latestOf = new Map<string, WorkflowDefinition | null>();
    for (const type of WORKFLOW_SUBJECTS) {
      const ofType = bindings.filter((b) => b.contentType === type);
      if (!ofType.length) continue;
      // Requests and objections are registered at the PPID unit only (the agency at the root: request-intake).
      const unitsOfType = REGISTERED_AT_ROOT.has(type) ? publishing.filter((id) => people.units.get(id)?.parentId === null) : publishing;
      for (const unitId of unitsOfType) {
        const binding = bindingFor(ofType, people.units, unitId);
        if (!binding) continue;
        if (!latestOf.has(binding.workflowKey)) latestOf.set(binding.workflowKey, (await latest(binding.workflowKey))?.definition ?? null);
        const def = latestOf.get(binding.workflowKey);
        if (!def) continue;
        for (const gap of uncoveredStages(def, [unitId], people.units, people.assignments, people.date)) {
          const key = `${type}|${def.key}|${gap.stage}`;
          const stage = def.stages.find((s) => s.key === gap.stage)!;
          if (!out.has(key)) out.set(key, { contentType: type, workflowKey: def.key, workflowName: def.name, stage: gap.stage, stageName: stage.name, actor: gap.actor, units: [] });
          out.get(key)!.units.push(...gap.units);
        }
      }
    }
    return [...out.values()];
  }

  return { coverage, definition, listDefinitions, saveDefinition, listBindings, setBinding, seedTemplates, resolveWorkflow, typeHasWorkflow };
};
