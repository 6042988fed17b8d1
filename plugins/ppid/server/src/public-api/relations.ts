/**
 * The to-one relations and single media of a page of public rows, read in ONE query.
 *
 * Strapi's `populate` sends one query per relation (a unit, a category and a cover image: three
 * statements, each built and mapped by the query engine). On the cold path of a public list that was
 * a third of the time spent in the database layer. Here the page's ids are joined, through the same
 * link tables Strapi reads (taken from its metadata, never spelled out), to every target in a single
 * statement. What comes back is exactly what `populate` gives: the linked row, whatever its own
 * state, with the selected fields converted as Strapi converts them; null when there is no link.
 *
 * Handles oneToOne / manyToOne relations stored in a join table and single media (morphOne to
 * plugin::upload.file). Anything else is refused at the first call (a programming error).
 */
import type { Core } from '@strapi/strapi';

type Row = Record<string, any>;
export type RelationSpec = Record<string, { select: string[] }>;

interface Meta {
  tableName: string;
  attributes: Record<string, any>;
}

const NUMERIC = new Set(['integer', 'float', 'decimal']);
const TEXT = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);

/** A column value as Strapi's field types read it back (number fields as numbers, text as text). */
function fromDb(attribute: { type?: string } | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (attribute?.type && NUMERIC.has(attribute.type)) return Number(value);
  if (attribute?.type && TEXT.has(attribute.type)) return String(value);
  return value;
}

export async function loadRelations(strapi: Core.Strapi, uid: string, rows: Row[], spec: RelationSpec): Promise<Row[]> {
  const names = Object.keys(spec);
  if (rows.length === 0 || names.length === 0) return rows;
  const db = strapi.db as unknown as { connection: any; metadata: { get(uid: string): Meta } };
  const knex = db.connection;
  const meta = db.metadata.get(uid);
  const ids = rows.map((r) => r.id);
  const q = knex.from({ r: meta.tableName }).whereIn('r.id', ids).select('r.id as __id');
  const targets: Array<{ name: string; alias: string; meta: Meta; fields: string[] }> = [];

  names.forEach((name, i) => {
    const attribute = meta.attributes[name];
    const link = `l${i}`;
    const alias = `t${i}`;
    if (attribute?.type === 'relation' && (attribute.relation === 'oneToOne' || attribute.relation === 'manyToOne') && attribute.joinTable) {
      const jt = attribute.joinTable;
      const target = db.metadata.get(attribute.target);
      q.leftJoin({ [link]: jt.name }, function on(this: any) {
        this.on(`${link}.${jt.joinColumn.name}`, '=', `r.${jt.joinColumn.referencedColumn}`);
        for (const [column, value] of Object.entries(jt.on ?? {})) this.andOn(`${link}.${column}`, '=', knex.raw('?', [value]));
      }).leftJoin({ [alias]: target.tableName }, `${alias}.${jt.inverseJoinColumn.referencedColumn}`, `${link}.${jt.inverseJoinColumn.name}`);
      targets.push({ name, alias, meta: target, fields: spec[name].select });
      return;
    }
    if (attribute?.type === 'relation' && attribute.relation === 'morphOne') {
      const target = db.metadata.get(attribute.target);
      const jt = target.attributes[attribute.morphBy]?.joinTable;
      if (!jt?.morphColumn) throw new Error(`loadRelations: ${uid}.${name} is not a single media`);
      const { idColumn, typeColumn } = jt.morphColumn;
      q.leftJoin({ [link]: jt.name }, function on(this: any) {
        this.on(`${link}.${idColumn.name}`, '=', `r.${idColumn.referencedColumn}`)
          .andOn(`${link}.${typeColumn.name}`, '=', knex.raw('?', [uid]))
          .andOn(`${link}.field`, '=', knex.raw('?', [name]));
      }).leftJoin({ [alias]: target.tableName }, `${alias}.${jt.joinColumn.referencedColumn}`, `${link}.${jt.joinColumn.name}`);
      targets.push({ name, alias, meta: target, fields: spec[name].select });
      return;
    }
    throw new Error(`loadRelations: ${uid}.${name} is not a to-one relation or a single media`);
  });

  for (const t of targets) {
    q.select(`${t.alias}.id as ${t.alias}__id`);
    for (const f of t.fields) q.select(`${t.alias}.${t.meta.attributes[f]?.columnName || f} as ${t.alias}_${f}`);
  }

  const byId = new Map<unknown, Row>();
  for (const raw of (await q) as Row[]) {
    // A to-one link is unique; should a row come back twice (two links), the first one counts.
    if (!byId.has(raw.__id)) byId.set(raw.__id, raw);
  }
  for (const row of rows) {
    const raw = byId.get(row.id);
    for (const t of targets) {
      if (!raw || raw[`${t.alias}__id`] === null || raw[`${t.alias}__id`] === undefined) {
        row[t.name] = null;
        continue;
      }
      const value: Row = {};
      for (const f of t.fields) value[f] = fromDb(t.meta.attributes[f], raw[`${t.alias}_${f}`]);
      row[t.name] = value;
    }
  }
  return rows;
}
