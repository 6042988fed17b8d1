/**
 * Reference lists of the PPID domain (UU 14/2008, Perki 1/2021, the SOPs in shared/seeds).
 * One place for each list: schemas, validation, the public API and the admin read them from here.
 */

/** Information classes (UU 14/2008 Pasal 9-11 and 17): the open ones are shared with the admin. */
import { INFO_CLASSES } from '../../../shared/lists';
export { INFO_CLASSES };
export type { InfoClass } from '../../../shared/lists';

/** DIP entries may also be excluded information (dikecualikan, Pasal 17). */
export const DIP_CLASSES = [...INFO_CLASSES, 'dikecualikan'] as const;
export type DipClass = (typeof DIP_CLASSES)[number];

/**
 * Positions (jabatan) that act in the SOPs. A position is held in a unit.
 *  - kepala: Kepala Dinas / Kepala OPD / Atasan PPID
 *  - sekretaris: Sekretaris Dinas
 *  - kabid: Kepala Bidang / Kasubag / Kasubid; "Koordinator" in the website SOP
 *  - sub_koordinator: Sub Koordinator of the website
 *  - fungsional: Fungsional / Pelaksana (drafts, publishes, documents proof)
 *  - ketua_ppid, ppid_utama, ppid_pelaksana, ppid_pembantu: information officers
 *  - operator: Petugas Informasi / Operator PPID / Operator OPD
 *  - web_developer: developer of the PPID website
 */
export { POSITIONS, HOLDING_TYPES, UNIT_KINDS } from '../../../shared/lists';
export type { Position } from '../../../shared/lists';
import type { Position } from '../../../shared/lists';

/**
 * Positions that act for every unit of their agency, wherever the person's own desk sits: the
 * Sekretaris sits in the Sekretariat yet reviews every division's drafts (DOMAIN.md). The website
 * team of the web SOP (one Sub Koordinator and one Web Developer per agency website) works for the
 * whole agency too. Every other position acts in its own unit and the units below it.
 */
export const AGENCY_POSITIONS: readonly Position[] = ['kepala', 'sekretaris', 'ppid_utama', 'ketua_ppid', 'sub_koordinator', 'web_developer'];
export const isAgencyPosition = (p: string) => (AGENCY_POSITIONS as readonly string[]).includes(p);

export const POSITION_LABELS: Record<Position, { id: string; en: string }> = {
  kepala: { id: 'Kepala Dinas / Atasan PPID', en: 'Head of agency' },
  sekretaris: { id: 'Sekretaris', en: 'Secretary' },
  kabid: { id: 'Kepala Bidang / Kasubag (Koordinator)', en: 'Head of division / section (Coordinator)' },
  sub_koordinator: { id: 'Sub Koordinator', en: 'Sub-coordinator' },
  fungsional: { id: 'Fungsional / Pelaksana', en: 'Functional staff' },
  ketua_ppid: { id: 'Ketua PPID', en: 'PPID chair' },
  ppid_utama: { id: 'PPID Utama', en: 'Main PPID' },
  ppid_pelaksana: { id: 'PPID Pelaksana', en: 'Implementing PPID' },
  ppid_pembantu: { id: 'PPID Pembantu', en: 'Assistant PPID' },
  operator: { id: 'Operator PPID / Petugas Informasi', en: 'PPID operator' },
  web_developer: { id: 'Web Developer', en: 'Web developer' },
};

export { CHANNELS, ONLINE_CHANNELS, OFFLINE_CHANNELS } from '../../../shared/lists';
export type { Channel } from '../../../shared/lists';

/** UU 14/2008 Pasal 17: the grounds for excluding information, letters a to j. */
export const ARTICLE_17_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export const ARTICLE_17_GROUNDS: Record<(typeof ARTICLE_17_LETTERS)[number], string> = {
  a: 'Menghambat proses penegakan hukum',
  b: 'Mengganggu perlindungan HKI dan persaingan usaha tidak sehat',
  c: 'Membahayakan pertahanan dan keamanan negara',
  d: 'Mengungkapkan kekayaan alam Indonesia',
  e: 'Merugikan ketahanan ekonomi nasional',
  f: 'Merugikan kepentingan hubungan luar negeri',
  g: 'Mengungkap isi akta otentik yang bersifat pribadi dan kemauan terakhir atau wasiat',
  h: 'Mengungkap rahasia pribadi',
  i: 'Memorandum atau surat antar/intra Badan Publik yang bersifat rahasia',
  j: 'Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang',
};

/** Forms in which DIP information is available (Perki 1/2010 Lampiran II). */
export const AVAILABLE_FORMS = ['softcopy', 'hardcopy', 'softcopy_hardcopy'] as const;

/** DIP edition lifecycle: prepared, enacted (signed, immutable), superseded by a later edition. */
export const EDITION_STATUSES = ['draft', 'enacted', 'superseded'] as const;
/** A unit's submission for a year's DIP: being filled (or returned), accepted at the check. */
export const SUBMISSION_STATES = ['filling', 'accepted'] as const;
/** The list of excluded information: a draft until the head signs it (then archived, immutable). */
export const EXCLUSION_LIST_STATES = ['draft', 'signed'] as const;

/**
 * The standard berkala categories (UU 14/2008 Pasal 9, Perki 1/2021 Pasal 11-14). Seeded as editable
 * reference data: agencies use 10 or 11 of them.
 */
export const STANDARD_BERKALA_CATEGORIES = [
  { code: 'profil', name: 'Informasi tentang profil Badan Publik', nameEn: 'Profile of the public body', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf a' },
  { code: 'program-kegiatan', name: 'Ringkasan informasi tentang program dan/atau kegiatan', nameEn: 'Programmes and activities', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf b' },
  { code: 'kinerja', name: 'Ringkasan informasi tentang kinerja', nameEn: 'Performance', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf c' },
  { code: 'laporan-keuangan', name: 'Ringkasan laporan keuangan', nameEn: 'Financial reports', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf d' },
  { code: 'laporan-akses-informasi', name: 'Ringkasan laporan akses Informasi Publik', nameEn: 'Access-to-information report', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf e' },
  { code: 'peraturan-kebijakan', name: 'Informasi tentang peraturan, keputusan, dan/atau kebijakan', nameEn: 'Regulations, decisions and policies', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf f' },
  { code: 'tata-cara-informasi', name: 'Informasi tentang hak dan tata cara memperoleh Informasi Publik', nameEn: 'Rights and procedures to obtain information', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf g' },
  { code: 'pengaduan', name: 'Informasi tentang tata cara pengaduan penyalahgunaan wewenang', nameEn: 'Complaints about abuse of authority', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf h' },
  { code: 'pengadaan', name: 'Informasi tentang pengumuman pengadaan barang dan jasa', nameEn: 'Procurement of goods and services', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf i' },
  { code: 'peringatan-dini', name: 'Informasi tentang prosedur peringatan dini dan evakuasi keadaan darurat', nameEn: 'Early warning and emergency evacuation', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf j' },
  { code: 'penerimaan-pegawai', name: 'Informasi tentang penerimaan calon pegawai dan/atau pejabat', nameEn: 'Recruitment of civil servants and officials', legalBasis: 'Perki 1/2021 Pasal 11 ayat (1) huruf k' },
] as const;

/** Website backlog (web SOP B). */
/** Web SOP B1: development plans, technical problems, display fixes and content updates. */
export const BACKLOG_KINDS = ['development_plan', 'technical_issue', 'display_fix', 'content_update'] as const;
export const BACKLOG_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** Written by the workflow engine only (website/backlog.ts says which at which stage). */
export const BACKLOG_STATUSES = ['proposed', 'discussed', 'accepted', 'in_progress', 'in_review', 'done', 'rejected'] as const;
export const UPDATE_REQUEST_STATUSES = ['submitted', 'received', 'in_progress', 'presented', 'checked', 'done', 'rejected'] as const;
export const PRESENTATION_MODES = ['online', 'offline'] as const;
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'published'] as const;
export const PLAN_STATUSES = ['draft', 'signed', 'submitted'] as const;
export const PLAN_ITEM_STATUSES = ['planned', 'uploaded', 'dropped'] as const;
export { EVALUATION_KINDS } from '../../../shared/lists';
export const EVALUATION_STATUSES = ['draft', 'final'] as const;

/** Public API limits. */
export const PUBLIC_PAGE_SIZE_DEFAULT = 25;
export const PUBLIC_PAGE_SIZE_MAX = 100;
