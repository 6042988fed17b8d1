/**
 * The legal bases and SOP documents that several workflow templates cite (the templates of the DIP
 * rows and of the year's list follow the same SOPs).
 */
import type { SopMetadata } from './definition';

export const UU_KIP = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik';
export const UU_PP = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';
export const PP_61 = 'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU Nomor 14 Tahun 2008';
export const PERKI_2021 = 'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik';

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
