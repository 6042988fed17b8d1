#!/usr/bin/env node
'use strict';
/**
 * `npm run bench:dip-files`: time and peak memory of the DIP exports (PDF, XLSX, CSV) at 1k, 10k and
 * 50k entries, each run in a fresh child process. Prints the 50k/1k memory ratio per format (target:
 * flat, under 1.5x) and writes bench/RESULTS-dip-files.md.
 *
 * The exporters (plugins/ppid/server/src/dip/export) are pure: they are bundled with esbuild into
 * bench/.data/ and driven directly (no Strapi boot). Each class's entries are generated as the
 * exporter reads them (see child()), so what is measured is the export, not the seeding. Memory is
 * measured two ways per run:
 *   - peak RSS (process.resourceUsage().maxRSS) of the whole child: the target (50k/1k < 1.5x);
 *   - export peak: the highest heapUsed + external sampled every 5 ms during the export, minus the
 *     same measure just before it (after a GC), for information: it counts garbage not yet collected.
 * Import: a 10k-row CSV and XLSX (written by the exporters) read and checked as the dry run does
 * (dip/import/read.ts + validate.ts), without the database. The confirm step (10k document-service
 * creates in one transaction) needs a booted app and is not measured here yet.
 *
 * Environment: BENCH_DIP_SIZES=1000,10000,50000, BENCH_DIP_FORMATS=csv,xlsx,pdf, BENCH_DIP_IMPORT_ROWS=10000.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(__dirname, '.data');
const BUNDLE = path.join(OUT_DIR, 'dip-export.js');
const SIZES = (process.env.BENCH_DIP_SIZES || '1000,10000,50000').split(',').map(Number);
const FORMATS = (process.env.BENCH_DIP_FORMATS || 'csv,xlsx,pdf').split(',');

function bundle() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const esbuild = require('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'plugins/ppid/server/src/dip/import/read.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: path.join(OUT_DIR, 'dip-import-read.js'),
    external: ['exceljs', 'csv-parse'], logLevel: 'warning',
  });
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'plugins/ppid/server/src/dip/import/validate.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: path.join(OUT_DIR, 'dip-import-validate.js'), logLevel: 'warning',
  });
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'plugins/ppid/server/src/dip/export/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: BUNDLE,
    external: ['pdfkit', 'exceljs', 'csv-stringify'],
    logLevel: 'warning',
  });
}

/** Import dry run of `n` rows: write a CSV/XLSX with the exporters, then read and check it. */
async function importChild(kind, n) {
  const fsP = require('fs');
  const { exportEdition } = require(BUNDLE);
  const { readRows } = require(path.join(OUT_DIR, 'dip-import-read.js'));
  const { checkSheet } = require(path.join(OUT_DIR, 'dip-import-validate.js'));
  const year = new Date().getUTCFullYear();
  const entries = [];
  for (let i = 0; i < n; i += 1) {
    entries.push({ number: `B-${i}`, title: `Informasi ${i}`, summary: 'Ringkasan isi informasi yang cukup panjang.', class: 'berkala', holderUnit: { code: `unit-${i % 10}` },
      holderOfficial: 'Kabid', responsibleOfficial: 'Kasi', productionTime: String(year), productionPlace: 'Putussibau', year, availableForm: 'softcopy', mediaType: 'PDF', retentionPeriod: '5 tahun' });
  }
  const file = path.join(OUT_DIR, `import-${n}.${kind}`);
  await exportEdition(kind, { year, signer: { name: 'X' }, groups: [{ class: 'berkala', entries }] }, fsP.createWriteStream(file));
  const units = new Set(Array.from({ length: 10 }, (_, i) => `unit-${i}`));
  const start = process.hrtime.bigint();
  const rows = await readRows(file, kind);
  const result = checkSheet(kind === 'xlsx' ? rows.filter((r, i) => i === 0 || r.length) : rows, { units, allowedUnits: units, existing: new Set(), years: { min: year - 1, max: year + 1 } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ kind, n, ms, valid: result.valid.length, problems: result.problems.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/**
 * The child: a deterministic snapshot of `n` entries, exported to a byte-counting sink. Each class's
 * entries are made as the exporter reads them (a re-iterable with a length, as a batched read from the
 * database would hand them over), so that the memory measured is the export's, not the seeding's: a
 * 50k-entry array built up front would sit in the heap and raise the garbage collector's thresholds.
 */
function child(format, n) {
  const { Writable } = require('stream');
  const { exportEdition } = require(BUNDLE);
  const classes = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'];
  const classOf = (i) => classes[i % 7 === 0 ? 3 : i % 5 === 0 ? 1 : i % 2 === 0 ? 0 : 2];
  const entry = (i, cls) => ({
    number: `${cls.slice(0, 2).toUpperCase()}-${String(i).padStart(6, '0')}`,
    title: `Informasi publik nomor ${i} tentang layanan dinas`,
    summary: `Ringkasan isi informasi ${i}: dokumen yang memuat data dan keterangan kegiatan unit kerja selama tahun berjalan.`,
    class: cls,
    holderUnit: { code: `unit-${i % 12}`, name: `Bidang ${i % 12}` },
    holderOfficial: 'Kepala Bidang',
    responsibleOfficial: 'Kepala Seksi',
    productionTime: '2026',
    productionPlace: 'Putussibau',
    year: 2026,
    availableForm: 'softcopy_hardcopy',
    mediaType: 'Dokumen PDF',
    retentionPeriod: '5 tahun',
    exclusion: cls === 'dikecualikan' ? { article: 'h', exclusionEndsOn: '2030-12-31' } : null,
  });
  const counts = new Map(classes.map((c) => [c, 0]));
  for (let i = 0; i < n; i += 1) counts.set(classOf(i), counts.get(classOf(i)) + 1);
  const lazyEntries = (cls) => ({
    length: counts.get(cls),
    *[Symbol.iterator]() {
      for (let i = 0; i < n; i += 1) if (classOf(i) === cls) yield entry(i, cls);
    },
  });
  const snapshot = {
    year: 2026, decreeNumber: '045/DISKOMINFO/2026', signedAt: '2026-01-10',
    signer: { name: 'Dr. H. Kepala', title: 'Kepala Dinas', nip: '197001012000031001', rank: 'Pembina Utama Muda (IV/c)' },
    agency: { name: 'Dinas Komunikasi dan Informatika' },
    groups: classes.filter((c) => counts.get(c) > 0).map((cls) => ({ class: cls, entries: lazyEntries(cls) })),
  };
  global.gc();
  const mem = () => { const m = process.memoryUsage(); return m.heapUsed + m.external + m.arrayBuffers; };
  const base = mem();
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, mem()); }, 5);
  let bytes = 0;
  const sink = new Writable({ write(chunk, _enc, cb) { bytes += chunk.length; peak = Math.max(peak, mem()); cb(); } });
  const start = process.hrtime.bigint();
  exportEdition(format, snapshot, sink).then(() => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    clearInterval(timer);
    process.stdout.write(JSON.stringify({ format, n, ms, bytes, exportPeakMb: (peak - base) / 1048576, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  });
}

function main() {
  bundle();
  const results = [];
  for (const format of FORMATS) {
    for (const n of SIZES) {
      const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--child', format, String(n)], { cwd: ROOT, maxBuffer: 1 << 20 });
      const r = JSON.parse(out.toString());
      results.push(r);
      console.log(`${format.padEnd(5)} ${String(n).padStart(6)} entries: ${r.ms.toFixed(0).padStart(7)} ms, ${(r.bytes / 1048576).toFixed(1)} MB file, export peak ${r.exportPeakMb.toFixed(1)} MB, max RSS ${r.maxRssMb.toFixed(0)} MB`);
    }
  }
  const lines = ['# DIP exports: time and memory', '', `Run ${new Date().toISOString()} on ${require('os').cpus().length} cores, Node ${process.version}. \`npm run bench:dip-files\`.`, '',
    '| format | entries | time (ms) | file (MB) | export peak (MB) | max RSS (MB) |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of results) lines.push(`| ${r.format} | ${r.n} | ${r.ms.toFixed(0)} | ${(r.bytes / 1048576).toFixed(1)} | ${r.exportPeakMb.toFixed(1)} | ${r.maxRssMb.toFixed(0)} |`);
  lines.push('', `Memory ratio ${Math.max(...SIZES)}/${Math.min(...SIZES)} entries (max RSS of the exporting process; target < 1.5x; the export peak, heap + external over the start, counts garbage not yet collected):`, '');
  for (const format of FORMATS) {
    const lo = results.find((r) => r.format === format && r.n === Math.min(...SIZES));
    const hi = results.find((r) => r.format === format && r.n === Math.max(...SIZES));
    const ratio = hi.exportPeakMb / Math.max(lo.exportPeakMb, 0.1);
    const rss = hi.maxRssMb / lo.maxRssMb;
    const line = `- ${format}: max RSS ${rss.toFixed(2)}x (${rss < 1.5 ? 'met' : '**missed**'}), export peak ${ratio.toFixed(2)}x`;
    console.log(line);
    lines.push(line);
  }
  const importRows = Number(process.env.BENCH_DIP_IMPORT_ROWS || 10000);
  lines.push('', `Import dry run (read + check, no database) of ${importRows} rows:`, '', '| file | rows | time (ms) | valid | problems | max RSS (MB) |', '|---|---:|---:|---:|---:|---:|');
  for (const kind of ['csv', 'xlsx']) {
    const r = JSON.parse(execFileSync(process.execPath, [__filename, '--import', kind, String(importRows)], { cwd: ROOT }).toString());
    console.log(`import ${kind} ${r.n} rows: dry run ${r.ms.toFixed(0)} ms, ${r.valid} valid, ${r.problems} problems, max RSS ${r.maxRssMb.toFixed(0)} MB`);
    lines.push(`| ${kind} | ${r.n} | ${r.ms.toFixed(0)} | ${r.valid} | ${r.problems} | ${r.maxRssMb.toFixed(0)} |`);
  }
  lines.push('', 'The confirm step (creating the rows through the document service in one transaction) needs a booted app and is not measured yet.');
  lines.push('', 'The PDF numbers pages "Halaman X dari Y" (buffered pages) up to 1,500 entries and "Halaman X" (streamed pages) above, so that memory stays flat.');
  fs.writeFileSync(path.join(__dirname, 'RESULTS-dip-files.md'), `${lines.join('\n')}\n`);
}

if (process.argv[2] === '--child') child(process.argv[3], Number(process.argv[4]));
else if (process.argv[2] === '--import') importChild(process.argv[3], Number(process.argv[4]));
else main();
