/**
 * Registering requests for information and objections (issue 14), at the desk and from the public
 * form, and what the public tracking page reads. The rules are pure (requests/intake.ts,
 * deadlines.ts, registration.ts, public-status.ts); this is the Strapi glue: the PPID unit, the
 * register's running number, the row and its workflow instance, the identity document (kept in the
 * plugin's private file store: services/identity-documents.ts).
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { type RequestChannel } from '../../../shared/requests';
import { uid } from '../content-types/builders';
import { refuse, WorkflowConflict, type Text } from '../errors';
import { answerDeadline, deadline, OBJECTION_ANSWER_WORKING_DAYS } from '../requests/deadlines';
import { normaliseIdentityNumber, objectionFiling, type ObjectionInput, type RequestInput } from '../requests/intake';
import { objectionStatus, requestStatus } from '../requests/public-status';
import { formatRegistration, newCheckCode, parseRegistration, type RegistrationKind } from '../requests/registration';
import { sameText } from '../requests/spam';
import { getConfig, getService } from '../utils';
import { asSystem } from '../workflow/context';
import { SUBJECTS } from '../workflow/subjects';
import type { IncomingFile } from './identity-documents';
import type { User } from './workflow-people';

type Row = Record<string, any>;

const REQUEST = uid('info-request');
const OBJECTION = uid('objection');
const UNIT = uid('unit');
const ATTEMPTS = 5;

export interface IntakeOptions {
  channel: RequestChannel;
  by: User | null;
  now: Date;
}

/** Both languages in one message, for callers without an admin language (the public). */
export const bilingual = (t: Text) => `${t.id} / ${t.en}`;

const NOT_FOUND: Text = { id: 'Nomor registrasi tidak ditemukan', en: 'No request or objection with this registration number' };
const isUniqueViolation = (e: unknown) => /unique|duplicate/i.test(String((e as Error)?.message ?? '')) || (e as { code?: string })?.code === '23505';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => getService(strapi, 'workflow-clock').clock();
  const timezone = () => getConfig(strapi).timezone;

  /** The PPID's unit: the agency at the root of the organisation (kind agency, no parent, active). */
  async function ppidUnit(): Promise<Row> {
    const [unit] = await strapi.db.query(UNIT).findMany({ where: { kind: 'agency', parent: { id: { $null: true } }, active: { $ne: false } }, select: ['id', 'documentId', 'code', 'name'], orderBy: { id: 'asc' }, limit: 1 });
    if (!unit) {
      throw new WorkflowConflict(
        bilingual({ id: 'Unit PPID belum ada: buat unit badan publik (jenis agency, tanpa induk, aktif) lebih dahulu', en: 'There is no PPID unit yet: create the agency unit (kind agency, no parent, active) first' }),
      );
    }
    return unit;
  }

  /** Creates a row with the register's next number for its year, retrying when another took it first. */
  async function createNumbered(kind: RegistrationKind, model: string, at: Date, data: Row): Promise<Row> {
    const year = DateTime.fromJSDate(at, { zone: timezone() }).year;
    for (let attempt = 1; ; attempt++) {
      const [last] = await strapi.db.query(model).findMany({ where: { year }, select: ['sequence'], orderBy: { sequence: 'desc' }, limit: 1 });
      const sequence = (last?.sequence ?? 0) + 1;
      const registrationNumber = formatRegistration({ kind, year, sequence, check: newCheckCode() });
      try {
        return await strapi.db.transaction(() => asSystem(() => strapi.documents(model as any).create({ data: { ...data, registrationNumber, year, sequence } } as any)));
      } catch (error) {
        if (attempt >= ATTEMPTS || !isUniqueViolation(error)) throw error;
      }
    }
  }

  /** Registers a request: its number, the deadline on the agency's clock, state registered, its workflow. */
  async function registerRequest(input: RequestInput & { receivedAt?: Date | null }, opts: IntakeOptions & { identityDocument?: IncomingFile | null }) {
    const unit = await ppidUnit();
    const receivedAt = input.receivedAt ?? opts.now;
    const due = answerDeadline(clock(), receivedAt);
    const { receivedAt: _ignored, ...fields } = input as RequestInput & { receivedAt?: unknown };
    const identity = getService(strapi, 'identity-documents');
    const file = opts.identityDocument ? await identity.keep(opts.identityDocument) : null;
    let created: Row;
    try {
      created = await createNumbered('request', REQUEST, receivedAt, {
        ...fields,
        channel: opts.channel,
        receivedAt,
        receivedBy: opts.by ? { connect: [{ id: opts.by.id }] } : undefined,
        unit: { connect: [{ id: unit.id }] },
        ...(file ?? {}),
        state: 'registered',
        dueOn: due.dueOn,
        dueAt: due.dueAt,
        extensionDays: 0,
      });
    } catch (error) {
      await identity.discard(file?.identityFileKey);
      throw error;
    }
    await getService(strapi, 'workflow-instances').startFor(SUBJECTS['info-request'], created.documentId, opts.by, opts.now);
    await getService(strapi, 'requester-mail').tellSafely('registered', created.documentId, opts.now);
    return { documentId: created.documentId as string, registrationNumber: created.registrationNumber as string, receivedAt: receivedAt.toISOString(), receivedOn: localDate(receivedAt), dueOn: due.dueOn, dueAt: due.dueAt.toISOString() };
  }

  const localDate = (at: Date) => DateTime.fromJSDate(at, { zone: timezone() }).toISODate() as string;

  /** The request with what deciding on an objection needs; null when there is none. */
  async function requestRow(where: Row): Promise<Row | null> {
    return strapi.db.query(REQUEST).findOne({ where, populate: { unit: { select: ['id', 'code', 'name'] }, objections: { select: ['id', 'documentId', 'registrationNumber', 'state', 'filedAt', 'dueOn', 'decidedAt'] } } });
  }

  /** Whether the requester may object to a request now, and by when (requests/intake.ts `objectionFiling`); the request row with its objections' states. */
  function filing(request: Row, now: Date) {
    const receivedAt = new Date(request.receivedAt);
    const dueAt = request.dueAt ? new Date(request.dueAt) : answerDeadline(clock(), receivedAt, request.extensionDays ?? 0).dueAt;
    const at = (v: unknown) => (v ? new Date(v as string) : null);
    return objectionFiling(
      clock(),
      { receivedAt, extensionDays: request.extensionDays ?? 0, signedAt: at(request.signedAt), deliveredAt: at(request.deliveredAt), closedAt: at(request.closedAt), objectionStates: (request.objections ?? []).map((o: Row) => o.state) },
      now,
      dueAt,
    );
  }

  /** The request a desk objection is for (404 when none); the caller checks who may register it. */
  async function requestFor(documentId: string): Promise<Row> {
    const request = await requestRow({ documentId });
    if (!request) refuse(404, bilingual({ id: `Permohonan "${documentId}" tidak ditemukan`, en: `No request with documentId "${documentId}"` }));
    return request;
  }

  /** Registers an objection to a request: 409 while another is undecided or once the filing window has passed. */
  async function registerObjection(request: Row, input: ObjectionInput, opts: IntakeOptions) {
    const verdict = filing(request, opts.now);
    if (!verdict.ok) throw new WorkflowConflict(bilingual(verdict.message), { reason: verdict.reason });
    const due = deadline(clock(), opts.now, OBJECTION_ANSWER_WORKING_DAYS);
    const created = await createNumbered('objection', OBJECTION, opts.now, {
      request: { connect: [{ id: request.id }] },
      unit: { connect: [{ id: request.unit?.id ?? (await ppidUnit()).id }] },
      channel: opts.channel,
      filedAt: opts.now,
      receivedBy: opts.by ? { connect: [{ id: opts.by.id }] } : undefined,
      grounds: input.grounds,
      reasons: input.reasons,
      state: 'registered',
      dueOn: due.dueOn,
      dueAt: due.dueAt,
    });
    await getService(strapi, 'workflow-instances').startFor(SUBJECTS.objection, created.documentId, opts.by, opts.now);
    await getService(strapi, 'requester-mail').tellSafely('objection-registered', created.documentId, opts.now);
    return { documentId: created.documentId as string, registrationNumber: created.registrationNumber as string, filedOn: localDate(opts.now), dueOn: due.dueOn, dueAt: due.dueAt.toISOString() };
  }

  /** The row behind a typed number: looked up by year and running number, the whole number compared in constant time. */
  async function byNumber(number: unknown): Promise<{ kind: RegistrationKind; row: Row } | null> {
    const parsed = parseRegistration(number);
    if (!parsed) return null;
    const row = parsed.kind === 'request' ? await requestRow({ year: parsed.year, sequence: parsed.sequence }) : await strapi.db.query(OBJECTION).findOne({ where: { year: parsed.year, sequence: parsed.sequence } });
    if (!row || !sameText(String(row.registrationNumber), formatRegistration(parsed))) return null;
    return { kind: parsed.kind, row };
  }

  /** The tracking page's answer for a number: status and dates only; 404 (the same) for unknown and wrong numbers. */
  async function publicStatus(number: unknown, now: Date) {
    const found = await byNumber(number);
    if (!found) refuse(404, bilingual(NOT_FOUND));
    if (found.kind === 'objection') return objectionStatus(found.row, timezone());
    const canObject = !found.row.identityErasedAt && filing(found.row, now).ok;
    return requestStatus(found.row, found.row.objections ?? [], canObject, timezone());
  }

  /** An objection from the tracking page: the identity number must be the one registered (else the same 404). */
  async function objectFromTracking(number: unknown, input: ObjectionInput & { identityNumber: string }, now: Date) {
    const found = await byNumber(number);
    const matches = !!found && found.kind === 'request' && !found.row.identityErasedAt && sameText(normaliseIdentityNumber(String(found.row.identityNumber ?? '')), normaliseIdentityNumber(input.identityNumber));
    if (!found || !matches) refuse(404, bilingual(NOT_FOUND));
    return registerObjection(found.row, { grounds: input.grounds, reasons: input.reasons }, { channel: 'website', by: null, now });
  }

  return { ppidUnit, registerRequest, registerObjection, requestFor, publicStatus, objectFromTracking, filing };
};
