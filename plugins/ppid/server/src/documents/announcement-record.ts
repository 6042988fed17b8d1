/**
 * The printable record of one announcement (for the hardcopy archive the SOPs ask for: "softcopy dan
 * hardcopy"): its text, the approval chain from the workflow log (who, which position, when, return
 * reasons), the disposisi (assignee, agenda number) and the proofs of publication per channel.
 * Pure over the data below; the controller gathers it.
 */
import type { Writable } from 'stream';
import { createPdf, finish, header, heading, keyValues, paragraph, table } from './pdf';

export interface RecordStep {
  from?: string | null;
  to?: string | null;
  action: string;
  actor?: string | null;
  position?: string | null;
  unit?: string | null;
  reason?: string | null;
  at?: string | null;
}

export interface RecordProof {
  channel: string;
  url?: string | null;
  publishedAt?: string | null;
  recordedBy?: string | null;
  note?: string | null;
}

export interface AnnouncementRecord {
  agency?: { name?: string | null; address?: string | null } | null;
  title: string;
  slug?: string | null;
  infoClass: string;
  unit?: string | null;
  drafter?: string | null;
  informationDate?: string | null;
  publishedAt?: string | null;
  summary: string;
  body: string;
  workflow?: { name?: string | null; sop?: string | null; stage?: string | null; status?: string | null } | null;
  disposisi?: { assignee?: string | null; agendaNumber?: string | null } | null;
  steps: RecordStep[];
  proofs: RecordProof[];
  /** When the record was printed, already formatted in the agency's time zone. */
  printedAt: string;
}

const CLASS = { berkala: 'Informasi Berkala', serta_merta: 'Informasi Serta Merta', setiap_saat: 'Informasi Tersedia Setiap Saat' } as Record<string, string>;
const CHANNEL: Record<string, string> = {
  website: 'Situs web', social_media: 'Media sosial', notice_board: 'Papan pengumuman', print_media: 'Media cetak', satu_data: 'Satu Data', app: 'Aplikasi',
};

/** Markdown to readable plain text (headings, emphasis, links and images reduced to their words). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/`{1,3}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function announcementRecordPdf(r: AnnouncementRecord, out: Writable): Promise<void> {
  const doc = createPdf(out, { orientation: 'portrait', title: `Rekam jejak: ${r.title}`, author: r.agency?.name ?? '' });
  header(doc, { agencyName: r.agency?.name, address: r.agency?.address, title: 'REKAM JEJAK PENGUMUMAN INFORMASI PUBLIK', subtitle: r.title });
  keyValues(doc, [
    ['Judul', r.title],
    ['Klasifikasi', CLASS[r.infoClass] ?? r.infoClass],
    ['Unit', r.unit],
    ['Penyusun', r.drafter],
    ['Tanggal informasi', r.informationDate],
    ['Diterbitkan', r.publishedAt],
    ['Alur kerja', [r.workflow?.name, r.workflow?.sop].filter(Boolean).join(' - ')],
    ['Tahap / status', [r.workflow?.stage, r.workflow?.status].filter(Boolean).join(' / ')],
    ['Disposisi kepada', r.disposisi?.assignee],
    ['Nomor agenda', r.disposisi?.agendaNumber],
    ['Dicetak', r.printedAt],
  ]);
  heading(doc, 'Ringkasan');
  paragraph(doc, r.summary);
  heading(doc, 'Isi pengumuman');
  paragraph(doc, plainText(r.body));

  heading(doc, 'Rantai persetujuan');
  const steps = table(doc, [
    { header: 'No', weight: 0.4 },
    { header: 'Waktu', weight: 1.3 },
    { header: 'Langkah', weight: 1.6 },
    { header: 'Oleh', weight: 1.4 },
    { header: 'Jabatan / unit', weight: 1.4 },
    { header: 'Alasan / catatan', weight: 2 },
  ]);
  r.steps.forEach((s, i) =>
    steps.row([i + 1, s.at, `${s.action}${s.from || s.to ? `\n${s.from ?? '-'} > ${s.to ?? '-'}` : ''}`, s.actor, [s.position, s.unit].filter(Boolean).join(', '), s.reason])
  );
  if (r.steps.length === 0) steps.band('Belum ada langkah tercatat.');

  heading(doc, 'Bukti publikasi per kanal');
  const proofs = table(doc, [
    { header: 'Kanal', weight: 1 },
    { header: 'Tautan / bukti', weight: 2.4 },
    { header: 'Waktu terbit', weight: 1.2 },
    { header: 'Dicatat oleh', weight: 1.2 },
    { header: 'Catatan', weight: 1.4 },
  ]);
  for (const p of r.proofs) proofs.row([CHANNEL[p.channel] ?? p.channel, p.url, p.publishedAt, p.recordedBy, p.note]);
  if (r.proofs.length === 0) proofs.band('Belum ada bukti publikasi.');
  await finish(doc);
}
