import { PassThrough } from 'stream';
import { parse } from 'csv-parse/sync';
import { exportEdition, exportExcluded, type EditionSnapshot, type ExcludedList, type ExportFormat } from '../src/dip/export';
import { pdfText, readWorkbook, render } from '../../../../tests/helpers/binary';

const entry = (n: number, cls: string) => ({
  number: `${cls === 'berkala' ? 'B' : cls === 'dikecualikan' ? 'K' : 'S'}-${n}`,
  title: `Judul informasi ${n}`,
  summary: `Ringkasan isi informasi nomor ${n}; memuat "kutipan", koma, dan titik koma`,
  class: cls,
  holderUnit: { code: 'SEKRE', name: 'Sekretariat' },
  holderOfficial: 'Sekretaris',
  responsibleOfficial: 'Kasubag Umum',
  productionTime: '2026',
  productionPlace: 'Putussibau',
  year: 2026,
  availableForm: 'softcopy_hardcopy',
  mediaType: 'Dokumen PDF',
  retentionPeriod: '5 tahun',
  exclusion: cls === 'dikecualikan' ? { article: 'c', exclusionEndsOn: '2030-12-31' } : null,
});

const snapshot: EditionSnapshot = {
  year: 2026,
  decreeNumber: '045/123/DISKOMINFO/2026',
  signer: { name: 'Drs. Budi Santoso', title: 'Kepala Dinas', nip: '197001012000031001', rank: 'Pembina Utama Muda (IV/c)' },
  signedAt: '2026-01-15',
  agency: { name: 'Dinas Komunikasi dan Informatika', address: 'Jl. Lintas Selatan', place: 'Putussibau' },
  groups: [
    { class: 'berkala', entries: [1, 2, 3].map((n) => entry(n, 'berkala')) },
    { class: 'setiap_saat', entries: [4, 5].map((n) => entry(n, 'setiap_saat')) },
    { class: 'dikecualikan', entries: [6].map((n) => entry(n, 'dikecualikan')) },
  ],
};

const edition = (f: ExportFormat) => render((out) => exportEdition(f, snapshot, out));

describe('DIP edition export', () => {
  it('CSV: BOM, Indonesian header, one row per entry, values round-trip with ; delimiter', async () => {
    const buf = await edition('csv');
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(buf.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(rows[0][0]).toBe('Nomor');
    expect(rows[0]).toContain('Ringkasan Isi Informasi');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['B-1', 'B-2', 'B-3', 'S-4', 'S-5', 'K-6']);
    expect(rows[1][2]).toBe(snapshot.groups[0].entries[0].summary);
    expect(rows[1][3]).toBe('Informasi Berkala');
    expect(rows[1][12]).toBe('2026');
  });

  it('CSV with , delimiter', async () => {
    const buf = await render((out) => exportEdition('csv', snapshot, out, { delimiter: ',' }));
    const rows: string[][] = parse(buf.subarray(3).toString('utf8'));
    expect(rows).toHaveLength(7);
  });

  it('XLSX: a sheet per class plus excluded, frozen header, typed cells', async () => {
    const buf = await edition('xlsx');
    const wb = await readWorkbook(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Informasi Berkala',
      'Informasi Tersedia Setiap Saat',
      'Informasi yang Dikecualikan',
      'Informasi Dikecualikan',
    ]);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('Nomor');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(3).width).toBe(50);
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(2).getCell(1).value).toBe('B-1');
    expect(ws.getRow(2).getCell(13).value).toBe(2026);
    const ex = wb.worksheets[3];
    expect(ex.getRow(2).getCell(4).value).toBe('c');
    expect(ex.getRow(2).getCell(5).value).toEqual(new Date(Date.UTC(2030, 11, 31)));
  });

  it('XLSX: waits on a slow reader (flow control) without stalling, and writes every row', async () => {
    const many: EditionSnapshot = { ...snapshot, groups: [{ class: 'berkala', entries: Array.from({ length: 3000 }, (_, i) => entry(i + 1, 'berkala')) }] };
    const out = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    // A client reading 4 KB every few milliseconds.
    const reader = (async () => {
      for (;;) {
        const c: Buffer | null = out.read(4096);
        if (c) chunks.push(c);
        else if (out.readableEnded || (out.writableFinished && out.readableLength === 0)) return;
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await exportEdition('xlsx', many, out);
    out.end();
    await reader;
    const wb = await readWorkbook(Buffer.concat(chunks));
    expect(wb.worksheets[0].rowCount).toBe(3001);
    expect(wb.worksheets[0].getRow(3001).getCell(1).value).toBe('B-3000');
    // 3,000 rows through a reader polling every millisecond: seconds on a loaded 2-core machine (no timing asserted).
  }, 60_000);

  it('PDF: letterhead, class groups, entries, decree and signature with rank and NIP, page numbers', async () => {
    const text = pdfText(await edition('pdf'));
    for (const s of ['DAFTAR INFORMASI PUBLIK TAHUN 2026', 'DINAS KOMUNIKASI DAN INFORMATIKA', '045/123/DISKOMINFO/2026', 'Informasi Berkala (3)',
      'Informasi Tersedia Setiap Saat (2)', 'Informasi yang Dikecualikan (1)', 'Judul informasi 5', 'Pasal 17 huruf c', 'Drs. Budi Santoso',
      'Pembina Utama Muda (IV/c)', 'NIP. 197001012000031001', 'Putussibau, 15 Januari 2026', 'Halaman 1 dari 2', 'Halaman 2 dari 2']) {
      expect(text).toContain(s);
    }
  });
});

describe('excluded list export', () => {
  const list = (): ExcludedList => ({
    asOf: '2026-12-05',
    items: [
      { title: 'Dokumen pengadaan berjalan', unit: { code: 'UMUM', name: 'Subbag Umum' }, article: 'b', ground: 'HKI', legalBasis: 'UU 14/2008 Pasal 17 huruf b',
        consequenceIfOpened: 'Persaingan usaha tidak sehat', testedOn: '2026-02-01', exclusionEndsOn: '2027-02-01' },
    ],
  });
  it('CSV, XLSX and PDF carry the item', async () => {
    const csv: string[][] = parse((await render((o) => exportExcluded('csv', list(), o))).subarray(3).toString('utf8'), { delimiter: ';' });
    expect(csv[1]).toEqual(['1', 'Dokumen pengadaan berjalan', 'Subbag Umum', 'b', 'UU 14/2008 Pasal 17 huruf b', 'Persaingan usaha tidak sehat', '2026-02-01', '2027-02-01']);
    const wb = await readWorkbook(await render((o) => exportExcluded('xlsx', list(), o)));
    expect(wb.worksheets[0].getRow(2).getCell(7).value).toEqual(new Date(Date.UTC(2026, 1, 1)));
    const text = pdfText(await render((o) => exportExcluded('pdf', list(), o)));
    expect(text).toContain('DAFTAR INFORMASI YANG DIKECUALIKAN');
    expect(text).toContain('Dokumen pengadaan berjalan');
    expect(text).toContain('Keadaan per 5 Desember 2026');
  });
});
