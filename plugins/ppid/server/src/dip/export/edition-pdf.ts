/** PDF of an enacted DIP edition: A4 landscape, letterhead, one table band per class, signature. */
import type { Writable } from 'stream';
import { breathe, createPdf, finish, header, keyValues, signature, table } from '../../documents/pdf';
import { CLASS_LABELS, FORM_LABELS, tanggal } from './labels';
import type { EditionSnapshot, ExcludedList } from './types';

/** Above this many rows pages are streamed and numbered "Halaman X" (no total) to keep memory flat. */
export const PAGE_TOTAL_LIMIT = 1500;

const COLUMNS = [
  { header: 'No.', weight: 0.6 },
  { header: 'Judul dan Ringkasan Informasi', weight: 3.2 },
  { header: 'Pejabat/Unit Penguasa Informasi', weight: 1.4 },
  { header: 'Penanggung Jawab Pembuatan', weight: 1.3 },
  { header: 'Waktu dan Tempat Pembuatan', weight: 1.3 },
  { header: 'Bentuk Informasi', weight: 1 },
  { header: 'Jenis Media', weight: 1 },
  { header: 'Jangka Waktu Penyimpanan', weight: 1 },
];

export async function editionPdf(snapshot: EditionSnapshot, out: Writable): Promise<void> {
  const count = snapshot.groups.reduce((n, g) => n + g.entries.length, 0);
  const title = `DAFTAR INFORMASI PUBLIK TAHUN ${snapshot.year}`;
  const doc = createPdf(out, { orientation: 'landscape', pageTotals: count <= PAGE_TOTAL_LIMIT, title, author: snapshot.agency?.name ?? '' });
  header(doc, {
    parentName: snapshot.agency?.parentName,
    agencyName: snapshot.agency?.name,
    address: snapshot.agency?.address,
    title,
    subtitle: snapshot.decreeNumber ? `Ditetapkan dengan Keputusan Nomor ${snapshot.decreeNumber}` : null,
  });
  keyValues(doc, [
    ['Nomor Keputusan', snapshot.decreeNumber],
    ['Tanggal Penetapan', tanggal(snapshot.signedAt)],
    ['Jumlah Informasi', count],
  ]);
  doc.pdf.moveDown(0.5);
  const t = table(doc, COLUMNS, { size: 7 });
  let written = 0;
  for (const group of snapshot.groups) {
    t.band(`${CLASS_LABELS[group.class] ?? group.class} (${group.entries.length})`);
    for (const e of group.entries) {
      const excluded = e.class === 'dikecualikan' && e.exclusion?.article ? `\nDikecualikan: Pasal 17 huruf ${e.exclusion.article}` : '';
      t.row([
        e.number,
        `${e.title}\n${e.summary}${excluded}`,
        [e.holderOfficial, e.holderUnit?.name].filter(Boolean).join(' - '),
        e.responsibleOfficial,
        [e.productionTime, e.productionPlace].filter(Boolean).join(', '),
        e.availableForm ? (FORM_LABELS[e.availableForm] ?? e.availableForm) : null,
        e.mediaType,
        e.retentionPeriod,
      ]);
      if (++written % 100 === 0) await breathe(doc);
    }
  }
  signature(doc, {
    place: snapshot.agency?.place,
    date: tanggal(snapshot.signedAt),
    position: (snapshot.signer.title ?? 'Atasan PPID').toUpperCase(),
    name: snapshot.signer.name,
    rank: snapshot.signer.rank,
    nip: snapshot.signer.nip,
  });
  await finish(doc);
}

/** PDF of the list of excluded information (published exclusions, or a signed list). */
export async function excludedPdf(list: ExcludedList, out: Writable): Promise<void> {
  const title = list.year ? `DAFTAR INFORMASI YANG DIKECUALIKAN TAHUN ${list.year}` : 'DAFTAR INFORMASI YANG DIKECUALIKAN';
  const doc = createPdf(out, { orientation: 'landscape', pageTotals: false, title, author: list.agency?.name ?? '' });
  header(doc, {
    parentName: list.agency?.parentName,
    agencyName: list.agency?.name,
    address: list.agency?.address,
    title,
    subtitle: list.decreeNumber ? `Ditetapkan dengan Keputusan Nomor ${list.decreeNumber}` : `Keadaan per ${tanggal(list.asOf)}`,
  });
  const t = table(
    doc,
    [
      { header: 'No', weight: 0.4 },
      { header: 'Informasi yang Dikecualikan', weight: 2 },
      { header: 'Unit', weight: 1 },
      { header: 'Pasal 17 UU 14/2008', weight: 1.2 },
      { header: 'Dasar Hukum', weight: 1.6 },
      { header: 'Ringkasan Uji Konsekuensi', weight: 2.6 },
      { header: 'Jangka Waktu Pengecualian', weight: 1.1 },
    ],
    { size: 7 }
  );
  let n = 0;
  for await (const item of list.items) {
    n += 1;
    t.row([
      n,
      item.title,
      item.unit?.name ?? item.unit?.code,
      `Huruf ${item.article}${item.ground ? `: ${item.ground}` : ''}`,
      item.legalBasis,
      item.consequenceIfOpened,
      [item.testedOn ? `Diuji ${tanggal(item.testedOn)}` : null, item.exclusionEndsOn ? `s.d. ${tanggal(item.exclusionEndsOn)}` : null]
        .filter(Boolean)
        .join('\n'),
    ]);
    if (n % 100 === 0) await breathe(doc);
  }
  if (n === 0) t.band('Tidak ada informasi yang dikecualikan.');
  if (list.signer) {
    signature(doc, {
      place: list.agency?.place,
      date: tanggal(list.signedAt ?? list.asOf),
      position: (list.signer.title ?? 'Atasan PPID').toUpperCase(),
      name: list.signer.name,
      rank: list.signer.rank,
      nip: list.signer.nip,
    });
  }
  await finish(doc);
}
