/**
 * The document-service middleware: every write to a ppid content type, whatever its path (Content
 * Manager, bulk actions, code, the content API), passes here first the field checks of
 * domain/input.ts (text, dates, numbers, relation shapes, records that exist, the fields the
 * workflow needs even on drafts), then the cross-field rules of domain/validation.ts; DIP editions
 * become immutable when enacted. Everything is checked before anything is written.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMPUTED_FIELDS, isNoopRelation, lockedEditionChange, type Problem, relationKey, rules, sameValue, unitTreeAfter } from '../domain/validation';
import { defaultsOf, keepUnwritten, stampRecorder } from '../domain/computed';
import { addedRefs, canonicalRelation, checkFields, missingNeeded, toOneAfter, type FieldSpec, type NeededField, type Ref, type RelationEdit } from '../domain/input';
import { SUBJECTS } from '../workflow/subjects';
import { buildSnapshot } from '../dip/snapshot';
import { SIGNED_LIST_NAMES, SIGNER_FIELDS, supersedes } from '../dip/edition-rules';
import { headSignature } from '../dip/signature';
import { guardExclusionList, refuseSignedDelete } from '../dip/exclusion-list-guard';
import { EDITION_PROOF_FIELDS, proofFillOnly } from '../dip/list-rules';
import { requestUser } from '../document-middlewares/context';
import { engineMayWrite } from '../workflow/context';
import * as serialize from '../public-api/serializers';
import { uid } from '../content-types/builders';
import { getService } from '../utils';
import { inLanguageOf } from '../errors';

const PREFIX = 'plugin::ppid.';
const WRITES = new Set(['create', 'update', 'clone']);

type Data = Record<string, any>;

/**
 * What the review workflow needs on every item, drafts included: the unit it routes reviewers
 * through, and the information class (which decides the public list the item goes to).
 */
const NEEDED: Record<string, NeededField[]> = Object.fromEntries(
  Object.values(SUBJECTS).map((spec) => [
    spec.uid,
    [
      { field: spec.unitField, reason: 'the review workflow finds the reviewers of the item through its unit' },
      ...(!spec.determinants.includes('infoClass') ? [] : [{ field: 'infoClass', reason: 'the information class decides the review and the public list of the item' }]),
    ],
  ])
);

const isToOneSpec = (attr: FieldSpec) =>
  attr.type === 'media' ? attr.multiple !== true : attr.relation === 'oneToOne' || attr.relation === 'manyToOne';

function refuse(problems: Problem[]): never {
  const [first] = problems;
  throw new errors.ValidationError(first.message, {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function existing(model: string, documentId: string | undefined): Promise<Data | null> {
    if (!documentId) return null;
    // The draft row of a draft & publish type; the only row of the others.
    const draftAndPublish = strapi.getModel(model as any)?.options?.draftAndPublish === true;
    const where = draftAndPublish ? { documentId, publishedAt: null } : { documentId };
    return strapi.db.query(model).findOne({ where, populate: true });
  }

  /** Ids of the records that exist (checked before) named by these references. */
  async function idsOf(model: string, refs: Ref[]): Promise<number[]> {
    const ids: number[] = [];
    for (const ref of refs) {
      const id = await resolveId(strapi, model, ref);
      if (id !== null) ids.push(id);
    }
    return ids;
  }

  /** The unit hierarchy stays a tree, whether a write moves the unit or takes children. */
  async function checkUnitTree(action: string, relations: Record<string, RelationEdit>, current: Data | null) {
    const parentEdit = relations.parent;
    const childrenEdit = relations.children;
    if (!childrenEdit && !(parentEdit && action === 'update')) return;
    const unit = uid('unit');
    const units = await strapi.plugin('ppid').service('organisation').units();
    const selfId = action === 'update' && current ? current.id : -1;
    const parentRef = parentEdit ? toOneAfter(parentEdit, current?.parent ?? null) : undefined;
    const parentId =
      parentRef === undefined ? (action === 'update' ? undefined : (current?.parent?.id ?? null)) : parentRef === null ? null : await resolveId(strapi, unit, parentRef);
    const children = childrenEdit
      ? {
          set: childrenEdit.set ? await idsOf(unit, childrenEdit.set) : undefined,
          connect: await idsOf(unit, childrenEdit.connect),
          disconnect: await idsOf(unit, childrenEdit.disconnect),
        }
      : undefined;
    if (unitTreeAfter(units, { selfId, parentId, children }).cycle) {
      refuse([{ path: [childrenEdit && !parentEdit ? 'children' : 'parent'], message: 'A unit cannot be placed below itself or below one of its own sub-units' }]);
    }
  }

  /** One content plan per unit and quarter (web SOP A1). */
  async function checkPlanUnique(merged: Data, self: string | null) {
    const year = Number(merged.year);
    const quarter = Number(merged.quarter);
    const unitId = Number.isInteger(year) && Number.isInteger(quarter) ? await resolveId(strapi, uid('unit'), merged.unit) : null;
    if (!unitId) return;
    const clash = await strapi.db.query(uid('content-plan')).findOne({
      where: { year, quarter, unit: { id: unitId }, documentId: { $ne: self ?? '' } },
      select: ['id'],
    });
    if (clash) refuse([{ path: ['quarter'], message: `This unit already has a content plan for Q${quarter} ${year}` }]);
  }

  /** Freezes the snapshot into the write; returns what to do once the write has succeeded. */
  async function enact(data: Data, current: Data): Promise<() => Promise<void>> {
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
    // A valid date by now (domain/input.ts checked the write; the stored value is YYYY-MM-DD).
    const signedAt = merged.signedAt instanceof Date ? merged.signedAt.toISOString().slice(0, 10) : String(merged.signedAt).slice(0, 10);
    const { snapshot, hash, entryCount } = buildSnapshot(
      { year: merged.year, decreeNumber: merged.decreeNumber, signerName: merged.signerName, signerTitle: merged.signerTitle, signedAt },
      entries
    );
    Object.assign(data, { snapshot, snapshotHash: hash, entryCount, enactedAt: new Date() });
    // An edition enacted for the agency supersedes its enacted editions of this year and earlier
    // years (dip/edition-rules.ts `supersedes`): only once this one is written (a refused write
    // must not supersede anything).
    return async () => {
      const enacted = await strapi.db.query(uid('dip-edition')).findMany({
        select: ['id', 'year'],
        where: { state: 'enacted', agency: { id: current.agency?.id }, id: { $ne: current.id } },
      });
      const previous = (enacted as { id: number; year: number }[]).filter((e) => supersedes(Number(merged.year), e));
      if (previous.length > 0) {
        await strapi.db.query(uid('dip-edition')).updateMany({
          where: { id: { $in: previous.map((p: Data) => p.id) } },
          data: { state: 'superseded' },
        });
      }
    };
  }

  async function guardEdition(action: string, data: Data, current: Data | null): Promise<(() => Promise<void>) | null> {
    if (action === 'clone') {
      // A copy of an edition is a new draft, whatever the source's state: the archive (snapshot,
      // hash, enactment) is not copied, and whatever the clone form sends back for it is ignored.
      for (const field of COMPUTED_FIELDS['dip-edition']) data[field] = null;
      data.state = 'draft';
      return null;
    }
    for (const field of COMPUTED_FIELDS['dip-edition']) {
      if (!(field in data)) continue;
      if (sameValue(data[field], current?.[field] ?? null)) delete data[field];
      else refuse([{ path: [field], message: `"${field}" is computed when the edition is enacted and cannot be written` }]);
    }
    if (current && current.state !== 'draft') {
      // SOP 003: the upload proofs are filled on the enacted edition while its workflow is at the upload step.
      const proofs = Object.keys(data).some((k) => (EDITION_PROOF_FIELDS as readonly string[]).includes(k));
      const uploading = proofs && (await getService(strapi, 'workflow-instances').findInstance('dip-edition', current.documentId))?.status === 'active';
      const problems = lockedEditionChange(uploading ? proofFillOnly(data, current) : data, current);
      if (problems.length) refuse(problems);
      return null;
    }
    if (action === 'create' && data.state && data.state !== 'draft') {
      refuse([{ path: ['state'], message: 'Create the edition as a draft, then enact it' }]);
    }
    if (data.state === 'superseded') refuse([{ path: ['state'], message: 'Only an enacted edition can be superseded' }]);
    return current && data.state === 'enacted' ? enact(data, current) : null;
  }

  /**
   * Through an admin request, the signer of an edition is never typed: the signer fields are
   * refused unless unchanged, and enacting a draft takes them from the head's signature (only the
   * head on the signing date may enact; dip/signature.ts).
   */
  async function signEdition(data: Data, merged: Data, current: Data | null) {
    const user = requestUser(strapi);
    if (!user) return;
    keepUnwritten(SIGNER_FIELDS, data, current, (f) => `"${f}" is filled by the head's signature when the edition is enacted and cannot be written`);
    if (!current && merged.state && merged.state !== 'draft') refuse([{ path: ['state'], message: 'Create the edition as a draft, then enact it' }]);
    if (!current || current.state !== 'draft' || merged.state !== 'enacted') return;
    const missing = (['decreeNumber', 'signedAt'] as const).filter((f) => !merged[f]);
    if (missing.length) refuse(missing.map((f) => ({ path: [f], message: `An enacted DIP edition needs "${f}"` })));
    const agencyId = typeof merged.agency === 'object' && merged.agency !== null ? merged.agency.id ?? (await resolveId(strapi, uid('unit'), merged.agency)) : null;
    const signature = await headSignature(strapi, { ...merged, agency: agencyId ? { id: agencyId } : null }, await getService(strapi, 'workflow-people').loadUser(user.id) ?? user, SIGNED_LIST_NAMES['dip-edition']);
    Object.assign(data, signature);
    Object.assign(merged, signature);
  }

  /** Every record a write links must exist: named with its field, before anything is written. */
  async function checkTargets(attributes: Record<string, any>, relations: Record<string, RelationEdit>) {
    const problems: Problem[] = [];
    for (const [field, edit] of Object.entries(relations)) {
      const refs = addedRefs(edit);
      if (refs.length === 0) continue;
      const attr = attributes[field];
      const target: string = attr.type === 'media' ? 'plugin::upload.file' : attr.target;
      const ids = refs.flatMap((r) => ('id' in r ? [r.id] : []));
      const documentIds = refs.flatMap((r) => ('documentId' in r ? [r.documentId] : []));
      const rows: Data[] = await strapi.db.query(target).findMany({
        select: ['id', 'documentId'],
        where: { $or: [...(ids.length ? [{ id: { $in: ids } }] : []), ...(documentIds.length ? [{ documentId: { $in: documentIds } }] : [])] },
      });
      const missing = refs.find((r) => !rows.some((row) => ('id' in r ? row.id === r.id : row.documentId === r.documentId)));
      if (missing) {
        const name = strapi.getModel(target as any)?.info?.displayName ?? target;
        const key = 'id' in missing ? `id ${missing.id}` : `documentId "${missing.documentId}"`;
        problems.push({ path: [field], message: `"${field}" names a ${name} that does not exist (${key})` });
      }
    }
    if (problems.length) refuse(problems);
  }

  return {
    async middleware(ctx: any, next: () => Promise<unknown>) {
      if (!ctx.uid?.startsWith(PREFIX)) return next();
      const name = ctx.uid.slice(PREFIX.length);

      if (name === 'dip-edition' && ctx.action === 'delete') {
        const current = await existing(ctx.uid, ctx.params?.documentId);
        if (current && current.state !== 'draft') refuse([{ path: ['state'], message: `A ${current.state} DIP edition cannot be deleted: it is the archive` }]);
      }
      if (name === 'exclusion-list' && ctx.action === 'delete') refuseSignedDelete(await existing(ctx.uid, ctx.params?.documentId));
      if (!WRITES.has(ctx.action)) return next();

      const data: unknown = ctx.params?.data ?? {};
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        refuse([{ path: [], message: 'The data of a write must be an object of fields' }]);
      }
      const model = strapi.getModel(ctx.uid);
      const attributes = (model?.attributes ?? {}) as Record<string, any>;

      // 1. Each field on its own, and the records the write links.
      const { problems: fieldProblems, relations } = checkFields(attributes as Record<string, FieldSpec>, data as Data);
      if (fieldProblems.length) refuse(fieldProblems);
      await checkTargets(attributes, relations);

      const current = ctx.action === 'create' ? null : await existing(ctx.uid, ctx.params?.documentId);
      if (ctx.action === 'clone') cloneAsNew(ctx.uid, attributes, data as Data, relations);
      // 2. The item as it will be: the stored row with the edits applied, a to-one relation as the
      // record it will point at (or null). Relation values are written back in long form.
      const edits: Data = {};
      for (const [field, value] of Object.entries(data as Data)) {
        const edit = relations[field];
        if (edit && attributes[field].type === 'relation') (data as Data)[field] = canonicalRelation(value, edit);
        if (edit && isToOneSpec(attributes[field])) {
          const after: Ref | null | undefined = toOneAfter(edit, current?.[field] ?? null);
          if (after !== undefined) edits[field] = after;
        } else if (!isNoopRelation(value)) edits[field] = value;
      }
      const merged = { ...(current ?? {}), ...edits };
      if (name === 'dip-edition' && ctx.action !== 'clone') await signEdition(data as Data, merged, current);
      if (name === 'exclusion-list') await guardExclusionList(strapi, ctx.action, data as Data, merged, current);
      // Who recorded a proof of publication is whoever saved it, never a choice in the form.
      const recorder = name === 'publication-record' ? requestUser(strapi) : null;
      if (recorder) {
        stampRecorder('recordedBy', ctx.action, data as Data, current, recorder.id, () =>
          inLanguageOf(recorder as any, { id: 'Pencatat bukti adalah pengguna yang menyimpannya dan tidak dapat dipilih', en: "The proof's recorder is the user who saves it and cannot be chosen" })
        );
      }
      if (name === 'exclusion' && requestUser(strapi)) {
        if (ctx.action === 'clone') for (const field of COMPUTED_FIELDS.exclusion) (data as Data)[field] = null;
        else keepUnwritten(COMPUTED_FIELDS.exclusion, data as Data, current, (f) => `"${f}" is recorded by the re-open action (POST /ppid/exclusions/:documentId/reopen) and cannot be written`);
      }

      // Workflow items with fields the engine writes (state, receipt, resolution, hand-over): refused in edits, reset on a copy.
      if ((name === 'backlog-item' || name === 'content-plan') && requestUser(strapi) && !engineMayWrite(ctx.params?.documentId)) {
        const computed = COMPUTED_FIELDS[name];
        const why = (f: string) =>
          inLanguageOf(requestUser(strapi) as any, {
            id: `"${f}" diisi oleh alur kerja (langkah-langkahnya), tidak dapat diubah lewat penyuntingan`,
            en: `"${f}" is written by the review workflow (its transitions), not by editing`,
          });
        if (ctx.action === 'update') keepUnwritten(computed, data as Data, current, why);
        else if (ctx.action === 'clone') Object.assign(data as Data, defaultsOf(attributes, computed));
        else keepUnwritten(computed, data as Data, defaultsOf(attributes, computed), why);
      }

      // 3. What the workflow needs even on a draft, then the cross-field rules.
      const problems = [...missingNeeded(merged, NEEDED[ctx.uid] ?? []), ...(rules[name]?.(merged) ?? [])];
      if (problems.length) refuse(problems);

      if (name === 'unit') await checkUnitTree(ctx.action, relations, current);
      if (name === 'content-plan') await checkPlanUnique(merged, ctx.action === 'update' ? current?.documentId ?? null : null);
      const after = name === 'dip-edition' ? await guardEdition(ctx.action, data as Data, current) : null;
      const result = await next();
      if (after) await after();
      return result;
    },
  };
};

/**
 * A copy starts as a new item of its own. Strapi's clone copies every relation of the source, and
 * a one-to-many relation cannot be shared: copying it would move the source's sub-units, position
 * assignments, publication records or plan items to the copy. Those start empty unless the clone
 * request says otherwise. A workflow item with a state field starts at that field's default
 * (a signed content plan is copied as a draft plan), which the workflow then takes from there.
 */
function cloneAsNew(model: string, attributes: Record<string, any>, data: Data, relations: Record<string, RelationEdit>) {
  for (const [field, attr] of Object.entries(attributes)) {
    if (attr.type !== 'relation' || attr.relation !== 'oneToMany') continue;
    const edit = relations[field];
    const meaningful = edit && (edit.set !== undefined || edit.connect.length > 0 || edit.disconnect.length > 0);
    if (!meaningful) data[field] = { set: [] };
  }
  const spec = Object.values(SUBJECTS).find((s) => s.uid === model);
  const field = spec?.publishState?.field;
  if (field && data[field] === undefined) data[field] = attributes[field]?.default ?? null;
}

/** What a new record holds in `fields` before anyone writes them: their schema defaults. */

/** The row id that a relation value in a write names, or null. */
async function resolveId(strapi: Core.Strapi, model: string, value: unknown): Promise<number | null> {
  const key = relationKey(value);
  if (key === null) return null;
  if (typeof key === 'number' || /^\d+$/.test(key)) return Number(key);
  const row = await strapi.db.query(model).findOne({ where: { documentId: key }, select: ['id'] });
  return row?.id ?? null;
}
