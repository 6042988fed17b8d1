/**
 * CSV of a DIP edition or the excluded list, streamed with csv-stringify.
 *
 * UTF-8 with a byte-order mark, so that Excel opens it as UTF-8. The delimiter is `;` by default:
 * Excel in an Indonesian locale uses `,` as the decimal separator and `;` as the list separator, so a
 * `;` file opens in columns there; `,` (the RFC 4180 default) is available for other tools.
 */
import { stringify } from 'csv-stringify';
import type { Writable } from 'stream';
import { pipeline } from 'stream/promises';
import { DIP_COLUMNS, EXCLUDED_COLUMNS, consequenceSummary, dipRow } from './labels';
import type { EditionSnapshot, ExcludedList } from './types';

export type CsvDelimiter = ';' | ',';

async function* editionRows(snapshot: EditionSnapshot) {
  yield DIP_COLUMNS.map((c) => c.header);
  for (const g of snapshot.groups) for (const e of g.entries) yield dipRow(e);
}

async function* excludedRows(list: ExcludedList) {
  yield EXCLUDED_COLUMNS.map((c) => c.header);
  let n = 0;
  for await (const i of list.items) {
    n += 1;
    yield [n, i.title, i.unit?.name ?? i.unit?.code ?? '', i.article, i.legalBasis, consequenceSummary(i.consequenceIfOpened), i.testedOn ?? '', i.exclusionEndsOn ?? ''];
  }
}

const write = (rows: AsyncIterable<unknown[]>, out: Writable, delimiter: CsvDelimiter) =>
  pipeline(rows, stringify({ bom: true, delimiter, record_delimiter: 'windows' }), out);

export const editionCsv = (s: EditionSnapshot, out: Writable, delimiter: CsvDelimiter = ';') => write(editionRows(s), out, delimiter);
export const excludedCsv = (l: ExcludedList, out: Writable, delimiter: CsvDelimiter = ';') => write(excludedRows(l), out, delimiter);
