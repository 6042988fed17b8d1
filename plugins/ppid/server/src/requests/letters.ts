/**
 * The information service's letters (UU 14/2008, Perki 1/2021), as PDF on the agency's letterhead:
 * the receipt of a request (tanda bukti penerimaan permohonan), the written notice (pemberitahuan
 * tertulis), the extension notice, the refusal decision (surat keputusan penolakan, with the Pasal 17
 * letter and the consequence test of the excluded information), the incomplete notice, the receipt
 * of an objection and the Atasan PPID's decision on it.
 *
 * Pure: `requestLetter`/`objectionLetter` turn plain facts (already formatted dates, names) into a
 * letter model, or say why the letter does not apply yet; `letterPdf` draws a model. No Strapi.
 */
import type { Writable } from 'stream';
import { ARTICLE_17_GROUNDS, type ARTICLE_17_LETTERS } from '../domain/constants';
import { createPdf, finish, header, heading, keyValues, paragraph, signature, type Signature } from '../documents/pdf';
import {
  NOTICE_OUTCOME_LABELS,
  OBJECTION_DECISION_LABELS,
  OBJECTION_GROUND_LABELS,
  type DeliveryMethod,
  type InformationForm,
  type NoticeOutcome,
  type ObjectionDecision,
  type ObjectionGround,
  type ObjectionLetter,
  type RequestChannel,
  type RequestLetter,
} from '../../../shared/requests';

export type Text = { id: string; en: string };
type Article17 = (typeof ARTICLE_17_LETTERS)[number];

export const FORM_LABELS: Record<InformationForm, string> = {
  see: 'Melihat/membaca/mendengarkan/mencatat',
  copy_soft: 'Mendapatkan salinan informasi (softcopy)',
  copy_hard: 'Mendapatkan salinan informasi (hardcopy)',
};
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = { in_person: 'Mengambil langsung', post: 'Kurir/pos', email: 'Surat elektronik (e-mail)', fax: 'Faksimili' };
export const CHANNEL_LABELS: Record<RequestChannel, string> = { website: 'Situs web', walk_in: 'Datang langsung', letter: 'Surat', email: 'Surat elektronik' };

/** The agency's letterhead. */
export interface Letterhead {
  name?: string | null;
  address?: string | null;
}

/** Who signs: the position line, name and NIP (the date and place are the letter's). */
export interface Signer {
  position: string;
  name: string | null;
  nip?: string | null;
  /** e.g. "Ditandatangani secara elektronik 05/12/2026 10:00". */
  note?: string | null;
}

/** A request as the letters read it: dates are already formatted ("5 Desember 2026"). */
export interface RequestFacts {
  registrationNumber: string;
  receivedOn: string;
  channel: RequestChannel;
  requesterName: string;
  onBehalfOf?: string | null;
  address?: string | null;
  contact?: string | null;
  informationRequested: string;
  purpose: string;
  informationForm: InformationForm;
  deliveryMethod: DeliveryMethod;
  /** The deadline of the answer (with the extension when granted) and the first one (10 working days). */
  dueOn: string;
  firstDueOn: string;
  extensionDays: number;
  extensionReason?: string | null;
  extendedOn?: string | null;
  missingItems?: string | null;
  completeBy?: string | null;
  outcome?: NoticeOutcome | null;
  noticeNumber?: string | null;
  noticeBody?: string | null;
  noticeOn?: string | null;
  refusalArticle?: Article17 | null;
  exclusion?: { title: string; legalBasis: string; consequenceIfOpened: string; consequenceIfClosed: string; testedOn?: string | null } | null;
  referralBody?: string | null;
  fee?: number | null;
  closedOn?: string | null;
}

export interface ObjectionFacts {
  registrationNumber: string;
  requestNumber: string;
  filedOn: string;
  requesterName: string;
  address?: string | null;
  contact?: string | null;
  informationRequested: string;
  grounds: ObjectionGround[];
  reasons: string;
  dueOn: string;
  ppidResponse?: string | null;
  decision?: ObjectionDecision | null;
  decisionNumber?: string | null;
  decisionBody?: string | null;
  decidedOn?: string | null;
}

export interface LetterModel {
  agency: Letterhead | null;
  title: string;
  /** "Nomor: ..." line under the title. */
  number?: string | null;
  intro?: string | null;
  fields: Array<[string, string | number | null | undefined]>;
  sections: Array<{ heading: string; text: string }>;
  closing?: string | null;
  place?: string | null;
  date: string;
  signer: Signer | null;
  fileName: string;
}

export type LetterResult = { ok: true; letter: LetterModel } | { ok: false; reason: Text };

const rupiah = (n: number | null | undefined) => (n ? `Rp ${n.toLocaleString('id-ID')}` : 'Tidak dikenakan biaya (Rp 0)');
const no = (reason: Text): LetterResult => ({ ok: false, reason });
const file = (stem: string, number: string) => `${stem}-${number}.pdf`.replace(/[^A-Za-z0-9.-]+/g, '-');
const requesterLine = (r: { requesterName: string; onBehalfOf?: string | null }) => (r.onBehalfOf ? `${r.requesterName} (atas nama ${r.onBehalfOf})` : r.requesterName);

export const NOT_YET: Record<Exclude<RequestLetter, 'receipt'> | 'decision', Text> = {
  notice: { id: 'Pemberitahuan tertulis belum dibuat dan ditandatangani untuk permohonan ini.', en: 'No written notice has been made and signed for this request yet.' },
  extension: { id: 'Jangka waktu permohonan ini tidak diperpanjang.', en: "This request's deadline was not extended." },
  refusal: { id: 'Permohonan ini tidak ditolak: surat keputusan penolakan hanya untuk pemberitahuan yang menolak.', en: 'This request was not refused: the refusal decision is only for a notice that refuses.' },
  incomplete: { id: 'Permohonan ini tidak dinyatakan belum lengkap (tidak ada kekurangan yang dicatat).', en: 'This request was not found incomplete (no missing items are recorded).' },
  decision: { id: 'Atasan PPID belum memutus keberatan ini.', en: 'The Atasan PPID has not decided this objection yet.' },
};

/**
 * A request's letter, or why it does not apply yet. `signer` is the person who signs it (the desk
 * officer for the receipt, the PPID for the others); `today` the date printed when the letter has no
 * date of its own.
 */
export function requestLetter(kind: RequestLetter, r: RequestFacts, ctx: { agency: Letterhead | null; place?: string | null; signer: Signer | null; today: string }): LetterResult {
  const base = { agency: ctx.agency, place: ctx.place ?? null, signer: ctx.signer };
  const requester: LetterModel['fields'] = [
    ['Nomor registrasi', r.registrationNumber],
    ['Nama pemohon', requesterLine(r)],
    ['Alamat', r.address],
    ['Kontak', r.contact],
  ];
  if (kind === 'receipt') {
    return {
      ok: true,
      letter: {
        ...base,
        title: 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK',
        number: r.registrationNumber,
        intro: 'Telah diterima permohonan informasi publik dengan keterangan sebagai berikut:',
        fields: [
          ...requester,
          ['Tanggal diterima', r.receivedOn],
          ['Cara permohonan', CHANNEL_LABELS[r.channel]],
          ['Informasi yang diminta', r.informationRequested],
          ['Tujuan penggunaan', r.purpose],
          ['Cara memperoleh informasi', FORM_LABELS[r.informationForm]],
          ['Cara mendapatkan salinan', DELIVERY_LABELS[r.deliveryMethod]],
          ['Batas waktu pemberitahuan tertulis', `${r.dueOn} (10 hari kerja sejak permohonan diterima)`],
        ],
        sections: [],
        closing: 'Simpan tanda bukti ini. Nomor registrasi dipakai untuk menanyakan status permohonan dan untuk mengajukan keberatan (UU 14/2008 Pasal 22 ayat 4 dan Pasal 35).',
        date: r.receivedOn,
        fileName: file('tanda-bukti', r.registrationNumber),
      },
    };
  }
  if (kind === 'incomplete') {
    if (!r.missingItems?.trim()) return no(NOT_YET.incomplete);
    return {
      ok: true,
      letter: {
        ...base,
        title: 'PEMBERITAHUAN KEKURANGAN KELENGKAPAN PERMOHONAN INFORMASI PUBLIK',
        number: r.registrationNumber,
        intro: `Permohonan informasi publik Saudara yang diterima pada ${r.receivedOn} belum dapat diproses karena belum lengkap.`,
        fields: [...requester, ['Informasi yang diminta', r.informationRequested], ['Batas waktu melengkapi', r.completeBy]],
        sections: [
          { heading: 'Yang perlu dilengkapi', text: r.missingItems },
          {
            heading: 'Akibat bila tidak dilengkapi',
            text: `Bila kekurangan tersebut tidak dilengkapi sampai dengan ${r.completeBy ?? '-'}, permohonan ini ditutup dan Saudara dapat mengajukan permohonan baru.`,
          },
        ],
        date: ctx.today,
        fileName: file('pemberitahuan-kekurangan', r.registrationNumber),
      },
    };
  }
  if (kind === 'extension') {
    if (!r.extensionDays) return no(NOT_YET.extension);
    return {
      ok: true,
      letter: {
        ...base,
        title: 'PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU',
        number: r.registrationNumber,
        intro: `Sesuai UU 14/2008 Pasal 22 ayat (8), jangka waktu pemberitahuan tertulis atas permohonan Saudara yang diterima pada ${r.receivedOn} diperpanjang.`,
        fields: [
          ...requester,
          ['Informasi yang diminta', r.informationRequested],
          ['Batas waktu semula', r.firstDueOn],
          ['Perpanjangan', `${r.extensionDays} hari kerja`],
          ['Batas waktu baru', r.dueOn],
        ],
        sections: [{ heading: 'Alasan perpanjangan', text: r.extensionReason ?? '-' }],
        date: r.extendedOn ?? ctx.today,
        fileName: file('pemberitahuan-perpanjangan', r.registrationNumber),
      },
    };
  }
  // The written notice and the refusal decision need a signed notice.
  if (!r.outcome || !r.noticeOn) return no(kind === 'refusal' && r.outcome && r.outcome !== 'refused' ? NOT_YET.refusal : NOT_YET.notice);
  if (kind === 'refusal') {
    if (r.outcome !== 'refused') return no(NOT_YET.refusal);
    const letter = r.refusalArticle ?? null;
    const e = r.exclusion;
    return {
      ok: true,
      letter: {
        ...base,
        title: 'SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI',
        number: r.noticeNumber,
        intro: 'Pejabat Pengelola Informasi dan Dokumentasi (PPID) memutuskan menolak permohonan informasi berikut:',
        fields: [
          ...requester,
          ['Informasi yang diminta', r.informationRequested],
          ['Informasi yang dikecualikan', e?.title],
          ['Dasar pengecualian', letter ? `UU 14/2008 Pasal 17 huruf ${letter}: ${ARTICLE_17_GROUNDS[letter]}` : null],
          ['Dasar hukum', e?.legalBasis],
          ['Tanggal uji konsekuensi', e?.testedOn],
        ],
        sections: [
          ...(e
            ? [
                { heading: 'Uji konsekuensi: bila informasi dibuka', text: e.consequenceIfOpened },
                { heading: 'Uji konsekuensi: bila informasi ditutup', text: e.consequenceIfClosed },
              ]
            : []),
          ...(r.noticeBody?.trim() ? [{ heading: 'Pertimbangan', text: r.noticeBody }] : []),
          {
            heading: 'Hak pemohon',
            text: 'Pemohon informasi berhak mengajukan keberatan atas keputusan ini kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja setelah diterimanya keputusan ini (UU 14/2008 Pasal 35 ayat 1 huruf a dan Pasal 36 ayat 1).',
          },
        ],
        date: r.noticeOn,
        fileName: file('keputusan-penolakan', r.registrationNumber),
      },
    };
  }
  const given = r.outcome === 'granted_full' || r.outcome === 'granted_part';
  return {
    ok: true,
    letter: {
      ...base,
      title: 'PEMBERITAHUAN TERTULIS',
      number: r.noticeNumber,
      intro: `Berdasarkan permohonan informasi pada ${r.receivedOn} dengan nomor registrasi ${r.registrationNumber}, kami menyampaikan:`,
      fields: [
        ['Nama', requesterLine(r)],
        ['Alamat', r.address],
        ['Kontak', r.contact],
        ['Informasi yang dimohon', r.informationRequested],
        ['Keputusan', NOTICE_OUTCOME_LABELS[r.outcome]],
        ['Bentuk fisik yang tersedia', given ? (r.informationForm === 'copy_hard' ? 'Hardcopy/salinan tertulis' : r.informationForm === 'copy_soft' ? 'Softcopy' : 'Melihat/membaca') : null],
        ['Cara penyampaian', given ? DELIVERY_LABELS[r.deliveryMethod] : null],
        ['Biaya yang dibutuhkan', given ? rupiah(r.fee) : null],
        ['Waktu penyediaan', given ? `Paling lambat ${r.dueOn}` : null],
        ['Penguasaan informasi', r.outcome === 'held_elsewhere' ? `Dikuasai oleh ${r.referralBody ?? 'badan publik lain'}` : r.outcome === 'not_held' ? 'Informasi tidak dikuasai badan publik ini' : null],
        ['Pengecualian', r.outcome === 'refused' && r.refusalArticle ? `UU 14/2008 Pasal 17 huruf ${r.refusalArticle}` : null],
      ],
      sections: r.noticeBody?.trim() ? [{ heading: 'Penjelasan', text: r.noticeBody }] : [],
      closing: 'Bila Saudara tidak puas dengan pemberitahuan ini, Saudara dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 hari kerja setelah menerimanya (UU 14/2008 Pasal 35-36).',
      date: r.noticeOn,
      fileName: file('pemberitahuan-tertulis', r.registrationNumber),
    },
  };
}

/** An objection's letter (the receipt, the Atasan PPID's decision), or why it does not apply yet. */
export function objectionLetter(kind: ObjectionLetter, o: ObjectionFacts, ctx: { agency: Letterhead | null; place?: string | null; signer: Signer | null; today: string }): LetterResult {
  const base = { agency: ctx.agency, place: ctx.place ?? null, signer: ctx.signer };
  const grounds = o.grounds.map((g) => `${g}. ${OBJECTION_GROUND_LABELS[g]}`).join('\n');
  const fields: LetterModel['fields'] = [
    ['Nomor registrasi keberatan', o.registrationNumber],
    ['Nomor registrasi permohonan', o.requestNumber],
    ['Nama pemohon', o.requesterName],
    ['Alamat', o.address],
    ['Kontak', o.contact],
    ['Informasi yang diminta', o.informationRequested],
  ];
  if (kind === 'receipt') {
    return {
      ok: true,
      letter: {
        ...base,
        title: 'TANDA BUKTI PENERIMAAN KEBERATAN',
        number: o.registrationNumber,
        intro: 'Telah diterima keberatan atas layanan informasi publik dengan keterangan sebagai berikut:',
        fields: [...fields, ['Tanggal diterima', o.filedOn], ['Batas waktu tanggapan Atasan PPID', `${o.dueOn} (30 hari kerja)`]],
        sections: [
          { heading: 'Alasan keberatan (UU 14/2008 Pasal 35 ayat 1)', text: grounds || '-' },
          { heading: 'Uraian keberatan', text: o.reasons },
        ],
        date: o.filedOn,
        fileName: file('tanda-bukti-keberatan', o.registrationNumber),
      },
    };
  }
  if (!o.decision || !o.decidedOn) return no(NOT_YET.decision);
  return {
    ok: true,
    letter: {
      ...base,
      title: 'KEPUTUSAN ATASAN PPID ATAS KEBERATAN',
      number: o.decisionNumber,
      intro: `Atasan PPID, setelah memeriksa keberatan yang diterima pada ${o.filedOn}, memutuskan:`,
      fields: [...fields, ['Keputusan', OBJECTION_DECISION_LABELS[o.decision]], ['Tanggal keputusan', o.decidedOn]],
      sections: [
        { heading: 'Alasan keberatan', text: grounds || '-' },
        ...(o.ppidResponse?.trim() ? [{ heading: 'Tanggapan PPID', text: o.ppidResponse }] : []),
        { heading: 'Pertimbangan dan putusan', text: o.decisionBody?.trim() || OBJECTION_DECISION_LABELS[o.decision] },
        {
          heading: 'Hak pemohon',
          text: 'Bila tidak puas dengan keputusan ini, pemohon dapat mengajukan penyelesaian sengketa informasi kepada Komisi Informasi paling lambat 14 hari kerja setelah menerimanya (UU 14/2008 Pasal 37 ayat 2).',
        },
      ],
      date: o.decidedOn,
      fileName: file('keputusan-keberatan', o.registrationNumber),
    },
  };
}

/** Draws a letter on the agency's letterhead. */
export async function letterPdf(l: LetterModel, out: Writable): Promise<void> {
  const doc = createPdf(out, { title: l.title, author: l.agency?.name ?? '' });
  header(doc, { agencyName: l.agency?.name, address: l.agency?.address, title: l.title, subtitle: l.number ? `Nomor: ${l.number}` : null });
  if (l.intro) {
    paragraph(doc, l.intro);
    doc.pdf.moveDown(0.5);
  }
  keyValues(doc, l.fields, { labelWidth: 170 });
  for (const s of l.sections) {
    doc.pdf.moveDown(0.5);
    heading(doc, s.heading, 30);
    paragraph(doc, s.text);
  }
  if (l.closing) {
    doc.pdf.moveDown(0.5);
    paragraph(doc, l.closing, { size: 9 });
  }
  if (l.signer) {
    const sig: Signature = { place: l.place, date: l.date, position: l.signer.position, name: l.signer.name ?? '(....................................)', nip: l.signer.nip, note: l.signer.note };
    signature(doc, sig);
  }
  await finish(doc);
}
