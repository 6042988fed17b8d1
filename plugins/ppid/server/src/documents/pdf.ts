/**
 * Small PDF primitives for the plugin's printed documents (DIP registers, the list of excluded
 * information, announcement records, minutes, forms), on pdfkit.
 *
 * Stable API (other modules copy and call it; add, never change signatures):
 *   createPdf(out, opts)            → PdfDoc: an A4 document streaming into a writable
 *   header(doc, info)              agency name, address, document title (+ optional subtitle)
 *   keyValues(doc, rows, opts?)     "label : value" block
 *   paragraph(doc, text, opts?)     wrapped body text with page breaks
 *   table(doc, columns) → Table     table writer: `.row(cells)` per row (streamed), header repeated
 *                                   on every page, automatic page breaks, widths from weights
 *   signature(doc, sig)             place/date, position, (space), name, rank, NIP
 *   finish(doc) → Promise<void>     writes page numbers and ends the stream; resolves when flushed
 *   breathe(doc) → Promise<void>    lets the written bytes drain to the writable (await it every
 *                                   few hundred rows of a long table: pdfkit itself ignores backpressure)
 *
 * Memory: with `pageTotals: true` (default) pdfkit keeps pages in memory until `finish`, so that
 * every page can say "Halaman X dari Y". Large exports pass `pageTotals: false`: each page then says
 * "Halaman X" as it is created and is flushed to the writable at once, so memory stays flat however
 * long the document is.
 */
import PDFDocument from 'pdfkit';
import type { Writable } from 'stream';

export type Orientation = 'portrait' | 'landscape';

export interface PdfOptions {
  orientation?: Orientation;
  /** "Halaman X dari Y" (buffers pages) when true; "Halaman X" streamed when false. Default true. */
  pageTotals?: boolean;
  /** Document metadata. */
  title?: string;
  author?: string;
  /** Margin in points (default 40). */
  margin?: number;
}

export interface PdfDoc {
  pdf: PDFKit.PDFDocument;
  out: Writable;
  pageTotals: boolean;
  margin: number;
  /** Resolves when the writable has received the whole document. */
  done: Promise<void>;
  /** Pages started so far (1-based count). */
  pages: number;
}

export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';
const FOOTER_SIZE = 8;

/** Start an A4 document piped into `out`. */
export function createPdf(out: Writable, opts: PdfOptions = {}): PdfDoc {
  const margin = opts.margin ?? 40;
  const pageTotals = opts.pageTotals ?? true;
  const pdf = new PDFDocument({
    size: 'A4',
    layout: opts.orientation ?? 'portrait',
    margins: { top: margin, bottom: margin + 16, left: margin, right: margin },
    bufferPages: pageTotals,
    autoFirstPage: true,
    info: { Title: opts.title ?? '', Author: opts.author ?? '', Producer: 'PPID' },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', () => resolve());
    out.once('error', reject);
    pdf.once('error', reject);
  });
  pdf.pipe(out);
  pdf.font(FONT).fontSize(10);
  const doc: PdfDoc = { pdf, out, pageTotals, margin, done, pages: 1 };
  if (!pageTotals) writeFooter(doc, 1);
  pdf.on('pageAdded', () => {
    doc.pages += 1;
    if (!doc.pageTotals) writeFooter(doc, doc.pages);
  });
  return doc;
}

function writeFooter(doc: PdfDoc, page: number, total?: number) {
  const { pdf } = doc;
  const text = total ? `Halaman ${page} dari ${total}` : `Halaman ${page}`;
  const x = pdf.x;
  const y = pdf.y;
  const bottom = pdf.page.margins.bottom;
  // Writing inside the bottom margin must not trigger pdfkit's automatic page break.
  pdf.page.margins.bottom = 0;
  pdf
    .font(FONT)
    .fontSize(FOOTER_SIZE)
    .fillColor('#444444')
    .text(text, doc.margin, pdf.page.height - doc.margin, {
      width: pdf.page.width - 2 * doc.margin,
      align: 'right',
      lineBreak: false,
    });
  pdf.page.margins.bottom = bottom;
  pdf.fillColor('black').font(FONT).fontSize(10);
  pdf.x = x;
  pdf.y = y;
}

const contentWidth = (doc: PdfDoc) => doc.pdf.page.width - 2 * doc.margin;
const bottomLimit = (doc: PdfDoc) => doc.pdf.page.height - doc.pdf.page.margins.bottom;

/** Start a new page when fewer than `height` points remain. */
export function ensureSpace(doc: PdfDoc, height: number) {
  if (doc.pdf.y + height > bottomLimit(doc)) doc.pdf.addPage();
}

export interface HeaderInfo {
  agencyName?: string | null;
  /** Parent government line above the agency name, e.g. "PEMERINTAH KABUPATEN KAPUAS HULU". */
  parentName?: string | null;
  address?: string | null;
  /** Document title, e.g. "DAFTAR INFORMASI PUBLIK TAHUN 2026". */
  title: string;
  subtitle?: string | null;
}

/** Agency letterhead (centred lines and a rule) followed by the document title. */
export function header(doc: PdfDoc, info: HeaderInfo) {
  const { pdf } = doc;
  const width = contentWidth(doc);
  pdf.x = doc.margin;
  if (info.parentName) pdf.font(FONT_BOLD).fontSize(12).text(info.parentName.toUpperCase(), { width, align: 'center' });
  if (info.agencyName) pdf.font(FONT_BOLD).fontSize(14).text(info.agencyName.toUpperCase(), { width, align: 'center' });
  if (info.address) pdf.font(FONT).fontSize(9).text(info.address, { width, align: 'center' });
  if (info.parentName || info.agencyName || info.address) {
    pdf.moveDown(0.3);
    const y = pdf.y;
    pdf.lineWidth(1.5).moveTo(doc.margin, y).lineTo(doc.margin + width, y).stroke();
    pdf.lineWidth(0.5).moveTo(doc.margin, y + 2.5).lineTo(doc.margin + width, y + 2.5).stroke();
    pdf.y = y + 10;
  }
  pdf.font(FONT_BOLD).fontSize(12).text(info.title, doc.margin, pdf.y, { width, align: 'center' });
  if (info.subtitle) pdf.font(FONT).fontSize(10).text(info.subtitle, { width, align: 'center' });
  pdf.moveDown(0.8);
  pdf.font(FONT).fontSize(10);
}

/** A bold section heading, kept on the page with at least `keepWith` points after it. */
export function heading(doc: PdfDoc, text: string, keepWith = 60) {
  ensureSpace(doc, 20 + keepWith);
  doc.pdf.x = doc.margin;
  doc.pdf.font(FONT_BOLD).fontSize(11).text(text, { width: contentWidth(doc) });
  doc.pdf.moveDown(0.3);
  doc.pdf.font(FONT).fontSize(10);
}

/** Wrapped body text. */
export function paragraph(doc: PdfDoc, text: string, opts: { size?: number; bold?: boolean } = {}) {
  doc.pdf.x = doc.margin;
  doc.pdf
    .font(opts.bold ? FONT_BOLD : FONT)
    .fontSize(opts.size ?? 10)
    .text(text, { width: contentWidth(doc) });
  doc.pdf.font(FONT).fontSize(10);
}

/** A block of "label : value" lines; the label column is `labelWidth` points wide. */
export function keyValues(
  doc: PdfDoc,
  rows: Array<[label: string, value: string | number | null | undefined]>,
  opts: { labelWidth?: number; size?: number } = {}
) {
  const { pdf } = doc;
  const size = opts.size ?? 10;
  const labelWidth = opts.labelWidth ?? 150;
  const valueX = doc.margin + labelWidth + 10;
  const valueWidth = contentWidth(doc) - labelWidth - 10;
  pdf.fontSize(size);
  for (const [label, raw] of rows) {
    const value = raw === null || raw === undefined || raw === '' ? '-' : String(raw);
    pdf.font(FONT);
    const h = Math.max(
      pdf.heightOfString(label, { width: labelWidth }),
      pdf.heightOfString(value, { width: valueWidth })
    );
    ensureSpace(doc, h + 2);
    const y = pdf.y;
    pdf.font(FONT_BOLD).text(label, doc.margin, y, { width: labelWidth });
    pdf.font(FONT).text(':', doc.margin + labelWidth, y, { width: 10 });
    pdf.text(value, valueX, y, { width: valueWidth });
    pdf.y = y + h + 2;
  }
  pdf.x = doc.margin;
  pdf.font(FONT).fontSize(10);
}

export interface Column {
  header: string;
  /** Relative width; columns share the content width in proportion to their weights. */
  weight?: number;
  align?: 'left' | 'center' | 'right';
}

export interface Table {
  /** Add one row (cells in column order); breaks the page and repeats the header when needed. */
  row(cells: Array<string | number | null | undefined>): void;
  /** A full-width band (e.g. a group title) inside the table. */
  band(text: string): void;
}

/**
 * A table written row by row (nothing is kept after a row is drawn). Column widths come from
 * weights (default 1) over the content width; the header row is drawn again on each new page.
 */
export function table(doc: PdfDoc, columns: Column[], opts: { size?: number; padding?: number } = {}): Table {
  const { pdf } = doc;
  const size = opts.size ?? 8;
  const pad = opts.padding ?? 3;
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  const widths = columns.map((c) => (contentWidth(doc) * (c.weight ?? 1)) / total);

  const rowHeight = (cells: string[], font: string) => {
    pdf.font(font).fontSize(size);
    return Math.max(...cells.map((t, i) => pdf.heightOfString(t, { width: widths[i] - 2 * pad }))) + 2 * pad;
  };

  const drawRow = (cells: string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    const y = pdf.y;
    let x = doc.margin;
    cells.forEach((text, i) => {
      if (fill) pdf.rect(x, y, widths[i], h).fillAndStroke(fill, '#000000');
      else pdf.rect(x, y, widths[i], h).stroke();
      pdf
        .fillColor('black')
        .font(font)
        .fontSize(size)
        .text(text, x + pad, y + pad, { width: widths[i] - 2 * pad, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
    pdf.x = doc.margin;
    pdf.y = y + h;
  };

  const headers = columns.map((c) => c.header);
  const drawHeader = () => drawRow(headers, FONT_BOLD, '#e6e6e6');
  pdf.lineWidth(0.5);
  ensureSpace(doc, rowHeight(headers, FONT_BOLD) * 2);
  drawHeader();

  const fit = (h: number) => {
    if (pdf.y + h > bottomLimit(doc)) {
      pdf.addPage();
      pdf.lineWidth(0.5);
      drawHeader();
    }
  };

  return {
    row(raw) {
      const cells = columns.map((_, i) => {
        const v = raw[i];
        return v === null || v === undefined || v === '' ? '-' : String(v);
      });
      fit(rowHeight(cells, FONT));
      drawRow(cells, FONT);
    },
    band(text) {
      const h = rowHeight([text], FONT_BOLD);
      fit(h * 2);
      const y = pdf.y;
      const w = contentWidth(doc);
      pdf.rect(doc.margin, y, w, h).fillAndStroke('#f3f3f3', '#000000');
      pdf.fillColor('black').font(FONT_BOLD).fontSize(size).text(text, doc.margin + pad, y + pad, { width: w - 2 * pad });
      pdf.x = doc.margin;
      pdf.y = y + h;
    },
  };
}

export interface Signature {
  /** e.g. "Putussibau" */
  place?: string | null;
  /** Already formatted date, e.g. "5 Desember 2026". */
  date?: string | null;
  /** The position line, e.g. "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA". */
  position: string;
  name: string;
  /** Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)". */
  rank?: string | null;
  nip?: string | null;
  /** Text for the signature space (e.g. "ditandatangani secara elektronik"); empty by default. */
  note?: string | null;
}

/** Signature block on the right third of the page: place/date, position, space, name, rank, NIP. */
export function signature(doc: PdfDoc, sig: Signature) {
  const { pdf } = doc;
  const width = Math.max(200, contentWidth(doc) / 3);
  const x = doc.margin + contentWidth(doc) - width;
  ensureSpace(doc, 130);
  pdf.moveDown(1);
  const line = (text: string, font = FONT) => pdf.font(font).fontSize(10).text(text, x, pdf.y, { width, align: 'center' });
  const placeDate = [sig.place, sig.date].filter(Boolean).join(', ');
  if (placeDate) line(placeDate);
  line(sig.position);
  const y = pdf.y;
  if (sig.note) pdf.font(FONT).fontSize(8).fillColor('#555555').text(sig.note, x, y + 18, { width, align: 'center' });
  pdf.fillColor('black');
  pdf.y = y + 55;
  pdf.font(FONT_BOLD).fontSize(10).text(sig.name, x, pdf.y, { width, align: 'center', underline: true });
  if (sig.rank) line(sig.rank);
  if (sig.nip) line(`NIP. ${sig.nip}`);
  pdf.x = doc.margin;
}

/**
 * Give the event loop a turn so that what pdfkit produced flows into the writable, and wait while
 * the writable asks to (its 'drain'). A loop writing thousands of rows without this would keep the
 * whole document queued in memory.
 */
export async function breathe(doc: PdfDoc): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const out = doc.out as Writable & { writableNeedDrain?: boolean };
  if (out.writableNeedDrain && !out.destroyed) await new Promise<void>((resolve) => { out.once('drain', resolve); out.once('close', resolve); });
}

/** Write "Halaman X dari Y" on buffered pages (when `pageTotals`), end the document, await the flush. */
export async function finish(doc: PdfDoc): Promise<void> {
  const { pdf } = doc;
  if (doc.pageTotals) {
    const range = pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      pdf.switchToPage(i);
      writeFooter(doc, i + 1, range.count);
    }
    pdf.flushPages();
  }
  pdf.end();
  await doc.done;
}
