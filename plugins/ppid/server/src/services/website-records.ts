/**
 * The web SOP's signed records (issue 11 point 3): signing update-request and approval forms, and
 * reporting minutes to the head. Load → decide (website/forms.ts, website/records.ts) → apply: the
 * signature or the report is written with db.query (past the document middlewares that refuse the
 * same fields in Content Manager writes), by the logged-in person holding the position, never a
 * typed name. Also: who may read a record's printout, and the signers' blocks for it.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { inLanguageOf, refuse, WorkflowConflict } from '../errors';
import { getService } from '../utils';
import type { Position } from '../domain/constants';
import { membershipOf, type Holder } from '../workflow/actors';
import { FORM_SIGNERS, isFullySigned, nextSignature, ROLE_LABEL, SIGNER_POSITION, signedFields, type FormKind, type SignerRole, type Text, type Verdict } from '../website/forms';
import { FORM_TYPE, mayRead, REPORT_POSITIONS, reportMinutes, signaturesOf, signingPositions, type RecordType } from '../website/records';
import { actorsAt, holders, userName, type People, type User } from './workflow-people';

type Row = Record<string, any>;

/**
 * The holders of a signing position for a record of `unitId`. The Koordinator is the Kepala Bidang
 * of the website's desk, the unit where the agency's website Sub Koordinator sits (workflow/actors.ts
 * `websiteDeskOf`, as the engine's stages with `actorAt: 'website-desk'`), whatever unit the record names; the website team's positions act for the agency.
 */
export function signersOf(p: People, unitId: number, positions: readonly Position[]): Holder[] {
  return positions.flatMap((position) => {
    if (position !== 'kabid') return holders(p, unitId, position);
    return actorsAt(p, unitId, { actor: 'kabid', actorAt: 'website-desk' });
  });
}
/** The reporting positions as the printout names them. */
const REPORTER_LABEL: Record<string, string> = { kabid: ROLE_LABEL.koordinator.id, sub_koordinator: ROLE_LABEL.sub_koordinator.id };

type Person = User & { preferedLanguage?: string | null };

/** A signature block of the printout: who signed in which role, with the name, NIP and title of their assignment. */
export type SignerBlock = { role: string; roleLabel: Text; userId: number | null; name: string | null; nip: string | null; position: string; unit: string | null; at: string | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const people = () => getService(strapi, 'workflow-people');

  /** Answers the rule's refusal: 400, 403, or 409 (a complete form, minutes already reported). */
  function refuseVerdict(user: Person, verdict: Verdict<unknown>): never {
    const v = verdict as Extract<Verdict<unknown>, { ok: false }>;
    const message = inLanguageOf(user, v.reason);
    if (v.status === 409) throw new WorkflowConflict(message, { reason: v.reason.en });
    return refuse(v.status, message, { reason: v.reason.en });
  }

  async function load(type: RecordType, documentId: string): Promise<Row> {
    const row: Row | null = await strapi.db.query(uid(type)).findOne({ where: { documentId }, populate: { unit: { select: ['id', 'code', 'name'] } } });
    if (!row) refuse(404, `Tidak ada ${type} "${documentId}" / no ${type} "${documentId}"`);
    return row!;
  }

  const needUnit = (user: Person, row: Row): number => {
    const unitId: number | undefined = row.unit?.id;
    if (!unitId) {
      refuse(400, inLanguageOf(user, { id: 'Isi unit kerja rekaman ini dahulu: penanda tangan dicari melalui unitnya.', en: 'Set the record\'s unit first: its signers are found through it.' }), {
        errors: [{ path: ['unit'], message: 'The record needs a unit', name: 'ValidationError' }],
      });
    }
    return unitId!;
  };

  /** The signature blocks of a form: each role it needs, signed or not, with the signer's name and NIP. */
  async function blocks(type: RecordType, row: Row, p?: People): Promise<SignerBlock[]> {
    const kind: FormKind = type === 'update-request' ? 'update_request' : 'approval_form';
    const signatures = signaturesOf(row.signatures);
    const org = p ?? (await people().people(new Date()));
    const out: SignerBlock[] = [];
    for (const role of FORM_SIGNERS[kind]) {
      const s = signatures.find((x) => x.role === role);
      const person = s ? await signer(s.userId, SIGNER_POSITION[role], row.unit?.id ?? null, people().localToday(new Date(s.at)), org) : null;
      out.push({ role, roleLabel: ROLE_LABEL[role], userId: s?.userId ?? null, name: person?.name ?? null, nip: person?.nip ?? null, position: ROLE_LABEL[role].id, unit: person?.unit ?? null, at: s?.at ?? null });
    }
    return out;
  }

  /** Name (the assignment's official name, else the account's), NIP and unit of a position holder on a day. */
  async function signer(userId: number, position: string, unitId: number | null, date: string, org: People) {
    const user = await people().loadUser(userId);
    const rows: Row[] = await strapi.db.query(uid('position-assignment')).findMany({
      where: { user: { id: userId }, position, startsOn: { $lte: date }, $or: [{ endsOn: { $null: true } }, { endsOn: { $gte: date } }] },
      select: ['officialName', 'nip', 'holding'],
      populate: { unit: { select: ['id', 'name'] } },
    });
    const near = unitId !== null ? signersOf({ ...org, date }, unitId, [position as Position]).find((h) => h.userId === userId) : undefined;
    const a = rows.find((r) => r.unit?.id === near?.unitId) ?? rows[0];
    return { name: a?.officialName?.trim() || userName(user), nip: a?.nip?.trim() || null, unit: a?.unit?.name ?? null };
  }

  return {
    /** Signs the next signature of a form as `user` (POST /ppid/forms/:kind/:documentId/signatures). */
    async sign(kind: FormKind, documentId: string, user: Person, now = new Date()) {
      const type = FORM_TYPE[kind];
      const row = await load(type, documentId);
      const unitId = needUnit(user, row);
      const p = await people().people(now);
      const holds = (role: SignerRole) => signersOf(p, unitId, [SIGNER_POSITION[role]]).some((h) => h.userId === user.id);
      const signatures = signaturesOf(row.signatures);
      const verdict = nextSignature(kind, signatures, user.id, holds, now);
      if (!verdict.ok) refuseVerdict(user, verdict);
      const signature = (verdict as Extract<typeof verdict, { ok: true }>).value;
      const after = [...signatures, signature];
      // Only if nobody signed in between (the stored list is still the one decided on).
      await strapi.db.transaction(async () => {
        const again: Row | null = await strapi.db.query(uid(type)).findOne({ where: { id: row.id }, select: ['signatures'] });
        if (JSON.stringify(signaturesOf(again?.signatures)) !== JSON.stringify(signatures)) {
          throw new WorkflowConflict(inLanguageOf(user, { id: 'Formulir ini baru saja ditandatangani orang lain; muat ulang.', en: 'Somebody else just signed this form; reload it.' }));
        }
        await strapi.db.query(uid(type)).update({ where: { id: row.id }, data: { signatures: after, ...signedFields(kind, after) } });
      });
      return { documentId, kind, complete: after.length === FORM_SIGNERS[kind].length, signatures: await blocks(type, { ...row, signatures: after }, p) };
    },

    /** Records that the minutes were reported to the head (POST /ppid/minutes/:documentId/report). */
    async report(documentId: string, user: Person, now = new Date()) {
      const row = await load('meeting-minute', documentId);
      const unitId = needUnit(user, row);
      const p = await people().people(now);
      const holds = signersOf(p, unitId, REPORT_POSITIONS).some((h) => h.userId === user.id);
      const verdict = reportMinutes(row.reportedToHeadAt ? { at: row.reportedToHeadAt } : null, user.id, holds, now);
      if (!verdict.ok) refuseVerdict(user, verdict);
      const { at } = (verdict as Extract<typeof verdict, { ok: true }>).value;
      const updated: number = await strapi.db.transaction(async () => {
        const res = await strapi.db.query(uid('meeting-minute')).updateMany({ where: { id: row.id, reportedToHeadAt: { $null: true } }, data: { reportedToHeadAt: new Date(at) } });
        if (res.count === 1) await strapi.db.query(uid('meeting-minute')).update({ where: { id: row.id }, data: { reportedToHeadBy: user.id } });
        return res.count;
      });
      if (updated !== 1) refuseVerdict(user, reportMinutes({ at }, user.id, holds, now));
      const held = signersOf(p, unitId, REPORT_POSITIONS).find((h) => h.userId === user.id)!;
      return { documentId, reportedToHeadAt: at, reportedToHeadBy: { id: user.id, name: userName(user), position: held.position } };
    },

    /**
     * A record's printout is for the members of its unit and the holders of the positions that sign
     * (or report) it; super admins read everything. 403 in the person's language otherwise.
     */
    async assertReader(type: RecordType, row: Row, user: Person) {
      if ((user.roles ?? []).some((r) => r.code === 'strapi-super-admin')) return;
      const s = await getService(strapi, 'membership').snapshot();
      const unitId: number | null = row.unit?.id ?? null;
      const member = unitId !== null && membershipOf(s.units, s.assignments, user.id, unitId, s.date) !== null;
      const signs = unitId !== null && signersOf(s, unitId, signingPositions(type)).some((h) => h.userId === user.id);
      if (mayRead({ superAdmin: false, member, signer: signs })) return;
      refuse(
        403,
        inLanguageOf(user, {
          id: 'Rekaman ini hanya dapat dibaca pegawai unitnya dan pemegang jabatan yang menandatanganinya.',
          en: 'This record is for the staff of its unit and the holders of the positions that sign it.',
        })
      );
    },

    /** Whether the backlog item's linked approval form carries every signature it needs (the `signedApprovalForm` requirement). */
    async approvalFormSigned(backlogDocumentId: string): Promise<boolean> {
      const item: Row | null = await strapi.db.query(uid('backlog-item')).findOne({ where: { documentId: backlogDocumentId }, populate: { approvalForm: { select: ['id', 'signatures'] } } });
      return isFullySigned('approval_form', signaturesOf(item?.approvalForm?.signatures));
    },

    load,
    blocks,
    signer,

    /** The block of whoever reported minutes: the reporting position they held for the unit then. */
    async reporter(userId: number, unitId: number | null, at: Date) {
      const p = await people().people(at);
      const held = unitId !== null ? signersOf(p, unitId, REPORT_POSITIONS).find((h) => h.userId === userId) : undefined;
      const position = held?.position ?? REPORT_POSITIONS[0];
      const s = await signer(userId, position, unitId, p.date, p);
      return { position: REPORTER_LABEL[position] ?? position, name: s.name, nip: s.nip };
    },
  };
};
