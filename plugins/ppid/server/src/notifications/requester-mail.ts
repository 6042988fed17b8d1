/**
 * The e-mails to the requester (issue 14: the requester is told at every step, never silently), in
 * Bahasa Indonesia (the public's language) with one English line. Pure: which step sends which
 * message and which letters it carries (`REQUESTER_STEPS`, `requesterStepOf`), the tracking link, and
 * `renderRequesterMail()` turning a template and its payload into { subject, text, html }.
 *
 * Privacy: a payload holds the registration numbers, the requester's own name, dates and what the
 * step says (missing items, the extension's reason, the outcome): never an identity number, address,
 * phone or e-mail. The letters are attached without the address and contact (services/requester-mail.ts).
 */
import { NOTICE_OUTCOME_LABELS, OBJECTION_DECISION_LABELS, type DeliveryMethod, type NoticeOutcome, type ObjectionDecision, type ObjectionLetter, type RequestLetter } from '../../../shared/requests';
import { DELIVERY_LABELS } from '../requests/letters';
import type { TransitionDef, WorkflowDefinition } from '../workflow/definition';

/** The steps the requester hears of. */
export const REQUESTER_STEP_NAMES = ['registered', 'incomplete', 'extended', 'notice', 'delivered', 'closed', 'objection-registered', 'objection-decided'] as const;
export type RequesterStep = (typeof REQUESTER_STEP_NAMES)[number];

export type LetterRef = { subject: 'info-request'; letter: RequestLetter } | { subject: 'objection'; letter: ObjectionLetter };

/** The one map of a step to its message (the outbox template) and the letters it attaches. */
export const REQUESTER_STEPS: Record<RequesterStep, { template: `requester-${RequesterStep}`; subject: 'info-request' | 'objection'; letters: LetterRef[] }> = {
  registered: { template: 'requester-registered', subject: 'info-request', letters: [{ subject: 'info-request', letter: 'receipt' }] },
  incomplete: { template: 'requester-incomplete', subject: 'info-request', letters: [{ subject: 'info-request', letter: 'incomplete' }] },
  extended: { template: 'requester-extended', subject: 'info-request', letters: [{ subject: 'info-request', letter: 'extension' }] },
  // A refusal also carries the refusal decision (the glue drops a letter that does not apply).
  notice: {
    template: 'requester-notice',
    subject: 'info-request',
    letters: [
      { subject: 'info-request', letter: 'notice' },
      { subject: 'info-request', letter: 'refusal' },
    ],
  },
  // The handover closes the request: no letter of its own, and the written notice already went with
  // the signature's mail (`notice`, sent once); the mail gives the day and the objection's deadline.
  delivered: { template: 'requester-delivered', subject: 'info-request', letters: [] },
  closed: { template: 'requester-closed', subject: 'info-request', letters: [{ subject: 'info-request', letter: 'incomplete' }] },
  'objection-registered': { template: 'requester-objection-registered', subject: 'objection', letters: [{ subject: 'objection', letter: 'receipt' }] },
  'objection-decided': { template: 'requester-objection-decided', subject: 'objection', letters: [{ subject: 'objection', letter: 'decision' }] },
};

export const REQUESTER_TEMPLATES = REQUESTER_STEP_NAMES.map((s) => REQUESTER_STEPS[s].template);
export type RequesterTemplate = (typeof REQUESTER_TEMPLATES)[number];
export const isRequesterTemplate = (name: unknown): name is RequesterTemplate => typeof name === 'string' && (REQUESTER_TEMPLATES as string[]).includes(name);

/**
 * The step a workflow transition tells the requester of, or null: asking them to complete the
 * request, closing it (cancelled: never completed), the PPID's signature of the written notice (the
 * answer), its delivery (the edge into the final `published` stage), the Atasan PPID's decision on an
 * objection. Registration and the extension are not edges (the intake and the desk send those).
 */
export function requesterStepOf(subject: string, def: Pick<WorkflowDefinition, 'stages'>, edge: Pick<TransitionDef, 'to' | 'requires' | 'receipt'>): RequesterStep | null {
  const toKind = def.stages.find((s) => s.key === edge.to)?.kind;
  if (subject === 'info-request') {
    if (edge.requires?.includes('missingItems')) return 'incomplete';
    if (toKind === 'cancelled') return 'closed';
    if (toKind === 'published') return 'delivered';
    if (edge.receipt) return 'notice';
    return null;
  }
  if (subject === 'objection' && edge.receipt) return 'objection-decided';
  return null;
}

/** The public tracking page of a number on the agency's public site; null when no site URL is configured. */
export function trackingUrl(siteUrl: string | null | undefined, number: string): string | null {
  const base = String(siteUrl ?? '').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/i.test(base) || !number) return null;
  return `${base}/index.html?bagian=permohonan&nomor=${encodeURIComponent(number)}`;
}

/** What a requester mail says (all optional but the number and the name). */
export interface RequesterPayload {
  registrationNumber: string;
  requesterName: string;
  /** The request's number, in an objection's mails. */
  requestNumber?: string;
  /** Local 'YYYY-MM-DD' days. */
  receivedOn?: string;
  dueOn?: string;
  completeBy?: string;
  decidedOn?: string;
  /** The day the information and the written notice were handed over, how, and the objection's last day (30 working days from it). */
  deliveredOn?: string;
  deliveryMethod?: DeliveryMethod;
  objectionBy?: string;
  missingItems?: string;
  extensionDays?: number;
  extensionReason?: string;
  outcome?: NoticeOutcome | null;
  decision?: ObjectionDecision | null;
  trackingUrl?: string | null;
  /** The letters to attach (rendered when sent): their subject, documentId and kind. */
  attachments?: Array<{ subject: 'info-request' | 'objection'; documentId: string; letter: string }>;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
/** "2026-08-26" → "26 Agustus 2026" (other text as given). */
export const tanggal = (day: string | null | undefined): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : (day ?? '');
};

const LETTER_NAMES: Record<string, string> = {
  'info-request:receipt': 'Tanda bukti penerimaan permohonan',
  'info-request:incomplete': 'Pemberitahuan kekurangan kelengkapan',
  'info-request:extension': 'Pemberitahuan perpanjangan jangka waktu',
  'info-request:notice': 'Pemberitahuan tertulis',
  'info-request:refusal': 'Surat keputusan penolakan',
  'objection:receipt': 'Tanda bukti penerimaan keberatan',
  'objection:decision': 'Keputusan Atasan PPID atas keberatan',
};
export const letterName = (subject: string, letter: string) => LETTER_NAMES[`${subject}:${letter}`] ?? letter;

type Message = { subject: string; intro: string; details: [string, string][]; closing?: string; english: string };

const OBJECTION_RIGHT = 'Bila Anda tidak puas, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 hari kerja setelah menerima pemberitahuan ini (UU 14/2008 Pasal 35-36), melalui halaman pelacakan atau langsung di meja layanan.';

const MESSAGES: Record<RequesterTemplate, (p: RequesterPayload) => Message> = {
  'requester-registered': (p) => ({
    subject: `Permohonan informasi Anda diterima: ${p.registrationNumber}`,
    intro: `Permohonan informasi publik Anda telah kami terima dan dicatat dengan nomor registrasi ${p.registrationNumber}. Simpan nomor ini untuk melacak permohonan dan bila perlu mengajukan keberatan.`,
    details: [
      ['Nomor registrasi', p.registrationNumber],
      ['Tanggal diterima', tanggal(p.receivedOn)],
      ['Batas waktu pemberitahuan tertulis', p.dueOn ? `${tanggal(p.dueOn)} (10 hari kerja)` : ''],
    ],
    english: `Your request for information was registered as ${p.registrationNumber}; the written answer is due by ${p.dueOn ?? '-'}.`,
  }),
  'requester-incomplete': (p) => ({
    subject: `Permohonan ${p.registrationNumber} perlu dilengkapi`,
    intro: `Permohonan informasi Anda nomor ${p.registrationNumber} belum lengkap sehingga belum dapat diproses. Mohon lengkapi kekurangan berikut paling lambat ${tanggal(p.completeBy) || '-'}; bila tidak dilengkapi sampai tanggal tersebut, permohonan ditutup dan Anda dapat mengajukan permohonan baru.`,
    details: [
      ['Nomor registrasi', p.registrationNumber],
      ['Yang perlu dilengkapi', p.missingItems ?? ''],
      ['Batas waktu melengkapi', tanggal(p.completeBy)],
    ],
    english: `Your request ${p.registrationNumber} is incomplete: please provide what is listed by ${p.completeBy ?? '-'}, or it will be closed.`,
  }),
  'requester-extended': (p) => ({
    subject: `Jangka waktu permohonan ${p.registrationNumber} diperpanjang`,
    intro: `Jangka waktu pemberitahuan tertulis atas permohonan informasi Anda nomor ${p.registrationNumber} diperpanjang ${p.extensionDays ?? '-'} hari kerja (UU 14/2008 Pasal 22 ayat 8).`,
    details: [
      ['Nomor registrasi', p.registrationNumber],
      ['Alasan perpanjangan', p.extensionReason ?? ''],
      ['Batas waktu baru', tanggal(p.dueOn)],
    ],
    english: `The answer to your request ${p.registrationNumber} was extended by ${p.extensionDays ?? '-'} working days, to ${p.dueOn ?? '-'}.`,
  }),
  'requester-notice': (p) => ({
    subject: `Pemberitahuan tertulis atas permohonan ${p.registrationNumber}`,
    intro: `PPID telah memberikan pemberitahuan tertulis atas permohonan informasi Anda nomor ${p.registrationNumber}.`,
    details: [
      ['Nomor registrasi', p.registrationNumber],
      ['Keputusan', p.outcome ? NOTICE_OUTCOME_LABELS[p.outcome] : ''],
    ],
    closing: OBJECTION_RIGHT,
    english: `The PPID has answered your request ${p.registrationNumber} with a written notice (attached).`,
  }),
  'requester-delivered': (p) => {
    const given = p.outcome === 'granted_full' || p.outcome === 'granted_part';
    return {
      subject: `Informasi atas permohonan ${p.registrationNumber} telah diserahkan`,
      intro: given
        ? `Informasi yang Anda mohon dengan nomor registrasi ${p.registrationNumber} beserta pemberitahuan tertulisnya telah diserahkan kepada Anda. Permohonan ini selesai.`
        : `Pemberitahuan tertulis atas permohonan informasi Anda nomor ${p.registrationNumber} telah diserahkan kepada Anda. Permohonan ini selesai.`,
      details: [
        ['Nomor registrasi', p.registrationNumber],
        ['Keputusan', p.outcome ? NOTICE_OUTCOME_LABELS[p.outcome] : ''],
        ['Tanggal diserahkan', tanggal(p.deliveredOn)],
        ['Cara penyampaian', p.deliveryMethod ? (DELIVERY_LABELS[p.deliveryMethod] ?? '') : ''],
        ['Batas waktu pengajuan keberatan', tanggal(p.objectionBy)],
      ],
      closing: OBJECTION_RIGHT,
      english: `Your request ${p.registrationNumber} is complete: ${given ? 'the information and its written notice were' : 'the written notice was'} handed over to you on ${p.deliveredOn ?? '-'}.`,
    };
  },
  'requester-closed': (p) => ({
    subject: `Permohonan ${p.registrationNumber} ditutup karena tidak dilengkapi`,
    intro: `Permohonan informasi Anda nomor ${p.registrationNumber} ditutup karena kekurangan kelengkapannya tidak dipenuhi sampai ${tanggal(p.completeBy) || 'batas waktu'}. Anda dapat mengajukan permohonan baru kapan saja.`,
    details: [
      ['Nomor registrasi', p.registrationNumber],
      ['Yang perlu dilengkapi', p.missingItems ?? ''],
      ['Batas waktu melengkapi', tanggal(p.completeBy)],
    ],
    english: `Your request ${p.registrationNumber} was closed because it was not completed by ${p.completeBy ?? 'the deadline'}; you may file a new request.`,
  }),
  'requester-objection-registered': (p) => ({
    subject: `Keberatan Anda diterima: ${p.registrationNumber}`,
    intro: `Keberatan Anda atas permohonan ${p.requestNumber ?? '-'} telah kami terima dengan nomor registrasi ${p.registrationNumber}. Atasan PPID memberikan tanggapan tertulis paling lambat ${tanggal(p.dueOn) || '-'} (30 hari kerja).`,
    details: [
      ['Nomor registrasi keberatan', p.registrationNumber],
      ['Nomor registrasi permohonan', p.requestNumber ?? ''],
      ['Batas waktu tanggapan', tanggal(p.dueOn)],
    ],
    english: `Your objection to request ${p.requestNumber ?? '-'} was registered as ${p.registrationNumber}; the decision is due by ${p.dueOn ?? '-'}.`,
  }),
  'requester-objection-decided': (p) => ({
    subject: `Keputusan atas keberatan ${p.registrationNumber}`,
    intro: `Atasan PPID telah memutus keberatan Anda nomor ${p.registrationNumber} atas permohonan ${p.requestNumber ?? '-'}.`,
    details: [
      ['Nomor registrasi keberatan', p.registrationNumber],
      ['Keputusan', p.decision ? OBJECTION_DECISION_LABELS[p.decision] : ''],
      ['Tanggal keputusan', tanggal(p.decidedOn)],
    ],
    closing: 'Bila Anda tidak puas dengan keputusan ini, Anda dapat mengajukan penyelesaian sengketa informasi kepada Komisi Informasi paling lambat 14 hari kerja setelah menerimanya (UU 14/2008 Pasal 37 ayat 2).',
    english: `The Atasan PPID has decided your objection ${p.registrationNumber} (decision attached).`,
  }),
};

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** One line, no control characters (a value must not add mail headers). */
const oneLine = (v: string) => v.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const FOOTER = 'Pesan ini dikirim otomatis oleh sistem PPID. Mohon tidak membalas e-mail ini; hubungi meja layanan PPID bila ada pertanyaan.';

/** The requester's mail for a template and its payload. Throws on an unknown template or a payload without a number. */
export function renderRequesterMail(template: string, raw: Record<string, unknown> = {}): { subject: string; text: string; html: string } {
  if (!isRequesterTemplate(template)) throw new Error(`Unknown requester mail template "${template}"`);
  const p: RequesterPayload = {
    ...(raw as unknown as RequesterPayload),
    registrationNumber: oneLine(str(raw.registrationNumber)),
    requesterName: oneLine(str(raw.requesterName)),
    requestNumber: oneLine(str(raw.requestNumber)) || undefined,
  };
  if (!p.registrationNumber) throw new Error(`Requester mail "${template}" needs a registration number`);
  const m = MESSAGES[template](p);
  const details = m.details.filter(([, v]) => v !== '' && v !== undefined);
  const attachments = Array.isArray(raw.attachments) ? (raw.attachments as { subject: string; letter: string }[]).map((a) => letterName(a.subject, a.letter)) : [];
  if (attachments.length) details.push(['Lampiran', attachments.map((a) => `${a} (PDF)`).join('\n')]);
  const link = typeof raw.trackingUrl === 'string' && /^https?:\/\//i.test(raw.trackingUrl) ? raw.trackingUrl : null;
  const greeting = `Yth. ${p.requesterName || 'Pemohon Informasi'},`;
  const subject = oneLine(`[PPID] ${m.subject}`).slice(0, 255);
  const width = Math.max(0, ...details.map(([l]) => l.length));
  const text = [
    greeting,
    '',
    m.intro,
    '',
    ...details.map(([l, v]) => `${`${l}:`.padEnd(width + 2)}${v.replace(/\r?\n/g, `\n${' '.repeat(width + 2)}`)}`),
    ...(link ? ['', 'Lacak permohonan Anda:', link] : []),
    ...(m.closing ? ['', m.closing] : []),
    '',
    `English: ${m.english}`,
    '',
    '-- ',
    FOOTER,
    '',
  ].join('\n');
  const cell = 'padding:4px 12px 4px 0;vertical-align:top;text-align:left';
  const multi = (v: string) => escape(v).replace(/\r?\n/g, '<br>');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="id"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#212134">',
    `<p>${escape(greeting)}</p>`,
    `<p>${multi(m.intro)}</p>`,
    details.length
      ? `<table role="presentation" style="border-collapse:collapse">${details.map(([l, v]) => `<tr><th style="${cell};color:#666687;font-weight:normal">${escape(l)}</th><td style="${cell}">${multi(v)}</td></tr>`).join('')}</table>`
      : '',
    link ? `<p><a href="${escape(link)}" style="color:#4945ff">Lacak permohonan Anda</a></p>` : '',
    m.closing ? `<p>${multi(m.closing)}</p>` : '',
    `<p lang="en" style="color:#666687">English: ${escape(m.english)}</p>`,
    `<p style="color:#666687;font-size:12px">${escape(FOOTER)}</p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
  return { subject, text, html };
}
