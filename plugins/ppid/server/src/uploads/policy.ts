/**
 * What may be uploaded, in one place: the file kinds the plugin needs, which kinds each media field
 * of a ppid content type accepts, and how a file's content must begin for its name to be believed.
 *
 * Pure data and functions (no Strapi): the upload guard (security/upload-guard.ts) applies them to
 * every upload and to every media id linked to a ppid field; config/plugins.ts builds the upload
 * plugin's own allow/deny lists from UPLOAD_MIME_TYPES and DENIED_MIME_TYPES.
 *
 * Active content is never accepted: HTML, SVG (it can carry script, so it is refused outright),
 * JavaScript, XML, executables. Text kinds (CSV) are refused when they contain markup.
 */

export type FileKind = 'image' | 'pdf' | 'office' | 'opendocument' | 'csv';

type Signature = { offset: number; bytes: number[] } | { ascii: string; offset?: number };

export type FileType = {
  ext: string;
  mime: string;
  kind: FileKind;
  /** The content must start with one of these (ZIP-based formats: a ZIP local header). */
  signatures: Signature[];
  /** Served inline (the browser may display it); everything else is served as an attachment. */
  inline: boolean;
};

const ZIP: Signature = { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] };
const OLE2: Signature = { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] };

export const FILE_TYPES: readonly FileType[] = [
  { ext: '.jpg', mime: 'image/jpeg', kind: 'image', signatures: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }], inline: true },
  { ext: '.jpeg', mime: 'image/jpeg', kind: 'image', signatures: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }], inline: true },
  { ext: '.png', mime: 'image/png', kind: 'image', signatures: [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }], inline: true },
  { ext: '.gif', mime: 'image/gif', kind: 'image', signatures: [{ ascii: 'GIF87a' }, { ascii: 'GIF89a' }], inline: true },
  // RIFF....WEBP (-1: any byte)
  { ext: '.webp', mime: 'image/webp', kind: 'image', signatures: [{ offset: 0, bytes: [0x52, 0x49, 0x46, 0x46, -1, -1, -1, -1, 0x57, 0x45, 0x42, 0x50] }], inline: true },
  { ext: '.pdf', mime: 'application/pdf', kind: 'pdf', signatures: [{ ascii: '%PDF-' }], inline: true },
  { ext: '.doc', mime: 'application/msword', kind: 'office', signatures: [OLE2], inline: false },
  { ext: '.xls', mime: 'application/vnd.ms-excel', kind: 'office', signatures: [OLE2], inline: false },
  { ext: '.ppt', mime: 'application/vnd.ms-powerpoint', kind: 'office', signatures: [OLE2], inline: false },
  { ext: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'office', signatures: [ZIP], inline: false },
  { ext: '.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'office', signatures: [ZIP], inline: false },
  { ext: '.pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'office', signatures: [ZIP], inline: false },
  { ext: '.odt', mime: 'application/vnd.oasis.opendocument.text', kind: 'opendocument', signatures: [ZIP], inline: false },
  { ext: '.ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', kind: 'opendocument', signatures: [ZIP], inline: false },
  { ext: '.csv', mime: 'text/csv', kind: 'csv', signatures: [], inline: false },
];

/** For the upload plugin's `security.allowedTypes`. */
export const UPLOAD_MIME_TYPES = [...new Set(FILE_TYPES.map((t) => t.mime))];
/** For the upload plugin's `security.deniedTypes`: refused even when detected by content only. */
export const DENIED_MIME_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/javascript',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'text/xml',
  'application/xml',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/vnd.microsoft.portable-executable',
  'application/x-dosexec',
  'application/x-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-sh',
  'application/x-shellscript',
  'application/java-archive',
  'application/wasm',
];

const DOCUMENTS: FileKind[] = ['pdf', 'office', 'opendocument', 'csv'];
const ANY: FileKind[] = ['image', ...DOCUMENTS];

/**
 * The kinds each media field accepts. Every media field of every ppid content type is listed here
 * (a unit test checks it against the schemas); a field missing from this table accepts nothing.
 */
export const FIELD_KINDS: Readonly<Record<string, Readonly<Record<string, readonly FileKind[]>>>> = {
  announcement: { coverImage: ['image'], attachments: ANY },
  'publication-record': { proofFile: ['image', 'pdf'] },
  'dip-entry': { document: ANY },
  'dip-edition': { signedDocument: ['pdf', 'image'] },
  exclusion: { attachments: ANY },
  'content-plan': { signedDocument: ['pdf', 'image'] },
  'meeting-minute': { attachments: ANY },
  evaluation: { attachments: ANY },
  /** The Komisi Informasi's ruling on a dispute. */
  objection: { disputeRuling: ['pdf'] },
  /** The signed SOP a workflow version implements (a scan or a PDF). */
  workflow: { sopDocument: ['pdf', 'image'] },
};

export const DEFAULT_MAX_UPLOAD_MB = 20;

const KIND_NAMES: Record<FileKind, string> = {
  image: 'images (JPEG, PNG, GIF, WebP)',
  pdf: 'PDF',
  office: 'Office documents (doc, docx, xls, xlsx, ppt, pptx)',
  opendocument: 'OpenDocument files (odt, ods)',
  csv: 'CSV',
};

export const describeKinds = (kinds: readonly FileKind[]) => kinds.map((k) => KIND_NAMES[k]).join(', ');

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export const typeByExtension = (ext: string): FileType | undefined => FILE_TYPES.find((t) => t.ext === ext.toLowerCase());

function matches(head: Uint8Array, signature: Signature): boolean {
  if ('bytes' in signature) {
    return signature.bytes.every((b, i) => (b < 0 ? signature.offset + i < head.length : head[signature.offset + i] === b));
  }
  const offset = signature.offset ?? 0;
  return [...signature.ascii].every((c, i) => head[offset + i] === c.charCodeAt(0));
}

/** Markup that makes a "text" file active content when a browser or a spreadsheet opens it. */
const MARKUP = /<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|meta|link|style|img|a\s|\?xml|x:|math)|javascript:/i;

export type Verdict = { ok: true; type: FileType } | { ok: false; reason: string };

/**
 * Decides on one file from its name and the first bytes of its content (4 KB is plenty; the CSV
 * check reads whatever it is given). The name must carry an allowed extension and the content must
 * be what that extension says: an HTML page named `.png` is refused.
 */
export function checkFile(name: string, head: Uint8Array): Verdict {
  const ext = extensionOf(name);
  const type = typeByExtension(ext);
  if (!type) {
    return { ok: false, reason: `"${name}": this file type is not accepted. Accepted: ${describeKinds(ANY)}` };
  }
  if (type.kind === 'csv') {
    const text = Buffer.from(head).toString('utf8');
    if (head.includes(0) || MARKUP.test(text)) {
      return { ok: false, reason: `"${name}": the file is not plain CSV text (it contains binary data or markup)` };
    }
    return { ok: true, type };
  }
  if (!type.signatures.some((s) => matches(head, s))) {
    return { ok: false, reason: `"${name}": the content of the file is not ${type.mime} (its name says ${ext})` };
  }
  return { ok: true, type };
}

/** Whether a stored file (its extension and MIME type) is allowed in one ppid media field. */
export function fieldAccepts(contentType: string, field: string, file: { ext?: string | null; mime?: string | null; name?: string | null }): boolean {
  const kinds = FIELD_KINDS[contentType]?.[field];
  if (!kinds) return false;
  const type = typeByExtension(file.ext ?? extensionOf(file.name ?? ''));
  return !!type && kinds.includes(type.kind) && (!file.mime || file.mime === type.mime || (type.signatures.includes(ZIP) && file.mime === 'application/zip'));
}

/** Files that a browser may display are served inline; all others as attachments. */
export function servedInline(path: string): boolean {
  return typeByExtension(extensionOf(path))?.inline === true;
}
