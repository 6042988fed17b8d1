/**
 * The information service's documents (admin; `requests.handle` + the request-access check in the
 * service). Thin: parse, call services/request-documents.ts, stream the file.
 *   GET /ppid/requests/:documentId/letters/:letter.pdf       (receipt, notice, extension, refusal, incomplete)
 *   GET /ppid/requests/:documentId/identity-document         (the requester's identity document, private store)
 *   GET /ppid/objections/:documentId/letters/:letter.pdf     (receipt, decision)
 *   GET /ppid/registers/requests.:format?year=|from=&to=&state=, GET /ppid/registers/objections.:format
 *   GET /ppid/reports/service/:year, GET /ppid/reports/service/:year/report.:format
 * A letter that does not apply yet answers 409 with its reason.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import type { PassThrough } from 'stream';
import { z } from 'zod';
import { answeringConflicts, refuse } from '../errors';
import { letterPdf } from '../requests/letters';
import { OBJECTION_REGISTER_COLUMNS, REQUEST_REGISTER_COLUMNS, writeRegister, writeServiceReport, type RegisterFormat } from '../requests/registers';
import { OBJECTION_LETTERS, OBJECTION_STATES, REQUEST_LETTERS, REQUEST_STATES, type ObjectionLetter, type RequestLetter } from '../../../shared/requests';
import { tanggal } from '../dip/export/labels';
import { getService } from '../utils';
import { attachment, dashedFileName, streamAttachment, type Ctx } from './http';
import { documentIdParam, sessionUser } from './session';
import { parse } from './parse';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;
const day = z.string().refine(isDay, 'A date YYYY-MM-DD');
const year = z.coerce.number().int().min(2000).max(9999);

const registerQuery = (states: readonly string[]) =>
  z
    .strictObject({ year: year.optional(), from: day.optional(), to: day.optional(), state: z.enum(states as [string, ...string[]]).optional() })
    .refine((q) => !(q.year && (q.from || q.to)), { message: 'Give either a year or from/to, not both', path: ['year'] })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = () => getService(strapi, 'request-documents');
  const registers = () => getService(strapi, 'request-registers');
  const zone = () => strapi.config.get('plugin::ppid.timezone') as string;

  const send = (ctx: Ctx, format: string, file: string, write: (out: PassThrough) => Promise<void>) =>
    streamAttachment(ctx, strapi.log, { filename: dashedFileName(file), type: TYPES[format], audience: 'admin', what: file }, write);

  async function letter(ctx: Ctx, kinds: readonly string[], build: (user: any, kind: string) => Promise<any>) {
    parse(z.strictObject({}), ctx.query, 'query');
    documentIdParam(ctx);
    const user = await sessionUser(strapi, ctx);
    const kind = ctx.params.letter;
    if (!kinds.includes(kind)) refuse(404, `Unknown letter "${kind}"`);
    await answeringConflicts(ctx, async () => {
      const model = await build(user, kind);
      send(ctx, 'pdf', model.fileName, (out) => letterPdf(model, out));
    });
  }

  /** The period asked: a year, from/to, or (by default) this year. */
  function period(q: { year?: number; from?: string; to?: string; state?: string }) {
    const thisYear = DateTime.now().setZone(zone()).year;
    const y = q.year ?? (q.from || q.to ? null : thisYear);
    const from = y ? `${y}-01-01` : q.from ?? '2000-01-01';
    const to = y ? `${y}-12-31` : q.to ?? DateTime.now().setZone(zone()).toISODate()!;
    const subtitle = y ? `Tahun ${y}` : `Periode ${tanggal(from)} s.d. ${tanggal(to)}`;
    return { from, to, state: q.state, subtitle, stem: y ? String(y) : `${from}_${to}` };
  }

  async function register(ctx: Ctx, kind: 'requests' | 'objections') {
    const q = parse(registerQuery(kind === 'requests' ? REQUEST_STATES : OBJECTION_STATES), ctx.query, 'query');
    const format = ctx.params.format as RegisterFormat;
    if (!TYPES[format]) refuse(404, `Unknown format "${format}"`);
    const user = await sessionUser(strapi, ctx);
    const p = period(q);
    const rows = kind === 'requests' ? await registers().requestRegister(user, p) : await registers().objectionRegister(user, p);
    const agency = await registers().letterhead(user);
    const file = {
      agency,
      title: kind === 'requests' ? 'Register Permohonan Informasi Publik' : 'Register Keberatan',
      subtitle: p.subtitle,
      columns: kind === 'requests' ? REQUEST_REGISTER_COLUMNS : OBJECTION_REGISTER_COLUMNS,
      rows,
    };
    send(ctx, format, `register-${kind === 'requests' ? 'permohonan' : 'keberatan'}-${p.stem}.${format}`, (out) => writeRegister(format, file, out));
  }

  const reportYear = (ctx: Ctx) => parse(z.strictObject({ year }), { year: ctx.params.year }, 'query').year;

  return {
    async requestLetter(ctx: Ctx) {
      await letter(ctx, REQUEST_LETTERS, (user, kind) => docs().requestLetterModel(ctx.params.documentId, kind as RequestLetter, user));
    },
    async objectionLetter(ctx: Ctx) {
      await letter(ctx, OBJECTION_LETTERS, (user, kind) => docs().objectionLetterModel(ctx.params.documentId, kind as ObjectionLetter, user));
    },
    /** The requester's identity document: an attachment, never cached or sniffed (404 when none or erased). */
    async identityDocument(ctx: Ctx) {
      parse(z.strictObject({}), ctx.query, 'query');
      const documentId = documentIdParam(ctx);
      const user = await sessionUser(strapi, ctx);
      const { file, stream } = await getService(strapi, 'identity-documents').download(user, documentId);
      attachment(ctx, { filename: file.name, type: file.mime, length: file.size, audience: 'private', body: stream });
    },
    async requestRegister(ctx: Ctx) {
      await register(ctx, 'requests');
    },
    async objectionRegister(ctx: Ctx) {
      await register(ctx, 'objections');
    },
    async serviceReport(ctx: Ctx) {
      parse(z.strictObject({}), ctx.query, 'query');
      const y = reportYear(ctx);
      const user = await sessionUser(strapi, ctx);
      ctx.body = { data: await registers().report(user, y) };
    },
    async serviceReportFile(ctx: Ctx) {
      parse(z.strictObject({}), ctx.query, 'query');
      const y = reportYear(ctx);
      const format = ctx.params.format as 'pdf' | 'xlsx';
      if (format !== 'pdf' && format !== 'xlsx') refuse(404, `Unknown format "${format}"`);
      const user = await sessionUser(strapi, ctx);
      const report = await registers().report(user, y);
      const agency = await registers().letterhead(user);
      send(ctx, format, `laporan-layanan-informasi-${y}.${format}`, (out) => writeServiceReport(format, report, agency, out));
    },
  };
};
