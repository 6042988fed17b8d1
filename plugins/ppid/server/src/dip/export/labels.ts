/** Indonesian labels and column layout shared by the DIP exporters and the importer. */
import type { SnapshotEntry } from './types';

export const CLASS_LABELS: Record<string, string> = {
  berkala: 'Informasi Berkala',
  serta_merta: 'Informasi Serta Merta',
  setiap_saat: 'Informasi Tersedia Setiap Saat',
  dikecualikan: 'Informasi yang Dikecualikan',
};

export const FORM_LABELS: Record<string, string> = {
  softcopy: 'Softcopy',
  hardcopy: 'Hardcopy',
  softcopy_hardcopy: 'Softcopy dan Hardcopy',
};

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-12-05" → "5 Desember 2026"; anything else unchanged. */
export function tanggal(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return iso ?? '';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "2026-12-05" → a Date at UTC midnight (a calendar day, typed as a date in spreadsheets). */
export function dayDate(iso: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/**
 * The DIP columns (Perki 1/2021 layout plus media type), in order. `key` names the column in the
 * import template; `header` is what the files print.
 */
export const DIP_COLUMNS = [
  { key: 'number', header: 'Nomor', weight: 0.7, width: 12 },
  { key: 'title', header: 'Judul Informasi', weight: 1.6, width: 36 },
  { key: 'summary', header: 'Ringkasan Isi Informasi', weight: 2.4, width: 50 },
  { key: 'class', header: 'Klasifikasi', weight: 1, width: 22 },
  { key: 'unit', header: 'Kode Unit', weight: 0.8, width: 14 },
  { key: 'holderOfficial', header: 'Pejabat/Unit Penguasa Informasi', weight: 1.3, width: 30 },
  { key: 'responsibleOfficial', header: 'Penanggung Jawab Pembuatan Informasi', weight: 1.3, width: 30 },
  { key: 'productionTime', header: 'Waktu Pembuatan', weight: 0.9, width: 18 },
  { key: 'productionPlace', header: 'Tempat Pembuatan', weight: 0.9, width: 20 },
  { key: 'availableForm', header: 'Bentuk Informasi', weight: 0.9, width: 20 },
  { key: 'mediaType', header: 'Jenis Media', weight: 0.9, width: 18 },
  { key: 'retentionPeriod', header: 'Jangka Waktu Penyimpanan', weight: 0.9, width: 20 },
  { key: 'year', header: 'Tahun', weight: 0.5, width: 8 },
] as const;

export type DipColumnKey = (typeof DIP_COLUMNS)[number]['key'];

/** One entry as the values of DIP_COLUMNS (class and form as their Indonesian labels). */
export function dipRow(e: SnapshotEntry): Array<string | number | null> {
  return [
    e.number,
    e.title,
    e.summary,
    CLASS_LABELS[e.class] ?? e.class,
    e.holderUnit?.code ?? null,
    e.holderOfficial ?? e.holderUnit?.name ?? null,
    e.responsibleOfficial ?? null,
    e.productionTime ?? null,
    e.productionPlace ?? null,
    e.availableForm ? (FORM_LABELS[e.availableForm] ?? e.availableForm) : null,
    e.mediaType ?? null,
    e.retentionPeriod ?? null,
    e.year ?? null,
  ];
}

export const EXCLUDED_COLUMNS = [
  { key: 'no', header: 'No', weight: 0.4, width: 6 },
  { key: 'title', header: 'Informasi yang Dikecualikan', weight: 2, width: 40 },
  { key: 'unit', header: 'Unit', weight: 1, width: 24 },
  { key: 'article', header: 'Pasal 17 UU 14/2008', weight: 1.2, width: 30 },
  { key: 'legalBasis', header: 'Dasar Hukum', weight: 1.6, width: 36 },
  { key: 'consequence', header: 'Ringkasan Uji Konsekuensi', weight: 2.4, width: 50 },
  { key: 'testedOn', header: 'Tanggal Uji', weight: 0.8, width: 14 },
  { key: 'exclusionEndsOn', header: 'Dikecualikan Sampai', weight: 0.8, width: 14 },
] as const;

/** Consequence summary: the harm if opened, capped so a cell stays readable. */
export function consequenceSummary(text: string, max = 600): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Safe file name stem: "dip-2026", "informasi-dikecualikan-2026". */
export const fileName = (stem: string, ext: string) => `${stem.replace(/[^a-z0-9-]+/gi, '-')}.${ext}`;
