/**
 * The letters of an objection (keberatan, UU 14/2008 Pasal 35-36): its receipt and the Atasan PPID's
 * decision. Pure: facts in, a letter model (drawn by letters.ts `letterPdf`) or why the letter does
 * not apply yet out.
 */
import { OBJECTION_DECISION_LABELS, OBJECTION_GROUND_LABELS, type ObjectionDecision, type ObjectionGround, type ObjectionLetter } from '../../../shared/requests';
import { applies, letterBase, letterFile, notYet, type LetterContext, type LetterModel, type LetterResult, type Text } from './letters';

/** Why the decision letter does not apply yet. */
export const NO_DECISION_YET: Text = { id: 'Atasan PPID belum memutus keberatan ini.', en: 'The Atasan PPID has not decided this objection yet.' };

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

/** An objection's letter (the receipt, the Atasan PPID's decision), or why it does not apply yet. */
export function objectionLetter(kind: ObjectionLetter, o: ObjectionFacts, ctx: LetterContext): LetterResult {
  const base = letterBase(ctx);
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
    return applies({
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
      fileName: letterFile('tanda-bukti-keberatan', o.registrationNumber),
    });
  }
  if (!o.decision || !o.decidedOn) return notYet(NO_DECISION_YET);
  return applies({
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
    fileName: letterFile('keputusan-keberatan', o.registrationNumber),
  });
}

