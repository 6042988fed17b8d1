/**
 * Binary answers (PDF, XLSX, CSV, identity documents): the exact bytes a route sends or a writer
 * renders, read back as a PDF's text or an XLSX workbook to assert on.
 */
import { execFileSync } from 'child_process';
import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import type { Booted } from './strapi';

export type BinaryAnswer = { status: number; headers: Record<string, string>; body: Buffer };

/** Collects the raw body, whatever its type says (supertest would parse or drop it). */
const collectBytes = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** GET `path` on the booted app, as a visitor or with an admin's (or end user's) token: status, headers and bytes. */
export async function getBinary(app: Booted, path: string, token?: string): Promise<BinaryAnswer> {
  const req = app.http().get(path);
  if (token) req.set('Authorization', `Bearer ${token}`);
  const res = await req.buffer(true).parse(collectBytes);
  return { status: res.status, headers: res.headers, body: res.body as Buffer };
}

/** What a writer puts into a stream (an export, a letter), as bytes. */
export async function render(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

/** The text of a PDF, by pdf-parse in a child Node process (pdf.js needs ESM dynamic import, which jest's VM lacks). */
export function pdfText(pdf: Buffer): string {
  const script = `const { PDFParse } = require(${JSON.stringify(require.resolve('pdf-parse'))});
const chunks = []; process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const p = new PDFParse({ data: Buffer.concat(chunks) }); const r = await p.getText(); process.stdout.write(r.text); });`;
  return execFileSync(process.execPath, ['-e', script], { input: pdf, maxBuffer: 64 << 20 }).toString('utf8');
}

/** An XLSX file read back into an ExcelJS workbook (its typings want an older Buffer type). */
export async function readWorkbook(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as any);
  return wb;
}
