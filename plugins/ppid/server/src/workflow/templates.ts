/**
 * The SOPs of shared/seeds turned into workflow templates. Agencies pick one per content type (and
 * may override per unit) or write their own; the engine enforces whichever is chosen.
 * Where a seed's OCR lost which column an actor ticked, the mapping is the reading of DOMAIN.md and
 * is said so in the stage's note.
 */
import type { WorkflowDefinition } from './definition';
import { back, cancel, cancelledStage, days, flowWith, forward, hours, minutes, publish, publishedStage, publishing, review, work } from './template-kit';
import { DIP_LIST_TEMPLATES } from './templates-dip-list';
import { REQUEST_TEMPLATES } from './templates-requests';
import { PERKI_2021, PP_61, SOP_DISDUKCAPIL_ONLINE, SOP_KAPUAS_HULU_DOC, UU_KIP, UU_PP } from './templates-sops';
import { webBacklog, webContentPlan, webMonthlyUpload } from './templates-web';

export { webBacklog, webContentPlan, webMonthlyUpload };

const flow = flowWith({ proofRequired: true });
const published = publishedStage();
const cancelled = cancelledStage();

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
  ...flow(
    work('disposition', 'Disposisi', 'Disposition', { actor: 'kabid', time: minutes(15), output: 'Disposisi' },
      forward('drafting', 'Tugaskan penyusun', 'Assign a drafter', { assigns: true }),
      cancel()),
    work('drafting', 'Penyusunan konsep', 'Drafting', { actor: 'fungsional', authoring: true, assigned: true, time: days(1), output: 'Konsep pengumuman informasi publik' },
      forward('review_kabid', 'Kirim ke Kabid/Kasubag', 'Send to the head of division')),
    review('review_kabid', 'Pemeriksaan Kabid/Kasubag', 'Review by the head of division', { actor: 'kabid', time: hours(1), output: 'Konsep pengumuman informasi publik' },
      forward('review_secretary', 'Teruskan ke Sekretaris', 'Forward to the secretary'),
      back('drafting', 'Kembalikan ke penyusun', 'Return to the drafter'),
      cancel()),
    review('review_secretary', 'Pemeriksaan Sekretaris', 'Review by the secretary', { actor: 'sekretaris', time: hours(1), output: 'Konsep pengumuman informasi publik' },
      forward('approval_head', 'Teruskan ke Kepala Dinas', 'Forward to the head of agency'),
      back('review_kabid', 'Kembalikan ke Kabid/Kasubag', 'Return to the head of division')),
    review('approval_head', 'Persetujuan Kepala Dinas', 'Approval by the head of agency', { actor: 'kepala', time: minutes(10), output: 'Konsep pengumuman yang telah disetujui' },
      forward('publishing', 'Setujui untuk diumumkan', 'Approve for publication'),
      back('review_kabid', 'Kembalikan ke Kabid/Kasubag', 'Return to the head of division')),
    publishing('publishing', 'Pengumuman dan pendokumentasian', 'Publishing and documenting', { actor: 'fungsional', assigned: true, time: minutes(15), output: 'Bukti pengumuman di media online dan offline' },
      publish('published', 'Umumkan', 'Publish')),
    published,
    cancelled,
  ),
  proof: { online: 1, offline: 1 },
  fastTrack: { positions: ['kepala', 'sekretaris', 'kabid'], retroApprovers: ['kepala', 'sekretaris'], window: days(1) },
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
  ...flow(
    work('update_request', 'Pemutakhiran konten informasi berkala dan serta merta', 'Updating berkala and serta merta content', { actor: 'operator', authoring: true, output: 'Usulan pemutakhiran konten' },
      forward('coordination', 'Ajukan pemutakhiran', 'Propose the update'),
      cancel()),
    work('coordination', 'Koordinasi pengumpulan informasi', 'Coordinating collection', { actor: 'ppid_pelaksana', time: days(1), output: 'Dokumen laporan koordinasi' },
      forward('preparation', 'Mulai penyiapan', 'Start preparation'),
      back('update_request', 'Kembalikan ke Operator', 'Return to the operator'),
      cancel()),
    work('preparation', 'Penyiapan rancangan', 'Preparing the draft', { actor: 'operator', authoring: true, time: days(1), output: 'Rancangan dokumen informasi publik' },
      forward('clarification', 'Kirim ke PPID Utama', 'Send to the main PPID')),
    review('clarification', 'Klarifikasi jenis informasi (verifikasi PPID Utama)', 'Clarifying the class (main PPID verification)', { actor: 'ppid_utama', time: days(3), output: 'Dokumen yang telah diverifikasi oleh PPID Utama' },
      forward('coordination_publication', 'Verifikasi', 'Verify'),
      back('preparation', 'Kembalikan untuk diperbaiki', 'Return for correction')),
    review('coordination_publication', 'Koordinasi dan publikasi', 'Coordinating the publication', { actor: 'ppid_pelaksana', time: days(1), output: 'Dokumen dan informasi data' },
      forward('periodic_update', 'Setujui publikasi', 'Approve the publication'),
      back('preparation', 'Kembalikan untuk diperbaiki', 'Return for correction')),
    publishing('periodic_update', 'Pembaruan informasi secara berkala', 'Updating the data file', { actor: 'operator', time: minutes(20), output: 'Dokumen dan informasi data' },
      forward('publishing', 'File informasi diperbarui', 'Data file updated')),
    publishing('publishing', 'Publikasi informasi', 'Publishing', { actor: 'operator', time: minutes(10), output: 'Dokumen dan informasi data' },
      publish('published', 'Publikasikan', 'Publish')),
    published,
    cancelled,
  ),
  proof: { online: 1, offline: 0 },
  fastTrack: { positions: ['ppid_utama', 'ppid_pelaksana'], retroApprovers: ['ppid_utama', 'kepala'], window: days(1) },
  withdrawal: { positions: ['ppid_utama', 'kepala'] },
};

/** SOP Diskominfostat Kabupaten Kapuas Hulu (2024): Pendokumentasian Informasi Publik (the DIP). */
export const dipKapuasHulu: WorkflowDefinition = {
  key: 'pendokumentasian-kapuas-hulu',
  version: 1,
  name: { id: 'Pendokumentasian Informasi Publik (Kapuas Hulu)', en: 'Documenting public information (Kapuas Hulu)' },
  contentType: 'dip-entry',
  sop: SOP_KAPUAS_HULU_DOC,
  initialStage: 'identification',
  ...flow(
    work('identification', 'Identifikasi informasi', 'Identifying information', { actor: 'operator', time: days(1), output: 'Tersedianya data' },
      forward('coordination', 'Laporkan ke Ketua PPID', 'Report to the PPID chair'),
      cancel()),
    work('coordination', 'Perintah koordinasi (nota dinas)', 'Ordering coordination (memo)', { actor: 'ppid_pembantu', time: minutes(15), output: 'Nota dinas' },
      forward('collection', 'Perintahkan pengumpulan', 'Order the collection')),
    work('collection', 'Pengumpulan dan klasifikasi', 'Collecting and classifying', { actor: 'operator', authoring: true, time: days(1), output: 'Konsep Daftar Informasi Publik' },
      forward('verification', 'Kirim untuk diperiksa', 'Send for checking')),
    review('verification', 'Pemeriksaan PPID Pembantu', 'Check by the assistant PPID', { actor: 'ppid_pembantu', time: minutes(15), output: 'Draft Daftar Informasi Publik' },
      forward('signing', 'Sampaikan ke Atasan PPID', 'Send to the head'),
      back('collection', 'Kembalikan ke petugas PPID', 'Return to the PPID officer')),
    review('signing', 'Pemeriksaan dan penandatanganan Kepala OPD', 'Check and signature by the head', { actor: 'kepala', time: minutes(15), output: 'Daftar Informasi Publik' },
      publish('published', 'Tandatangani dan tetapkan', 'Sign and enact', { proofRequired: false }),
      back('verification', 'Kembalikan ke Ketua PPID', 'Return to the PPID chair')),
    published,
    cancelled,
  ),
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
  sop: { ...SOP_KAPUAS_HULU_DOC },
  initialStage: 'filling',
  ...flow(
    work('filling', 'Pengisian dan klasifikasi baris oleh Operator', 'Filling and classifying the row (Operator)', { actor: 'operator', authoring: true, time: days(1), output: 'Baris Daftar Informasi Publik' },
      forward('check', 'Kirim untuk diperiksa', 'Send for checking'),
      cancel()),
    review('check', 'Pemeriksaan PPID Pembantu', 'Check by the assistant PPID', { actor: 'ppid_pembantu', time: minutes(15), output: 'Baris yang sudah diperiksa' },
      publish('published', 'Terima dan terbitkan', 'Accept and publish', { proofRequired: false }),
      back('filling', 'Kembalikan ke Operator', 'Return to the Operator')),
    published,
    cancelled,
  ),
};

/** SOP 065/2551/DISDUKCAPIL (2022), Disdukcapil Provinsi Kalimantan Barat: Pendokumentasian Online. */
export const dipDisdukcapilOnline: WorkflowDefinition = {
  key: 'pendokumentasian-online-disdukcapil-kalbar',
  version: 1,
  name: { id: 'Pendokumentasian Informasi Publik Secara Online (Disdukcapil Kalbar)', en: 'Documenting public information online (Disdukcapil Kalbar)' },
  contentType: 'dip-entry',
  sop: SOP_DISDUKCAPIL_ONLINE,
  initialStage: 'collection',
  ...flow(
    work('collection', 'Pengumpulan dengan form DIP', 'Collecting with the DIP form', { actor: 'ppid_pembantu', authoring: true, time: days(7), output: 'Informasi dan dokumentasi publik dari seksi dan bidang' },
      forward('approval', 'Ajukan persetujuan', 'Submit for approval'),
      cancel()),
    review('approval', 'Persetujuan Ketua PPID Pembantu', 'Approval by the assistant PPID chair', { actor: 'ketua_ppid', time: minutes(60), output: 'Informasi dan dokumentasi publik yang sudah disetujui' },
      forward('upload', 'Setujui', 'Approve'),
      back('collection', 'Kembalikan untuk dilengkapi', 'Return to complete')),
    publishing('upload', 'Unggah ke sistem dokumentasi dan website', 'Upload to the documentation system and website', { actor: 'ppid_pembantu', time: minutes(30), output: 'Informasi dan dokumentasi yang sudah terpublikasi' },
      publish('published', 'Unggah dan terbitkan', 'Upload and publish')),
    published,
    cancelled,
  ),
  proof: { online: 1, offline: 0 },
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
