/**
 * The information service's letters (Strapi glue for requests/letters.ts; the registers and the report
 * are request-registers'): loads the rows, checks who reads them (request-access: only the PPID positions
 * of the request's unit and super admins), and builds the plain models the pure modules draw. Dates
 * are read in the agency's time zone; working days come from the workflow's clock.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { tanggal } from '../dip/export/labels';
import { inLanguageOf, refuse, WorkflowConflict } from '../errors';
import { SERVICE_POSITIONS } from '../requests/access';
import { answerDeadline } from '../requests/deadlines';
import type { Letterhead, LetterModel, LetterResult, Signer } from '../requests/letters';
import { objectionLetter } from '../requests/objection-letters';
import { requestLetter } from '../requests/request-letters';
import type { ObjectionLetter, ObjectionGround, RequestLetter } from '../../../shared/requests';
import { getService } from '../utils';
import { agencyOf } from '../workflow/actors';
import { contactOf } from './request-registers';
import { userName, type User } from './workflow-people';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };

const REQ = uid('info-request');
const OBJ = uid('objection');
const PERSON = { select: ['id', 'firstname', 'lastname', 'username'] };

const POSITION_TITLE: Record<string, string> = {
  ppid_utama: 'PPID Utama',
  ketua_ppid: 'Ketua PPID',
  ppid_pelaksana: 'PPID Pelaksana',
  ppid_pembantu: 'PPID Pembantu',
  kepala: 'Atasan PPID',
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zone = () => strapi.config.get('plugin::ppid.timezone') as string;
  const clock = () => getService(strapi, 'workflow-clock').clock();
  const access = () => getService(strapi, 'request-access');
  const localDay = (v: unknown) => (v ? (DateTime.fromJSDate(new Date(v as string), { zone: zone() }).toISODate() as string) : null);
  const day = (v: unknown) => (v ? tanggal(localDay(v)) : null);
  const dayOf = (v: unknown) => (v ? tanggal(String(v).slice(0, 10)) : null);

  /** The agency (top of the unit chain) of a unit: the letterhead. */
  async function letterhead(unitId: number | null | undefined): Promise<Letterhead | null> {
    if (!unitId) return null;
    const org = await getService(strapi, 'membership').snapshot();
    const agencyId = agencyOf(org.units, unitId);
    if (agencyId === null) return null;
    const agency: Row | null = await strapi.db.query(uid('unit')).findOne({ where: { id: agencyId }, select: ['name', 'address'] });
    return agency ? { name: agency.name, address: agency.address ?? null } : null;
  }

  /** A service position's signature block: the assignment's official name and NIP on `date`, preferring the unit. */
  async function signer(user: Row | null | undefined, unitId: number | null, at: unknown, only?: string[]): Promise<Signer | null> {
    if (!user?.id) return null;
    const date = localDay(at ?? new Date())!;
    const rows: Row[] = await strapi.db.query(uid('position-assignment')).findMany({
      where: { user: { id: user.id }, position: { $in: only ?? [...SERVICE_POSITIONS] }, startsOn: { $lte: date }, $or: [{ endsOn: { $null: true } }, { endsOn: { $gte: date } }] },
      select: ['officialName', 'nip', 'position'],
      populate: { unit: { select: ['id'] } },
    });
    const a = rows.find((r) => r.unit?.id === unitId) ?? rows[0];
    const position = a ? POSITION_TITLE[a.position] ?? a.position : only?.includes('kepala') ? 'Atasan PPID' : 'Pejabat Pengelola Informasi dan Dokumentasi';
    return { position, name: a?.officialName?.trim() || userName(user as User), nip: a?.nip?.trim() || null };
  }

  const requestRow = (documentId: string): Promise<Row | null> =>
    strapi.db.query(REQ).findOne({
      where: { documentId },
      populate: { unit: { select: ['id', 'name'] }, exclusion: true, receivedBy: PERSON, signedBy: PERSON, extendedBy: PERSON, objections: { select: ['registrationNumber'] } },
    });

  async function loadRequest(documentId: string, user: Person): Promise<Row> {
    const row = await requestRow(documentId);
    if (!row) refuse(404, `Tidak ada permohonan "${documentId}" / no request "${documentId}"`);
    await access().assertHandler(user, row!.unit?.id ?? null);
    return row!;
  }

  const contact = contactOf;

  function requestFacts(r: Row) {
    const c = clock();
    const received = new Date(r.receivedAt);
    return {
      registrationNumber: r.registrationNumber,
      receivedOn: day(r.receivedAt)!,
      channel: r.channel,
      requesterName: r.requesterName,
      onBehalfOf: r.onBehalfOf ?? null,
      address: r.identityErasedAt ? null : r.address,
      contact: contact(r),
      informationRequested: r.informationRequested,
      purpose: r.purpose,
      informationForm: r.informationForm,
      deliveryMethod: r.deliveryMethod,
      dueOn: tanggal(r.dueOn ? String(r.dueOn).slice(0, 10) : answerDeadline(c, received, r.extensionDays ?? 0).dueOn),
      firstDueOn: tanggal(answerDeadline(c, received, 0).dueOn),
      extensionDays: r.extensionDays ?? 0,
      extensionReason: r.extensionReason,
      extendedOn: day(r.extendedAt),
      missingItems: r.missingItems,
      completeBy: dayOf(r.completeBy),
      outcome: r.outcome ?? null,
      noticeNumber: r.noticeNumber,
      noticeBody: r.noticeBody,
      noticeOn: r.outcome ? day(r.signedAt) : null,
      refusalArticle: r.refusalArticle ?? r.exclusion?.article17Letter ?? null,
      exclusion: r.exclusion
        ? { title: r.exclusion.title, legalBasis: r.exclusion.legalBasis, consequenceIfOpened: r.exclusion.consequenceIfOpened, consequenceIfClosed: r.exclusion.consequenceIfClosed, testedOn: dayOf(r.exclusion.testedOn) }
        : null,
      referralBody: r.referralBody,
      fee: r.fee,
      closedOn: day(r.closedAt),
    };
  }

  /** Answers a letter that does not apply (yet) with 409 and its reason. */
  function applies(user: Person, result: LetterResult): LetterModel {
    if (!result.ok) throw new WorkflowConflict(inLanguageOf(user, result.reason), { reason: result.reason.en });
    return result.letter;
  }

  /** A request's letter from its row; `forMail`: without the address and contact (the e-mail carries no identity data). */
  async function buildRequestLetter(r: Row, kind: RequestLetter, now: Date, forMail = false): Promise<LetterResult> {
    const unitId = r.unit?.id ?? null;
    const who = kind === 'receipt' ? r.receivedBy : kind === 'extension' ? r.extendedBy ?? r.signedBy : r.signedBy;
    const at = kind === 'receipt' ? r.receivedAt : kind === 'extension' ? r.extendedAt : r.signedAt;
    const sig = await signer(who, unitId, at);
    if (sig && at) sig.note = `Ditandatangani secara elektronik ${DateTime.fromJSDate(new Date(at), { zone: zone() }).toFormat('dd/MM/yyyy HH:mm')}`;
    const facts = { ...requestFacts(r), ...(forMail ? { address: null, contact: null } : {}) };
    return requestLetter(kind, facts, { agency: await letterhead(unitId), signer: sig, today: tanggal(localDay(now)) });
  }

  async function requestLetterModel(documentId: string, kind: RequestLetter, user: Person, now = new Date()): Promise<LetterModel> {
    return applies(user, await buildRequestLetter(await loadRequest(documentId, user), kind, now));
  }

  /**
   * A letter as a requester's e-mail attaches it (services/requester-mail.ts, a trusted caller: no
   * access check), without the address and contact; null when it does not apply (yet).
   */
  async function mailLetter(subject: 'info-request' | 'objection', documentId: string, kind: string, now = new Date()): Promise<LetterModel | null> {
    if (subject === 'objection') {
      const result = await buildObjectionLetter(documentId, kind as ObjectionLetter, now, true);
      return result?.ok ? result.letter : null;
    }
    const r = await requestRow(documentId);
    const result = r ? await buildRequestLetter(r, kind as RequestLetter, now, true) : null;
    return result?.ok ? result.letter : null;
  }

  async function objectionLetterModel(documentId: string, kind: ObjectionLetter, user: Person, now = new Date()): Promise<LetterModel> {
    const result = await buildObjectionLetter(documentId, kind, now, false, async (unitId) => {
      await access().assertHandler(user, unitId);
    });
    if (!result) refuse(404, `Tidak ada keberatan "${documentId}" / no objection "${documentId}"`);
    return applies(user, result!);
  }

  /** An objection's letter (null when there is no such objection); `check` runs on its unit first. */
  async function buildObjectionLetter(documentId: string, kind: ObjectionLetter, now: Date, forMail: boolean, check?: (unitId: number | null) => Promise<void>): Promise<LetterResult | null> {
    const o: Row | null = await strapi.db.query(OBJ).findOne({
      where: { documentId },
      populate: { unit: { select: ['id'] }, request: true, receivedBy: PERSON, decidedBy: PERSON },
    });
    if (!o) return null;
    await check?.(o.unit?.id ?? null);
    const r: Row = o!.request ?? {};
    const unitId = o!.unit?.id ?? null;
    const sig = kind === 'receipt' ? await signer(o!.receivedBy, unitId, o!.filedAt) : await signer(o!.decidedBy, unitId, o!.decidedAt, ['kepala']);
    const facts = {
      registrationNumber: o!.registrationNumber,
      requestNumber: r.registrationNumber ?? '-',
      filedOn: day(o!.filedAt)!,
      requesterName: r.requesterName ?? '-',
      address: r.identityErasedAt || forMail ? null : r.address,
      contact: forMail ? null : contact(r),
      informationRequested: r.informationRequested ?? '-',
      grounds: (Array.isArray(o!.grounds) ? o!.grounds : []) as ObjectionGround[],
      reasons: o!.reasons,
      dueOn: dayOf(o!.dueOn) ?? '-',
      ppidResponse: o!.ppidResponse,
      decision: o!.decision ?? null,
      decisionNumber: o!.decisionNumber,
      decisionBody: o!.decisionBody,
      decidedOn: day(o!.decidedAt),
    };
    return objectionLetter(kind, facts, { agency: await letterhead(unitId), signer: sig, today: tanggal(localDay(now)) });
  }

  return { requestLetterModel, objectionLetterModel, mailLetter, letterhead, signer };
};
