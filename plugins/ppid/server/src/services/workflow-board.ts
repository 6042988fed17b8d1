/**
 * The stage board of a content type, paged in the database: for each workflow that carries active
 * items of the type (and the one new items follow), its non-final stages as columns, each with the
 * number of its items (one GROUP BY) and one page of cards (LIMIT/OFFSET per column, the earliest due
 * first). A column's further pages come one at a time (`column`). Titles and units are read for the
 * cards shown only, so a board of a thousand items reads as fast as an empty one.
 */
import type { Core } from '@strapi/strapi';
import type { WorkflowDefinition } from '../workflow/definition';
import { refuse } from '../errors';
import { getService, iso } from '../utils';
import { INSTANCE } from './workflow-instances';
import { specOf } from './workflow-items';
import { BOARD_PAGE_SIZE, type BoardColumnQuery, type BoardPagination } from '../../../shared/board';

type Row = Record<string, any>;

type BoardPageMeta = BoardPagination;

const isOpenStage = (kind: string) => kind !== 'published' && kind !== 'cancelled';
const pageMeta = (page: number, pageSize: number, total: number): BoardPageMeta => ({ page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), total });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const definitions = () => getService(strapi, 'workflow-definitions');
  const meta = () => strapi.db.metadata.get(INSTANCE as any) as any;
  const column = (attribute: string): string => meta().attributes[attribute]?.columnName ?? attribute;
  const isOverdue = (dueAt: unknown, now: Date) => getService(strapi, 'workflow-clock').isOverdue(dueAt, now);

  /** Active items of `type` per workflow version and stage, counted by the database. */
  async function counts(type: string): Promise<Map<string, Map<string, number>>> {
    const [key, version, stage] = [column('workflowKey'), column('workflowVersion'), column('stage')];
    const rows: Row[] = await strapi.db
      .connection(meta().tableName)
      .where({ [column('subjectType')]: type, [column('status')]: 'active' })
      .groupBy(key, version, stage)
      .select({ key, version, stage })
      .count({ n: '*' });
    const out = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const k = `${r.key}@${Number(r.version)}`;
      if (!out.has(k)) out.set(k, new Map());
      out.get(k)!.set(r.stage, Number(r.n));
    }
    return out;
  }

  /** One page of a column's instances, the earliest due first (then the oldest). */
  const pageRows = (type: string, def: WorkflowDefinition, stage: string, page: number, pageSize: number): Promise<Row[]> =>
    strapi.db.query(INSTANCE).findMany({
      where: { subjectType: type, status: 'active', workflowKey: def.key, workflowVersion: def.version, stage },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });

  /** The cards of some instances of one type: title, unit, times. */
  async function cards(type: string, rows: Row[], now: Date) {
    if (!rows.length) return [];
    const [titles, units] = await Promise.all([getService(strapi, 'workflow-items').titlesOf(rows), getService(strapi, 'workflow-people').loadUnits()]);
    return rows.map((i) => {
      const unit = i.unitId ? units.get(i.unitId) : null;
      return {
        documentId: i.subjectDocumentId as string,
        title: titles.get(`${type}:${i.subjectDocumentId}`) ?? null,
        unit: unit ? { code: unit.code, name: unit.name } : null,
        enteredAt: iso(i.enteredAt),
        dueAt: iso(i.dueAt),
        overdue: isOverdue(i.dueAt, now),
      };
    });
  }

  /** The board: every workflow's open stages with their counts and first page of cards. */
  async function board(type: string, now = new Date(), { pageSize = BOARD_PAGE_SIZE }: { pageSize?: number } = {}) {
    const spec = specOf(type);
    const counted = await counts(spec.type);
    const defs: WorkflowDefinition[] = [];
    for (const k of counted.keys()) {
      const [key, version] = [k.slice(0, k.lastIndexOf('@')), Number(k.slice(k.lastIndexOf('@') + 1))];
      const def = await definitions().definition(key, version);
      if (def) defs.push(def);
    }
    // The workflow new items of this type follow appears even when nothing is in it yet.
    const bound = await definitions().resolveWorkflow(spec.type, null);
    if (bound && !defs.some((d) => d.key === bound.key && d.version === bound.version)) defs.push(bound);
    const columns = defs.flatMap((def) =>
      def.stages.filter((s) => isOpenStage(s.kind)).map((s) => ({ def, stage: s, total: counted.get(`${def.key}@${def.version}`)?.get(s.key) ?? 0 }))
    );
    const pages = await Promise.all(columns.map((c) => (c.total ? pageRows(spec.type, c.def, c.stage.key, 1, pageSize) : Promise.resolve([]))));
    const shown = await cards(spec.type, pages.flat(), now);
    const byDoc = new Map(shown.map((c) => [c.documentId, c]));
    const workflows = defs.map((def) => ({
      key: def.key,
      version: def.version,
      name: def.name,
      stages: columns
        .map((c, index) => ({ ...c, rows: pages[index] }))
        .filter((c) => c.def === def)
        .map(({ stage: s, total, rows }) => ({
          key: s.key,
          name: s.name,
          kind: s.kind,
          actor: s.actor ?? null,
          ...(s.actorAt ? { actorAt: s.actorAt } : {}),
          count: total,
          items: rows.map((r) => byDoc.get(r.subjectDocumentId)!),
          pagination: pageMeta(1, pageSize, total),
        })),
    }));
    return { type: spec.type, workflows };
  }

  /** Another page of one column: the workflow version and stage must exist and be open. */
  async function columnPage(
    type: string,
    { workflow, version, stage, page, pageSize }: Omit<BoardColumnQuery, 'type'>,
    now = new Date()
  ) {
    const spec = specOf(type);
    const def = await definitions().definition(workflow, version);
    if (!def || def.contentType !== spec.type) refuse(400, `No workflow "${workflow}" version ${version} for ${spec.type}`, { parameter: 'workflow' });
    const s = def.stages.find((x) => x.key === stage);
    if (!s || !isOpenStage(s.kind)) {
      refuse(400, `"stage" must be one of ${def.stages.filter((x) => isOpenStage(x.kind)).map((x) => x.key).join(', ')}`, { parameter: 'stage' });
    }
    const total = await strapi.db.query(INSTANCE).count({ where: { subjectType: spec.type, status: 'active', workflowKey: def.key, workflowVersion: def.version, stage } });
    const rows = total > (page - 1) * pageSize ? await pageRows(spec.type, def, stage, page, pageSize) : [];
    return { data: await cards(spec.type, rows, now), meta: { pagination: pageMeta(page, pageSize, total) } };
  }

  return { board, columnPage };
};
