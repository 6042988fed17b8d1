/**
 * Import of DIP rows from XLSX or CSV (issue 9 point 4). POST /ppid/dip/import, multipart with a
 * `file` field. Without `confirm=true` it is a dry run: the report of every bad row, nothing written.
 * Confirmation is the same file sent again with `confirm=true` (stateless: the check runs again on
 * the file as it is then, inside the transaction): the valid rows are created as draft DIP entries
 * of their units in one transaction. Rows whose year + number + unit is already stored are skipped,
 * so re-importing a file duplicates nothing. A person imports only for the units they work for
 * (services/membership.ts): a Kabid cannot import rows for another division.
 * Templates: GET /ppid/dip/import/template.(xlsx|csv).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uid } from '../content-types/builders';
import { refuse } from '../errors';
import { DIP_COLUMNS } from '../dip/export/labels';
import { CONTENT_TYPES } from '../dip/export/types';
import { readRows } from '../dip/import/read';
import { checkSheet, MAX_BYTES, MAX_ROWS, naturalKey } from '../dip/import/validate';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { getService } from '../utils';
import { attachment, streamAttachment, type Ctx } from './http';
type Row = Record<string, any>;

const EXAMPLE = ['SS-001', 'Rencana Strategis Dinas', 'Dokumen rencana strategis lima tahunan dinas.', 'Informasi Tersedia Setiap Saat', 'kode-unit', 'Sekretaris Dinas',
  'Kepala Sub Bagian Program', '2026', 'Putussibau', 'Softcopy dan Hardcopy', 'Dokumen PDF', '5 tahun', 2026];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async template(ctx: Ctx) {
    const fmt = ctx.params.format as 'csv' | 'xlsx';
    const file = { filename: `templat-impor-dip.${fmt}`, type: CONTENT_TYPES[fmt], audience: 'admin' as const };
    if (fmt === 'csv') {
      attachment(ctx, { ...file, body: Buffer.from(stringify([DIP_COLUMNS.map((c) => c.header), EXAMPLE], { bom: true, delimiter: ';', record_delimiter: 'windows' }), 'utf8') });
      return;
    }
    streamAttachment(ctx, strapi.log, file, async (out) => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const ws = wb.addWorksheet('DIP', { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = DIP_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      ws.addRow(EXAMPLE).commit();
      ws.commit();
      await wb.commit();
    });
  },

  async import(ctx: Ctx) {
    const userId = ctx.state.user?.id;
    if (!userId) refuse(401, 'An admin session is required');
    const file = ctx.request.files?.file;
    if (!file || Array.isArray(file)) refuse(400, 'Kirim satu berkas pada kolom "file" / send one file in the "file" field', { parameter: 'file' });
    const name = String(file.originalFilename ?? file.name ?? '').toLowerCase();
    const kind = name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.csv') ? 'csv' : null;
    if (!kind) refuse(400, 'Berkas harus .xlsx atau .csv / the file must be .xlsx or .csv', { parameter: 'file' });
    if ((file.size ?? 0) > MAX_BYTES) {
      throw Object.assign(new errors.PayloadTooLargeError(`Berkas lebih dari ${MAX_BYTES / 1048576} MB / file larger than ${MAX_BYTES / 1048576} MB`), {});
    }
    const confirmRaw = (ctx.request.body as Record<string, unknown> | undefined)?.confirm;
    if (confirmRaw !== undefined && confirmRaw !== 'true' && confirmRaw !== 'false') refuse(400, '"confirm" adalah true atau false / is true or false', { parameter: 'confirm' });
    const confirm = confirmRaw === 'true';

    let rows: unknown[][];
    try {
      rows = await readRows(file.filepath ?? file.path, kind);
    } catch {
      refuse(400, 'Berkas tidak dapat dibaca / the file cannot be read', { parameter: 'file' });
    }
    if (rows.length - 1 > MAX_ROWS) throw new errors.PayloadTooLargeError(`Lebih dari ${MAX_ROWS} baris / more than ${MAX_ROWS} rows`);

    const units: Row[] = await strapi.db.query(uid('unit')).findMany({ select: ['id', 'code', 'documentId'] });
    const byCode = new Map(units.map((u) => [String(u.code).toLowerCase(), u]));
    const mine = new Set(await getService(strapi, 'membership').unitsOf(userId));
    const allowedUnits = new Set(units.filter((u) => mine.has(u.id)).map((u) => String(u.code).toLowerCase()));
    const thisYear = new Date().getUTCFullYear();

    const run = async () => {
      const numbers = rows.slice(1).map((r) => String((r as unknown[])[0] ?? '').trim()).filter(Boolean);
      const stored: Row[] = numbers.length
        ? await strapi.db.query(uid('dip-entry')).findMany({ where: { number: { $in: [...new Set(numbers)] } }, select: ['number', 'year'], populate: { holderUnit: { select: ['code'] } } })
        : [];
      const existing = new Set(stored.map((s) => naturalKey({ year: s.year, number: s.number, unitCode: s.holderUnit?.code ?? '' })));
      return checkSheet(rows, { units: new Set(byCode.keys()), allowedUnits, existing, years: { min: thisYear - 1, max: thisYear + 1 } });
    };

    const report = (r: Awaited<ReturnType<typeof run>>, created: number) => ({
      data: {
        confirmed: confirm,
        total: r.total,
        valid: r.valid.length,
        created,
        alreadyImported: r.alreadyImported,
        problems: r.problems,
      },
    });

    const dry = await run();
    if (dry.headerProblems.length) {
      throw new errors.ValidationError(dry.headerProblems[0], { errors: dry.headerProblems.map((m) => ({ path: ['header'], message: m, name: 'ValidationError' })) });
    }
    if (!confirm) {
      ctx.body = report(dry, 0);
      return;
    }
    let created = 0;
    const result = await strapi.db.transaction(async () => {
      const checked = await run();
      for (const row of checked.valid) {
        await strapi.documents(uid('dip-entry') as any).create({
          data: {
            number: row.number, title: row.title, summary: row.summary, infoClass: row.infoClass, holderUnit: byCode.get(row.unitCode)!.documentId,
            holderOfficial: row.holderOfficial, responsibleOfficial: row.responsibleOfficial, productionTime: row.productionTime, productionPlace: row.productionPlace,
            year: row.year, availableForm: row.availableForm, mediaType: row.mediaType, retentionPeriod: row.retentionPeriod,
          } as any,
        });
        created += 1;
      }
      return checked;
    });
    ctx.body = report(result, created);
  },
});
