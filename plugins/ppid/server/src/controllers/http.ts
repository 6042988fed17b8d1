/**
 * The controllers' one HTTP edge for answers: the request context every controller reads, and files
 * sent as downloads with the same headers everywhere:
 *   Content-Type, Content-Disposition (attachment or inline, `filename` in plain ASCII and, for any
 *   other name, `filename*` in UTF-8 as RFC 6266 / RFC 8187 give it), Cache-Control by audience, and
 *   `X-Content-Type-Options: nosniff` (a download is never sniffed into something the browser runs).
 */
import { PassThrough, type Readable } from 'stream';

/** The admin user Strapi's admin auth puts on the request (the public routes have none). */
export type SessionRef = { id: number; roles?: { code: string }[]; preferedLanguage?: string | null };

/** What the plugin's controllers read from Koa's context and write to it. */
export type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown; files?: Record<string, any>; ip?: string };
  ip?: string;
  state: { user?: SessionRef };
  status: number;
  body: unknown;
  set: (field: string, value: string) => void;
};

/**
 * Who may keep a copy of a download:
 * - `public`: published files: any cache may keep them but asks again every time (`no-cache`);
 * - `admin`: files of the admin routes: nobody keeps them (`no-store`);
 * - `private`: a person's own documents (the identity document): `private, no-store`.
 */
export type Audience = 'public' | 'admin' | 'private';

const CACHE_CONTROL: Record<Audience, string> = { public: 'no-cache', admin: 'no-store', private: 'private, no-store' };

export interface Download {
  /** The name the file is offered under (any characters: see `contentDisposition`). */
  filename: string;
  /** Its MIME type, as sent in Content-Type. */
  type: string;
  audience: Audience;
  /** Shown in the browser rather than saved (default: an attachment). */
  inline?: boolean;
  /** The size in bytes when the body is a stream that knows it (a Buffer's length Koa sets itself). */
  length?: number;
}

// Control characters never belong in a header (and CR/LF would end it).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
// What may stand inside the quoted ASCII `filename`: printable ASCII but the quote and the backslash.
const PLAIN = /^[\u0020-\u007e]*$/;
const UNQUOTABLE = /["\\]/;

/** The name in plain ASCII: accents dropped, every other character outside printable ASCII, `"` and `\` as `_`. */
export function asciiFileName(name: string): string {
  return name
    .replace(CONTROL, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0020-\u007e]|["\\]/g, '_');
}

/** A generated file name with every run of characters but ASCII letters, digits, `.` and `-` as one `-`. */
export const dashedFileName = (name: string) => name.replace(/[^a-z0-9.-]+/gi, '-');

/** RFC 8187's value-chars: percent-encoded UTF-8 but for the attribute characters. */
const extValue = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The Content-Disposition header: `attachment; filename="name"` for a plain ASCII name, and for any
 * other also `filename*=UTF-8''…` with the exact name, after an ASCII stand-in for old clients.
 */
export function contentDisposition(filename: string, inline = false): string {
  const name = filename.replace(CONTROL, '');
  const kind = inline ? 'inline' : 'attachment';
  if (PLAIN.test(name) && !UNQUOTABLE.test(name)) return `${kind}; filename="${name}"`;
  return `${kind}; filename="${asciiFileName(name)}"; filename*=UTF-8''${extValue(name)}`;
}

/** The headers of a download, in the order they are sent. */
export function downloadHeaders(d: Download): Record<string, string> {
  return {
    'Content-Type': d.type,
    ...(d.length !== undefined ? { 'Content-Length': String(d.length) } : {}),
    'Content-Disposition': contentDisposition(d.filename, d.inline),
    'Cache-Control': CACHE_CONTROL[d.audience],
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Answers 200 with `body` as a download. */
export function attachment(ctx: Pick<Ctx, 'set' | 'status' | 'body'>, d: Download & { body: Buffer | Readable }): void {
  for (const [field, value] of Object.entries(downloadHeaders(d))) ctx.set(field, value);
  ctx.status = 200;
  ctx.body = d.body;
}

/** Where a failed stream is reported (Strapi's logger). */
export type Log = { error: (message: string) => void };

/**
 * Answers 200 with what `write` writes as a download, streamed as it is made. A failure after the
 * headers went out cannot become an error answer: it is logged (`[ppid] <what> failed: …`, `what`
 * being the file name unless given) and aborts the download, so the client sees a broken transfer
 * rather than a truncated file.
 */
export function streamAttachment(ctx: Pick<Ctx, 'set' | 'status' | 'body'>, log: Log, d: Download & { what?: string }, write: (out: PassThrough) => Promise<void>): void {
  const out = new PassThrough();
  attachment(ctx, { ...d, body: out });
  write(out).catch((e) => {
    log.error(`[ppid] ${d.what ?? d.filename} failed: ${e?.message ?? e}`);
    out.destroy(e);
  });
}
