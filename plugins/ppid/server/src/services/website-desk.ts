/**
 * What the website team's admin pages read (issue 12 point 4): the backlog board with the schedule
 * and the Web Developer's receipt, the minutes and the forms as lists and details. Read-only, with
 * db.query; who may read a record is the printout's rule (website/records.ts `mayRead`): the staff
 * of its unit and the holders of the positions that sign or report it; super admins read all.
 * What the caller may do next (report, sign) is the same rule the action applies.
 */
import type { Core } from '@strapi/strapi';
import { MAX_BOARD_PAGE_SIZE } from '../../../shared/board';
import { uid } from '../content-types/builders';
import { FORM_SIGNERS, nextSignature, ROLE_LABEL, SIGNER_POSITION, type FormKind, type SignerRole } from '../website/forms';
import { FORM_TYPE, frozenReason, mayRead, REPORT_POSITIONS, reportMinutes, signaturesOf, signingPositions, type RecordType } from '../website/records';
import { membershipOf } from '../workflow/actors';
import { getService } from '../utils';
import { signersOf } from './website-records';
import { userName, type People, type User } from './workflow-people';

type Row = Record<string, any>;
const PERSON = { select: ['id', 'firstname', 'lastname', 'username', 'email'] };
const UNIT = { select: ['id', 'code', 'name'] };
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
const unitOf = (r: Row) => (r.unit ? { code: r.unit.code, name: r.unit.name } : null);
const personOf = (u: Row | null | undefined) => (u ? { id: u.id as number, name: userName(u as User) } : null);
const isSuperAdmin = (user: User) => (user.roles ?? []).some((r) => r.code === 'strapi-super-admin');

export type Page = { page: number; pageSize: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const people = () => getService(strapi, 'workflow-people');

  /** May `user` read a record of `unitId` (the printout's rule), with the organisation as of `p`. */
  function reads(type: RecordType, unitId: number | null, user: User, p: People): boolean {
    if (isSuperAdmin(user)) return true;
    const member = unitId !== null && membershipOf(p.units, p.assignments, user.id, unitId, p.date) !== null;
    const signer = unitId !== null && signersOf(p, unitId, signingPositions(type)).some((h) => h.userId === user.id);
    return mayRead({ superAdmin: false, member, signer });
  }

  /**
   * The readable rows of a type, newest first, one page of them with the total, filtered and paged
   * by the database: the rule `reads` decides per unit (the organisation has few units), the query
   * keeps the records of those units (every record for a super admin, unit or not).
   */
  async function readable(type: RecordType, user: User, order: string, page: Page, populate: Row) {
    const p = await people().people(new Date());
    const where: Row = isSuperAdmin(user) ? {} : { unit: { id: { $in: [...p.units.keys()].filter((unitId) => reads(type, unitId, user, p)) } } };
    const [rows, total]: [Row[], number] = await Promise.all([
      strapi.db.query(uid(type)).findMany({
        where,
        orderBy: [{ [order]: 'desc' }, { id: 'desc' }],
        offset: (page.page - 1) * page.pageSize,
        limit: page.pageSize,
        populate: { unit: UNIT, ...populate },
      }),
      strapi.db.query(uid(type)).count({ where }),
    ]);
    return { rows, meta: { ...page, total }, p };
  }

  async function one(type: RecordType, documentId: string, user: User, populate: Row) {
    const records = getService(strapi, 'website-records');
    const row = await records.load(type, documentId);
    await records.assertReader(type, row, user as any);
    return strapi.db.query(uid(type)).findOne({ where: { id: row.id }, populate: { unit: UNIT, ...populate } }) as Promise<Row>;
  }

  /** The next signature of a form: its role, and whether `user` may give it now (the signing rule). */
  function nextOf(kind: FormKind, row: Row, user: User, p: People) {
    const signatures = signaturesOf(row.signatures);
    const role = FORM_SIGNERS[kind].find((r) => !signatures.some((s) => s.role === r)) ?? null;
    const unitId: number | null = row.unit?.id ?? null;
    const holds = (r: SignerRole) => unitId !== null && signersOf(p, unitId, [SIGNER_POSITION[r]]).some((h) => h.userId === user.id);
    const verdict = nextSignature(kind, signatures, user.id, holds, new Date());
    return {
      role,
      roleLabel: role ? ROLE_LABEL[role] : null,
      signed: signatures.length,
      needed: FORM_SIGNERS[kind].length,
      canSign: verdict.ok && unitId !== null,
      refusal: verdict.ok ? null : verdict.reason,
    };
  }

  return {
    /** GET /ppid/minutes: the minutes the caller may read, newest meeting first. */
    async minutesList(user: User, page: Page) {
      const { rows, meta } = await readable('meeting-minute', user, 'meetingAt', page, { backlogItems: { select: ['id'] }, reportedToHeadBy: PERSON });
      return {
        data: rows.map((r) => ({
          documentId: r.documentId,
          title: r.title,
          meetingAt: iso(r.meetingAt),
          place: r.location ?? null,
          unit: unitOf(r),
          attendees: Array.isArray(r.attendees) ? r.attendees.length : 0,
          backlogItems: (r.backlogItems ?? []).length,
          reportedToHeadAt: iso(r.reportedToHeadAt),
        })),
        meta,
      };
    },

    /** GET /ppid/minutes/:documentId: the minutes in full, and whether the caller may report them. */
    async minutesDetail(user: User, documentId: string) {
      const r = await one('meeting-minute', documentId, user, {
        chair: PERSON,
        secretary: PERSON,
        reportedToHeadBy: PERSON,
        backlogItems: { select: ['documentId', 'title', 'state', 'dueOn'], orderBy: { id: 'asc' } },
      });
      const p = await people().people(new Date());
      const unitId: number | null = r.unit?.id ?? null;
      const holds = unitId !== null && signersOf(p, unitId, REPORT_POSITIONS).some((h) => h.userId === user.id);
      const verdict = reportMinutes(r.reportedToHeadAt ? { at: r.reportedToHeadAt } : null, user.id, holds, new Date());
      return {
        documentId: r.documentId,
        title: r.title,
        meetingAt: iso(r.meetingAt),
        place: r.location ?? null,
        unit: unitOf(r),
        chair: personOf(r.chair),
        secretary: personOf(r.secretary),
        attendees: (Array.isArray(r.attendees) ? r.attendees : []).map((a: Row) => ({ name: String(a?.name ?? ''), position: String(a?.position ?? '') })),
        agenda: r.agenda ?? '',
        discussion: r.discussion ?? null,
        decisions: r.decisions ?? '',
        backlogItems: (r.backlogItems ?? []).map((b: Row) => ({ documentId: b.documentId, title: b.title, state: b.state, dueOn: b.dueOn ? String(b.dueOn) : null })),
        reported: r.reportedToHeadAt ? { at: iso(r.reportedToHeadAt), by: personOf(r.reportedToHeadBy) } : null,
        canReport: verdict.ok && unitId !== null,
        frozen: frozenReason('meeting-minute', r),
      };
    },

    /** GET /ppid/forms/:kind: the forms of a kind the caller may read, newest first, with whose turn it is. */
    async formsList(user: User, kind: FormKind, page: Page) {
      const type = FORM_TYPE[kind];
      const { rows, meta, p } = await readable(type, user, kind === 'update_request' ? 'requestedOn' : 'submittedOn', page, {});
      return {
        data: rows.map((r) => ({
          documentId: r.documentId,
          number: r.number,
          title: r.title,
          date: r.requestedOn ?? r.submittedOn ?? null,
          unit: unitOf(r),
          state: r.state,
          next: nextOf(kind, r, user, p),
        })),
        meta,
      };
    },

    /** GET /ppid/forms/:kind/:documentId: the form, who signed as which position and when, and whose turn it is. */
    async formDetail(user: User, kind: FormKind, documentId: string) {
      const type = FORM_TYPE[kind];
      const attributes = strapi.getModel(uid(type) as any).attributes as Row;
      const people_ = ['requestedBy', 'developer', 'checkedBy', 'operator', 'approvedBy'].filter((f) => attributes[f]);
      const r = await one(type, documentId, user, {
        ...Object.fromEntries(people_.map((f) => [f, PERSON])),
        ...(attributes.backlogItem ? { backlogItem: { select: ['documentId', 'title', 'state'] } } : {}),
      });
      const p = await people().people(new Date());
      const blocks = await getService(strapi, 'website-records').blocks(type, r, p);
      return {
        documentId: r.documentId,
        kind,
        number: r.number,
        title: r.title,
        description: r.description ?? null,
        pageUrl: r.pageUrl ?? null,
        date: r.requestedOn ?? r.submittedOn ?? null,
        unit: unitOf(r),
        state: r.state,
        people: Object.fromEntries(people_.map((f) => [f, personOf(r[f])])),
        backlogItem: r.backlogItem ? { documentId: r.backlogItem.documentId, title: r.backlogItem.title, state: r.backlogItem.state } : null,
        signatures: blocks.map((b) => ({ role: b.role, roleLabel: b.roleLabel, name: b.name, nip: b.nip, unit: b.unit, at: b.at })),
        next: nextOf(kind, r, user, p),
        frozen: frozenReason(type, r),
      };
    },

    /**
     * GET /ppid/website/backlog: the board of backlog items (the engine's stages and due times) with
     * each item's schedule (dueOn), kind, priority and the Web Developer's receipt.
     */
    async backlog(now = new Date()) {
      // The backlog is a desk's work list: every active item on one screen (the largest page the board allows).
      const board = await getService(strapi, 'workflow-board').board('backlog-item', now, { pageSize: MAX_BOARD_PAGE_SIZE });
      const ids = board.workflows.flatMap((w: Row) => w.stages.flatMap((s: Row) => s.items.map((i: Row) => i.documentId)));
      const rows: Row[] = ids.length
        ? await strapi.db.query(uid('backlog-item')).findMany({
            where: { documentId: { $in: ids } },
            select: ['documentId', 'kind', 'priority', 'dueOn', 'receivedAt'],
            populate: { receivedBy: PERSON },
          })
        : [];
      const today = people().localToday(now);
      const byId = new Map(rows.map((r) => [r.documentId, r]));
      const workflows = board.workflows.map((w: Row) => ({
        ...w,
        stages: w.stages.map((s: Row) => ({
          ...s,
          items: s.items.map((i: Row) => {
            const r = byId.get(i.documentId);
            const dueOn = r?.dueOn ? String(r.dueOn) : null;
            return {
              ...i,
              kind: r?.kind ?? null,
              priority: r?.priority ?? null,
              dueOn,
              late: dueOn !== null && dueOn < today,
              receipt: r?.receivedAt ? { at: iso(r.receivedAt), by: personOf(r.receivedBy) } : null,
            };
          }),
        })),
      }));
      return { type: 'backlog-item', workflows };
    },
  };
};
