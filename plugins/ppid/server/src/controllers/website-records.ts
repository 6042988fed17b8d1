/**
 * Admin routes of the web SOP's signed records (issue 11 point 3). Thin: parse, call the service
 * (services/website-records.ts), answer; the printouts gather their data here and are drawn by
 * documents/website-records.ts.
 *   POST /ppid/forms/:kind(update-requests|approval-forms)/:documentId/signatures
 *   POST /ppid/minutes/:documentId/report
 *   GET  /ppid/forms/:kind/:documentId/record.pdf, GET /ppid/minutes/:documentId/record.pdf
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import type { PassThrough } from 'stream';
import { z } from 'zod';
import { uid } from '../content-types/builders';
import { formPdf, minutesPdf, type FormRecord, type Letterhead, type MinutesRecord } from '../documents/website-records';
import { tanggal } from '../dip/export/labels';
import { answeringConflicts } from '../errors';
import { getService } from '../utils';
import { FORM_TYPE, type RecordType } from '../website/records';
import { userName } from '../services/workflow-people';
import { dashedFileName, streamAttachment, type Ctx } from './http';
import { documentIdParam, formKindParam, sessionUser } from './session';
import { parse } from './parse';

type Row = Record<string, any>;

const STATES: Record<string, string> = { proposed: 'Diusulkan', discussed: 'Dibahas', accepted: 'Diterima', in_progress: 'Dikerjakan', in_review: 'Diperiksa', done: 'Selesai', rejected: 'Ditolak' };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => getService(strapi, 'website-records');
  const zone = () => strapi.config.get('plugin::ppid.timezone') as string;
  const local = (v: unknown) => (v ? DateTime.fromJSDate(new Date(v as string), { zone: zone() }) : null);
  const when = (v: unknown) => local(v)?.toFormat('dd/MM/yyyy HH:mm') ?? null;
  const day = (v: unknown) => (local(v) ? tanggal(local(v)!.toISODate()) : null);
  const person = (u: Row | null | undefined) => (u ? userName(u as any) : null);

  /** The person behind the request, after the route's checks: no query parameters, a sane documentId. */
  async function caller(ctx: Ctx) {
    parse(z.strictObject({}), ctx.query, 'query');
    documentIdParam(ctx);
    return sessionUser(strapi, ctx);
  }

  /** The letterhead: the agency (top of the unit chain) of the record's unit, as on the information service's letters. */
  const letterhead = (unitId: number | null | undefined): Promise<Letterhead | null> => getService(strapi, 'request-documents').letterhead(unitId);

  const send = (ctx: Ctx, file: string, write: (out: PassThrough) => Promise<void>) =>
    streamAttachment(ctx, strapi.log, { filename: dashedFileName(file), type: 'application/pdf', audience: 'admin', what: file }, write);

  async function readable(type: RecordType, ctx: Ctx): Promise<Row> {
    const user = await caller(ctx);
    const row = await records().load(type, ctx.params.documentId);
    await records().assertReader(type, row, user);
    return row;
  }

  return {
    async sign(ctx: Ctx) {
      const user = await caller(ctx);
      const kind = formKindParam(ctx);
      parse(z.strictObject({}), ctx.request.body, 'body');
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await records().sign(kind, ctx.params.documentId, user) };
      });
    },

    async report(ctx: Ctx) {
      const user = await caller(ctx);
      parse(z.strictObject({}), ctx.request.body, 'body');
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await records().report(ctx.params.documentId, user) };
      });
    },

    async minutesRecord(ctx: Ctx) {
      const row = await readable('meeting-minute', ctx);
      const full: Row = await strapi.db.query(uid('meeting-minute')).findOne({
        where: { id: row.id },
        populate: {
          chair: { select: ['firstname', 'lastname', 'username'] },
          secretary: { select: ['firstname', 'lastname', 'username'] },
          reportedToHeadBy: { select: ['id'] },
          backlogItems: { select: ['title', 'state', 'dueOn'], orderBy: { id: 'asc' } },
        },
      });
      let reported: MinutesRecord['reported'] = null;
      if (full.reportedToHeadAt && full.reportedToHeadBy?.id) {
        const s = await records().reporter(full.reportedToHeadBy.id, row.unit?.id ?? null, new Date(full.reportedToHeadAt));
        reported = { at: when(full.reportedToHeadAt)!, by: { ...s, date: day(full.reportedToHeadAt), note: `Dilaporkan kepada pimpinan ${when(full.reportedToHeadAt)}` } };
      }
      const record: MinutesRecord = {
        agency: await letterhead(row.unit?.id),
        title: full.title,
        unit: row.unit?.name ?? null,
        meetingDate: `${local(full.meetingAt)?.setLocale('id').toFormat('cccc') ?? ''}, ${day(full.meetingAt) ?? '-'}`,
        meetingTime: local(full.meetingAt)?.toFormat('HH:mm') ?? null,
        place: full.location ?? '',
        chair: person(full.chair),
        secretary: person(full.secretary),
        attendees: Array.isArray(full.attendees) ? full.attendees : [],
        agenda: full.agenda ?? '',
        discussion: full.discussion ?? null,
        decisions: full.decisions ?? '',
        followUps: (full.backlogItems ?? []).map((b: Row) => ({ title: b.title, state: STATES[b.state] ?? b.state, dueOn: b.dueOn ? tanggal(String(b.dueOn)) : null })),
        reported,
        printedAt: when(new Date().toISOString())!,
      };
      send(ctx, `notulen-${full.documentId}.pdf`, (out) => minutesPdf(record, out));
    },

    async formRecord(ctx: Ctx) {
      const kind = formKindParam(ctx);
      const type = FORM_TYPE[kind];
      const row = await readable(type, ctx);
      const people = ['requestedBy', 'developer', 'checkedBy', 'operator', 'approvedBy'];
      const attributes = strapi.getModel(uid(type) as any).attributes as Row;
      const populate = Object.fromEntries(people.filter((f) => attributes[f]).map((f) => [f, { select: ['firstname', 'lastname', 'username'] }]));
      const full: Row = await strapi.db.query(uid(type)).findOne({ where: { id: row.id }, populate });
      const blocks = await records().blocks(type, full);
      const fields: FormRecord['fields'] =
        kind === 'update_request'
          ? [
              ['Unit', row.unit?.name],
              ['Tanggal permintaan', full.requestedOn ? tanggal(String(full.requestedOn)) : null],
              ['Diminta oleh', person(full.requestedBy)],
              ['Halaman', full.pageUrl],
              ['Web Developer', person(full.developer)],
              ['Status', full.state],
            ]
          : [
              ['Unit', row.unit?.name],
              ['Tanggal pengajuan', full.submittedOn ? tanggal(String(full.submittedOn)) : null],
              ['Operator', person(full.operator)],
              ['Status', full.state],
            ];
      const record: FormRecord = {
        agency: await letterhead(row.unit?.id),
        heading: kind === 'update_request' ? 'FORMULIR DAFTAR UPDATE KONTEN' : 'FORMULIR PERSETUJUAN',
        number: full.number,
        title: full.title,
        fields,
        description: full.description ?? null,
        signatures: blocks.map((b) => ({
          position: b.unit && b.role === 'koordinator' ? `${b.position}, ${b.unit}` : b.position,
          name: b.name,
          nip: b.nip,
          date: b.at ? day(b.at) : null,
          note: b.at ? `Ditandatangani secara elektronik ${when(b.at)}` : null,
        })),
        printedAt: when(new Date().toISOString())!,
      };
      send(ctx, `${kind === 'update_request' ? 'form-update-konten' : 'form-persetujuan'}-${full.number}.pdf`, (out) => formPdf(record, out));
    },
  };

};
