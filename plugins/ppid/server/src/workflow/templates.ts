/**
 * The SOPs of shared/seeds turned into workflow templates. Agencies pick one per content type (and
 * may override per unit) or write their own; the engine enforces whichever is chosen.
 * Where a seed's OCR lost which column an actor ticked, the mapping is the reading of DOMAIN.md and
 * is said so in the stage's note.
 */
import type { WorkflowDefinition } from './definition';
import { stage, cancelledStage, transitionsWith } from './template-kit';
import { DIP_LIST_TEMPLATES } from './templates-dip-list';
import { REQUEST_TEMPLATES } from './templates-requests';

const t = transitionsWith({ proofRequired: true });
const published = stage('published', 'Terbit', 'Published', { kind: 'published' });
const cancelled = cancelledStage();

const UU_KIP = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik';
const UU_PP = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';
const PP_61 = 'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU Nomor 14 Tahun 2008';
const PERKI_2021 = 'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik';

/**
 * SOP 190/SOP/DISKOMINFO.IP/2024, Diskominfo Provinsi Kalimantan Barat: Pengumuman Informasi Publik.
 * v2: the disposisi names the drafter and the agenda number (step 1); only that person drafts
 * (step 2) and publishes after the Kepala's approval (steps 5-6: "diteruskan ke
 * Fungsional/Pelaksana untuk diumumkan").
 */
export const announcementDiskominfoKalbar: WorkflowDefinition = {
  key: 'pengumuman-diskominfo-kalbar',
  version: 2,
  name: { id: 'Pengumuman Informasi Publik (Diskominfo Kalbar)', en: 'Announcing public information (Diskominfo Kalbar)' },
  contentType: 'announcement',
  sop: {
    number: '190/SOP/DISKOMINFO.IP/2024',
    title: 'Pengumuman Informasi Publik',
    issuer: 'Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat',
    madeOn: '2024-08-05',
    approvedBy: 'Kepala Dinas Komunikasi dan Informatika',
    legalBasis: [UU_KIP, UU_PP, 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', PP_61, 'Permendagri Nomor 3 Tahun 2017', PERKI_2021],
  },
  initialStage: 'disposition',
  stages: [
    stage('disposition', 'Disposisi', 'Disposition', { actor: 'kabid', kind: 'work', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Disposisi' }),
    stage('drafting', 'Penyusunan konsep', 'Drafting', { actor: 'fungsional', kind: 'work', authoring: true, assigned: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Konsep pengumuman informasi publik' }),
    stage('review_kabid', 'Pemeriksaan Kabid/Kasubag', 'Review by the head of division', { actor: 'kabid', kind: 'review', timeStandard: { amount: 1, unit: 'hours' }, output: 'Konsep pengumuman informasi publik' }),
    stage('review_secretary', 'Pemeriksaan Sekretaris', 'Review by the secretary', { actor: 'sekretaris', kind: 'review', timeStandard: { amount: 1, unit: 'hours' }, output: 'Konsep pengumuman informasi publik' }),
    stage('approval_head', 'Persetujuan Kepala Dinas', 'Approval by the head of agency', { actor: 'kepala', kind: 'review', timeStandard: { amount: 10, unit: 'minutes' }, output: 'Konsep pengumuman yang telah disetujui' }),
    stage('publishing', 'Pengumuman dan pendokumentasian', 'Publishing and documenting', { actor: 'fungsional', kind: 'publishing', assigned: true, timeStandard: { amount: 15, unit: 'minutes' }, output: 'Bukti pengumuman di media online dan offline' }),
    published,
    cancelled,
  ],
  transitions: [
    t('disposition', 'drafting', 'forward', 'Tugaskan penyusun', 'Assign a drafter', { assigns: true }),
    t('disposition', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('drafting', 'review_kabid', 'forward', 'Kirim ke Kabid/Kasubag', 'Send to the head of division'),
    t('review_kabid', 'review_secretary', 'forward', 'Teruskan ke Sekretaris', 'Forward to the secretary'),
    t('review_kabid', 'drafting', 'return', 'Kembalikan ke penyusun', 'Return to the drafter'),
    t('review_kabid', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('review_secretary', 'approval_head', 'forward', 'Teruskan ke Kepala Dinas', 'Forward to the head of agency'),
    t('review_secretary', 'review_kabid', 'return', 'Kembalikan ke Kabid/Kasubag', 'Return to the head of division'),
    t('approval_head', 'publishing', 'forward', 'Setujui untuk diumumkan', 'Approve for publication'),
    t('approval_head', 'review_kabid', 'return', 'Kembalikan ke Kabid/Kasubag', 'Return to the head of division'),
    t('publishing', 'published', 'publish', 'Umumkan', 'Publish'),
  ],
  proof: { online: 1, offline: 1 },
  fastTrack: { positions: ['kepala', 'sekretaris', 'kabid'], retroApprovers: ['kepala', 'sekretaris'], window: { amount: 1, unit: 'days' } },
  withdrawal: { positions: ['kepala', 'sekretaris'] },
};

/**
 * SOP Dinas Sosial Kota Pontianak (2023): Pengumuman Informasi Publik, run by the PPID offices.
 * v2 follows the SOP's seven steps: 1 the operator updates berkala and serta merta content (opens
 * the item), 2 coordination of the collection, 3 the draft, 4 the PPID Utama clarifies the class,
 * 5 coordination and publication, 6 the periodic update of the data file (20 minutes), 7 publication
 * (10 minutes). The seed's OCR lost which column each actor ticked; the actors follow DOMAIN.md.
 */
export const announcementDinsosPontianak: WorkflowDefinition = {
  key: 'pengumuman-dinsos-pontianak',
  version: 2,
  name: { id: 'Pengumuman Informasi Publik (Dinsos Pontianak)', en: 'Announcing public information (Dinsos Pontianak)' },
  contentType: 'announcement',
  sop: {
    number: '/SOP.DINSOS/2023',
    title: 'Pengumuman Informasi Publik',
    issuer: 'Dinas Sosial Kota Pontianak',
    madeOn: '2023-07-03',
    effectiveOn: '2023',
    approvedBy: 'Kepala Dinas Sosial Kota Pontianak',
    legalBasis: [UU_PP, 'Permenkominfo Nomor 8 Tahun 2019', 'Perda Kota Pontianak Nomor 2 Tahun 2010', 'Perwa Pontianak Nomor 49 Tahun 2018', 'Perwa Pontianak Nomor 86 Tahun 2019'],
  },
  initialStage: 'update_request',
  stages: [
    stage('update_request', 'Pemutakhiran konten informasi berkala dan serta merta', 'Updating berkala and serta merta content', { actor: 'operator', kind: 'work', authoring: true, output: 'Usulan pemutakhiran konten' }),
    stage('coordination', 'Koordinasi pengumpulan informasi', 'Coordinating collection', { actor: 'ppid_pelaksana', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Dokumen laporan koordinasi' }),
    stage('preparation', 'Penyiapan rancangan', 'Preparing the draft', { actor: 'operator', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Rancangan dokumen informasi publik' }),
    stage('clarification', 'Klarifikasi jenis informasi (verifikasi PPID Utama)', 'Clarifying the class (main PPID verification)', { actor: 'ppid_utama', kind: 'review', timeStandard: { amount: 3, unit: 'days' }, output: 'Dokumen yang telah diverifikasi oleh PPID Utama' }),
    stage('coordination_publication', 'Koordinasi dan publikasi', 'Coordinating the publication', { actor: 'ppid_pelaksana', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Dokumen dan informasi data' }),
    stage('periodic_update', 'Pembaruan informasi secara berkala', 'Updating the data file', { actor: 'operator', kind: 'publishing', timeStandard: { amount: 20, unit: 'minutes' }, output: 'Dokumen dan informasi data' }),
    stage('publishing', 'Publikasi informasi', 'Publishing', { actor: 'operator', kind: 'publishing', timeStandard: { amount: 10, unit: 'minutes' }, output: 'Dokumen dan informasi data' }),
    published,
    cancelled,
  ],
  transitions: [
    t('update_request', 'coordination', 'forward', 'Ajukan pemutakhiran', 'Propose the update'),
    t('update_request', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('coordination', 'preparation', 'forward', 'Mulai penyiapan', 'Start preparation'),
    t('coordination', 'update_request', 'return', 'Kembalikan ke Operator', 'Return to the operator'),
    t('coordination', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('preparation', 'clarification', 'forward', 'Kirim ke PPID Utama', 'Send to the main PPID'),
    t('clarification', 'coordination_publication', 'forward', 'Verifikasi', 'Verify'),
    t('clarification', 'preparation', 'return', 'Kembalikan untuk diperbaiki', 'Return for correction'),
    t('coordination_publication', 'periodic_update', 'forward', 'Setujui publikasi', 'Approve the publication'),
    t('coordination_publication', 'preparation', 'return', 'Kembalikan untuk diperbaiki', 'Return for correction'),
    t('periodic_update', 'publishing', 'forward', 'File informasi diperbarui', 'Data file updated'),
    t('publishing', 'published', 'publish', 'Publikasikan', 'Publish'),
  ],
  proof: { online: 1, offline: 0 },
  fastTrack: { positions: ['ppid_utama', 'ppid_pelaksana'], retroApprovers: ['ppid_utama', 'kepala'], window: { amount: 1, unit: 'days' } },
  withdrawal: { positions: ['ppid_utama', 'kepala'] },
};

/** SOP Diskominfostat Kabupaten Kapuas Hulu (2024): Pendokumentasian Informasi Publik (the DIP). */
export const dipKapuasHulu: WorkflowDefinition = {
  key: 'pendokumentasian-kapuas-hulu',
  version: 1,
  name: { id: 'Pendokumentasian Informasi Publik (Kapuas Hulu)', en: 'Documenting public information (Kapuas Hulu)' },
  contentType: 'dip-entry',
  sop: {
    number: 'Lampiran VII Keputusan Kepala Diskominfostat Kapuas Hulu 2024',
    title: 'Pendokumentasian Informasi Publik',
    issuer: 'Dinas Komunikasi Informatika dan Statistik Kabupaten Kapuas Hulu',
    approvedBy: 'Kepala Dinas Komunikasi, Informatika dan Statistik Kabupaten Kapuas Hulu',
    legalBasis: ['Permenpan RB Nomor 35 Tahun 2012', 'Permendagri Nomor 3 Tahun 2017', 'Keputusan Kepala Diskominfostat Kapuas Hulu Nomor 46 Tahun 2022'],
  },
  initialStage: 'identification',
  stages: [
    stage('identification', 'Identifikasi informasi', 'Identifying information', { actor: 'operator', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Tersedianya data' }),
    stage('coordination', 'Perintah koordinasi (nota dinas)', 'Ordering coordination (memo)', { actor: 'ppid_pembantu', kind: 'work', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Nota dinas' }),
    stage('collection', 'Pengumpulan dan klasifikasi', 'Collecting and classifying', { actor: 'operator', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Konsep Daftar Informasi Publik' }),
    stage('verification', 'Pemeriksaan PPID Pembantu', 'Check by the assistant PPID', { actor: 'ppid_pembantu', kind: 'review', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Draft Daftar Informasi Publik' }),
    stage('signing', 'Pemeriksaan dan penandatanganan Kepala OPD', 'Check and signature by the head', { actor: 'kepala', kind: 'review', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Daftar Informasi Publik' }),
    published,
    cancelled,
  ],
  transitions: [
    t('identification', 'coordination', 'forward', 'Laporkan ke Ketua PPID', 'Report to the PPID chair'),
    t('identification', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('coordination', 'collection', 'forward', 'Perintahkan pengumpulan', 'Order the collection'),
    t('collection', 'verification', 'forward', 'Kirim untuk diperiksa', 'Send for checking'),
    t('verification', 'signing', 'forward', 'Sampaikan ke Atasan PPID', 'Send to the head'),
    t('verification', 'collection', 'return', 'Kembalikan ke petugas PPID', 'Return to the PPID officer'),
    t('signing', 'published', 'publish', 'Tandatangani dan tetapkan', 'Sign and enact', { proofRequired: false }),
    t('signing', 'verification', 'return', 'Kembalikan ke Ketua PPID', 'Return to the PPID chair'),
  ],
};

/**
 * A row of the year's DIP under the list's own flow (issue 9): SOP 001 steps 3-4 for one row, the
 * unit's Operator fills or confirms it and the PPID Pembantu checks it. The head does not sign row by
 * row: the head signs the whole list (the DIP edition, templates-dip-list.ts), which enacts it. A row
 * accepted between two editions is public at once, marked as added since the enacted edition.
 */
export const dipRowKapuasHulu: WorkflowDefinition = {
  key: 'baris-dip-kapuas-hulu',
  version: 1,
  name: { id: 'Baris DIP unit: pengisian dan pemeriksaan (Kapuas Hulu)', en: 'A unit\'s DIP row: filling and check (Kapuas Hulu)' },
  contentType: 'dip-entry',
  sop: { ...dipKapuasHulu.sop },
  initialStage: 'filling',
  stages: [
    stage('filling', 'Pengisian dan klasifikasi baris oleh Operator', 'Filling and classifying the row (Operator)', { actor: 'operator', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Baris Daftar Informasi Publik' }),
    stage('check', 'Pemeriksaan PPID Pembantu', 'Check by the assistant PPID', { actor: 'ppid_pembantu', kind: 'review', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Baris yang sudah diperiksa' }),
    published,
    cancelled,
  ],
  transitions: [
    t('filling', 'check', 'forward', 'Kirim untuk diperiksa', 'Send for checking'),
    t('filling', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('check', 'published', 'publish', 'Terima dan terbitkan', 'Accept and publish', { proofRequired: false }),
    t('check', 'filling', 'return', 'Kembalikan ke Operator', 'Return to the Operator'),
  ],
};

/** SOP 065/2551/DISDUKCAPIL (2022), Disdukcapil Provinsi Kalimantan Barat: Pendokumentasian Online. */
export const dipDisdukcapilOnline: WorkflowDefinition = {
  key: 'pendokumentasian-online-disdukcapil-kalbar',
  version: 1,
  name: { id: 'Pendokumentasian Informasi Publik Secara Online (Disdukcapil Kalbar)', en: 'Documenting public information online (Disdukcapil Kalbar)' },
  contentType: 'dip-entry',
  sop: {
    number: '065/2551/DISDUKCAPIL',
    title: 'Pendokumentasian Informasi Publik Secara Online',
    issuer: 'Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Barat',
    madeOn: '2022-04-25',
    effectiveOn: '2022-05',
    approvedBy: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Barat',
    legalBasis: [UU_KIP, UU_PP, PP_61, 'Peraturan Komisi Informasi Nomor 1 Tahun 2010', 'Pergub Kalbar Nomor 22 Tahun 2016', 'Pergub Kalbar Nomor 149 Tahun 2021'],
  },
  initialStage: 'collection',
  stages: [
    stage('collection', 'Pengumpulan dengan form DIP', 'Collecting with the DIP form', { actor: 'ppid_pembantu', kind: 'work', authoring: true, timeStandard: { amount: 7, unit: 'days' }, output: 'Informasi dan dokumentasi publik dari seksi dan bidang' }),
    stage('approval', 'Persetujuan Ketua PPID Pembantu', 'Approval by the assistant PPID chair', { actor: 'ketua_ppid', kind: 'review', timeStandard: { amount: 60, unit: 'minutes' }, output: 'Informasi dan dokumentasi publik yang sudah disetujui' }),
    stage('upload', 'Unggah ke sistem dokumentasi dan website', 'Upload to the documentation system and website', { actor: 'ppid_pembantu', kind: 'publishing', timeStandard: { amount: 30, unit: 'minutes' }, output: 'Informasi dan dokumentasi yang sudah terpublikasi' }),
    published,
    cancelled,
  ],
  transitions: [
    t('collection', 'approval', 'forward', 'Ajukan persetujuan', 'Submit for approval'),
    t('collection', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('approval', 'upload', 'forward', 'Setujui', 'Approve'),
    t('approval', 'collection', 'return', 'Kembalikan untuk dilengkapi', 'Return to complete'),
    t('upload', 'published', 'publish', 'Unggah dan terbitkan', 'Upload and publish'),
  ],
  proof: { online: 1, offline: 0 },
};

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
  stages: [
    stage('planning', 'Penyusunan daftar konten', 'Drafting the content list', { actor: 'sub_koordinator', kind: 'work', authoring: true, output: 'Daftar konten yang akan dipublikasikan' }),
    stage('signing', 'Tanda tangan Koordinator', 'Signature by the Koordinator', { actor: 'kabid', actorAt: 'website-desk', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Tabel konten yang ditandatangani' }),
    stage('handover', 'Penyerahan kepada Kepala Dinas', 'Hand-over to the head', { actor: 'sub_koordinator', kind: 'publishing', output: 'Tabel konten diserahkan kepada Kepala Dinas' }),
    published,
    cancelled,
  ],
  transitions: [
    t('planning', 'signing', 'forward', 'Ajukan ke Koordinator', 'Submit to the Koordinator'),
    t('planning', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('signing', 'planning', 'return', 'Kembalikan ke Sub Koordinator', 'Return to the sub-coordinator'),
    t('signing', 'handover', 'forward', 'Tandatangani', 'Sign', { receipt: true }),
    t('handover', 'published', 'publish', 'Serahkan ke Kepala Dinas', 'Hand to the head', { proofRequired: false }),
  ],
};

/** Web SOP A2 + B5: the Operator's monthly upload, approved through the approval form, checked online. */
export const webMonthlyUpload: WorkflowDefinition = {
  key: 'web-unggah-bulanan',
  version: 2,
  name: { id: 'Unggah konten bulanan (form persetujuan)', en: 'Monthly content upload (approval form)' },
  contentType: 'announcement',
  sop: { number: 'SOP Web PPID A.2 / B.5', ...WEB_SOP },
  initialStage: 'upload',
  stages: [
    stage('upload', 'Operator mengunggah konten', 'Operator uploads the content', { actor: 'operator', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Draft konten' }),
    stage('check_online', 'Pemeriksaan online oleh Koordinator', 'Online check by the Koordinator', { actor: 'kabid', actorAt: 'website-desk', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Form persetujuan' }),
    stage('publishing', 'Penayangan', 'Going live', { actor: 'operator', kind: 'publishing', timeStandard: { amount: 1, unit: 'hours' }, output: 'Website yang telah diperbarui' }),
    published,
    cancelled,
  ],
  transitions: [
    t('upload', 'check_online', 'forward', 'Ajukan form persetujuan', 'Submit the approval form'),
    t('upload', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('check_online', 'publishing', 'forward', 'Setujui', 'Approve'),
    t('check_online', 'upload', 'return', 'Kembalikan ke Operator', 'Return to the operator'),
    t('publishing', 'published', 'publish', 'Tayangkan', 'Go live'),
  ],
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
  stages: [
    stage('raised', 'Penyampaian rencana/kendala oleh Sub Koordinator', 'Raised by the Sub Koordinator', { actor: 'sub_koordinator', kind: 'work', authoring: true, output: 'Rencana pengembangan / kendala teknis' }),
    stage('discussion', 'Pembahasan dengan Koordinator (rapat bidang)', 'Discussion with the Koordinator (division meeting)', { actor: 'kabid', actorAt: 'website-desk', kind: 'work', output: 'Notulen rapat' }),
    stage('receipt', 'Tanda terima Web Developer', 'Receipt by the Web Developer', { actor: 'web_developer', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Tanda terima dari Web Developer' }),
    stage('presentation', 'Penyusunan dan presentasi draft', 'Drafting and presenting the draft', { actor: 'web_developer', kind: 'work', output: 'Draft website dipresentasikan (daring/luring) kepada Sub Koordinator' }),
    stage('offline_update', 'Perbaikan dan pengembangan secara offline', 'Updating offline', { actor: 'web_developer', kind: 'work', output: 'Website yang telah diperbarui secara offline' }),
    stage('check_sub', 'Pemeriksaan oleh Sub Koordinator', 'Check by the Sub Koordinator', { actor: 'sub_koordinator', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Website offline yang telah diperiksa' }),
    stage('content_entry', 'Pengisian konten oleh Operator (form persetujuan)', 'Content entered by the Operator (approval form)', { actor: 'operator', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Form persetujuan' }),
    stage('check_online', 'Pemeriksaan online oleh Koordinator', 'Online check by the Koordinator', { actor: 'kabid', actorAt: 'website-desk', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Website yang telah diperbarui secara online' }),
    stage('done', 'Selesai', 'Done', { kind: 'published' }),
    cancelled,
  ],
  transitions: [
    t('raised', 'discussion', 'forward', 'Sampaikan ke Koordinator', 'Submit to the Koordinator'),
    t('raised', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('discussion', 'receipt', 'forward', 'Serahkan ke Web Developer', 'Hand to the Web Developer', { requires: ['minutes'] }),
    t('discussion', 'raised', 'return', 'Kembalikan ke Sub Koordinator', 'Return to the Sub Koordinator'),
    t('discussion', 'cancelled', 'cancel', 'Tolak', 'Reject'),
    t('receipt', 'presentation', 'forward', 'Tanda terima', 'Acknowledge receipt', { receipt: true }),
    t('receipt', 'discussion', 'return', 'Kembalikan ke Koordinator', 'Return to the Koordinator'),
    t('presentation', 'offline_update', 'forward', 'Draft telah dipresentasikan', 'Draft presented', { requires: ['presentationMode'] }),
    t('offline_update', 'check_sub', 'forward', 'Ajukan pemeriksaan', 'Submit for checking'),
    t('check_sub', 'content_entry', 'forward', 'Sesuai: teruskan ke Operator', 'Checked: on to the Operator'),
    t('check_sub', 'offline_update', 'return', 'Kembalikan ke Web Developer', 'Return to the Web Developer'),
    t('content_entry', 'check_online', 'forward', 'Ajukan form persetujuan', 'Submit the approval form', { requires: ['signedApprovalForm'] }),
    t('check_online', 'done', 'publish', 'Sesuai: selesai', 'Checked online: done', { proofRequired: false }),
    t('check_online', 'content_entry', 'return', 'Kembalikan ke Operator', 'Return to the Operator'),
    t('check_online', 'offline_update', 'return', 'Kembalikan ke Web Developer', 'Return to the Web Developer'),
  ],
  withdrawal: { positions: ['kabid'], actorAt: 'website-desk' },
};

export const TEMPLATES: WorkflowDefinition[] = [
  announcementDiskominfoKalbar,
  announcementDinsosPontianak,
  dipKapuasHulu,
  dipRowKapuasHulu,
  dipDisdukcapilOnline,
  webContentPlan,
  webMonthlyUpload,
  webBacklog,
  ...DIP_LIST_TEMPLATES,
  ...REQUEST_TEMPLATES,
];
