/**
 * The letters of an information request (UU 14/2008, Perki 1/2021): the receipt (tanda bukti
 * penerimaan permohonan), the written notice (pemberitahuan tertulis), the extension notice, the
 * refusal decision (surat keputusan penolakan, with the Pasal 17 letter and the consequence test of
 * the excluded information) and the incomplete notice. Pure: facts in, a letter model (drawn by
 * letters.ts `letterPdf`) or why the letter does not apply yet out.
 */
import { ARTICLE_17_GROUNDS, type ARTICLE_17_LETTERS } from '../domain/constants';
import { NOTICE_OUTCOME_LABELS, type DeliveryMethod, type InformationForm, type NoticeOutcome, type RequestChannel, type RequestLetter } from '../../../shared/requests';
import { applies, CHANNEL_LABELS, DELIVERY_LABELS, FORM_LABELS, letterBase, letterFile, notYet, type LetterContext, type LetterModel, type LetterResult, type Text } from './letters';

type Article17 = (typeof ARTICLE_17_LETTERS)[number];

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

const rupiah = (n: number | null | undefined) => (n ? `Rp ${n.toLocaleString('id-ID')}` : 'Tidak dikenakan biaya (Rp 0)');
const requesterLine = (r: { requesterName: string; onBehalfOf?: string | null }) => (r.onBehalfOf ? `${r.requesterName} (atas nama ${r.onBehalfOf})` : r.requesterName);

export const NOT_YET: Record<Exclude<RequestLetter, 'receipt'>, Text> = {
  notice: { id: 'Pemberitahuan tertulis belum dibuat dan ditandatangani untuk permohonan ini.', en: 'No written notice has been made and signed for this request yet.' },
  extension: { id: 'Jangka waktu permohonan ini tidak diperpanjang.', en: "This request's deadline was not extended." },
  refusal: { id: 'Permohonan ini tidak ditolak: surat keputusan penolakan hanya untuk pemberitahuan yang menolak.', en: 'This request was not refused: the refusal decision is only for a notice that refuses.' },
  incomplete: { id: 'Permohonan ini tidak dinyatakan belum lengkap (tidak ada kekurangan yang dicatat).', en: 'This request was not found incomplete (no missing items are recorded).' },
};

/**
 * A request's letter, or why it does not apply yet. `signer` is the person who signs it (the desk
 * officer for the receipt, the PPID for the others); `today` the date printed when the letter has no
 * date of its own.
 */
export function requestLetter(kind: RequestLetter, r: RequestFacts, ctx: LetterContext): LetterResult {
  const base = letterBase(ctx);
  const requester: LetterModel['fields'] = [
    ['Nomor registrasi', r.registrationNumber],
    ['Nama pemohon', requesterLine(r)],
    ['Alamat', r.address],
    ['Kontak', r.contact],
  ];
  if (kind === 'receipt') {
    return applies({
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
      fileName: letterFile('tanda-bukti', r.registrationNumber),
    });
  }
  if (kind === 'incomplete') {
    if (!r.missingItems?.trim()) return notYet(NOT_YET.incomplete);
    return applies({
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
      fileName: letterFile('pemberitahuan-kekurangan', r.registrationNumber),
    });
  }
  if (kind === 'extension') {
    if (!r.extensionDays) return notYet(NOT_YET.extension);
    return applies({
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
      fileName: letterFile('pemberitahuan-perpanjangan', r.registrationNumber),
    });
  }
  // The written notice and the refusal decision need a signed notice.
  if (!r.outcome || !r.noticeOn) return notYet(kind === 'refusal' && r.outcome && r.outcome !== 'refused' ? NOT_YET.refusal : NOT_YET.notice);
  if (kind === 'refusal') {
    if (r.outcome !== 'refused') return notYet(NOT_YET.refusal);
    const letter = r.refusalArticle ?? null;
    const e = r.exclusion;
    return applies({
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
      fileName: letterFile('keputusan-penolakan', r.registrationNumber),
    });
  }
  const given = r.outcome === 'granted_full' || r.outcome === 'granted_part';
  return applies({
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
    fileName: letterFile('pemberitahuan-tertulis', r.registrationNumber),
  });
}

