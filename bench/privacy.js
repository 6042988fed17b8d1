#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:privacy`: the privacy check's quality and speed, in one process.
 *   1. precision and recall per kind on tests/fixtures/privacy/corpus.json (target >= 0.95 each);
 *   2. the same on the documents of tests/fixtures/privacy/documents.json (PDF, Word, Excel,
 *      OpenDocument, CSV and images, read by extract() as the publish gate reads attachments), and
 *      the time to read and check a document, per file type;
 *   3. a 50-page PDF (about 400 words a page, personal data on some pages) read and checked, and a
 *      20,000-word text checked (target < 1 s each, the worker already started), printed with their
 *      ratio to the 1 s budget.
 * The cost on a workflow transition is measured by `npm run bench:workflow` (transition + check
 * against transition, same run; target <= 1.2x).
 * The TypeScript sources are compiled on the fly with @swc/core (no build needed).
 */
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
  module._compile(code, filename);
};
const SRC = path.resolve(__dirname, '..', 'plugins', 'ppid', 'server', 'src', 'privacy');
const { score, scoreFound, foundIn } = require(path.join(SRC, 'quality.ts'));
const { parseAllowList } = require(path.join(SRC, 'detect.ts'));
const { detect } = require(path.join(SRC, 'detect.ts'));
const { extract } = require(path.join(SRC, 'extract.ts'));
const { stopPdfWorker } = require(path.join(SRC, 'pdf-worker.ts'));
const { pdfWith } = require(path.resolve(__dirname, '..', 'tests', 'helpers', 'privacy-files.ts'));

const WORDS = 'pengumuman informasi publik dinas komunikasi dan informatika provinsi kalimantan barat menyampaikan bahwa pelayanan dilaksanakan sesuai standar operasional prosedur yang berlaku'.split(' ');
const prose = (n, seed) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ');

const FIXTURES = path.resolve(__dirname, '..', 'tests', 'fixtures', 'privacy');

function printScores(perKind, misses) {
  console.log('kind            labelled  found  precision  recall');
  for (const k of perKind) console.log(`${k.kind.padEnd(15)} ${String(k.labelled).padStart(8)} ${String(k.found).padStart(6)} ${k.precision.toFixed(3).padStart(10)} ${k.recall.toFixed(3).padStart(7)}`);
  const met = perKind.every((k) => k.precision >= 0.95 && k.recall >= 0.95);
  console.log(`target precision and recall >= 0.95 per kind: ${met ? 'met' : 'NOT met'}${misses.length ? ` (${misses.length} misses)` : ''}`);
  for (const m of misses.slice(0, 20)) console.log(`  ${m.why} ${m.kind} in ${m.id}: ${m.value}`);
}

async function documentsTable() {
  const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'documents.json'), 'utf8'));
  const scored = manifest.documents.filter((d) => d.expect !== 'unchecked');
  const items = [];
  const times = new Map();
  // Twice: the first pass starts the PDF worker and warms the code paths; the second is timed.
  for (const pass of [0, 1]) {
    for (const d of scored) {
      const buf = fs.readFileSync(path.join(FIXTURES, 'documents', d.file));
      const type = path.extname(d.file).slice(1);
      const t0 = performance.now();
      const found = foundIn(await extract(buf, { name: d.file }), parseAllowList(...(d.allow ?? [])));
      const ms = performance.now() - t0;
      if (pass === 0) continue;
      items.push({ id: d.file, found, labels: d.labels });
      if (!times.has(type)) times.set(type, { n: 0, ms: [], bytes: 0, pages: 0 });
      const t = times.get(type);
      t.n += 1;
      t.ms.push(ms);
      t.bytes += buf.length;
    }
  }
  const { perKind, misses } = scoreFound(items);
  const labelled = items.reduce((n, i) => n + i.labels.length, 0);
  console.log('');
  console.log(`Privacy check on the labelled documents (${items.length} files read by extract(), ${labelled} labelled values; ${manifest.documents.length - items.length} unreadable file(s) not scored)`);
  printScores(perKind, misses);
  console.log('');
  console.log('time to read and check one document, per file type (second pass, PDF worker started)');
  console.log('type   files  mean KiB  mean ms   max ms');
  for (const [type, t] of [...times.entries()].sort()) {
    const mean = t.ms.reduce((a, b) => a + b, 0) / t.n;
    console.log(`${type.padEnd(6)} ${String(t.n).padStart(5)} ${(t.bytes / t.n / 1024).toFixed(1).padStart(9)} ${mean.toFixed(1).padStart(8)} ${Math.max(...t.ms).toFixed(1).padStart(8)}`);
  }
}

async function main() {
  const corpus = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'corpus.json'), 'utf8'));
  const { perKind, misses } = score(corpus.samples);
  console.log(`Privacy check on the labelled corpus (${corpus.samples.length} texts)`);
  printScores(perKind, misses);
  await documentsTable();

  const pages = Array.from({ length: 50 }, (_, i) => `${prose(400, i)}${i % 10 === 3 ? ' Pemohon NIK 6171054509870002 telepon 0812-3456-7890.' : ''}`);
  const pdf = await pdfWith(pages);
  await extract(await pdfWith(['pemanasan']), { name: 'warm.pdf' }); // starts the worker
  const t0 = performance.now();
  const read = await extract(pdf, { name: 'besar.pdf' });
  const found = read.kind === 'text' ? detect(read.text) : [];
  const pdfMs = performance.now() - t0;
  const text = prose(20000, 3) + ' hubungi budi.santoso@gmail.com atau 081234567890';
  const t1 = performance.now();
  const inText = detect(text);
  const textMs = performance.now() - t1;
  console.log('');
  console.log(`50-page PDF (${(pdf.length / 1024).toFixed(0)} KiB): ${pdfMs.toFixed(0)} ms, ${found.length} findings; ratio to the 1 s budget ${(pdfMs / 1000).toFixed(2)} (target < 1: ${pdfMs < 1000 ? 'met' : 'NOT met'})`);
  console.log(`20,000-word text: ${textMs.toFixed(1)} ms, ${inText.length} findings; ratio to the 1 s budget ${(textMs / 1000).toFixed(3)} (target < 1: ${textMs < 1000 ? 'met' : 'NOT met'})`);
  await stopPdfWorker();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
