/**
 * The web SOP (Pengelolaan Website PPID) as workflow templates: the quarterly content plan (A1), the
 * Operator's monthly upload (A2 + B5) and a website development item (B1-B5). The Koordinator is the
 * Kepala Bidang of the agency's website desk (`actorAt: 'website-desk'`).
 */
import type { WorkflowDefinition } from './definition';
import { back, cancel, cancelledStage, days, final, flowWith, forward, hours, publish, publishedStage, publishing, review, work } from './template-kit';
import { PP_61, UU_KIP, UU_PP } from './templates-sops';

const flow = flowWith({ proofRequired: true });
const published = publishedStage();
const cancelled = cancelledStage();

const WEB_SOP = {
  title: 'Pengelolaan Website PPID',
  issuer: 'Dinas Komunikasi dan Informatika',
  legalBasis: [UU_KIP, UU_PP, PP_61, 'Permendagri Nomor 3 Tahun 2017', 'Peraturan Komisi Informasi Nomor 1 Tahun 2017'],
};

/**
 * Web SOP A1: the quarterly content plan, set by the Sub Koordinator, signed by the Koordinator (the
 * Kepala Bidang of the website desk) and handed to the head by the Sub Koordinator ("diserahkan
 * kepada kepala dinas"). v2: the signature is its own step (recorded as who signed and when: a
 * `receipt` edge), and the hand-over is a recorded step of the Sub Koordinator, no longer a date
 * typed on the plan; the Koordinator is found at the website desk.
 */
export const webContentPlan: WorkflowDefinition = {
  key: 'web-rencana-konten',
  version: 2,
  name: { id: 'Penetapan konten website (3 bulanan)', en: 'Quarterly website content plan' },
  contentType: 'content-plan',
  sop: { number: 'SOP Web PPID A.1', ...WEB_SOP },
  initialStage: 'planning',
  ...flow(
    work('planning', 'Penyusunan daftar konten', 'Drafting the content list', { actor: 'sub_koordinator', authoring: true, output: 'Daftar konten yang akan dipublikasikan' },
      forward('signing', 'Ajukan ke Koordinator', 'Submit to the Koordinator'),
      cancel()),
    review('signing', 'Tanda tangan Koordinator', 'Signature by the Koordinator', { actor: 'kabid', actorAt: 'website-desk', time: days(1), output: 'Tabel konten yang ditandatangani' },
      back('planning', 'Kembalikan ke Sub Koordinator', 'Return to the sub-coordinator'),
      forward('handover', 'Tandatangani', 'Sign', { receipt: true })),
    publishing('handover', 'Penyerahan kepada Kepala Dinas', 'Hand-over to the head', { actor: 'sub_koordinator', output: 'Tabel konten diserahkan kepada Kepala Dinas' },
      publish('published', 'Serahkan ke Kepala Dinas', 'Hand to the head', { proofRequired: false })),
    published,
    cancelled,
  ),
};

/** Web SOP A2 + B5: the Operator's monthly upload, approved through the approval form, checked online. */
export const webMonthlyUpload: WorkflowDefinition = {
  key: 'web-unggah-bulanan',
  version: 2,
  name: { id: 'Unggah konten bulanan (form persetujuan)', en: 'Monthly content upload (approval form)' },
  contentType: 'announcement',
  sop: { number: 'SOP Web PPID A.2 / B.5', ...WEB_SOP },
  initialStage: 'upload',
  ...flow(
    work('upload', 'Operator mengunggah konten', 'Operator uploads the content', { actor: 'operator', authoring: true, time: days(1), output: 'Draft konten' },
      forward('check_online', 'Ajukan form persetujuan', 'Submit the approval form'),
      cancel()),
    review('check_online', 'Pemeriksaan online oleh Koordinator', 'Online check by the Koordinator', { actor: 'kabid', actorAt: 'website-desk', time: days(1), output: 'Form persetujuan' },
      forward('publishing', 'Setujui', 'Approve'),
      back('upload', 'Kembalikan ke Operator', 'Return to the operator')),
    publishing('publishing', 'Penayangan', 'Going live', { actor: 'operator', time: hours(1), output: 'Website yang telah diperbarui' },
      publish('published', 'Tayangkan', 'Go live')),
    published,
    cancelled,
  ),
  proof: { online: 1, offline: 0 },
};

/**
 * Web SOP B1-B5: a website development item, from the Sub Koordinator's report to the Koordinator's
 * online check. The Koordinator is the Kepala Bidang of the website desk (the unit where the
 * agency's website Sub Koordinator sits: `actorAt: 'website-desk'`), whatever unit the item names;
 * the Sub Koordinator and the Web Developer act for the whole agency. v2: v1 looked
 * for the Koordinator in the item's unit. The discussion is left only
 * with its minutes linked (B1-B2), the Web Developer's receipt is his own step (tanda terima, B2),
 * the draft is left only once it is known how it was presented (B3), and the Operator's upload only
 * under an approval form signed by the Sub Koordinator and the Koordinator (B5, the derived requirement
 * `signedApprovalForm`). "Sesuai jadwal yang ditentukan": the item's due date (`dueOn`) feeds
 * the checker.
 */
export const webBacklog: WorkflowDefinition = {
  key: 'web-backlog',
  version: 2,
  name: { id: 'Pengembangan website PPID (backlog)', en: 'PPID website development (backlog)' },
  contentType: 'backlog-item',
  sop: { number: 'SOP Web PPID B.1-B.5', ...WEB_SOP },
  initialStage: 'raised',
  ...flow(
    work('raised', 'Penyampaian rencana/kendala oleh Sub Koordinator', 'Raised by the Sub Koordinator', { actor: 'sub_koordinator', authoring: true, output: 'Rencana pengembangan / kendala teknis' },
      forward('discussion', 'Sampaikan ke Koordinator', 'Submit to the Koordinator'),
      cancel()),
    work('discussion', 'Pembahasan dengan Koordinator (rapat bidang)', 'Discussion with the Koordinator (division meeting)', { actor: 'kabid', actorAt: 'website-desk', output: 'Notulen rapat' },
      forward('receipt', 'Serahkan ke Web Developer', 'Hand to the Web Developer', { requires: ['minutes'] }),
      back('raised', 'Kembalikan ke Sub Koordinator', 'Return to the Sub Koordinator'),
      cancel('cancelled', 'Tolak', 'Reject')),
    work('receipt', 'Tanda terima Web Developer', 'Receipt by the Web Developer', { actor: 'web_developer', time: days(1), output: 'Tanda terima dari Web Developer' },
      forward('presentation', 'Tanda terima', 'Acknowledge receipt', { receipt: true }),
      back('discussion', 'Kembalikan ke Koordinator', 'Return to the Koordinator')),
    work('presentation', 'Penyusunan dan presentasi draft', 'Drafting and presenting the draft', { actor: 'web_developer', output: 'Draft website dipresentasikan (daring/luring) kepada Sub Koordinator' },
      forward('offline_update', 'Draft telah dipresentasikan', 'Draft presented', { requires: ['presentationMode'] })),
    work('offline_update', 'Perbaikan dan pengembangan secara offline', 'Updating offline', { actor: 'web_developer', output: 'Website yang telah diperbarui secara offline' },
      forward('check_sub', 'Ajukan pemeriksaan', 'Submit for checking')),
    work('check_sub', 'Pemeriksaan oleh Sub Koordinator', 'Check by the Sub Koordinator', { actor: 'sub_koordinator', time: days(1), output: 'Website offline yang telah diperiksa' },
      forward('content_entry', 'Sesuai: teruskan ke Operator', 'Checked: on to the Operator'),
      back('offline_update', 'Kembalikan ke Web Developer', 'Return to the Web Developer')),
    work('content_entry', 'Pengisian konten oleh Operator (form persetujuan)', 'Content entered by the Operator (approval form)', { actor: 'operator', time: days(1), output: 'Form persetujuan' },
      forward('check_online', 'Ajukan form persetujuan', 'Submit the approval form', { requires: ['signedApprovalForm'] })),
    review('check_online', 'Pemeriksaan online oleh Koordinator', 'Online check by the Koordinator', { actor: 'kabid', actorAt: 'website-desk', time: days(1), output: 'Website yang telah diperbarui secara online' },
      publish('done', 'Sesuai: selesai', 'Checked online: done', { proofRequired: false }),
      back('content_entry', 'Kembalikan ke Operator', 'Return to the Operator'),
      back('offline_update', 'Kembalikan ke Web Developer', 'Return to the Web Developer')),
    final('done', 'Selesai', 'Done'),
    cancelled,
  ),
  withdrawal: { positions: ['kabid'], actorAt: 'website-desk' },
};
