/**
 * The documentation SOPs at the level of the list (issue 9 points 1 and 2): the year's DIP is
 * collected per unit (a `dip-submission` each, checked and returned with reasons), then the whole
 * list (`dip-edition`) is signed by the head, which enacts it; the list of excluded information
 * (`exclusion-list`) has its consequence tests checked and is signed by the head and archived.
 * Every signing edge is `signs`: the signer is the holder of the head position (dip/signature.ts).
 */
import type { WorkflowDefinition, SopMetadata } from './definition';
import { stage, cancelledStage, transitionsWith } from './template-kit';

const t = transitionsWith({ proofRequired: false });
const cancelled = cancelledStage();

const UU_KIP = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik';
const UU_PP = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';
const PP_61 = 'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU Nomor 14 Tahun 2008';

/** SOP Diskominfostat Kabupaten Kapuas Hulu (2024): Pendokumentasian Informasi Publik (SOP 001). */
export const SOP_KAPUAS_HULU_DOC: SopMetadata = {
  number: 'Lampiran VII Keputusan Kepala Diskominfostat Kapuas Hulu 2024',
  title: 'Pendokumentasian Informasi Publik',
  issuer: 'Dinas Komunikasi Informatika dan Statistik Kabupaten Kapuas Hulu',
  approvedBy: 'Kepala Dinas Komunikasi, Informatika dan Statistik Kabupaten Kapuas Hulu',
  legalBasis: ['Permenpan RB Nomor 35 Tahun 2012', 'Permendagri Nomor 3 Tahun 2017', 'Keputusan Kepala Diskominfostat Kapuas Hulu Nomor 46 Tahun 2022'],
};

/** SOP 065/2551/DISDUKCAPIL (2022), Disdukcapil Provinsi Kalimantan Barat: Pendokumentasian Online (SOP 003). */
export const SOP_DISDUKCAPIL_ONLINE: SopMetadata = {
  number: '065/2551/DISDUKCAPIL',
  title: 'Pendokumentasian Informasi Publik Secara Online',
  issuer: 'Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Barat',
  madeOn: '2022-04-25',
  effectiveOn: '2022-05',
  approvedBy: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Barat',
  legalBasis: [UU_KIP, UU_PP, PP_61, 'Peraturan Komisi Informasi Nomor 1 Tahun 2010', 'Pergub Kalbar Nomor 22 Tahun 2016', 'Pergub Kalbar Nomor 149 Tahun 2021'],
};

/**
 * SOP 001 steps 1-5 for the year's list: the Ketua PPID (to whom step 1 reports) orders the
 * collection by nota dinas (step 2); the PPID officer collects the units' submissions (step 3) and
 * sends the list on only once every unit's submission passed the PPID Pembantu's check (step 4,
 * on each submission); the head checks and signs, which enacts the edition, or returns it to the
 * Ketua PPID (step 5).
 */
export const dipListKapuasHulu: WorkflowDefinition = {
  key: 'dip-tahunan-kapuas-hulu',
  version: 1,
  name: { id: 'Penetapan DIP tahunan (Kapuas Hulu)', en: 'Enacting the yearly DIP (Kapuas Hulu)' },
  contentType: 'dip-edition',
  sop: SOP_KAPUAS_HULU_DOC,
  initialStage: 'coordination',
  stages: [
    stage('coordination', 'Perintah koordinasi oleh Ketua PPID (nota dinas)', 'Collection ordered by the Ketua PPID (memo)', { actor: 'ketua_ppid', kind: 'work', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Nota dinas' }),
    stage('collection', 'Pengumpulan dan klasifikasi per unit', 'Collecting and classifying per unit', { actor: 'ppid_pembantu', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Konsep Daftar Informasi Publik' }),
    stage('signing', 'Pemeriksaan dan penandatanganan Kepala OPD', 'Check and signature by the head', { actor: 'kepala', kind: 'review', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Daftar Informasi Publik' }),
    stage('enacted', 'Ditetapkan', 'Enacted', { kind: 'published' }),
    cancelled,
  ],
  transitions: [
    t('coordination', 'collection', 'forward', 'Perintahkan pengumpulan', 'Order the collection'),
    t('coordination', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('collection', 'signing', 'forward', 'Sampaikan ke Atasan PPID', 'Send to the head', { requires: ['unitSubmissions'] }),
    t('signing', 'enacted', 'publish', 'Tandatangani dan tetapkan', 'Sign and enact', { signs: true }),
    t('signing', 'coordination', 'return', 'Kembalikan ke Ketua PPID', 'Return to the Ketua PPID'),
  ],
};

/** SOP 001 steps 1, 3, 4 for one unit: its officer fills or confirms its rows; the PPID Pembantu checks. */
export const dipSubmissionKapuasHulu: WorkflowDefinition = {
  key: 'dip-usulan-unit-kapuas-hulu',
  version: 1,
  name: { id: 'Usulan DIP unit (Kapuas Hulu)', en: "A unit's DIP submission (Kapuas Hulu)" },
  contentType: 'dip-submission',
  sop: SOP_KAPUAS_HULU_DOC,
  initialStage: 'filling',
  stages: [
    stage('filling', 'Identifikasi dan pengisian baris oleh Operator OPD', 'Rows identified and filled by the unit operator', { actor: 'operator', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Tersedianya data' }),
    stage('check', 'Pemeriksaan PPID Pembantu', 'Check by the PPID Pembantu', { actor: 'ppid_pembantu', kind: 'review', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Draft Daftar Informasi Publik' }),
    stage('accepted', 'Diterima', 'Accepted', { kind: 'published' }),
  ],
  transitions: [
    t('filling', 'check', 'forward', 'Kirim untuk diperiksa', 'Submit for checking'),
    t('check', 'accepted', 'publish', 'Terima', 'Accept'),
    t('check', 'filling', 'return', 'Kembalikan untuk diperbaiki', 'Return for correction'),
  ],
};

/**
 * SOP 003 for the year's list: the PPID Pembantu officer collects with the DIP form (7 days: the
 * units' submissions), the Ketua PPID Pembantu approves or returns (60 minutes), the head signs
 * (enacting the edition), and the officer uploads the enacted list to the documentation system
 * and to the website (30 minutes), a proof for each.
 */
export const dipListDisdukcapil: WorkflowDefinition = {
  key: 'dip-tahunan-disdukcapil-kalbar',
  version: 1,
  name: { id: 'Penetapan DIP tahunan secara online (Disdukcapil Kalbar)', en: 'Enacting the yearly DIP online (Disdukcapil Kalbar)' },
  contentType: 'dip-edition',
  sop: SOP_DISDUKCAPIL_ONLINE,
  initialStage: 'collection',
  stages: [
    stage('collection', 'Pengumpulan dengan form DIP', 'Collecting with the DIP form', { actor: 'ppid_pembantu', kind: 'work', authoring: true, timeStandard: { amount: 7, unit: 'days' }, output: 'Informasi dan dokumentasi publik dari seksi dan bidang' }),
    stage('approval', 'Persetujuan Ketua PPID Pembantu', 'Approval by the Ketua PPID Pembantu', { actor: 'ketua_ppid', kind: 'review', timeStandard: { amount: 60, unit: 'minutes' }, output: 'Informasi dan dokumentasi publik yang sudah disetujui' }),
    stage('signing', 'Penandatanganan Kepala', 'Signature by the head', { actor: 'kepala', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Daftar Informasi Publik yang ditetapkan' }),
    stage('upload', 'Unggah ke sistem dokumentasi dan website', 'Upload to the documentation system and the website', { actor: 'ppid_pembantu', kind: 'work', timeStandard: { amount: 30, unit: 'minutes' }, output: 'Informasi dan dokumentasi yang sudah terpublikasi' }),
    stage('published', 'Terpublikasi', 'Published', { kind: 'published' }),
    cancelled,
  ],
  transitions: [
    t('collection', 'approval', 'forward', 'Ajukan persetujuan', 'Submit for approval', { requires: ['unitSubmissions'] }),
    t('collection', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('approval', 'signing', 'forward', 'Setujui', 'Approve'),
    t('approval', 'collection', 'return', 'Kembalikan untuk dilengkapi', 'Return to complete'),
    t('signing', 'upload', 'forward', 'Tandatangani dan tetapkan', 'Sign and enact', { signs: true }),
    t('signing', 'approval', 'return', 'Kembalikan ke Ketua PPID Pembantu', 'Return to the Ketua PPID Pembantu'),
    t('upload', 'published', 'publish', 'Unggah dan terbitkan', 'Upload and publish', { requires: ['documentationUrl', 'websiteUrl'] }),
  ],
};

/** SOP 003 for one unit: the unit's officer fills the DIP form; the Ketua PPID Pembantu approves or returns. */
export const dipSubmissionDisdukcapil: WorkflowDefinition = {
  key: 'dip-usulan-unit-disdukcapil-kalbar',
  version: 1,
  name: { id: 'Usulan DIP unit (Disdukcapil Kalbar)', en: "A unit's DIP submission (Disdukcapil Kalbar)" },
  contentType: 'dip-submission',
  sop: SOP_DISDUKCAPIL_ONLINE,
  initialStage: 'filling',
  stages: [
    stage('filling', 'Pengisian form DIP oleh unit', 'The unit fills the DIP form', { actor: 'kabid', kind: 'work', authoring: true, timeStandard: { amount: 7, unit: 'days' }, output: 'Form DIP unit' }),
    stage('check', 'Pemeriksaan Ketua PPID Pembantu', 'Check by the Ketua PPID Pembantu', { actor: 'ketua_ppid', kind: 'review', timeStandard: { amount: 60, unit: 'minutes' }, output: 'Form DIP yang sudah disetujui' }),
    stage('accepted', 'Diterima', 'Accepted', { kind: 'published' }),
  ],
  transitions: [
    t('filling', 'check', 'forward', 'Ajukan persetujuan', 'Submit for approval'),
    t('check', 'accepted', 'publish', 'Setujui', 'Approve'),
    t('check', 'filling', 'return', 'Kembalikan untuk dilengkapi', 'Return to complete'),
  ],
};

/**
 * SOP 001 step 6 (UU 14/2008 Pasal 17, Perki 1/2021 Pasal 49): the PPID Pembantu compiles the list
 * of excluded information, the Ketua PPID checks each consequence-test record, the head (Atasan
 * PPID) signs it, which archives it.
 */
export const exclusionListKapuasHulu: WorkflowDefinition = {
  key: 'daftar-dikecualikan-kapuas-hulu',
  version: 1,
  name: { id: 'Daftar Informasi yang Dikecualikan (Kapuas Hulu)', en: 'List of excluded information (Kapuas Hulu)' },
  contentType: 'exclusion-list',
  sop: SOP_KAPUAS_HULU_DOC,
  initialStage: 'compilation',
  stages: [
    stage('compilation', 'Penyusunan daftar dan uji konsekuensi', 'Compiling the list and consequence tests', { actor: 'ppid_pembantu', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Konsep Daftar Informasi yang Dikecualikan' }),
    stage('test_check', 'Pemeriksaan uji konsekuensi oleh Ketua PPID', 'Consequence tests checked by the Ketua PPID', { actor: 'ketua_ppid', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Berita acara uji konsekuensi yang telah diperiksa' }),
    stage('signing', 'Penandatanganan Atasan PPID', 'Signature by the head (Atasan PPID)', { actor: 'kepala', kind: 'review', timeStandard: { amount: 15, unit: 'minutes' }, output: 'Daftar Informasi yang Dikecualikan yang ditandatangani' }),
    stage('archived', 'Ditandatangani dan diarsipkan', 'Signed and archived', { kind: 'published' }),
    cancelled,
  ],
  transitions: [
    t('compilation', 'test_check', 'forward', 'Ajukan pemeriksaan uji konsekuensi', 'Submit the consequence tests for checking'),
    t('compilation', 'cancelled', 'cancel', 'Batalkan', 'Cancel'),
    t('test_check', 'signing', 'forward', 'Uji konsekuensi sesuai: sampaikan ke Atasan PPID', 'Tests checked: send to the head'),
    t('test_check', 'compilation', 'return', 'Kembalikan untuk diperbaiki', 'Return for correction'),
    t('signing', 'archived', 'publish', 'Tandatangani dan arsipkan', 'Sign and archive', { signs: true }),
    t('signing', 'test_check', 'return', 'Kembalikan ke Ketua PPID', 'Return to the Ketua PPID'),
  ],
};

export const DIP_LIST_TEMPLATES: WorkflowDefinition[] = [dipListKapuasHulu, dipSubmissionKapuasHulu, dipListDisdukcapil, dipSubmissionDisdukcapil, exclusionListKapuasHulu];
