import { DIP_COLUMNS } from '../src/dip/export/labels';
import { checkSheet, type ImportContext } from '../src/dip/import/validate';

const HEADER: string[] = DIP_COLUMNS.map((c) => c.header);
const row = (over: Partial<Record<string, string | number>> = {}) => {
  const base: Record<string, string | number> = {
    number: 'SS-01', title: 'Rencana Strategis', summary: 'Dokumen rencana strategis lima tahunan.', class: 'Informasi Tersedia Setiap Saat', unit: 'bidang-ikp',
    holderOfficial: 'Kabid IKP', responsibleOfficial: 'Kasi Publikasi', productionTime: '2026', productionPlace: 'Putussibau', availableForm: 'Softcopy dan Hardcopy',
    mediaType: 'Website', retentionPeriod: '5 tahun', year: 2026, ...over,
  };
  return DIP_COLUMNS.map((c) => base[c.key]);
};
const ctx: ImportContext = {
  units: new Set(['bidang-ikp', 'bidang-statistik']),
  allowedUnits: new Set(['bidang-ikp']),
  existing: new Set(['2026|SS-09|bidang-ikp']),
  years: { min: 2025, max: 2027 },
};

describe('DIP import check', () => {
  it('accepts good rows, labels or keys for class and form', () => {
    const r = checkSheet([HEADER, row(), row({ number: 'B-01', class: 'berkala', availableForm: 'softcopy' })], ctx);
    expect(r.ok).toBe(true);
    expect(r.valid.map((v) => [v.row, v.number, v.infoClass, v.availableForm, v.year])).toEqual([
      [2, 'SS-01', 'setiap_saat', 'softcopy_hardcopy', 2026],
      [3, 'B-01', 'berkala', 'softcopy', 2026],
    ]);
  });

  it('reports a wrong header and checks nothing else', () => {
    const bad = [...HEADER];
    bad[2] = 'Isi';
    const r = checkSheet([bad, row()], ctx);
    expect(r.ok).toBe(false);
    expect(r.headerProblems).toEqual(['Kolom 3 harus "Ringkasan Isi Informasi", tertulis "Isi" / column 3 must be "Ringkasan Isi Informasi"']);
    expect(r.valid).toEqual([]);
  });

  it('reports every bad row with its number and reasons', () => {
    const r = checkSheet(
      [
        HEADER,
        row(),
        row({ unit: 'tidak-ada' }),
        row({ number: 'X-2', unit: 'bidang-statistik' }),
        row({ number: 'X-3', class: 'rahasia' }),
        row({ number: 'X-4', title: '' }),
        row(), // duplicate of row 2
        row({ number: 'X-6', year: 1999 }),
        row({ number: 'SS-09' }), // stored already
        [],
      ],
      ctx
    );
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      { row: 3, reasons: ['Unit "tidak-ada" tidak dikenal / unknown unit'] },
      { row: 4, reasons: ['Anda tidak berwenang mengimpor untuk unit "bidang-statistik" / you may not import rows for this unit'] },
      { row: 5, reasons: ['Klasifikasi "rahasia" tidak dikenal / unknown class'] },
      { row: 6, reasons: ['kolom "Judul Informasi" kosong / "Judul Informasi" is empty'] },
      { row: 7, reasons: ['Nomor "SS-01" sudah ada di baris 2 berkas ini / duplicate number (row 2)'] },
      { row: 8, reasons: ['Tahun "1999" tidak sah (2025-2027) / bad year'] },
    ]);
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.alreadyImported).toEqual([9]);
    expect(r.total).toBe(8);
  });
});
