/**
 * PDF text is read in a worker thread: an untrusted PDF never blocks the server's event loop, a PDF
 * that takes too long is stopped by terminating the worker, and pdf.js (which loads its own worker
 * module by dynamic import) runs in a plain Node context. One worker is kept and reused; it does
 * not keep the process alive.
 */
import { Worker } from 'worker_threads';

/** A blank at least this wide (PDF points, about three spaces of 10-point text) separates two cells. */
const COLUMN_GAP = 8;

const SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const { PDFParse } = require(workerData.lib);
// pdf.js reports the gap between two table columns as a wide blank item: it becomes a tab, so that
// a row's cells stay apart. A blank as wide as a few spaces stays a space, and so do the blanks of a
// justified line (all of them stretched alike).
const COLUMN_GAP = ${COLUMN_GAP};
const isBlank = (item) => typeof item.str === 'string' && item.str !== '' && item.str.trim() === '';
function markColumns(items) {
  let line = [];
  const flush = () => {
    const blanks = line.filter(isBlank);
    const wide = blanks.filter((item) => item.width >= COLUMN_GAP);
    const widths = wide.map((item) => item.width);
    const justified = wide.length >= 2 && wide.length === blanks.length && Math.max(...widths) - Math.min(...widths) < 0.5;
    if (!justified) for (const item of wide) item.str = '\\t';
    line = [];
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    line.push(item);
    if (item.hasEOL) flush();
  }
  flush();
}
function withColumns(doc) {
  const getPage = doc.getPage.bind(doc);
  doc.getPage = async (n) => {
    const page = await getPage(n);
    const getTextContent = page.getTextContent.bind(page);
    page.getTextContent = async (options) => {
      const content = await getTextContent(options);
      markColumns(content.items);
      return content;
    };
    return page;
  };
}
parentPort.on('message', async ({ id, data }) => {
  const parser = new PDFParse({ data });
  try {
    withColumns(await parser.load());
    const result = await parser.getText();
    parentPort.postMessage({ id, text: result.text, total: result.total });
  } catch (e) {
    parentPort.postMessage({ id, error: { name: (e && e.name) || 'Error', message: String((e && e.message) || e) } });
  } finally {
    await parser.destroy().catch(() => {});
  }
});
`;

type Pending = { resolve: (v: { text: string; total: number }) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    p.reject(error);
    pending.delete(id);
  }
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(SOURCE, { eval: true, workerData: { lib: require.resolve('pdf-parse') } });
  w.unref();
  w.on('message', (msg: { id: number; text?: string; total?: number; error?: { name: string; message: string } }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name }));
    else p.resolve({ text: msg.text ?? '', total: msg.total ?? 0 });
  });
  w.on('error', (e) => {
    if (worker === w) worker = null;
    failAll(e instanceof Error ? e : new Error(String(e)));
  });
  w.on('exit', () => {
    if (worker === w) worker = null;
    failAll(new Error('PDF worker stopped'));
  });
  worker = w;
  return w;
}

/** The text of a PDF; rejects with the parser's error (`PasswordException`...) or `TimeoutError`. */
export function pdfTextInWorker(buf: Buffer, timeoutMs: number): Promise<{ text: string; total: number }> {
  const w = ensureWorker();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' }));
      // The worker may be stuck in this PDF: start afresh for the next one.
      if (worker === w) worker = null;
      void w.terminate();
    }, timeoutMs);
    pending.set(id, { resolve, reject, timer });
    w.postMessage({ id, data: new Uint8Array(buf) });
  });
}

/** Stops the worker (server shutdown, tests). */
export async function stopPdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
