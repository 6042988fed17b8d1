/**
 * Printouts of the web SOP's records for the archive: meeting minutes (notulen) and the signed
 * update-request and approval forms, on the agency letterhead with signature blocks (name, NIP).
 * Pure over the data below; the controller gathers it (controllers/website-records.ts).
 */
import type { Writable } from 'stream';
import { createPdf, finish, header, heading, keyValues, paragraph, signature, table } from './pdf';
import { plainText } from './announcement-record';

export interface Letterhead {
  name?: string | null;
  address?: string | null;
  /** Where the agency signs ("Putussibau"): its unit's address is not a place name, so none by default. */
  place?: string | null;
}

export interface SignatureBlock {
  /** The position line, e.g. "Sub Koordinator". */
  position: string;
  name?: string | null;
  rank?: string | null;
  nip?: string | null;
  /** Already formatted local date of the signature; null while unsigned. */
  date?: string | null;
  /** "Ditandatangani secara elektronik 05/12/2026 10:15" or "Belum ditandatangani". */
  note?: string | null;
}

export interface MinutesRecord {
  agency: Letterhead | null;
  title: string;
  unit?: string | null;
  /** Already formatted in the agency's time zone. */
  meetingDate: string;
  meetingTime?: string | null;
  place: string;
  chair?: string | null;
  secretary?: string | null;
  attendees: { name: string; position: string }[];
  agenda: string;
  discussion?: string | null;
  decisions: string;
  followUps: { title: string; state: string; dueOn?: string | null }[];
  reported: { by: SignatureBlock; at: string } | null;
  printedAt: string;
}

export interface FormRecord {
  agency: Letterhead | null;
  /** "FORMULIR DAFTAR UPDATE KONTEN" / "FORMULIR PERSETUJUAN". */
  heading: string;
  number: string;
  title: string;
  /** The form's own fields, in print order. */
  fields: Array<[label: string, value: string | number | null | undefined]>;
  description?: string | null;
  signatures: SignatureBlock[];
  printedAt: string;
}

const unsigned = 'Belum ditandatangani';

function signatures(doc: ReturnType<typeof createPdf>, blocks: SignatureBlock[]) {
  for (const b of blocks) {
    signature(doc, { date: b.date ?? null, position: b.position, name: b.name ?? '(..............................)', rank: b.rank, nip: b.nip, note: b.note ?? (b.name ? null : unsigned) });
  }
}

export async function minutesPdf(r: MinutesRecord, out: Writable): Promise<void> {
  const doc = createPdf(out, { title: `Notulen: ${r.title}`, author: r.agency?.name ?? '' });
  header(doc, { agencyName: r.agency?.name, address: r.agency?.address, title: 'NOTULEN RAPAT', subtitle: r.title });
  keyValues(doc, [
    ['Hari / tanggal', r.meetingDate],
    ['Waktu', r.meetingTime],
    ['Tempat', r.place],
    ['Unit', r.unit],
    ['Pimpinan rapat', r.chair],
    ['Notulis', r.secretary],
    ['Dilaporkan kepada pimpinan', r.reported ? `${r.reported.at} oleh ${r.reported.by.name ?? '-'} (${r.reported.by.position})` : 'Belum dilaporkan'],
    ['Dicetak', r.printedAt],
  ]);
  heading(doc, 'Peserta rapat');
  const people = table(doc, [
    { header: 'No', weight: 0.4 },
    { header: 'Nama', weight: 2 },
    { header: 'Jabatan', weight: 2 },
  ]);
  r.attendees.forEach((a, i) => people.row([i + 1, a.name, a.position]));
  heading(doc, 'Agenda');
  paragraph(doc, r.agenda);
  if (r.discussion) {
    heading(doc, 'Pembahasan');
    paragraph(doc, plainText(r.discussion));
  }
  heading(doc, 'Keputusan');
  paragraph(doc, plainText(r.decisions));
  heading(doc, 'Tindak lanjut (item backlog)');
  const follow = table(doc, [
    { header: 'No', weight: 0.4 },
    { header: 'Item', weight: 3 },
    { header: 'Status', weight: 1 },
    { header: 'Tenggat', weight: 1 },
  ]);
  r.followUps.forEach((f, i) => follow.row([i + 1, f.title, f.state, f.dueOn]));
  if (r.followUps.length === 0) follow.band('Tidak ada tindak lanjut yang dikaitkan.');
  if (r.reported) signatures(doc, [r.reported.by]);
  await finish(doc);
}

export async function formPdf(r: FormRecord, out: Writable): Promise<void> {
  const doc = createPdf(out, { title: `${r.heading}: ${r.number}`, author: r.agency?.name ?? '' });
  header(doc, { agencyName: r.agency?.name, address: r.agency?.address, title: r.heading, subtitle: `Nomor ${r.number}` });
  keyValues(doc, [['Judul', r.title], ...r.fields, ['Dicetak', r.printedAt]]);
  if (r.description) {
    heading(doc, 'Uraian');
    paragraph(doc, plainText(r.description));
  }
  heading(doc, 'Tanda tangan');
  const list = table(doc, [
    { header: 'Peran', weight: 1.4 },
    { header: 'Nama', weight: 2 },
    { header: 'NIP', weight: 1.4 },
    { header: 'Waktu', weight: 1.2 },
  ]);
  for (const s of r.signatures) list.row([s.position, s.name ?? unsigned, s.nip, s.date]);
  signatures(doc, r.signatures);
  await finish(doc);
}
