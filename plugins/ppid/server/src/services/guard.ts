/**
 * The document-service middleware: every write to a ppid content type, whatever its path (Content
 * Manager, bulk actions, code, the content API), passes the cross-field rules of
 * domain/validation.ts here, and DIP editions become immutable when enacted.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDeepStrictEqual } from 'util';
import { COMPUTED_FIELDS, hasRelation, type Problem, rules } from '../domain/validation';
import { wouldCycle } from '../domain/organisation';
import { buildSnapshot } from '../dip/snapshot';
import * as serialize from '../public-api/serializers';
import { uid } from '../content-types/builders';

const PREFIX = 'plugin::ppid.';
const WRITES = new Set(['create', 'update', 'clone']);

type Data = Record<string, any>;

function refuse(problems: Problem[]): never {
  const [first] = problems;
  throw new errors.ValidationError(first.message, {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
}

/** Relation values in a write that change nothing (`{ connect: [], disconnect: [] }`). */
const isNoopRelation = (v: unknown) =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v as Data).every((k) => ['connect', 'disconnect'].includes(k)) &&
  Object.values(v as Data).every((x) => Array.isArray(x) && x.length === 0);

const normalise = (v: unknown) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);
const sameValue = (a: unknown, b: unknown) => {
  const x = normalise(a);
  const y = normalise(b);
  if (isDeepStrictEqual(x, y)) return true;
  if (typeof x === 'string' && typeof y === 'string') {
    const dx = Date.parse(x);
    const dy = Date.parse(y);
    return !Number.isNaN(dx) && dx === dy;
  }
  return false;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function existing(model: string, documentId: string | undefined): Promise<Data | null> {
    if (!documentId) return null;
    return strapi.db.query(model).findOne({ where: { documentId, publishedAt: null }, populate: true });
  }

  async function checkUnitParent(data: Data, current: Data | null) {
    const parent = data.parent;
    if (parent === undefined || hasRelation(parent) !== true) return;
    const units = await strapi.plugin('ppid').service('organisation').units();
    const ref = typeof parent === 'object' ? (parent.set?.[0] ?? parent.connect?.[0] ?? parent) : parent;
    const key = typeof ref === 'object' ? (ref.documentId ?? ref.id) : ref;
    const target = units.find((u: any) => u.id === key || u.documentId === key || String(u.id) === String(key));
    if (!target) return; // Strapi itself reports relations to missing records
    if (current && wouldCycle(units, current.id, target.id)) {
      refuse([{ path: ['parent'], message: 'A unit cannot be placed below itself or below one of its own sub-units' }]);
    }
  }

  async function enact(data: Data, current: Data) {
    const merged = { ...current, ...data };
    const agencyIds: number[] = await strapi
      .plugin('ppid')
      .service('organisation')
      .subtreeByCode(current.agency?.code ?? '');
    const rows = await strapi.db.query(uid('dip-entry')).findMany({
      where: { year: merged.year, publishedAt: { $notNull: true }, holderUnit: { id: { $in: agencyIds } } },
      populate: { holderUnit: { select: ['code', 'name'] }, berkalaCategory: { select: ['code', 'name'] }, document: true, exclusion: true },
    });
    const entries = rows.map((r: Data) => {
      const { publishedAt, ...entry } = serialize.dipEntry(r);
      return entry;
    });
    const signedAt = typeof merged.signedAt === 'string' ? merged.signedAt.slice(0, 10) : new Date(merged.signedAt).toISOString().slice(0, 10);
    const { snapshot, hash, entryCount } = buildSnapshot(
      { year: merged.year, decreeNumber: merged.decreeNumber, signerName: merged.signerName, signerTitle: merged.signerTitle, signedAt },
      entries
    );
    Object.assign(data, { snapshot, snapshotHash: hash, entryCount, enactedAt: new Date() });
    // An edition enacted for the same agency and year replaces the one before it.
    await strapi.db.query(uid('dip-edition')).updateMany({
      where: { year: merged.year, status: 'enacted', agency: { id: current.agency?.id }, id: { $ne: current.id } },
      data: { status: 'superseded' },
    });
  }

  async function guardEdition(action: string, data: Data, current: Data | null) {
    for (const field of COMPUTED_FIELDS['dip-edition']) {
      if (!(field in data)) continue;
      if (sameValue(data[field], current?.[field] ?? null)) delete data[field];
      else refuse([{ path: [field], message: `"${field}" is computed when the edition is enacted and cannot be written` }]);
    }
    if (current && current.status !== 'draft') {
      const changed = Object.keys(data).filter(
        (k) => !['updatedAt', 'updatedBy', 'status'].includes(k) && !isNoopRelation(data[k]) && !sameValue(data[k], current[k])
      );
      const statusOk = data.status === undefined || data.status === current.status || (current.status === 'enacted' && data.status === 'superseded');
      if (changed.length > 0 || !statusOk) {
        refuse([{ path: [changed[0] ?? 'status'], message: `This DIP edition is ${current.status} and can no longer be changed` }]);
      }
      return;
    }
    if (action === 'create' && data.status && data.status !== 'draft') {
      refuse([{ path: ['status'], message: 'Create the edition as a draft, then enact it' }]);
    }
    if (current && data.status === 'enacted') await enact(data, current);
    if (data.status === 'superseded') refuse([{ path: ['status'], message: 'Only an enacted edition can be superseded' }]);
  }

  return {
    async middleware(ctx: any, next: () => Promise<unknown>) {
      if (!ctx.uid?.startsWith(PREFIX)) return next();
      const name = ctx.uid.slice(PREFIX.length);

      if (name === 'dip-edition' && ctx.action === 'delete') {
        const current = await existing(ctx.uid, ctx.params?.documentId);
        if (current && current.status !== 'draft') refuse([{ path: ['status'], message: `A ${current.status} DIP edition cannot be deleted: it is the archive` }]);
      }
      if (!WRITES.has(ctx.action)) return next();

      const data: Data = ctx.params?.data ?? {};
      const current = ctx.action === 'create' ? null : await existing(ctx.uid, ctx.params?.documentId);
      const merged = { ...(current ?? {}), ...data };

      const rule = rules[name];
      const problems = rule ? rule(merged) : [];
      if (problems.length) refuse(problems);

      if (name === 'unit') await checkUnitParent(data, current);
      if (name === 'dip-edition') await guardEdition(ctx.action, data, current);
      if (name === 'content-plan') {
        const year = merged.year;
        const quarter = merged.quarter;
        const unitRef = data.unit !== undefined ? data.unit : current?.unit;
        if (year && quarter && unitRef) {
          const unitId = await resolveId(strapi, uid('unit'), unitRef);
          if (unitId) {
            const clash = await strapi.db.query(uid('content-plan')).findOne({
              where: { year, quarter, unit: { id: unitId }, documentId: { $ne: current?.documentId ?? '' } },
              select: ['id'],
            });
            if (clash) refuse([{ path: ['quarter'], message: `This unit already has a content plan for Q${quarter} ${year}` }]);
          }
        }
      }
      return next();
    },
  };
};

/** The row id that a relation value in a write names (id, documentId, `{ connect|set: [...] }`). */
async function resolveId(strapi: Core.Strapi, model: string, value: any): Promise<number | null> {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'id' in value && typeof value.id === 'number' && !value.documentId) return value.id;
  const ref = typeof value === 'object' ? (value.set?.[0] ?? value.connect?.[0] ?? value) : value;
  if (ref === undefined) return null;
  const key = typeof ref === 'object' ? (ref.documentId ?? ref.id) : ref;
  if (typeof key === 'number' || /^\d+$/.test(String(key))) return Number(key);
  const row = await strapi.db.query(model).findOne({ where: { documentId: key }, select: ['id'] });
  return row?.id ?? null;
}
