/**
 * The documentation SOPs at the level of the list (issue 9 points 1 and 2): the year's DIP is
 * collected per unit (a `dip-submission` each, checked and returned with reasons), then the whole
 * list (`dip-edition`) is signed by the head, which enacts it; the list of excluded information
 * (`exclusion-list`) has its consequence tests checked and is signed by the head and archived.
 * Every signing edge is `signs`: the signer is the holder of the head position (dip/signature.ts).
 */
import type { WorkflowDefinition } from './definition';
import { back, cancel, cancelledStage, days, final, flowWith, forward, minutes, publish, review, work } from './template-kit';
import { SOP_DISDUKCAPIL_ONLINE, SOP_KAPUAS_HULU_DOC } from './templates-sops';

const flow = flowWith({ proofRequired: false });
const cancelled = cancelledStage();

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
  ...flow(
    work('coordination', 'Perintah koordinasi oleh Ketua PPID (nota dinas)', 'Collection ordered by the Ketua PPID (memo)', { actor: 'ketua_ppid', time: minutes(15), output: 'Nota dinas' },
      forward('collection', 'Perintahkan pengumpulan', 'Order the collection'),
      cancel()),
    work('collection', 'Pengumpulan dan klasifikasi per unit', 'Collecting and classifying per unit', { actor: 'ppid_pembantu', authoring: true, time: days(1), output: 'Konsep Daftar Informasi Publik' },
      forward('signing', 'Sampaikan ke Atasan PPID', 'Send to the head', { requires: ['unitSubmissions'] })),
    review('signing', 'Pemeriksaan dan penandatanganan Kepala OPD', 'Check and signature by the head', { actor: 'kepala', time: minutes(15), output: 'Daftar Informasi Publik' },
      publish('enacted', 'Tandatangani dan tetapkan', 'Sign and enact', { signs: true }),
      back('coordination', 'Kembalikan ke Ketua PPID', 'Return to the Ketua PPID')),
    final('enacted', 'Ditetapkan', 'Enacted'),
    cancelled,
  ),
};

/** SOP 001 steps 1, 3, 4 for one unit: its officer fills or confirms its rows; the PPID Pembantu checks. */
export const dipSubmissionKapuasHulu: WorkflowDefinition = {
  key: 'dip-usulan-unit-kapuas-hulu',
  version: 1,
  name: { id: 'Usulan DIP unit (Kapuas Hulu)', en: "A unit's DIP submission (Kapuas Hulu)" },
  contentType: 'dip-submission',
  sop: SOP_KAPUAS_HULU_DOC,
  initialStage: 'filling',
  ...flow(
    work('filling', 'Identifikasi dan pengisian baris oleh Operator OPD', 'Rows identified and filled by the unit operator', { actor: 'operator', authoring: true, time: days(1), output: 'Tersedianya data' },
      forward('check', 'Kirim untuk diperiksa', 'Submit for checking')),
    review('check', 'Pemeriksaan PPID Pembantu', 'Check by the PPID Pembantu', { actor: 'ppid_pembantu', time: minutes(15), output: 'Draft Daftar Informasi Publik' },
      publish('accepted', 'Terima', 'Accept'),
      back('filling', 'Kembalikan untuk diperbaiki', 'Return for correction')),
    final('accepted', 'Diterima', 'Accepted'),
  ),
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
  ...flow(
    work('collection', 'Pengumpulan dengan form DIP', 'Collecting with the DIP form', { actor: 'ppid_pembantu', authoring: true, time: days(7), output: 'Informasi dan dokumentasi publik dari seksi dan bidang' },
      forward('approval', 'Ajukan persetujuan', 'Submit for approval', { requires: ['unitSubmissions'] }),
      cancel()),
    review('approval', 'Persetujuan Ketua PPID Pembantu', 'Approval by the Ketua PPID Pembantu', { actor: 'ketua_ppid', time: minutes(60), output: 'Informasi dan dokumentasi publik yang sudah disetujui' },
      forward('signing', 'Setujui', 'Approve'),
      back('collection', 'Kembalikan untuk dilengkapi', 'Return to complete')),
    review('signing', 'Penandatanganan Kepala', 'Signature by the head', { actor: 'kepala', time: days(1), output: 'Daftar Informasi Publik yang ditetapkan' },
      forward('upload', 'Tandatangani dan tetapkan', 'Sign and enact', { signs: true }),
      back('approval', 'Kembalikan ke Ketua PPID Pembantu', 'Return to the Ketua PPID Pembantu')),
    work('upload', 'Unggah ke sistem dokumentasi dan website', 'Upload to the documentation system and the website', { actor: 'ppid_pembantu', time: minutes(30), output: 'Informasi dan dokumentasi yang sudah terpublikasi' },
      publish('published', 'Unggah dan terbitkan', 'Upload and publish', { requires: ['documentationUrl', 'websiteUrl'] })),
    final('published', 'Terpublikasi', 'Published'),
    cancelled,
  ),
};

/** SOP 003 for one unit: the unit's officer fills the DIP form; the Ketua PPID Pembantu approves or returns. */
export const dipSubmissionDisdukcapil: WorkflowDefinition = {
  key: 'dip-usulan-unit-disdukcapil-kalbar',
  version: 1,
  name: { id: 'Usulan DIP unit (Disdukcapil Kalbar)', en: "A unit's DIP submission (Disdukcapil Kalbar)" },
  contentType: 'dip-submission',
  sop: SOP_DISDUKCAPIL_ONLINE,
  initialStage: 'filling',
  ...flow(
    work('filling', 'Pengisian form DIP oleh unit', 'The unit fills the DIP form', { actor: 'kabid', authoring: true, time: days(7), output: 'Form DIP unit' },
      forward('check', 'Ajukan persetujuan', 'Submit for approval')),
    review('check', 'Pemeriksaan Ketua PPID Pembantu', 'Check by the Ketua PPID Pembantu', { actor: 'ketua_ppid', time: minutes(60), output: 'Form DIP yang sudah disetujui' },
      publish('accepted', 'Setujui', 'Approve'),
      back('filling', 'Kembalikan untuk dilengkapi', 'Return to complete')),
    final('accepted', 'Diterima', 'Accepted'),
  ),
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
  ...flow(
    work('compilation', 'Penyusunan daftar dan uji konsekuensi', 'Compiling the list and consequence tests', { actor: 'ppid_pembantu', authoring: true, time: days(1), output: 'Konsep Daftar Informasi yang Dikecualikan' },
      forward('test_check', 'Ajukan pemeriksaan uji konsekuensi', 'Submit the consequence tests for checking'),
      cancel()),
    review('test_check', 'Pemeriksaan uji konsekuensi oleh Ketua PPID', 'Consequence tests checked by the Ketua PPID', { actor: 'ketua_ppid', time: days(1), output: 'Berita acara uji konsekuensi yang telah diperiksa' },
      forward('signing', 'Uji konsekuensi sesuai: sampaikan ke Atasan PPID', 'Tests checked: send to the head'),
      back('compilation', 'Kembalikan untuk diperbaiki', 'Return for correction')),
    review('signing', 'Penandatanganan Atasan PPID', 'Signature by the head (Atasan PPID)', { actor: 'kepala', time: minutes(15), output: 'Daftar Informasi yang Dikecualikan yang ditandatangani' },
      publish('archived', 'Tandatangani dan arsipkan', 'Sign and archive', { signs: true }),
      back('test_check', 'Kembalikan ke Ketua PPID', 'Return to the Ketua PPID')),
    final('archived', 'Ditandatangani dan diarsipkan', 'Signed and archived'),
    cancelled,
  ),
};

export const DIP_LIST_TEMPLATES: WorkflowDefinition[] = [dipListKapuasHulu, dipSubmissionKapuasHulu, dipListDisdukcapil, dipSubmissionDisdukcapil, exclusionListKapuasHulu];
