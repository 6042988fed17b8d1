/**
 * The issued annual service reports (issue 14 point 5): issuing a year's report for an agency (the
 * figures frozen, the PDF generated once and stored), the admin's list of issues, and what the
 * public and the compliance checker read. Who may issue and whether it is a first issue or a
 * correction is decided in requests/report-issue.ts; the people come from the organisation data
 * (request-access `roleIn`), the figures from request-registers `agencyReport`.
 */
import type { Core } from '@strapi/strapi';
import { createHash } from 'node:crypto';
import { PassThrough } from 'stream';
import { DateTime } from 'luxon';
import { uid } from '../content-types/builders';
import { inLanguageOf, refuse, WorkflowConflict } from '../errors';
import { tanggal } from '../dip/export/labels';
import { decideIssue } from '../requests/report-issue';
import { writeServiceReport } from '../requests/registers';
import { adminUrl } from '../../../shared/routes';
import { SERVICE_REPORT_SIGNERS, type IssuedServiceReport, type IssueServiceReportInput } from '../../../shared/service-reports';
import { getService, iso } from '../utils';
import { holders, userName, type User } from './workflow-people';

type Row = Record<string, any>;
type Person = User & { preferedLanguage?: string | null };
type Agency = { id: number; documentId: string; code: string; name: string };

const SR = uid('service-report');
const UNIT = uid('unit');
const AGENCY = { select: ['id', 'documentId', 'code', 'name'] };
const PERSON = { select: ['id', 'firstname', 'lastname', 'username'] };
/** Everything but the stored PDF. */
const FIELDS = ['id', 'documentId', 'year', 'revision', 'state', 'figures', 'pdfSha256', 'pdfBytes', 'issuedAt', 'publishedAt', 'signerPosition', 'signerName', 'reason', 'note', 'supersededAt'];

const isUniqueViolation = (e: unknown) => /unique|duplicate/i.test(String((e as Error)?.message ?? '')) || (e as { code?: string })?.code === '23505';

/** Collects a stream into one buffer. */
async function toBuffer(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zone = () => strapi.config.get('plugin::ppid.timezone') as string;
  const access = () => getService(strapi, 'request-access');
  const docs = () => getService(strapi, 'request-documents');
  const registers = () => getService(strapi, 'request-registers');

  /** The agencies (root units) where `user` holds a signing position today. */
  async function signsFor(user: Person, now = new Date()): Promise<Agency[]> {
    const p = await getService(strapi, 'workflow-people').people(now);
    const roots = [...p.units.values()].filter((u) => u.parentId === null).map((u) => u.id);
    const ids = roots.filter((id) => SERVICE_REPORT_SIGNERS.some((pos) => holders(p, id, pos).some((h) => h.userId === user.id)));
    if (!ids.length) return [];
    return strapi.db.query(UNIT).findMany({ where: { id: { $in: ids } }, ...AGENCY, orderBy: { name: 'asc' } }) as Promise<Agency[]>;
  }

  /** The agency an issue is for: the one named (a root unit's documentId), else the only one the person signs for. */
  async function agencyFor(user: Person, named: string | undefined, now: Date): Promise<Agency> {
    const bad = (id: string, en: string) => refuse(400, inLanguageOf(user, { id, en }), { errors: [{ path: ['agency'], message: en, name: 'ValidationError' }] });
    if (named) {
      const unit: Row | null = await strapi.db.query(UNIT).findOne({ where: { documentId: named }, ...AGENCY, populate: { parent: { select: ['id'] } } });
      if (!unit) bad(`Tidak ada unit "${named}"`, `No unit "${named}"`);
      if (unit!.parent) bad(`${unit!.name} bukan badan publik (unit teratas)`, `${unit!.name} is not an agency (a top unit)`);
      return { id: unit!.id, documentId: unit!.documentId, code: unit!.code, name: unit!.name };
    }
    const mine = await signsFor(user, now);
    if (mine.length > 1) bad('Anda menandatangani untuk beberapa badan publik: pilih salah satu', 'You sign for several agencies: name one ("agency")');
    if (mine.length === 1) return mine[0];
    // Nobody to sign for: the decision below answers 403 for the first agency.
    const root: Row | null = await strapi.db.query(UNIT).findOne({ where: { parent: { id: { $null: true } } }, ...AGENCY, orderBy: { id: 'asc' } });
    if (!root) bad('Belum ada badan publik', 'There is no agency yet');
    return root as Agency;
  }

  function view(r: Row): IssuedServiceReport {
    return {
      documentId: r.documentId,
      year: r.year,
      revision: r.revision,
      state: r.state,
      agency: { documentId: r.agency?.documentId ?? '', code: r.agency?.code ?? '', name: r.agency?.name ?? '' },
      issuedAt: iso(r.issuedAt)!,
      issuedBy: r.issuedBy ? userName(r.issuedBy) : null,
      signer: r.signerName ? { position: r.signerPosition ?? '', name: r.signerName } : null,
      reason: r.reason ?? null,
      note: r.note ?? null,
      supersededAt: iso(r.supersededAt),
      pdfSha256: r.pdfSha256,
      file: adminUrl('issuedServiceReportFile', { documentId: r.documentId }),
    };
  }

  async function issue(user: Person, year: number, input: IssueServiceReportInput, now = new Date()): Promise<IssuedServiceReport> {
    const agency = await agencyFor(user, input.agency, now);
    const role = await access().roleIn(user, agency.id, now);
    const key = `${agency.id}:${year}`;
    const current: Row | null = await strapi.db.query(SR).findOne({ where: { currentKey: key }, select: ['id', 'revision'] });
    const thisYear = DateTime.fromJSDate(now, { zone: zone() }).year;
    const verdict = decideIssue({ year, thisYear, positions: role.positions, current: current ? { revision: Number(current.revision) } : null, reason: input.reason });
    if (!verdict.ok) {
      const message = inLanguageOf(user, verdict.reason);
      if (verdict.kind === 'forbidden') refuse(403, message, { reason: verdict.reason.en });
      if (verdict.kind === 'conflict') throw new WorkflowConflict(message, { reason: verdict.reason.en, revision: current?.revision ?? null });
      refuse(400, message, { errors: [{ path: [verdict.field ?? 'year'], message: verdict.reason.en, name: 'ValidationError' }] });
    }
    const ok = verdict as Extract<typeof verdict, { ok: true }>;
    const figures = await registers().agencyReport(agency.id, year, now);
    const letterhead = await docs().letterhead(agency.id);
    const sig = await docs().signer(user, agency.id, now, [ok.signer]);
    const date = tanggal(DateTime.fromJSDate(now, { zone: zone() }).toISODate()!);
    const reason = input.reason?.trim() || null;
    const note = input.note?.trim() || null;
    // The public file: the agency, the figures and the signing position and name; no NIP, no contact.
    const signer = sig ? { position: sig.position, name: sig.name ?? '', date, note: 'Diterbitkan secara elektronik' } : null;
    const pdf = await toBuffer((out) => writeServiceReport('pdf', figures, letterhead, out, { date, revision: ok.revision, reason, note, signer }));
    try {
      const created: Row = await strapi.db.transaction(async () => {
        if (ok.supersedes) {
          const moved = await strapi.db.query(SR).updateMany({ where: { id: current!.id, currentKey: key }, data: { state: 'superseded', currentKey: null, supersededAt: now } });
          if (moved.count !== 1) throw new WorkflowConflict(inLanguageOf(user, { id: 'Laporan ini baru saja diterbitkan ulang oleh orang lain', en: 'Somebody else has just issued this report again' }));
        }
        return strapi.db.query(SR).create({
          data: {
            agency: agency.id,
            year,
            revision: ok.revision,
            state: 'current',
            currentKey: key,
            issueKey: `${key}:${ok.revision}`,
            figures,
            pdfData: pdf.toString('base64'),
            pdfSha256: createHash('sha256').update(pdf).digest('hex'),
            pdfBytes: pdf.length,
            issuedAt: now,
            publishedAt: now,
            issuedBy: user.id,
            signerPosition: sig?.position ?? null,
            signerName: sig?.name ?? null,
            reason,
            note,
            supersedes: ok.supersedes ? current!.id : null,
          },
        });
      });
      return view(await one({ id: created.id }));
    } catch (e) {
      if (isUniqueViolation(e)) throw new WorkflowConflict(inLanguageOf(user, { id: `Laporan tahun ${year} baru saja diterbitkan oleh orang lain`, en: `Somebody else has just issued the ${year} report` }));
      throw e;
    }
  }

  const one = async (where: Row): Promise<Row> =>
    strapi.db.query(SR).findOne({ where, select: FIELDS, populate: { agency: AGENCY, issuedBy: PERSON } });

  /** Every issue (current and superseded) of the agencies the person serves, newest year first. */
  async function issued(user: Person, now = new Date()) {
    const served = await access().servedUnits(user, now);
    if (served !== 'all' && !served.length) await access().assertHandler(user, null, now);
    const rows: Row[] = await strapi.db.query(SR).findMany({
      where: served === 'all' ? {} : { agency: { id: { $in: served } } },
      select: FIELDS,
      populate: { agency: AGENCY, issuedBy: PERSON },
      orderBy: [{ year: 'desc' }, { revision: 'desc' }, { id: 'desc' }],
    });
    const signs = await signsFor(user, now);
    return { data: rows.map(view), meta: { signsFor: signs.map(({ documentId, code, name }) => ({ documentId, code, name })) } };
  }

  /** One issue's stored PDF for the admin (the agencies the person serves). */
  async function adminFile(user: Person, documentId: string) {
    const row: Row | null = await strapi.db.query(SR).findOne({ where: { documentId }, select: ['id', 'year', 'revision', 'pdfData'], populate: { agency: AGENCY } });
    if (!row) refuse(404, inLanguageOf(user, { id: `Tidak ada laporan terbit "${documentId}"`, en: `No issued report "${documentId}"` }));
    const served = await access().servedUnits(user);
    if (served !== 'all' && !served.includes(row!.agency?.id)) await access().assertHandler(user, row!.agency?.id ?? null);
    return { pdf: Buffer.from(row!.pdfData, 'base64'), fileName: fileName(row!) };
  }

  const fileName = (r: Row) => `laporan-layanan-informasi-${String(r.agency?.code ?? '').toLowerCase()}-${r.year}${r.revision > 1 ? `-revisi-${r.revision}` : ''}.pdf`;

  /** The current issues, newest year first (public). */
  const currentIssues = async (): Promise<Row[]> =>
    strapi.db.query(SR).findMany({ where: { state: 'current' }, select: FIELDS, populate: { agency: AGENCY }, orderBy: [{ year: 'desc' }, { issuedAt: 'desc' }, { id: 'desc' }] });

  /** The current issue of `year` (of the agency named by its code): null when none, 'ambiguous' when several agencies issued one. */
  async function currentIssue(year: number, agency?: string, withPdf = false): Promise<Row | null | 'ambiguous'> {
    const rows: Row[] = await strapi.db.query(SR).findMany({
      where: { state: 'current', year, ...(agency ? { agency: { code: agency } } : {}) },
      select: withPdf ? [...FIELDS, 'pdfData'] : FIELDS,
      populate: { agency: AGENCY },
    });
    if (rows.length > 1) return 'ambiguous';
    return rows[0] ?? null;
  }

  return { signsFor, issue, issued, adminFile, fileName, currentIssues, currentIssue };
};
