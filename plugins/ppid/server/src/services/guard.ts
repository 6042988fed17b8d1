/**
 * The document-service middleware: every write to a ppid content type, whatever its path (Content
 * Manager, bulk actions, code, the content API), passes the cross-field rules of
 * domain/validation.ts here, and DIP editions become immutable when enacted.
 */
import type { Core } from '@strapi/strapi';
import { COMPUTED_FIELDS, hasRelation, isNoopRelation, lockedEditionChange, relationKey, rules, sameValue } from '../domain/validation';
import { wouldCycle } from '../domain/organisation';
import { buildSnapshot } from '../dip/snapshot';
import * as serialize from '../public-api/serializers';
import { uid } from '../content-types/builders';
import { refuseProblems as refuse } from '../errors';

const PREFIX = 'plugin::ppid.';
const WRITES = new Set(['create', 'update', 'clone']);

type Data = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function existing(model: string, documentId: string | undefined): Promise<Data | null> {
    if (!documentId) return null;
    // The draft row of a draft & publish type; the only row of the others.
    const draftAndPublish = strapi.getModel(model as any)?.options?.draftAndPublish === true;
    const where = draftAndPublish ? { documentId, publishedAt: null } : { documentId };
    return strapi.db.query(model).findOne({ where, populate: true });
  }

  async function checkUnitParent(data: Data, current: Data | null) {
    if (!current || hasRelation(data.parent) !== true) return;
    const parentId = await resolveId(strapi, uid('unit'), data.parent);
    if (parentId === null) return; // Strapi itself reports relations to missing records
    const units = await strapi.plugin('ppid').service('organisation').units();
    if (wouldCycle(units, current.id, parentId)) {
      refuse([{ path: ['parent'], message: 'A unit cannot be placed below itself or below one of its own sub-units' }]);
    }
  }

  /** One content plan per unit and quarter (web SOP A1). */
  async function checkPlanUnique(merged: Data, current: Data | null) {
    const { year, quarter } = merged;
    const unitId = year && quarter ? await resolveId(strapi, uid('unit'), merged.unit) : null;
    if (!unitId) return;
    const clash = await strapi.db.query(uid('content-plan')).findOne({
      where: { year, quarter, unit: { id: unitId }, documentId: { $ne: current?.documentId ?? '' } },
      select: ['id'],
    });
    if (clash) refuse([{ path: ['quarter'], message: `This unit already has a content plan for Q${quarter} ${year}` }]);
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
    const previous = await strapi.db.query(uid('dip-edition')).findMany({
      select: ['id'],
      where: { year: merged.year, state: 'enacted', agency: { id: current.agency?.id }, id: { $ne: current.id } },
    });
    if (previous.length > 0) {
      await strapi.db.query(uid('dip-edition')).updateMany({
        where: { id: { $in: previous.map((p: Data) => p.id) } },
        data: { state: 'superseded' },
      });
    }
  }

  async function guardEdition(action: string, data: Data, current: Data | null) {
    for (const field of COMPUTED_FIELDS['dip-edition']) {
      if (!(field in data)) continue;
      if (sameValue(data[field], current?.[field] ?? null)) delete data[field];
      else refuse([{ path: [field], message: `"${field}" is computed when the edition is enacted and cannot be written` }]);
    }
    if (current && current.state !== 'draft') {
      const problems = lockedEditionChange(data, current);
      if (problems.length) refuse(problems);
      return;
    }
    if (action === 'create' && data.state && data.state !== 'draft') {
      refuse([{ path: ['state'], message: 'Create the edition as a draft, then enact it' }]);
    }
    if (data.state === 'superseded') refuse([{ path: ['state'], message: 'Only an enacted edition can be superseded' }]);
    if (current && data.state === 'enacted') await enact(data, current);
  }

  return {
    async middleware(ctx: any, next: () => Promise<unknown>) {
      if (!ctx.uid?.startsWith(PREFIX)) return next();
      const name = ctx.uid.slice(PREFIX.length);

      if (name === 'dip-edition' && ctx.action === 'delete') {
        const current = await existing(ctx.uid, ctx.params?.documentId);
        if (current && current.state !== 'draft') refuse([{ path: ['state'], message: `A ${current.state} DIP edition cannot be deleted: it is the archive` }]);
      }
      if (!WRITES.has(ctx.action)) return next();

      const data: Data = ctx.params?.data ?? {};
      const current = ctx.action === 'create' ? null : await existing(ctx.uid, ctx.params?.documentId);
      const edits = Object.fromEntries(Object.entries(data).filter(([, v]) => !isNoopRelation(v)));
      const merged = { ...(current ?? {}), ...edits };

      const rule = rules[name];
      const problems = rule ? rule(merged) : [];
      if (problems.length) refuse(problems);

      if (name === 'unit') await checkUnitParent(data, current);
      if (name === 'dip-edition') await guardEdition(ctx.action, data, current);
      if (name === 'content-plan') await checkPlanUnique(merged, current);
      return next();
    },
  };
};

/** The row id that a relation value in a write names, or null. */
async function resolveId(strapi: Core.Strapi, model: string, value: unknown): Promise<number | null> {
  const key = relationKey(value);
  if (key === null) return null;
  if (typeof key === 'number' || /^\d+$/.test(key)) return Number(key);
  const row = await strapi.db.query(model).findOne({ where: { documentId: key }, select: ['id'] });
  return row?.id ?? null;
}
