/**
 * The controllers' download answers (controllers/http.ts): the Content-Disposition header for any
 * file name, the headers by audience, and what a stream that fails half-way does.
 */
import type { PassThrough } from 'stream';
import { asciiFileName, attachment, contentDisposition, dashedFileName, downloadHeaders, streamAttachment } from '../src/controllers/http';

/** A stand-in for Koa's context: the headers set, in order, the status and the body. */
function fakeCtx() {
  const headers: Array<[string, string]> = [];
  return { headers, status: 404, body: undefined as unknown, set: (k: string, v: string) => void headers.push([k, v]) };
}

describe('Content-Disposition', () => {
  it('a plain ASCII name stands quoted as it is, and nothing else is added', () => {
    expect(contentDisposition('laporan-layanan-informasi-2025.pdf')).toBe('attachment; filename="laporan-layanan-informasi-2025.pdf"');
    expect(contentDisposition("it's (v2).csv")).toBe(`attachment; filename="it's (v2).csv"`);
  });

  it('inline when asked', () => {
    expect(contentDisposition('ktp.png', true)).toBe('inline; filename="ktp.png"');
  });

  it('a name with accents: the ASCII stand-in drops them, filename* keeps the exact name in UTF-8', () => {
    expect(contentDisposition('Rekap dinas (café) 2026.pdf')).toBe(
      `attachment; filename="Rekap dinas (cafe) 2026.pdf"; filename*=UTF-8''Rekap%20dinas%20%28caf%C3%A9%29%202026.pdf`
    );
  });

  it('a name in another script: underscores in the stand-in, percent-encoded UTF-8 in filename*', () => {
    expect(contentDisposition('报告.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf`);
  });

  it('quotes and backslashes never close the quoted name: the stand-in has underscores, filename* the exact name', () => {
    expect(contentDisposition('say "hi"\\x.pdf')).toBe(`attachment; filename="say _hi__x.pdf"; filename*=UTF-8''say%20%22hi%22%5Cx.pdf`);
  });

  it('control characters (a CR/LF would end the header) are dropped', () => {
    expect(contentDisposition('a\r\nb\u0000.pdf')).toBe('attachment; filename="ab.pdf"');
  });

  it('asciiFileName keeps printable ASCII and replaces the rest one character at a time', () => {
    expect(asciiFileName('Dinas Pendidikan – Ōsaka.xlsx')).toBe('Dinas Pendidikan _ Osaka.xlsx');
  });

  it('dashedFileName turns every run of other characters into one dash', () => {
    expect(dashedFileName('form-update konten/UR 2026#1.pdf')).toBe('form-update-konten-UR-2026-1.pdf');
  });
});

describe('download headers', () => {
  it('a public file: revalidated on every use, never sniffed', () => {
    expect(Object.entries(downloadHeaders({ filename: 'dip-2026.csv', type: 'text/csv; charset=utf-8', audience: 'public' }))).toEqual([
      ['Content-Type', 'text/csv; charset=utf-8'],
      ['Content-Disposition', 'attachment; filename="dip-2026.csv"'],
      ['Cache-Control', 'no-cache'],
      ['X-Content-Type-Options', 'nosniff'],
    ]);
  });

  it('an admin file: never stored', () => {
    expect(downloadHeaders({ filename: 'register.xlsx', type: 'application/x', audience: 'admin' })['Cache-Control']).toBe('no-store');
  });

  it("a person's own document: its length, private and never stored", () => {
    expect(downloadHeaders({ filename: 'ktp.png', type: 'image/png', audience: 'private', length: 70 })).toEqual({
      'Content-Type': 'image/png',
      'Content-Length': '70',
      'Content-Disposition': 'attachment; filename="ktp.png"',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('attachment answers 200 with the headers and the body', () => {
    const ctx = fakeCtx();
    const body = Buffer.from('%PDF-');
    attachment(ctx, { filename: 'a.pdf', type: 'application/pdf', audience: 'admin', body });
    expect(ctx.headers).toEqual([
      ['Content-Type', 'application/pdf'],
      ['Content-Disposition', 'attachment; filename="a.pdf"'],
      ['Cache-Control', 'no-store'],
      ['X-Content-Type-Options', 'nosniff'],
    ]);
    expect(ctx.status).toBe(200);
    expect(ctx.body).toBe(body);
  });
});

describe('streamed downloads', () => {
  const read = (out: PassThrough) =>
    new Promise<{ data: string; error: Error | null }>((resolve) => {
      let data = '';
      out.on('data', (c) => (data += c));
      out.on('end', () => resolve({ data, error: null }));
      out.on('error', (error) => resolve({ data, error }));
    });

  it('streams what the writer writes', async () => {
    const ctx = fakeCtx();
    const log = { error: jest.fn() };
    streamAttachment(ctx, log, { filename: 'a.csv', type: 'text/csv', audience: 'public' }, async (out) => {
      out.write('a;b\r\n');
      out.end('1;2\r\n');
    });
    expect(ctx.status).toBe(200);
    expect(await read(ctx.body as PassThrough)).toEqual({ data: 'a;b\r\n1;2\r\n', error: null });
    expect(log.error).not.toHaveBeenCalled();
  });

  it('a writer that fails half-way aborts the download and is logged under its name', async () => {
    const ctx = fakeCtx();
    const log = { error: jest.fn() };
    streamAttachment(ctx, log, { filename: 'a.pdf', type: 'application/pdf', audience: 'admin', what: 'record 42' }, async (out) => {
      out.write('%PDF-');
      throw new Error('boom');
    });
    const result = await read(ctx.body as PassThrough);
    expect(result.error?.message).toBe('boom');
    expect(log.error.mock.calls).toEqual([['[ppid] record 42 failed: boom']]);
  });
});
