/**
 * The web SOP's records on every document-service path (Content Manager create, update, clone,
 * delete, bulk actions, code): a signed form and reported minutes are frozen (website/records.ts);
 * their server-written fields (COMPUTED_FIELDS: signatures and the who/when fields that follow
 * them, who reported and when) are refused in admin requests and start at their defaults on a copy; minutes are checked by website/forms.ts `checkMinutes`
 * (date, place, attendees, agenda, follow-ups only to open backlog items), and so are minutes linked
 * from a backlog item's side (website/records.ts `itemMinutesRefusal`). Signing and reporting
 * write with db.query from services/website-records.ts, past this middleware.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { defaultsOf, keepUnwritten } from '../domain/computed';
import { today } from '../domain/time';
import { addedRefs, parseRelation, type Ref } from '../domain/input';
import { COMPUTED_FIELDS } from '../domain/validation';
import { inLanguageOf, refuse } from '../errors';
import { getConfig } from '../utils';
import { checkMinutes, type Attendee } from '../website/forms';
import { frozenReason, isClosedBacklogState, itemMinutesRefusal, RECORD_TYPES, type LinkedMinutes, type RecordType } from '../website/records';
import { requestUser, type DocumentMiddleware } from './context';

type Row = Record<string, any>;
const WRITES = new Set(['create', 'update', 'clone']);
const CHANGES = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);
/** The stored field of each checkMinutes input. */
const FIELD: Record<string, string> = { date: 'meetingAt', place: 'location', attendees: 'attendees', agenda: 'agenda', decisions: 'decisions', followUps: 'backlogItems' };
const TYPES = new Map<string, RecordType>(RECORD_TYPES.map((t) => [uid(t), t]));
const BACKLOG = uid('backlog-item');

export const websiteRecords = (strapi: Core.Strapi): DocumentMiddleware => async (ctx, next) => {
  if (ctx.uid === BACKLOG && WRITES.has(ctx.action)) {
    await checkItemMinutes(strapi, ctx.action, ctx.params?.documentId, ctx.params?.data ?? {});
    return next();
  }
  const type = TYPES.get(ctx.uid);
  if (!type || (!WRITES.has(ctx.action) && !CHANGES.has(ctx.action))) return next();
  const documentId: string | undefined = ctx.params?.documentId;
  const user = requestUser(strapi);
  const attributes = strapi.getModel(ctx.uid as any)?.attributes as Record<string, any>;
  const computed = COMPUTED_FIELDS[type];
  // The server-written relations (who signed, who reported) are compared by the record they name.
  const populate = Object.fromEntries(computed.filter((f) => attributes[f]?.type === 'relation').map((f) => [f, { select: ['id'] }]));
  const current: Row | null = documentId && ctx.action !== 'create' ? await strapi.db.query(ctx.uid).findOne({ where: { documentId }, populate }) : null;

  if (CHANGES.has(ctx.action)) {
    const frozen = frozenReason(type, current);
    if (frozen) refuse(400, inLanguageOf(user as any, frozen), { reason: 'frozen' });
  }
  if (!WRITES.has(ctx.action)) return next();

  const data: Row = ctx.params?.data ?? {};
  // A copy starts unsigned and unreported: the server-written fields at their defaults.
  if (ctx.action === 'clone') Object.assign(data, defaultsOf(attributes, computed));
  else if (user) {
    const route = type === 'meeting-minute' ? 'POST /ppid/minutes/:documentId/report' : 'POST /ppid/forms/:kind/:documentId/signatures';
    keepUnwritten(computed, data, current ?? defaultsOf(attributes, computed), (f) => `"${f}" is recorded by ${route} and cannot be written`, attributes);
  }
  if (type === 'meeting-minute') await checkMinutesWrite(strapi, data, current, user);
  return next();
};

async function checkMinutesWrite(strapi: Core.Strapi, data: Row, current: Row | null, user: unknown) {
  const merged = { ...(current ?? {}), ...data };
  const followUps = await addedFollowUps(strapi, data.backlogItems);
  const at = merged.meetingAt ? new Date(merged.meetingAt) : null;
  const verdict = checkMinutes(
    {
      date: at && !Number.isNaN(at.getTime()) ? today(at, getConfig(strapi).timezone) : '',
      place: typeof merged.location === 'string' ? merged.location : '',
      attendees: merged.attendees as Attendee[],
      agenda: typeof merged.agenda === 'string' ? merged.agenda : '',
      decisions: typeof merged.decisions === 'string' ? merged.decisions : '',
      followUps: followUps.map((f) => f.documentId),
    },
    (d) => {
      const found = followUps.find((f) => f.documentId === d);
      return found ? isClosedBacklogState(found.state) : undefined;
    }
  );
  if (!verdict.ok) {
    const path = FIELD[verdict.field ?? ''] ?? verdict.field ?? 'attendees';
    refuse(400, inLanguageOf(user as any, verdict.reason), { errors: [{ path: [path], message: verdict.reason.en, name: 'ValidationError' }] });
  }
  const attendees: Attendee[] = merged.attendees;
  const userIds = attendees.map((a) => a.userId).filter((id) => id !== undefined && id !== null);
  if (userIds.some((id) => !Number.isInteger(id))) refuse(400, 'Peserta: "userId" harus berupa id pengguna admin / attendees: "userId" must be an admin user id', { errors: [{ path: ['attendees'], message: 'attendees: "userId" must be an admin user id', name: 'ValidationError' }] });
  if (userIds.length) {
    const found = await strapi.db.query('admin::user').count({ where: { id: { $in: userIds } } });
    if (found !== new Set(userIds).size) refuse(400, 'Peserta menyebut pengguna admin yang tidak ada / an attendee names an admin user that does not exist', { errors: [{ path: ['attendees'], message: 'An attendee names an admin user that does not exist', name: 'ValidationError' }] });
  }
  // Stored trimmed, in the shape checkMinutes read.
  if ('attendees' in data) data.attendees = attendees.map((a) => ({ name: a.name.trim(), position: a.position.trim(), ...(a.userId ? { userId: a.userId } : {}) }));
}

/** The backlog items a write adds to the minutes' follow-ups, with their state (the guard checked they exist). */
async function addedFollowUps(strapi: Core.Strapi, value: unknown): Promise<{ documentId: string; state: string }[]> {
  if (value === undefined) return [];
  const parsed = parseRelation(value, { toOne: false });
  if (!('edit' in parsed) || !parsed.edit) return [];
  const refs: Ref[] = addedRefs(parsed.edit);
  if (!refs.length) return [];
  const ids = refs.flatMap((r) => ('id' in r ? [r.id] : []));
  const documentIds = refs.flatMap((r) => ('documentId' in r ? [r.documentId] : []));
  const rows: Row[] = await strapi.db.query(uid('backlog-item')).findMany({
    select: ['documentId', 'state'],
    where: { $or: [...(ids.length ? [{ id: { $in: ids } }] : []), ...(documentIds.length ? [{ documentId: { $in: documentIds } }] : [])] },
  });
  return [...new Map(rows.map((r) => [r.documentId, { documentId: r.documentId, state: r.state }])).values()];
}


/**
 * A backlog item's write that edits its `minutes` (the other side of the minutes' follow-ups): the
 * same checks as from the minutes (website/records.ts `itemMinutesRefusal`). A copy of an item
 * starts without minutes unless the request names some (then checked as added).
 */
async function checkItemMinutes(strapi: Core.Strapi, action: string, documentId: string | undefined, data: Row) {
  if (action === 'clone' && data.minutes === undefined) {
    data.minutes = { set: [] };
    return;
  }
  if (data.minutes === undefined) return;
  const parsed = parseRelation(data.minutes, { toOne: false });
  if (!('edit' in parsed) || !parsed.edit) return; // the guard answers a malformed relation
  const edit = parsed.edit;
  const item: Row | null =
    documentId && action === 'update'
      ? await strapi.db.query(BACKLOG).findOne({ where: { documentId }, select: ['id', 'state'], populate: { minutes: { select: ['id', 'documentId', 'reportedToHeadAt'] } } })
      : null;
  const linked: Row[] = item?.minutes ?? [];
  const refs = [...addedRefs(edit), ...edit.disconnect];
  const named: Row[] = refs.length ? await strapi.db.query(uid('meeting-minute')).findMany({ where: { $or: refIn(refs) }, select: ['id', 'documentId', 'reportedToHeadAt'] }) : [];
  const is = (r: Ref) => (m: Row) => ('id' in r ? m.id === r.id : m.documentId === r.documentId);
  const view = (m: Row): LinkedMinutes => ({ documentId: m.documentId, reported: !!m.reportedToHeadAt });
  const linkedIds = new Set(linked.map((m) => m.id));
  const added = addedRefs(edit).flatMap((r) => named.filter(is(r))).filter((m) => !linkedIds.has(m.id));
  const kept = edit.set ? new Set(edit.set.flatMap((r) => named.filter(is(r)).map((m) => m.id))) : null;
  const removed = [
    ...edit.disconnect.flatMap((r) => linked.filter(is(r))),
    ...(kept ? linked.filter((m) => !kept.has(m.id)) : []),
  ];
  const refusal = itemMinutesRefusal(item?.state ?? null, [...new Map(added.map((m) => [m.id, m])).values()].map(view), removed.map(view));
  if (refusal) refuse(400, inLanguageOf(requestUser(strapi) as any, refusal), { errors: [{ path: ['minutes'], message: refusal.en, name: 'ValidationError' }] });
}

const refIn = (refs: Ref[]) => {
  const ids = refs.flatMap((r) => ('id' in r ? [r.id] : []));
  const documentIds = refs.flatMap((r) => ('documentId' in r ? [r.documentId] : []));
  return [...(ids.length ? [{ id: { $in: ids } }] : []), ...(documentIds.length ? [{ documentId: { $in: documentIds } }] : [])];
};
