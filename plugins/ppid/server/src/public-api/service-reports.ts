/**
 * The issued annual service reports on the public API (issue 14 point 5): the current issue per
 * agency and year (a superseded one is no longer served), its figures, and its PDF as issued.
 *   GET /api/ppid/service-reports                   newest year first
 *   GET /api/ppid/service-reports/:year[?agency=CODE]
 *   GET /api/ppid/service-reports/:year.pdf[?agency=CODE]   the stored file, byte for byte
 * The report holds aggregate figures only; the serializer whitelists what is shown (no admin
 * account, no NIP).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attachment, type Ctx } from '../controllers/http';
import { getService } from '../utils';
import { serviceReportDetail, serviceReportSummary } from './serializers';

const CACHE = 'public, no-cache';

function yearOf(raw: string): number {
  if (!/^\d{4}$/.test(raw ?? '')) throw new errors.ValidationError(`Invalid year "${String(raw).slice(0, 20)}": four digits, e.g. 2025`, { parameter: 'year' });
  return Number(raw);
}

function agencyOf(ctx: Ctx): string | undefined {
  const unknown = Object.keys(ctx.query ?? {}).find((k) => k !== 'agency');
  if (unknown !== undefined) throw new errors.ValidationError(`Unknown query parameter "${unknown.slice(0, 40)}". This endpoint takes only "agency"`, { parameter: unknown });
  const agency = ctx.query.agency;
  if (agency !== undefined && (typeof agency !== 'string' || !/^[A-Za-z0-9_.-]{1,40}$/.test(agency))) throw new errors.ValidationError('"agency" is a unit code', { parameter: 'agency' });
  return agency as string | undefined;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => getService(strapi, 'service-reports');

  async function find(ctx: Ctx, withPdf: boolean) {
    const year = yearOf(ctx.params.year);
    const agency = agencyOf(ctx);
    const row = await reports().currentIssue(year, agency, withPdf);
    if (row === 'ambiguous') throw new errors.ValidationError('Several agencies issued a report for this year: name one with ?agency=CODE', { parameter: 'agency' });
    if (!row) throw new errors.NotFoundError(`Belum ada laporan layanan informasi publik yang diterbitkan untuk tahun ${year} / no service report issued for ${year}`);
    return { row, agency };
  }

  return {
    async serviceReports(ctx: Ctx) {
      const key = Object.keys(ctx.query ?? {})[0];
      if (key !== undefined) throw new errors.ValidationError(`Unknown query parameter "${key.slice(0, 40)}". This endpoint takes none`, { parameter: key });
      const rows = await reports().currentIssues();
      const perYear = new Map<number, number>();
      for (const r of rows) perYear.set(r.year, (perYear.get(r.year) ?? 0) + 1);
      const data = rows.map((r) => serviceReportSummary(r, (perYear.get(r.year) ?? 0) > 1));
      ctx.body = { data, meta: { total: data.length } };
      ctx.set('Cache-Control', CACHE);
    },
    async serviceReport(ctx: Ctx) {
      const { row, agency } = await find(ctx, false);
      ctx.body = { data: serviceReportDetail(row, !!agency), meta: {} };
      ctx.set('Cache-Control', CACHE);
    },
    async serviceReportFile(ctx: Ctx) {
      const { row } = await find(ctx, true);
      attachment(ctx, { filename: reports().fileName(row), type: 'application/pdf', audience: 'public', body: Buffer.from(row.pdfData, 'base64') });
    },
  };
};
