/**
 * Import of DIP rows (issue 9 point 4), the pure part: check the header and every row of a sheet
 * read from XLSX or CSV in the export layout (../export/labels.ts DIP_COLUMNS), and report every bad
 * row with its row number (as the spreadsheet shows it: the header is row 1) and its reasons.
 * No Strapi here: the caller gives the known units, the existing keys and the units the person may
 * import for.
 */
import { AVAILABLE_FORMS, DIP_CLASSES } from '../../domain/constants';
import { CLASS_LABELS, DIP_COLUMNS, FORM_LABELS } from '../export/labels';

export const MAX_ROWS = 5000;
export const MAX_BYTES = 5 * 1024 * 1024;

export interface ImportRow {
  row: number;
  number: string;
  title: string;
  summary: string;
  infoClass: string;
  unitCode: string;
  holderOfficial: string;
  responsibleOfficial: string;
  productionTime: string;
  productionPlace: string;
  availableForm: string;
  mediaType: string | null;
  retentionPeriod: string;
  year: number;
}

export interface RowProblem {
  row: number;
  reasons: string[];
}

export interface ImportContext {
  /** Unit codes that exist. */
  units: ReadonlySet<string>;
  /** Unit codes the person may import rows for (their scope). */
  allowedUnits: ReadonlySet<string>;
  /** Natural keys already stored: `${year}|${number}|${unitCode}`. */
  existing: ReadonlySet<string>;
  /** Accepted years (e.g. the current year and the next). */
  years: { min: number; max: number };
}

export interface ImportCheck {
  ok: boolean;
  /** Header problems: nothing else is checked when the header is wrong. */
  headerProblems: string[];
  valid: ImportRow[];
  /** Rows already stored (same year, number and unit): skipped, never duplicated. */
  alreadyImported: number[];
  problems: RowProblem[];
  total: number;
}

export const naturalKey = (r: { year: number; number: string; unitCode: string }) => `${r.year}|${r.number.trim().toUpperCase()}|${r.unitCode.trim().toLowerCase()}`;

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Label or key → value: "Informasi Berkala" or "berkala" → "berkala". */
function lookup(value: string, keys: readonly string[], labels: Record<string, string>): string | null {
  const v = norm(value);
  for (const k of keys) if (norm(k) === v || norm(labels[k] ?? '') === v || norm(k.replace(/_/g, ' ')) === v) return k;
  return null;
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && v && 'text' in (v as Record<string, unknown>)) return String((v as { text: unknown }).text ?? '');
  if (typeof v === 'object' && v && 'result' in (v as Record<string, unknown>)) return String((v as { result: unknown }).result ?? '');
  return String(v).trim();
};

/** Checks a sheet: `rows[0]` is the header, then one array of cells per row. */
export function checkSheet(rows: unknown[][], ctx: ImportContext): ImportCheck {
  const header = (rows[0] ?? []).map(cellText);
  const expected = DIP_COLUMNS.map((c) => c.header);
  const headerProblems: string[] = [];
  expected.forEach((h, i) => {
    if (norm(header[i] ?? '') !== norm(h)) headerProblems.push(`Kolom ${i + 1} harus "${h}", tertulis "${header[i] ?? ''}" / column ${i + 1} must be "${h}"`);
  });
  const body = rows.slice(1);
  const result: ImportCheck = { ok: false, headerProblems, valid: [], alreadyImported: [], problems: [], total: 0 };
  if (headerProblems.length) return result;
  const seen = new Map<string, number>();
  body.forEach((raw, i) => {
    const rowNo = i + 2;
    const cells = DIP_COLUMNS.map((_, c) => cellText(raw?.[c]));
    if (cells.every((c) => c === '')) return; // blank lines are not rows
    result.total += 1;
    const [number, title, summary, cls, unitCode, holderOfficial, responsibleOfficial, productionTime, productionPlace, form, mediaType, retentionPeriod, yearText] = cells;
    const reasons: string[] = [];
    const required: Array<[string, string]> = [
      [number, 'Nomor'], [title, 'Judul Informasi'], [summary, 'Ringkasan Isi Informasi'], [cls, 'Klasifikasi'], [unitCode, 'Kode Unit'],
      [holderOfficial, 'Pejabat/Unit Penguasa Informasi'], [responsibleOfficial, 'Penanggung Jawab Pembuatan Informasi'],
      [productionTime, 'Waktu Pembuatan'], [productionPlace, 'Tempat Pembuatan'], [form, 'Bentuk Informasi'], [retentionPeriod, 'Jangka Waktu Penyimpanan'], [yearText, 'Tahun'],
    ];
    for (const [v, name] of required) if (!v) reasons.push(`kolom "${name}" kosong / "${name}" is empty`);
    if (number.length > 30) reasons.push('Nomor lebih dari 30 karakter / number longer than 30 characters');
    if (title && title.length < 3) reasons.push('Judul terlalu pendek / title too short');
    if (summary && summary.length < 10) reasons.push('Ringkasan kurang dari 10 karakter / summary shorter than 10 characters');
    if (summary.length > 2000) reasons.push('Ringkasan lebih dari 2000 karakter / summary longer than 2000 characters');
    const infoClass = cls ? lookup(cls, DIP_CLASSES, CLASS_LABELS) : null;
    if (cls && !infoClass) reasons.push(`Klasifikasi "${cls}" tidak dikenal / unknown class`);
    if (infoClass === 'dikecualikan') reasons.push('Informasi yang dikecualikan tidak diimpor: ia memerlukan uji konsekuensi / excluded information needs a consequence test and is not imported');
    const availableForm = form ? lookup(form, AVAILABLE_FORMS, FORM_LABELS) : null;
    if (form && !availableForm) reasons.push(`Bentuk informasi "${form}" tidak dikenal / unknown form`);
    const unit = unitCode.toLowerCase();
    if (unitCode && !ctx.units.has(unit)) reasons.push(`Unit "${unitCode}" tidak dikenal / unknown unit`);
    else if (unitCode && !ctx.allowedUnits.has(unit)) reasons.push(`Anda tidak berwenang mengimpor untuk unit "${unitCode}" / you may not import rows for this unit`);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (yearText && (!Number.isInteger(year) || year < ctx.years.min || year > ctx.years.max)) reasons.push(`Tahun "${yearText}" tidak sah (${ctx.years.min}-${ctx.years.max}) / bad year`);
    if (reasons.length === 0) {
      const row: ImportRow = {
        row: rowNo, number, title, summary, infoClass: infoClass as string, unitCode: unit, holderOfficial, responsibleOfficial,
        productionTime, productionPlace, availableForm: availableForm as string, mediaType: mediaType || null, retentionPeriod, year,
      };
      const key = naturalKey(row);
      const first = seen.get(key);
      if (first) reasons.push(`Nomor "${number}" sudah ada di baris ${first} berkas ini / duplicate number (row ${first})`);
      else {
        seen.set(key, rowNo);
        if (ctx.existing.has(key)) result.alreadyImported.push(rowNo);
        else result.valid.push(row);
      }
    }
    if (reasons.length) result.problems.push({ row: rowNo, reasons });
  });
  result.ok = result.problems.length === 0 && result.headerProblems.length === 0;
  return result;
}
