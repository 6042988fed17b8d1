/**
 * Downloads of the DIP and the list of excluded information (PDF, XLSX, CSV), public and admin.
 * Thin: check the parameters, find the data (dip/export/source.ts), stream the file
 * (dip/export/index.ts) into the response.
 *
 * Public:  GET /api/ppid/dip/editions/:year.(pdf|xlsx|csv)   the enacted edition of the year
 *          GET /api/ppid/excluded.(pdf|xlsx|csv)             the current published excluded list
 * Admin:   GET /ppid/dip/editions/:documentId/export.(pdf|xlsx|csv)   any edition with a snapshot
 *          GET /ppid/excluded/export.(pdf|xlsx|csv)
 * CSV takes `?delimiter=semicolon` (default: Excel in an Indonesian locale) or `?delimiter=comma`.
 */
import type { Core } from '@strapi/strapi';
import type { PassThrough } from 'stream';
import { refuse } from '../errors';
import { CONTENT_TYPES, EXPORT_FORMATS, exportEdition, exportExcluded, fileName, type EditionSnapshot, type ExcludedList, type ExportFormat } from '../dip/export';
import { snapshotOf, sources } from '../dip/export/source';
import { streamAttachment, type Audience, type Ctx } from './http';
import { documentIdParam } from './session';

function format(ctx: Ctx): ExportFormat {
  const f = ctx.params.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(f)) refuse(400, `Format "${String(f).slice(0, 10)}" tidak dikenal / unknown format: pdf, xlsx or csv`, { parameter: 'format' });
  return f;
}

function options(ctx: Ctx, allowed: string[]) {
  for (const key of Object.keys(ctx.query ?? {})) {
    if (!allowed.includes(key)) refuse(400, `Parameter "${key.slice(0, 40)}" tidak dikenal / unknown parameter`, { parameter: key });
  }
  const d = ctx.query.delimiter;
  if (d !== undefined && d !== 'semicolon' && d !== 'comma') refuse(400, '"delimiter" adalah semicolon atau comma / is semicolon or comma', { parameter: 'delimiter' });
  return { delimiter: d === 'comma' ? (',' as const) : (';' as const) };
}

/** Streams `write(out)` as a download (public files are revalidated, admin ones never stored). */
const send = (ctx: Ctx, audience: Audience, fmt: ExportFormat, name: string, write: (out: PassThrough) => Promise<void>, strapi: Core.Strapi) =>
  streamAttachment(ctx, strapi.log, { filename: name, type: CONTENT_TYPES[fmt], audience, what: `export ${name}` }, write);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const src = () => sources(strapi);

  const sendEdition = (ctx: Ctx, audience: Audience, fmt: ExportFormat, snapshot: EditionSnapshot, stem: string, delimiter: ';' | ',') =>
    send(ctx, audience, fmt, fileName(stem, fmt), (out) => exportEdition(fmt, snapshot, out, { delimiter }), strapi);

  /** The excluded list as a download: the signed list of a year will call this with its list. */
  const sendExcluded = (ctx: Ctx, audience: Audience, fmt: ExportFormat, list: ExcludedList, delimiter: ';' | ',') =>
    send(ctx, audience, fmt, fileName(list.year ? `informasi-dikecualikan-${list.year}` : `informasi-dikecualikan-${list.asOf}`, fmt), (out) => exportExcluded(fmt, list, out, { delimiter }), strapi);

  return {
    sendExcluded,

    async publicEditionFile(ctx: Ctx) {
      const fmt = format(ctx);
      const { delimiter } = options(ctx, ['delimiter', 'agency']);
      const year = Number(ctx.params.year);
      if (!Number.isInteger(year) || year < 1945 || year > 2200) refuse(400, 'Tahun tidak sah / invalid year', { parameter: 'year' });
      const agency = ctx.query.agency;
      if (agency !== undefined && (typeof agency !== 'string' || !/^[A-Za-z0-9_.-]{1,40}$/.test(agency))) refuse(400, '"agency" adalah kode unit / is a unit code', { parameter: 'agency' });
      const edition = await src().enactedEdition(year, agency as string | undefined);
      if (edition === 'ambiguous') refuse(400, 'Beberapa badan publik menetapkan DIP tahun ini: sebutkan ?agency=KODE / several agencies enacted a DIP this year: name ?agency=CODE', { parameter: 'agency' });
      if (!edition || !edition.snapshot) refuse(404, `Belum ada DIP yang ditetapkan untuk tahun ${year} / no enacted DIP for ${year}`);
      const code = edition.agency?.code ? `-${String(edition.agency.code).toLowerCase()}` : '';
      sendEdition(ctx, 'public', fmt, await src().publicSnapshot(edition), `dip${code}-${year}`, delimiter);
    },

    async publicExcludedFile(ctx: Ctx) {
      const fmt = format(ctx);
      const { delimiter } = options(ctx, ['delimiter']);
      sendExcluded(ctx, 'public', fmt, src().currentExcluded(), delimiter);
    },

    async adminEditionFile(ctx: Ctx) {
      const fmt = format(ctx);
      const { delimiter } = options(ctx, ['delimiter']);
      const id = documentIdParam(ctx);
      const edition = await src().edition(id);
      if (!edition) refuse(404, 'Edisi DIP tidak ditemukan / DIP edition not found');
      if (!edition.snapshot) refuse(400, 'Edisi ini belum ditetapkan: belum ada isi yang dibekukan / this edition is not enacted yet: it has no frozen content');
      sendEdition(ctx, 'admin', fmt, snapshotOf(edition), `dip-${edition.year}-${edition.state}`, delimiter);
    },

    async adminExcludedFile(ctx: Ctx) {
      const fmt = format(ctx);
      const { delimiter } = options(ctx, ['delimiter']);
      sendExcluded(ctx, 'admin', fmt, src().currentExcluded(), delimiter);
    },
  };
};
