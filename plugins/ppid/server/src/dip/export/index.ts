/**
 * DIP exports: one entry point per list, by format. Each writes the whole file into `out` and
 * resolves once it is flushed. Pure over the typed snapshot (./types.ts): no Strapi here.
 */
import type { Writable } from 'stream';
import { editionCsv, excludedCsv, type CsvDelimiter } from './edition-csv';
import { editionPdf, excludedPdf } from './edition-pdf';
import { editionXlsx, excludedXlsx } from './edition-xlsx';
import type { EditionSnapshot, ExcludedList, ExportFormat } from './types';

export * from './types';
export { CLASS_LABELS, DIP_COLUMNS, EXCLUDED_COLUMNS, fileName } from './labels';

export function exportEdition(format: ExportFormat, snapshot: EditionSnapshot, out: Writable, opts: { delimiter?: CsvDelimiter } = {}) {
  if (format === 'pdf') return editionPdf(snapshot, out);
  if (format === 'xlsx') return editionXlsx(snapshot, out);
  return editionCsv(snapshot, out, opts.delimiter);
}

export function exportExcluded(format: ExportFormat, list: ExcludedList, out: Writable, opts: { delimiter?: CsvDelimiter } = {}) {
  if (format === 'pdf') return excludedPdf(list, out);
  if (format === 'xlsx') return excludedXlsx(list, out);
  return excludedCsv(list, out, opts.delimiter);
}
