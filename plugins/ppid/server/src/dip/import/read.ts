/** Reads an uploaded XLSX or CSV into rows of cells (header first) for validate.ts. */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { promises as fs } from 'fs';

/** Sheets of an export that are not DIP rows (the excluded-information summary). */
const SKIPPED_SHEETS = new Set(['informasi dikecualikan']);

export async function readRows(path: string, kind: 'xlsx' | 'csv'): Promise<unknown[][]> {
  if (kind === 'csv') {
    let text = await fs.readFile(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as unknown[][];
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  let header: unknown[] | null = null;
  for (const ws of wb.worksheets) {
    if (SKIPPED_SHEETS.has(ws.name.trim().toLowerCase())) continue;
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[]).slice(1);
      if (n === 1) {
        if (!header) rows.push((header = values));
        return;
      }
      rows.push(values);
    });
  }
  return rows;
}
