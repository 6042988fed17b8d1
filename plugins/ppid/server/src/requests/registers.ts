/**
 * The service's registers in the official layout (Perki 1/2021 Lampiran: Register Permohonan
 * Informasi Publik, Register Keberatan) and the annual service report's file, as XLSX, CSV and PDF.
 *
 * Pure: rows are built from plain register entries (dates already local "YYYY-MM-DD", working days
 * already counted by the caller's clock); the writers stream into a writable. CSV and XLSX cells that
 * a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) are
 * prefixed with an apostrophe: a requester's name or text is never executed when the file is opened.
 */
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Writable } from 'stream';
import { pipeline } from 'stream/promises';
import { ARTICLE_17_GROUNDS, ARTICLE_17_LETTERS } from '../domain/constants';
import { breathe, createPdf, finish, header, heading, paragraph, signature, table, type Signature } from '../documents/pdf';
import { tanggal } from '../dip/export/labels';
import {
  NOTICE_OUTCOMES,
  NOTICE_OUTCOME_LABELS,
  OBJECTION_DECISIONS,
  OBJECTION_DECISION_LABELS,
  OBJECTION_GROUNDS,
  REQUEST_CHANNELS,
  type DeliveryMethod,
  type InformationForm,
  type NoticeOutcome,
  type ObjectionDecision,
  type ObjectionGround,
} from '../../../shared/requests';
import { CHANNEL_LABELS, DELIVERY_LABELS, FORM_LABELS, type Letterhead } from './letters';
import type { ServiceReport } from './report';

export type RegisterFormat = 'pdf' | 'xlsx' | 'csv';
export type Cell = string | number | null;
export interface RegisterColumn {
  header: string;
  /** PDF weight and XLSX width (characters / 4). */
  weight: number;
}

export interface RequestEntry {
  registrationNumber: string;
  receivedOn: string;
  requesterName: string;
  onBehalfOf?: string | null;
  address?: string | null;
  contact?: string | null;
  occupation?: string | null;
  informationRequested: string;
  purpose: string;
  informationForm: InformationForm;
  deliveryMethod: DeliveryMethod;
  outcome: NoticeOutcome | null;
  refusalArticle?: string | null;
  referralBody?: string | null;
  noticeOn?: string | null;
  /** Working days from receipt to the written notice (null while unanswered). */
  workingDays: number | null;
  extensionDays: number;
  answeredOnTime: boolean | null;
  closedIncomplete: boolean;
  identityErased: boolean;
  objections: string[];
}

export interface ObjectionEntry {
  registrationNumber: string;
  requestNumber: string;
  filedOn: string;
  requesterName: string;
  address?: string | null;
  contact?: string | null;
  informationRequested: string;
  purpose?: string | null;
  grounds: ObjectionGround[];
  ppidResponse?: string | null;
  decision: ObjectionDecision | null;
  decidedOn?: string | null;
  workingDays: number | null;
  disputeNumber?: string | null;
  identityErased: boolean;
}

export const REQUEST_REGISTER_COLUMNS: RegisterColumn[] = [
  { header: 'No', weight: 0.4 },
  { header: 'Tanggal Permohonan', weight: 1 },
  { header: 'Nomor Registrasi', weight: 1.3 },
  { header: 'Nama Pemohon', weight: 1.2 },
  { header: 'Alamat/Nomor Kontak', weight: 1.5 },
  { header: 'Pekerjaan', weight: 0.9 },
  { header: 'Informasi yang Diminta', weight: 2 },
  { header: 'Tujuan Penggunaan Informasi', weight: 1.5 },
  { header: 'Cara Memperoleh Informasi', weight: 1.3 },
  { header: 'Status/Keputusan', weight: 1.5 },
  { header: 'Tanggal Pemberitahuan Tertulis', weight: 1 },
  { header: 'Waktu Penyelesaian (hari kerja)', weight: 0.8 },
  { header: 'Keberatan', weight: 1.2 },
  { header: 'Keterangan', weight: 1.3 },
];

export const OBJECTION_REGISTER_COLUMNS: RegisterColumn[] = [
  { header: 'No', weight: 0.4 },
  { header: 'Tanggal Keberatan', weight: 1 },
  { header: 'Nomor Registrasi Keberatan', weight: 1.3 },
  { header: 'Nomor Registrasi Permohonan', weight: 1.3 },
  { header: 'Nama Pemohon', weight: 1.2 },
  { header: 'Alamat/Nomor Kontak', weight: 1.5 },
  { header: 'Informasi yang Diminta', weight: 1.8 },
  { header: 'Alasan Keberatan (Pasal 35 ayat 1)', weight: 1.3 },
  { header: 'Tanggapan PPID', weight: 1.6 },
  { header: 'Keputusan Atasan PPID', weight: 1.2 },
  { header: 'Tanggal Keputusan', weight: 1 },
  { header: 'Waktu (hari kerja)', weight: 0.8 },
  { header: 'Sengketa ke Komisi Informasi', weight: 1.1 },
];

const ERASED = '(dihapus: masa simpan data identitas berakhir)';
const contactOf = (e: { address?: string | null; contact?: string | null; identityErased: boolean }) =>
  e.identityErased ? ERASED : [e.address, e.contact].filter((s) => s && s.trim()).join('\n') || null;

/** The decision column: outcome and its reason (Pasal 17 letter, the other body), or where it stands. */
export function requestStatus(e: Pick<RequestEntry, 'outcome' | 'refusalArticle' | 'referralBody' | 'closedIncomplete'>): string {
  if (e.closedIncomplete) return 'Ditutup: permohonan tidak dilengkapi';
  if (!e.outcome) return 'Dalam proses';
  const label = NOTICE_OUTCOME_LABELS[e.outcome];
  if (e.outcome === 'refused' && e.refusalArticle) return `${label}; alasan: UU 14/2008 Pasal 17 huruf ${e.refusalArticle} (${ARTICLE_17_GROUNDS[e.refusalArticle as keyof typeof ARTICLE_17_GROUNDS] ?? ''})`;
  if (e.outcome === 'held_elsewhere' && e.referralBody) return `${label}: ${e.referralBody}`;
  return label;
}

export function requestRegisterRow(n: number, e: RequestEntry): Cell[] {
  const notes = [
    e.extensionDays ? `Diperpanjang ${e.extensionDays} hari kerja` : null,
    e.answeredOnTime === false ? 'Melewati batas waktu' : e.answeredOnTime === true ? 'Tepat waktu' : null,
  ].filter(Boolean);
  return [
    n,
    tanggal(e.receivedOn),
    e.registrationNumber,
    e.onBehalfOf ? `${e.requesterName} (atas nama ${e.onBehalfOf})` : e.requesterName,
    contactOf(e),
    e.identityErased ? null : e.occupation ?? null,
    e.informationRequested,
    e.purpose,
    `${FORM_LABELS[e.informationForm]}; ${DELIVERY_LABELS[e.deliveryMethod]}`,
    requestStatus(e),
    e.noticeOn ? tanggal(e.noticeOn) : null,
    e.workingDays,
    e.objections.length ? e.objections.join(', ') : 'Tidak ada',
    notes.join('; ') || null,
  ];
}

export function objectionRegisterRow(n: number, e: ObjectionEntry): Cell[] {
  return [
    n,
    tanggal(e.filedOn),
    e.registrationNumber,
    e.requestNumber,
    e.requesterName,
    contactOf(e),
    e.informationRequested,
    e.grounds.map((g) => `huruf ${g}`).join(', '),
    e.ppidResponse ?? null,
    e.decision ? OBJECTION_DECISION_LABELS[e.decision] : 'Dalam proses',
    e.decidedOn ? tanggal(e.decidedOn) : null,
    e.workingDays,
    e.disputeNumber ?? 'Tidak ada',
  ];
}

/** A cell a spreadsheet would read as a formula gets an apostrophe in front. */
export function safeCell(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export interface RegisterFile {
  agency: Letterhead | null;
  title: string;
  subtitle?: string | null;
  columns: RegisterColumn[];
  rows: Cell[][];
}

export async function writeRegister(format: RegisterFormat, f: RegisterFile, out: Writable): Promise<void> {
  if (format === 'csv') {
    async function* rows() {
      yield f.columns.map((c) => c.header);
      for (const r of f.rows) yield r.map(safeCell);
    }
    return pipeline(rows(), stringify({ bom: true, delimiter: ';', record_delimiter: 'windows' }), out);
  }
  if (format === 'xlsx') {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'PPID';
    const ws = wb.addWorksheet(f.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = f.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: Math.round(c.weight * 16), style: { alignment: { vertical: 'top', wrapText: true } } }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.commit();
    for (const r of f.rows) ws.addRow(r.map(safeCell)).commit();
    ws.commit();
    await wb.commit();
    return;
  }
  const doc = createPdf(out, { orientation: 'landscape', title: f.title, author: f.agency?.name ?? '', margin: 28 });
  header(doc, { agencyName: f.agency?.name, address: f.agency?.address, title: f.title.toUpperCase(), subtitle: f.subtitle });
  const t = table(doc, f.columns.map((c) => ({ header: c.header, weight: c.weight })), { size: 7 });
  let i = 0;
  for (const r of f.rows) {
    t.row(r);
    if (++i % 200 === 0) await breathe(doc);
  }
  if (!f.rows.length) t.band('Tidak ada data pada periode ini.');
  await finish(doc);
}

// ------------------------------------------------------------------ the annual report's file

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** The report's tables, as label/value rows per section (shared by the PDF and the XLSX). */
export function reportSections(r: ServiceReport): Array<{ title: string; rows: Array<[string, number | string]> }> {
  const q = r.requests;
  const o = r.objections;
  const pct = (v: number | null) => (v === null ? '-' : `${v}%`);
  return [
    {
      title: 'Ringkasan permohonan informasi',
      rows: [
        ['Jumlah permohonan', q.total],
        ['Diberikan seluruhnya', q.byOutcome.granted_full],
        ['Diberikan sebagian', q.byOutcome.granted_part],
        ['Ditolak', q.byOutcome.refused],
        ['Tidak dikuasai', q.byOutcome.not_held],
        ['Dikuasai badan publik lain', q.byOutcome.held_elsewhere],
        ['Dalam proses', q.pending],
        ['Ditutup karena tidak dilengkapi', q.closedIncomplete],
        ['Diperpanjang', q.extended],
        ['Dijawab tepat waktu', q.onTime],
        ['Terlambat', q.late],
        ['Persentase tepat waktu', pct(q.onTimeRate)],
        ['Rata-rata waktu pemenuhan (hari kerja)', q.averageWorkingDays ?? '-'],
      ],
    },
    { title: 'Permohonan per bulan', rows: q.byMonth.map((n, i) => [MONTHS[i], n] as [string, number]) },
    { title: 'Permohonan per cara permohonan', rows: REQUEST_CHANNELS.map((c) => [CHANNEL_LABELS[c], q.byChannel[c]] as [string, number]) },
    { title: 'Penolakan per alasan pengecualian (Pasal 17)', rows: ARTICLE_17_LETTERS.map((l) => [`Huruf ${l}: ${ARTICLE_17_GROUNDS[l]}`, q.refusalsByArticle[l]] as [string, number]) },
    {
      title: 'Keberatan',
      rows: [
        ['Jumlah keberatan', o.total],
        ...OBJECTION_GROUNDS.map((g) => [`Alasan huruf ${g}`, o.byGround[g]] as [string, number]),
        ...OBJECTION_DECISIONS.map((d) => [OBJECTION_DECISION_LABELS[d], o.byDecision[d]] as [string, number]),
        ['Belum diputus', o.pending],
        ['Sengketa ke Komisi Informasi', o.disputes],
      ],
    },
  ];
}

/** What an issued report adds to its PDF: the issue date, the revision and its reason, the signature. */
export interface IssueMark {
  /** Formatted local date, e.g. "5 Januari 2027". */
  date: string;
  revision: number;
  reason: string | null;
  note: string | null;
  signer: Signature | null;
}

export async function writeServiceReport(format: 'pdf' | 'xlsx', r: ServiceReport, agency: Letterhead | null, out: Writable, issued?: IssueMark): Promise<void> {
  const title = `Laporan Layanan Informasi Publik Tahun ${r.year}`;
  const sections = reportSections(r);
  if (format === 'xlsx') {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'PPID';
    const ws = wb.addWorksheet(`Laporan ${r.year}`);
    ws.columns = [
      { header: title, key: 'label', width: 60 },
      { header: agency?.name ?? '', key: 'value', width: 16 },
    ];
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const s of sections) {
      const h = ws.addRow([s.title, null]);
      h.font = { bold: true };
      h.commit();
      for (const [label, value] of s.rows) ws.addRow([label, value]).commit();
      ws.addRow([]).commit();
    }
    ws.commit();
    await wb.commit();
    return;
  }
  const doc = createPdf(out, { title, author: agency?.name ?? '' });
  header(doc, { agencyName: agency?.name, address: agency?.address, title: title.toUpperCase() });
  for (const s of sections) {
    heading(doc, s.title);
    const t = table(doc, [{ header: 'Uraian', weight: 4 }, { header: 'Jumlah', weight: 1, align: 'right' }], { size: 9 });
    for (const [label, value] of s.rows) t.row([label, value]);
    doc.pdf.moveDown(0.5);
  }
  if (issued) {
    heading(doc, 'Penerbitan');
    paragraph(doc, `Diterbitkan ${issued.date}${issued.revision > 1 ? ` (revisi ${issued.revision})` : ''}.`);
    if (issued.reason) paragraph(doc, `Alasan penerbitan ulang: ${issued.reason}`);
    if (issued.note) paragraph(doc, `Catatan: ${issued.note}`);
    if (issued.signer) signature(doc, issued.signer);
  }
  await finish(doc);
}

