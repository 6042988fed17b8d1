/**
 * The privacy check on the labelled documents of tests/fixtures/privacy/documents.json (built by
 * build-documents.js): every file is read by extract() and checked as the publish gate checks an
 * attachment (services/privacy.ts: extract, then fileFindings with the unit's allow-list).
 */
import fs from 'fs';
import path from 'path';
import manifest from '../../../../tests/fixtures/privacy/documents.json';
import { parseAllowList } from '../src/privacy/detect';
import { extract, type Extraction } from '../src/privacy/extract';
import { fileFindings } from '../src/privacy/findings';
import { stopPdfWorker } from '../src/privacy/pdf-worker';
import { foundIn, scoreFound, type Found, type ScoredKind } from '../src/privacy/quality';

type Doc = { file: string; about: string; allow?: string[]; expect?: string; labels: { kind: ScoredKind; value: string }[] };
const DIR = path.resolve(__dirname, '../../../../tests/fixtures/privacy/documents');
const docs = manifest.documents as Doc[];

const read = new Map<string, { extraction: Extraction; found: Found[]; gate: ReturnType<typeof fileFindings> }>();

beforeAll(async () => {
  for (const d of docs) {
    const buf = fs.readFileSync(path.join(DIR, d.file));
    const extraction = await extract(buf, { name: d.file });
    const allow = parseAllowList(...(d.allow ?? []));
    read.set(d.file, { extraction, found: foundIn(extraction, allow), gate: fileFindings('attachments', { id: 1, name: d.file, hash: d.file }, extraction, allow) });
  }
}, 60_000);
afterAll(() => stopPdfWorker());

const of = (file: string) => read.get(file)!;
const summary = (found: Found[]) => found.map((f) => `${f.kind}:${f.value}`);

describe('the privacy check on the labelled documents', () => {
  it('has 30-40 files of every type, under 1.5 MB in all, each present', () => {
    expect(docs.length).toBeGreaterThanOrEqual(30);
    expect(docs.length).toBeLessThanOrEqual(40);
    expect([...new Set(docs.map((d) => path.extname(d.file)))].sort()).toEqual(['.csv', '.docx', '.jpg', '.odt', '.pdf', '.png', '.xlsx']);
    const total = docs.reduce((n, d) => n + fs.statSync(path.join(DIR, d.file)).size, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('reads every file but the scanned one', () => {
    const unread = docs.filter((d) => of(d.file).extraction.kind === 'unchecked').map((d) => d.file);
    expect(unread).toEqual(docs.filter((d) => d.expect === 'unchecked').map((d) => d.file));
  });

  it('reports to the gate exactly what it scores', () => {
    for (const d of docs) expect({ file: d.file, n: of(d.file).gate.length }).toEqual({ file: d.file, n: of(d.file).found.length });
  });

  const scored = docs.filter((d) => d.expect !== 'unchecked');
  const result = () => scoreFound(scored.map((d) => ({ id: d.file, labels: d.labels, found: of(d.file).found })));

  it('has labels of every kind', () => {
    const { perKind } = result();
    expect(perKind.filter((k) => k.labelled < (k.kind === 'image_metadata' ? 4 : 15)).map((k) => k.kind)).toEqual([]);
  });

  it('finds each kind with precision and recall of at least 0.95', () => {
    const { perKind } = result();
    expect(perKind.filter((k) => k.precision < 0.95 || k.recall < 0.95)).toEqual([]);
  });

  it('lists no miss (for the record)', () => {
    expect(result().misses).toEqual([]);
  });

  it('finds nothing in the negative documents', () => {
    const negatives = scored.filter((d) => d.labels.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(12);
    expect(negatives.map((d) => [d.file, of(d.file).gate.map((f) => f.kind)])).toEqual(negatives.map((d) => [d.file, []]));
  });

  it('reads the selection result PDF table across its two pages: 58 NIKs, nothing else', () => {
    const { extraction, found } = of('pengumuman-hasil-seleksi-pppk-2026.pdf');
    expect((extraction as { text: string }).text.match(/-- \d of 2 --/g)).toHaveLength(2);
    expect(found.map((f) => f.kind)).toEqual(Array(58).fill('nik'));
  });

  it('reads the KK column of the scholarship table on its second page too, where the title row is not repeated', () => {
    const { extraction, found } = of('pengumuman-penerima-beasiswa-2026.pdf');
    expect((extraction as { text: string }).text.match(/No\tNama Siswa/g)).toHaveLength(1);
    expect(found.map((f) => f.kind)).toEqual(Array(64).fill('kk'));
  });

  it('tells KK from NIK, and accounts and phones, by the columns of the aid recipients spreadsheet', () => {
    const { found } = of('daftar-penerima-bantuan-sosial-2026.xlsx');
    const count = (kind: string) => found.filter((f) => f.kind === kind).length;
    expect([count('nik'), count('kk'), count('phone'), count('bank_account'), found.length]).toEqual([34, 34, 34, 34, 136]);
  });

  it('finds the values of a certificate written in prose with labels', () => {
    const d = docs.find((x) => x.file === 'surat-keterangan-domisili-pemohon.docx')!;
    expect(summary(of(d.file).found)).toEqual(d.labels.map((l) => `${l.kind}:${l.value}`));
    expect(d.labels.map((l) => l.kind)).toEqual(['nik', 'kk', 'address', 'phone']);
  });

  it('leaves the allow-listed mobile of an official alone, and finds it without the allow-list', () => {
    const d = docs.find((x) => x.file === 'pengumuman-layanan-pengaduan.docx')!;
    expect(of(d.file).gate).toEqual([]);
    expect(summary(foundIn(of(d.file).extraction))).toEqual([`phone:${d.allow![0]}`]);
  });

  it('reports the scanned PDF as not checked, with why', () => {
    expect(of('surat-permohonan-pindaian.pdf').gate.map((f) => [f.kind, f.reason?.en])).toEqual([['unchecked', 'scanned PDF without a text layer: check its content by hand']]);
  });

  it('reports the metadata of a camera photo and nothing for a clean one', () => {
    expect(of('foto-kegiatan-sosialisasi.jpg').gate.map((f) => f.masked)).toEqual(['lokasi GPS (GPS)', 'nama pemilik (Artist)', 'nomor seri perangkat (SerialNumber)']);
    expect(of('foto-lokasi-jalan-rusak.png').gate.map((f) => f.masked)).toEqual(['lokasi GPS (GPS)']);
    expect(of('foto-kegiatan-tanpa-metadata.jpg').gate).toEqual([]);
  });
});
