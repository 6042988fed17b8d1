/**
 * What the detector reads in a file: the text of PDFs, Office and OpenDocument files, plain text
 * and CSV, and the metadata of images (GPS position, owner, serial numbers). A file that cannot be
 * read (encrypted, broken, a legacy binary format, too large) is reported as not checked, with
 * why, never as clean.
 *
 * Tables come out one row a line, cells separated by a tab (PDF columns, Word and OpenDocument
 * tables, spreadsheet rows with their shared strings resolved, CSV records), so that the detector
 * can read a value under its column's title ("No. KK", "NPWP", "No. Rekening").
 */
import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';
import { pdfTextInWorker } from './pdf-worker';

export const LIMITS = {
  /** Longest text checked (characters); a longer one is "not checked". */
  maxTextLength: 5_000_000,
  /** Largest file read (bytes). */
  maxFileBytes: 60 * 1024 * 1024,
  /** Longest a PDF may take to read (ms). */
  pdfTimeoutMs: 15_000,
};

export type FileInfo = { name?: string | null; ext?: string | null; mime?: string | null };
export type Extraction =
  | { kind: 'text'; text: string }
  | { kind: 'image'; metadata: { what: 'gps' | 'owner' | 'serial'; detail: string }[] }
  | { kind: 'unchecked'; reason: { id: string; en: string } };

const unchecked = (id: string, en: string): Extraction => ({ kind: 'unchecked', reason: { id, en } });

const extOf = (f: FileInfo) => (f.ext || (f.name?.match(/\.[^.]+$/)?.[0] ?? '')).toLowerCase();

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Text nodes of an office XML part: paragraphs and table rows one a line, a row's cells separated by tabs. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<(w:tc|table:table-cell|a:tc)\b([^>]*?)\/>/g, '<$1$2></$1>')
    .replace(/<(w:tc|table:table-cell|a:tc)\b[^>]*>([\s\S]*?)<\/\1>/g, (_, tag, inner: string) =>
      // Inside a cell, paragraph ends and line breaks are spaces: the row stays on one line.
      `${inner.replace(/<\/(?:w:p|a:p|text:p|text:h)>\s*$/, '').replace(/<\/(?:w:p|a:p|text:p|text:h)>|<(?:w:br|w:cr|text:line-break|a:br)\b[^>]*\/>|<(?:w:tab|text:tab)\s*\/>/g, ' ')}</${tag}>`
    )
    .replace(/<(?:w:tab|text:tab)\s*\/>/g, '\t')
    .replace(/<(?:w:br|w:cr|text:line-break|a:br)\b[^>]*\/>/g, '\n')
    .replace(/<\/(?:w:tc|table:table-cell|a:tc|c)>(\s*<\/(?:w:tr|table:table-row|a:tr|row)>)/g, '$1')
    .replace(/<\/(?:w:p|a:p|text:p|text:h|row|si|table:table-row|w:tr|a:tr)>/g, '\n')
    .replace(/<\/(?:c|table:table-cell|w:tc|a:tc)>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

const PARTS: Record<string, RegExp> = {
  '.docx': /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/,
  '.xlsx': /^xl\/(?:sharedStrings|worksheets\/sheet\d+|comments\d*)\.xml$/,
  '.pptx': /^ppt\/(?:slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/,
  '.odt': /^content\.xml$/,
  '.ods': /^content\.xml$/,
  '.odp': /^content\.xml$/,
};

const decodeXml = (s: string) => xmlText(s);

/** The strings a workbook's cells point to (rich-text runs joined, phonetic guides left out). */
export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) => decodeXml(m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')).replace(/\s+/g, ' ').trim());
}

const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** A worksheet one row a line, cells by their column (gaps kept), shared strings resolved. */
export function sheetText(xml: string, shared: string[]): string {
  let out = '';
  for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const inner = c[2] ?? '';
      const ref = /\br="([A-Z]{1,3})\d+"/.exec(attrs)?.[1];
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = decodeXml(inner);
      else if (v !== undefined) value = decodeXml(v);
      const at = ref ? columnIndex(ref) : cells.length;
      // Gaps up to a sane width keep columns aligned with their titles.
      while (cells.length < at && cells.length < 1000) cells.push('');
      cells.push(value.replace(/\s+/g, ' ').trim());
    }
    out += `${cells.join('\t')}\n`;
  }
  return out;
}

/** CSV records one a line, cells separated by tabs (the delimiter guessed from the first line). */
export function csvText(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = ([';', ',', '\t', '|'] as const).map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1]);
  if (counts[0][1] < 2) return text;
  try {
    const rows = parseCsv(text, { delimiter: counts[0][0], relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: true }) as string[][];
    return rows.map((r) => r.map((c) => String(c).replace(/\s+/g, ' ').trim()).join('\t')).join('\n') + '\n';
  } catch {
    return text;
  }
}

async function officeText(buf: Buffer, ext: string): Promise<Extraction> {
  if (buf.subarray(0, 8).equals(OLE2)) {
    return ext === '.doc' || ext === '.xls' || ext === '.ppt'
      ? unchecked('format Office lama (.doc/.xls/.ppt) tidak dapat dibaca; unggah sebagai PDF atau format baru', 'legacy Office format (.doc/.xls/.ppt) cannot be read; upload it as PDF or a current format')
      : unchecked('dokumen Office terenkripsi (berkata sandi)', 'encrypted (password-protected) Office document');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return unchecked('berkas rusak: bukan dokumen Office yang sah', 'broken file: not a valid Office document');
  }
  const names = Object.keys(zip.files).filter((n) => PARTS[ext]?.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) return unchecked('dokumen tidak berisi bagian teks yang dikenal', 'the document has no known text part');
  let text = '';
  const shared = ext !== '.xlsx' ? null : zip.files['xl/sharedStrings.xml'] ? sharedStrings(await zip.files['xl/sharedStrings.xml'].async('string')) : [];
  for (const name of names) {
    const xml = await zip.files[name].async('string');
    if (shared && name === 'xl/sharedStrings.xml') continue;
    text += `${shared && name.startsWith('xl/worksheets/') ? sheetText(xml, shared) : xmlText(xml)}\n`;
    if (text.length > LIMITS.maxTextLength) return unchecked('teks dokumen terlalu panjang untuk diperiksa', 'the document text is too long to check');
  }
  return { kind: 'text', text };
}

async function pdfText(buf: Buffer): Promise<Extraction> {
  try {
    const result = await pdfTextInWorker(buf, LIMITS.pdfTimeoutMs);
    const text = result.text ?? '';
    if (text.length > LIMITS.maxTextLength) return unchecked('teks PDF terlalu panjang untuk diperiksa', 'the PDF text is too long to check');
    // Page separators pdf-parse adds ("-- 1 of 3 --") are not text of the document.
    if (!text.replace(/-- \d+ of \d+ --/g, '').trim() && result.total > 0) {
      return unchecked('PDF hasil pindaian tanpa lapisan teks: periksa isinya secara manual', 'scanned PDF without a text layer: check its content by hand');
    }
    return { kind: 'text', text };
  } catch (e: any) {
    if (e?.name === 'PasswordException') return unchecked('PDF terenkripsi (berkata sandi)', 'encrypted (password-protected) PDF');
    if (e?.name === 'TimeoutError') return unchecked('PDF terlalu lama dibaca', 'the PDF took too long to read');
    return unchecked('PDF rusak atau tidak dapat dibaca', 'broken or unreadable PDF');
  }
}

const OWNER_TAGS = ['Artist', 'OwnerName', 'CameraOwnerName', 'Copyright', 'XPAuthor', 'By-line', 'Creator'];
const SERIAL_TAGS = ['BodySerialNumber', 'SerialNumber', 'LensSerialNumber', 'InternalSerialNumber', 'CameraSerialNumber'];

/** Personal metadata of an image: where it was taken, whose camera, which device. */
export async function imageMetadata(buf: Buffer): Promise<Extraction> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const exifr = (require('exifr') as typeof import('exifr')).default ?? require('exifr');
  let tags: Record<string, any> | undefined;
  try {
    tags = await exifr.parse(buf, { gps: true, tiff: true, exif: true, iptc: true, xmp: true, ifd1: false, interop: false, translateValues: false });
  } catch {
    return { kind: 'image', metadata: [] };
  }
  const metadata: { what: 'gps' | 'owner' | 'serial'; detail: string }[] = [];
  if (tags && (typeof tags.latitude === 'number' || tags.GPSLatitude)) metadata.push({ what: 'gps', detail: 'GPS' });
  for (const tag of OWNER_TAGS) if (tags?.[tag]) metadata.push({ what: 'owner', detail: tag });
  for (const tag of SERIAL_TAGS) if (tags?.[tag]) metadata.push({ what: 'serial', detail: tag });
  return { kind: 'image', metadata };
}

const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff', '.heic', '.heif', '.gif', '.avif']);
const TEXT_EXT = new Set(['.txt', '.csv', '.md', '.json']);

/** Reads one file for the detector. */
export async function extract(buf: Buffer, file: FileInfo): Promise<Extraction> {
  if (buf.length > LIMITS.maxFileBytes) return unchecked('berkas terlalu besar untuk diperiksa', 'the file is too large to check');
  const ext = extOf(file);
  const mime = (file.mime ?? '').toLowerCase();
  if (ext === '.pdf' || mime === 'application/pdf') return pdfText(buf);
  if (PARTS[ext] || ext === '.doc' || ext === '.xls' || ext === '.ppt') return officeText(buf, ext);
  if (IMAGE_EXT.has(ext) || mime.startsWith('image/')) {
    if (ext === '.svg' || mime === 'image/svg+xml') return { kind: 'text', text: xmlText(buf.toString('utf8')) };
    return imageMetadata(buf);
  }
  if (TEXT_EXT.has(ext) || mime.startsWith('text/')) {
    const text = buf.toString('utf8');
    if (text.includes('\u0000')) return unchecked('berkas biner, bukan teks', 'a binary file, not text');
    if (text.length > LIMITS.maxTextLength) return unchecked('teks terlalu panjang untuk diperiksa', 'the text is too long to check');
    return { kind: 'text', text: ext === '.csv' || mime === 'text/csv' ? csvText(text) : text };
  }
  return unchecked('jenis berkas ini tidak dapat diperiksa otomatis', 'this kind of file cannot be checked automatically');
}
