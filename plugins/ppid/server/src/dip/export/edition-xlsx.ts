/**
 * XLSX of a DIP edition (a sheet per class, one for excluded information) and of the excluded list,
 * with exceljs' streaming WorkbookWriter: each row is committed as it is written, so memory does not
 * grow with the edition. Cells are typed (year as a number, dates as dates); the header row is frozen
 * and column widths are set.
 */
import ExcelJS from 'exceljs';
import type { Writable } from 'stream';
import { CLASS_LABELS, DIP_COLUMNS, EXCLUDED_COLUMNS, consequenceSummary, dayDate, dipRow } from './labels';
import type { EditionSnapshot, ExcludedItem, ExcludedList } from './types';

type Sheet = ExcelJS.Worksheet;

type Drainable = Writable & { writableNeedDrain?: boolean; readableLength?: number };
const needsDrain = (w: Drainable) => !!w.writableNeedDrain && !w.destroyed && !w.writableFinished;
const drained = (w: Drainable) =>
  new Promise<void>((resolve) => {
    const done = () => {
      w.off('drain', done);
      w.off('close', done);
      w.off('error', done);
      resolve();
    };
    w.once('drain', done);
    w.once('close', done);
    w.once('error', done);
  });
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Flow control, called every FLOW_ROWS committed rows. exceljs buffers a sheet's XML in 64 KB blocks and
 * writes each full block into the zip entry's stream without looking at the answer of `write()`: rows
 * produced faster than the zip deflates them (or than the client reads the file) pile up there, and
 * the blocks outlive enough garbage collections to be freed only by a full one, so the peak grew with
 * the edition (1.99x RSS from 1k to 50k entries). Every FLOW_ROWS rows (less than a block), one turn
 * of the event loop lets the deflate callbacks run, then the writer waits until the entry's stream is
 * empty again and `out` (by its 'drain' event) took what it was given: memory stays at about a block.
 */
const FLOW_ROWS = 25;
async function flow(ws: Sheet, out: Drainable): Promise<void> {
  await tick();
  const entry = (ws as unknown as { stream?: { pipes?: Drainable[] } }).stream?.pipes?.[0];
  for (;;) {
    if (needsDrain(out)) await drained(out);
    else if (entry && !entry.destroyed && (entry.writableLength > 0 || (entry.readableLength ?? 0) > 0)) await tick();
    else return;
  }
}

function newWorkbook(out: Writable) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'PPID';
  wb.created = new Date(0);
  return wb;
}

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: ReadonlyArray<{ header: string; width: number; key: string }>): Sheet {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const ws = wb.addWorksheet(name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { alignment: { vertical: 'top', wrapText: true } } }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  head.commit();
  return ws;
}

const EXCLUDED_SHEET = 'Informasi Dikecualikan';

function excludedRow(ws: Sheet, n: number, i: ExcludedItem) {
  const row = ws.addRow([n, i.title, i.unit?.name ?? i.unit?.code ?? null, i.article, i.legalBasis, consequenceSummary(i.consequenceIfOpened), dayDate(i.testedOn), dayDate(i.exclusionEndsOn)]);
  row.getCell(7).numFmt = 'dd/mm/yyyy';
  row.getCell(8).numFmt = 'dd/mm/yyyy';
  row.commit();
}

export async function editionXlsx(snapshot: EditionSnapshot, out: Writable): Promise<void> {
  const wb = newWorkbook(out);
  const yearCol = DIP_COLUMNS.findIndex((c) => c.key === 'year') + 1;
  let written = 0;
  for (const group of snapshot.groups) {
    const ws = sheet(wb, CLASS_LABELS[group.class] ?? group.class, DIP_COLUMNS);
    for (const e of group.entries) {
      const row = ws.addRow(dipRow(e));
      row.getCell(yearCol).numFmt = '0';
      row.commit();
      if (++written % FLOW_ROWS === 0) await flow(ws, out);
    }
    ws.commit();
  }
  // The excluded information of the edition, with the article and end of its period.
  const excluded = snapshot.groups.find((g) => g.class === 'dikecualikan')?.entries ?? [];
  const ws = sheet(wb, EXCLUDED_SHEET, [
    { key: 'number', header: 'Nomor', width: 12 },
    { key: 'title', header: 'Informasi yang Dikecualikan', width: 40 },
    { key: 'unit', header: 'Kode Unit', width: 14 },
    { key: 'article', header: 'Pasal 17 UU 14/2008 huruf', width: 14 },
    { key: 'exclusionEndsOn', header: 'Dikecualikan Sampai', width: 16 },
  ]);
  for (const e of excluded) {
    const row = ws.addRow([e.number, e.title, e.holderUnit?.code ?? null, e.exclusion?.article ?? null, dayDate(e.exclusion?.exclusionEndsOn)]);
    row.getCell(5).numFmt = 'dd/mm/yyyy';
    row.commit();
    if (++written % FLOW_ROWS === 0) await flow(ws, out);
  }
  ws.commit();
  await wb.commit();
}

export async function excludedXlsx(list: ExcludedList, out: Writable): Promise<void> {
  const wb = newWorkbook(out);
  const ws = sheet(wb, EXCLUDED_SHEET, EXCLUDED_COLUMNS);
  let n = 0;
  for await (const item of list.items) {
    excludedRow(ws, (n += 1), item);
    if (n % FLOW_ROWS === 0) await flow(ws, out);
  }
  ws.commit();
  await wb.commit();
}
