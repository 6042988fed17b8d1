/**
 * The demo agency: Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat, its units, staff and
 * a year of PPID work. People, numbers and documents are fictional; the procedures follow the SOPs
 * and regulations described in shared/DOMAIN.md.
 */
import type { Clock } from './clock';

export const AGENCY_CODE = 'diskominfo-kalbar';
export const EMAIL_DOMAIN = 'diskominfo.kalbarprov.go.id';
export const SITE = 'https://diskominfo.kalbarprov.go.id';
export const PLACE = 'Pontianak';

/** Strapi's super admin role, and the plugin's roles (plugins/ppid/server/src/permissions/roles.ts). */
export type RoleCode = 'strapi-super-admin' | 'ppid-staff' | 'ppid-organisation';

/* ------------------------------------------------------------------------------------------------
 * Organisation
 * ---------------------------------------------------------------------------------------------- */

export interface UnitSeed {
  code: string;
  name: string;
  kind: 'agency' | 'secretariat' | 'division' | 'section';
  parent?: string;
  email?: string;
  phone?: string;
  address?: string;
  publishes?: boolean;
}

export const UNITS: UnitSeed[] = [
  {
    code: AGENCY_CODE,
    name: 'Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat',
    kind: 'agency',
    email: `ppid@${EMAIL_DOMAIN}`,
    phone: '(0561) 000 100',
    address: 'Jl. Ahmad Yani, Kota Pontianak, Kalimantan Barat 78124',
    // The agency and its Sekretariat announce through their divisions and sub-sections.
    publishes: false,
  },
  { code: 'sekretariat', name: 'Sekretariat', kind: 'secretariat', parent: AGENCY_CODE, email: `sekretariat@${EMAIL_DOMAIN}`, publishes: false },
  { code: 'subbag-umum-kepegawaian', name: 'Sub Bagian Umum dan Kepegawaian', kind: 'section', parent: 'sekretariat', publishes: false },
  { code: 'subbag-program-keuangan', name: 'Sub Bagian Program dan Keuangan', kind: 'section', parent: 'sekretariat' },
  { code: 'bidang-ikp', name: 'Bidang Informasi dan Komunikasi Publik', kind: 'division', parent: AGENCY_CODE, email: `ikp@${EMAIL_DOMAIN}` },
  { code: 'seksi-layanan-informasi', name: 'Seksi Pengelolaan dan Layanan Informasi Publik', kind: 'section', parent: 'bidang-ikp' },
  { code: 'bidang-aptika', name: 'Bidang Aplikasi Informatika', kind: 'division', parent: AGENCY_CODE, email: `aptika@${EMAIL_DOMAIN}` },
  { code: 'bidang-statistik', name: 'Bidang Statistik', kind: 'division', parent: AGENCY_CODE, email: `statistik@${EMAIL_DOMAIN}` },
  { code: 'bidang-persandian', name: 'Bidang Persandian dan Keamanan Informasi', kind: 'division', parent: AGENCY_CODE },
];

export interface PersonSeed {
  key: string;
  firstname: string;
  lastname: string;
  email: string;
  /** Every member of staff has the plugin's staff role; the Kasubag Umum dan Kepegawaian also manages the organisation. */
  roles: RoleCode[];
  /** Name with academic titles, as printed on signatures. */
  officialName: string;
  nip: string;
}

const person = (key: string, firstname: string, lastname: string, local: string, roles: RoleCode[], officialName: string, nip: string): PersonSeed => ({
  key,
  firstname,
  lastname,
  email: `${local}@${EMAIL_DOMAIN}`,
  roles,
  officialName,
  nip,
});

const STAFF: RoleCode[] = ['ppid-staff'];

export const PEOPLE: PersonSeed[] = [
  person('kepala', 'Hendra', 'Wijaya Saputra', 'hendra.wijaya', STAFF, 'Dr. Hendra Wijaya Saputra, S.Kom., M.Si.', '197204151998031006'),
  person('sekretaris', 'Siti', 'Rahmawati', 'siti.rahmawati', STAFF, 'Siti Rahmawati, S.E., M.M.', '197508222000032003'),
  person('kabidIkp', 'Rudi', 'Hartono', 'rudi.hartono', STAFF, 'Rudi Hartono, S.Sos., M.Si.', '197803102003121004'),
  person('kabidAptika', 'Yosef', 'Dedi Kurniawan', 'yosef.kurniawan', STAFF, 'Yosef Dedi Kurniawan, S.T., M.T.', '198001172005011002'),
  person('kabidPersandian', 'Syarif', 'Hamdani', 'syarif.hamdani', STAFF, 'Syarif Hamdani, S.Kom., M.Cs.', '198106052006041007'),
  person('nurul', 'Nurul', 'Hidayati', 'nurul.hidayati', STAFF, 'Nurul Hidayati, S.Si., M.Stat.', '198209142008012011'),
  person('subKoordinator', 'Maria', 'Goreti Lestari', 'maria.lestari', STAFF, 'Maria Goreti Lestari, S.I.Kom.', '198503262010012015'),
  person('dewi', 'Dewi', 'Anggraini', 'dewi.anggraini', STAFF, 'Dewi Anggraini, S.I.Kom.', '199002112015032004'),
  person('fajar', 'Fajar', 'Ramadhan', 'fajar.ramadhan', STAFF, 'Fajar Ramadhan, S.Kom.', '199301062019031008'),
  person('ayu', 'Ayu', 'Puspitasari', 'ayu.puspitasari', STAFF, 'Ayu Puspitasari, S.Ak.', '199107302017082001'),
  person('kasubagProgram', 'Agus', 'Salim', 'agus.salim', STAFF, 'Agus Salim, S.E., M.Ak.', '197912142006041009'),
  person('kasubagUmum', 'Lina', 'Marlina', 'lina.marlina', [...STAFF, 'ppid-organisation'], 'Lina Marlina, S.Sos.', '198104272007012012'),
  person('rina', 'Rina', 'Oktaviani', 'rina.oktaviani', STAFF, 'Rina Oktaviani, S.A.P.', '199210112018012003'),
  person('ketuaPpid', 'Ahmad', 'Fauzi', 'ahmad.fauzi', STAFF, 'Ahmad Fauzi, S.H., M.H.', '197911202005011005'),
  person('ppidUtama', 'Herlina', 'Situmorang', 'herlina.situmorang', STAFF, 'Herlina Situmorang, S.Sos.', '198308192009022006'),
  person('ppidPelaksana', 'Teguh', 'Prasetyo', 'teguh.prasetyo', STAFF, 'Teguh Prasetyo, S.AP.', '198612012011011003'),
  person('ppidPembantu', 'Yuliana', 'Sari', 'yuliana.sari', STAFF, 'Yuliana Sari, S.E.', '198807252012122002'),
  person('operator', 'Rizky', 'Pratama', 'rizky.pratama', STAFF, 'Rizky Pratama, A.Md.Kom.', '199505172020121009'),
  person('bayu', 'Bayu', 'Setiawan', 'bayu.setiawan', STAFF, 'Bayu Setiawan, S.Kom.', '199608142020121004'),
  person('yoga', 'Yoga', 'Pratama', 'yoga.pratama', STAFF, 'Yoga Pratama, S.Stat.', '199411032019031007'),
  person('webDeveloper', 'Andreas', 'Tjhai', 'andreas.tjhai', STAFF, 'Andreas Tjhai, S.Kom.', '199409282019031005'),
];

export interface AssignmentSeed {
  person: string;
  position: string;
  unit: string;
  holding: 'definitive' | 'plt' | 'plh';
  startsOn: string;
  endsOn?: string;
  officialName?: string;
  decreeNumber?: string;
  note?: string;
}

export function assignments(c: Clock): AssignmentSeed[] {
  const sk = (n: number, year = c.year - 2) => `800.1.3.3/${n}/BKD-B/${year}`;
  const def = (person: string, position: string, unit: string, startsOn: string, decreeNumber: string, officialName?: string): AssignmentSeed => ({
    person,
    position,
    unit,
    holding: 'definitive',
    startsOn,
    decreeNumber,
    officialName,
  });
  return [
    def('kepala', 'kepala', AGENCY_CODE, c.date(c.year - 2, 3, 1), sk(112), 'Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat'),
    def('sekretaris', 'sekretaris', 'sekretariat', c.date(c.year - 3, 7, 3), sk(245, c.year - 3), 'Sekretaris Dinas Komunikasi dan Informatika'),
    def('kabidIkp', 'kabid', 'bidang-ikp', c.day(-300), sk(38, Number(c.day(-300).slice(0, 4))), 'Kepala Bidang Informasi dan Komunikasi Publik'),
    def('kabidAptika', 'kabid', 'bidang-aptika', c.date(c.year - 2, 3, 1), sk(113), 'Kepala Bidang Aplikasi Informatika'),
    def('kabidPersandian', 'kabid', 'bidang-persandian', c.date(c.year - 2, 3, 1), sk(114), 'Kepala Bidang Persandian dan Keamanan Informasi'),
    // The Kabid Statistik retired: a statistician of the division acts (Plt) until the new head is installed.
    {
      person: 'nurul',
      position: 'kabid',
      unit: 'bidang-statistik',
      holding: 'plt',
      startsOn: c.day(-75),
      endsOn: c.day(105),
      officialName: 'Plt. Kepala Bidang Statistik',
      decreeNumber: `800.1.11.1/${57}/DISKOMINFO-A/${c.day(-75).slice(0, 4)}`,
      note: 'Pelaksana tugas sejak Kepala Bidang Statistik definitif memasuki masa pensiun, sampai pelantikan pejabat definitif.',
    },
    def('nurul', 'fungsional', 'bidang-statistik', c.date(c.year - 4, 1, 2), sk(19, c.year - 4), 'Statistisi Ahli Madya'),
    def('subKoordinator', 'sub_koordinator', 'bidang-ikp', c.day(-299), `800.1.11.1/${41}/DISKOMINFO-A/${c.day(-299).slice(0, 4)}`, 'Sub Koordinator Pengelolaan Website PPID'),
    def('dewi', 'fungsional', 'bidang-ikp', c.date(c.year - 3, 4, 1), sk(77, c.year - 3), 'Pranata Hubungan Masyarakat Ahli Muda'),
    def('fajar', 'fungsional', 'bidang-aptika', c.date(c.year - 2, 4, 1), sk(151), 'Pranata Komputer Ahli Pertama'),
    def('ayu', 'fungsional', 'subbag-program-keuangan', c.date(c.year - 3, 1, 2), sk(12, c.year - 3), 'Analis Keuangan Pusat dan Daerah Ahli Pertama'),
    // The Kasubag heads a sub-section: the position "kabid" covers Kabid and Kasubag (SOP 190/2024).
    def('kasubagProgram', 'kabid', 'subbag-program-keuangan', c.date(c.year - 2, 3, 1), sk(115), 'Kepala Sub Bagian Program dan Keuangan'),
    def('kasubagUmum', 'kabid', 'subbag-umum-kepegawaian', c.date(c.year - 2, 3, 1), sk(116), 'Kepala Sub Bagian Umum dan Kepegawaian'),
    def('rina', 'fungsional', 'subbag-umum-kepegawaian', c.date(c.year - 2, 4, 1), sk(152), 'Analis Sumber Daya Manusia Aparatur Ahli Pertama'),
    def('ketuaPpid', 'ketua_ppid', AGENCY_CODE, c.date(c.year - 1, 1, 10), `000.9/${15}/DISKOMINFO-A/${c.year - 1}`, 'Ketua PPID Pelaksana Diskominfo'),
    def('ppidUtama', 'ppid_utama', 'bidang-ikp', c.date(c.year - 1, 1, 10), `000.9/${16}/DISKOMINFO-A/${c.year - 1}`, 'Sekretariat PPID Utama Provinsi Kalimantan Barat'),
    def('ppidPelaksana', 'ppid_pelaksana', AGENCY_CODE, c.date(c.year - 1, 1, 10), `000.9/${17}/DISKOMINFO-A/${c.year - 1}`, 'Petugas PPID Pelaksana'),
    def('ppidPembantu', 'ppid_pembantu', AGENCY_CODE, c.date(c.year - 1, 1, 10), `000.9/${18}/DISKOMINFO-A/${c.year - 1}`, 'PPID Pembantu Diskominfo'),
    def('yoga', 'fungsional', 'bidang-statistik', c.date(c.year - 2, 4, 1), sk(153), 'Statistisi Ahli Pertama'),
    def('bayu', 'fungsional', 'bidang-persandian', c.date(c.year - 1, 3, 1), sk(160, c.year - 1), 'Sandiman Ahli Pertama'),
    def('operator', 'operator', AGENCY_CODE, c.date(c.year - 1, 2, 1), `000.9/${22}/DISKOMINFO-A/${c.year - 1}`, 'Operator PPID / Petugas Informasi'),
    def('webDeveloper', 'web_developer', 'bidang-aptika', c.date(c.year - 1, 2, 1), `000.9/${23}/DISKOMINFO-A/${c.year - 1}`, 'Pengembang Website PPID'),
    // Before becoming Kabid IKP, Rudi Hartono was the website Sub Koordinator: a position that ended.
    {
      person: 'kabidIkp',
      position: 'sub_koordinator',
      unit: 'bidang-ikp',
      holding: 'definitive',
      startsOn: c.date(c.year - 4, 2, 1),
      endsOn: c.day(-301),
      officialName: 'Sub Koordinator Pengelolaan Website PPID',
      decreeNumber: sk(29, c.year - 4),
      note: 'Berakhir karena dilantik sebagai Kepala Bidang Informasi dan Komunikasi Publik.',
    },
  ];
}

/* ------------------------------------------------------------------------------------------------
 * Excluded information (uji konsekuensi)
 * ---------------------------------------------------------------------------------------------- */

export interface ExclusionSeed {
  key: string;
  title: string;
  unit: string;
  article17Letter: string;
  legalBasis: string;
  consequenceIfOpened: string;
  consequenceIfClosed: string;
  testedOn: string;
  exclusionEndsOn: string;
  decreeNumber: string;
  excludedContent: string;
  internalNote?: string;
}

export function exclusions(c: Clock): ExclusionSeed[] {
  return [
    {
      key: 'dataPegawai',
      title: 'Data pribadi aparatur sipil negara dalam berkas kepegawaian',
      unit: 'subbag-umum-kepegawaian',
      article17Letter: 'h',
      legalBasis:
        'UU 14/2008 Pasal 17 huruf h angka 2 dan 3; UU 27/2022 tentang Pelindungan Data Pribadi; Peraturan BKN tentang Pengelolaan Arsip Kepegawaian.',
      consequenceIfOpened:
        'Membuka NIK, alamat rumah, riwayat kesehatan dan keadaan keluarga pegawai sehingga berisiko disalahgunakan untuk penipuan, pencurian identitas dan tekanan terhadap pegawai.',
      consequenceIfClosed:
        'Kepentingan publik tetap terpenuhi melalui informasi agregat yang dibuka (jumlah pegawai per golongan, jabatan dan pendidikan) dalam profil dinas.',
      testedOn: c.date(c.year - 1, 1, 20),
      exclusionEndsOn: c.date(c.year + 4, 12, 31),
      decreeNumber: `000.9/08/DISKOMINFO-A/${c.year - 1}`,
      excludedContent: 'NIK, alamat rumah, nomor rekening, riwayat kesehatan dan data keluarga dalam berkas pegawai.',
    },
    {
      key: 'evaluasiTender',
      title: 'Dokumen evaluasi penawaran tender Pengembangan Pusat Data Pemerintah Provinsi',
      unit: 'subbag-program-keuangan',
      article17Letter: 'b',
      legalBasis:
        'UU 14/2008 Pasal 17 huruf b; Perpres 16/2018 jo. Perpres 12/2021 tentang Pengadaan Barang/Jasa Pemerintah (kerahasiaan dokumen penawaran).',
      consequenceIfOpened:
        'Harga satuan dan metode kerja penawar terbuka sebelum kontrak ditandatangani, sehingga mengganggu persaingan usaha yang sehat dan membuka peluang sanggahan yang tidak berdasar.',
      consequenceIfClosed:
        'Publik tetap memperoleh pengumuman pemenang, nilai HPS dan nilai kontrak; rincian dibuka setelah kontrak ditandatangani.',
      testedOn: c.day(-150),
      exclusionEndsOn: c.day(18),
      decreeNumber: `000.9/${61}/DISKOMINFO-A/${c.day(-150).slice(0, 4)}`,
      excludedContent: 'Rincian harga satuan penawaran, dokumen teknis penawar dan berita acara evaluasi Pokja Pemilihan.',
      internalNote: 'Masa pengecualian berakhir setelah penandatanganan kontrak; siapkan pembukaan kembali di DIP.',
    },
    {
      key: 'memoPenataan',
      title: 'Nota dinas internal rencana penataan jabatan fungsional',
      unit: 'sekretariat',
      article17Letter: 'i',
      legalBasis: 'UU 14/2008 Pasal 17 huruf i; PP 61/2010 Pasal 6.',
      consequenceIfOpened:
        'Rencana yang belum diputuskan dapat menimbulkan keresahan pegawai dan tekanan terhadap proses pengambilan keputusan.',
      consequenceIfClosed: 'Keputusan akhir penataan jabatan tetap diumumkan setelah ditetapkan oleh Gubernur.',
      testedOn: c.day(-400),
      exclusionEndsOn: c.day(-12),
      decreeNumber: `000.9/${72}/DISKOMINFO-A/${c.day(-400).slice(0, 4)}`,
      excludedContent: 'Telaahan staf dan nota dinas antar bidang tentang usulan penataan jabatan fungsional.',
    },
  ];
}

/* ------------------------------------------------------------------------------------------------
 * Daftar Informasi Publik
 * ---------------------------------------------------------------------------------------------- */

export interface DipSeed {
  number: string;
  title: string;
  summary: string;
  infoClass: 'berkala' | 'serta_merta' | 'setiap_saat' | 'dikecualikan';
  category?: string;
  unit: string;
  holderOfficial: string;
  responsibleOfficial: string;
  productionTime: string;
  productionPlace: string;
  year: number;
  availableForm: 'softcopy' | 'hardcopy' | 'softcopy_hardcopy';
  mediaType: string;
  retentionPeriod: string;
  documentUrl?: string;
  exclusion?: string;
  published: boolean;
  /** When it was published (YYYY-MM-DD); set by dipEntries() for published entries. */
  publishedOn?: string;
}

const KADIS = 'Kepala Dinas Komunikasi dan Informatika';
const SEKDIS = 'Sekretaris Dinas';
const KABID_IKP = 'Kepala Bidang Informasi dan Komunikasi Publik';
const KABID_APTIKA = 'Kepala Bidang Aplikasi Informatika';
const KABID_STAT = 'Kepala Bidang Statistik';
const KASUBAG_PK = 'Kepala Sub Bagian Program dan Keuangan';
const KASUBAG_UK = 'Kepala Sub Bagian Umum dan Kepegawaian';
const OFFICE = `Kantor Diskominfo Provinsi Kalimantan Barat, ${PLACE}`;
const WEB_DOC = 'Website PPID, arsip kantor';

export function dipEntries(c: Clock): DipSeed[] {
  const y = c.year;
  const entry = (e: Omit<DipSeed, 'productionPlace' | 'published'> & Partial<Pick<DipSeed, 'productionPlace' | 'published'>>): DipSeed => ({
    productionPlace: OFFICE,
    published: true,
    ...e,
  });
  const current: DipSeed[] = [
    // Berkala
    entry({ number: 'B-01', title: 'Profil dan struktur organisasi Diskominfo Provinsi Kalimantan Barat', summary: 'Kedudukan, tugas pokok dan fungsi, struktur organisasi, profil singkat pejabat dan alamat kantor.', infoClass: 'berkala', category: 'profil', unit: 'sekretariat', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: `Januari ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: 'Selama berlaku', documentUrl: `${SITE}/ppid/informasi-berkala/profil` }),
    entry({ number: 'B-02', title: `Rencana Kerja (Renja) Diskominfo Tahun ${y}`, summary: 'Program, kegiatan dan sub kegiatan beserta target kinerja dan pagu anggaran tahun berjalan.', infoClass: 'berkala', category: 'program-kegiatan', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_PK, productionTime: `Januari ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: '5 tahun' }),
    entry({ number: 'B-03', title: `Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun ${y - 1}`, summary: 'Capaian indikator kinerja utama, analisis capaian dan realisasi anggaran tahun sebelumnya.', infoClass: 'berkala', category: 'kinerja', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_PK, productionTime: `Februari ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: '10 tahun' }),
    entry({ number: 'B-04', title: `Ringkasan Laporan Keuangan Tahun Anggaran ${y - 1}`, summary: 'Laporan realisasi anggaran, neraca, dan catatan atas laporan keuangan yang telah diaudit BPK.', infoClass: 'berkala', category: 'laporan-keuangan', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_PK, productionTime: `Mei ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: '10 tahun' }),
    entry({ number: 'B-05', title: `Laporan Layanan Informasi Publik Tahun ${y - 1}`, summary: 'Jumlah permohonan informasi, waktu layanan, permohonan yang ditolak beserta alasannya, dan keberatan.', infoClass: 'berkala', category: 'laporan-akses-informasi', unit: 'bidang-ikp', holderOfficial: KABID_IKP, responsibleOfficial: 'Ketua PPID Pelaksana', productionTime: `Maret ${y}`, year: y, availableForm: 'softcopy', mediaType: 'Website PPID', retentionPeriod: '5 tahun' }),
    entry({ number: 'B-06', title: 'Tata cara memperoleh informasi publik dan mengajukan keberatan', summary: 'Hak pemohon, alur permohonan, jangka waktu layanan, biaya, dan tata cara pengajuan keberatan serta sengketa.', infoClass: 'berkala', category: 'tata-cara-informasi', unit: 'seksi-layanan-informasi', holderOfficial: KABID_IKP, responsibleOfficial: 'Ketua PPID Pelaksana', productionTime: `Januari ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: 'Website PPID, papan pengumuman', retentionPeriod: 'Selama berlaku' }),
    // Serta merta
    entry({ number: 'SM-01', title: 'Prosedur peringatan dini dan evakuasi keadaan darurat', summary: 'Jalur evakuasi, titik kumpul, nomor darurat dan tindakan pegawai serta pengunjung saat kebakaran atau banjir.', infoClass: 'serta_merta', unit: 'subbag-umum-kepegawaian', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: `Januari ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: 'Papan pengumuman, website', retentionPeriod: 'Selama berlaku' }),
    entry({ number: 'SM-02', title: 'Peringatan dini banjir dan kualitas udara dari BMKG dan BPBD', summary: 'Penyebarluasan peringatan dini cuaca ekstrem, banjir, dan kabut asap bagi masyarakat Kalimantan Barat.', infoClass: 'serta_merta', unit: 'bidang-ikp', holderOfficial: KABID_IKP, responsibleOfficial: KADIS, productionTime: 'Setiap terjadi keadaan darurat', year: y, availableForm: 'softcopy', mediaType: 'Website, media sosial, papan pengumuman', retentionPeriod: '2 tahun' }),
    entry({ number: 'SM-03', title: 'Pemberitahuan gangguan layanan jaringan dan pusat data pemerintah provinsi', summary: 'Jadwal pemeliharaan, perkiraan lama gangguan, layanan terdampak dan kanal pengaduan.', infoClass: 'serta_merta', unit: 'bidang-aptika', holderOfficial: KABID_APTIKA, responsibleOfficial: KABID_APTIKA, productionTime: 'Sebelum pemeliharaan terjadwal', year: y, availableForm: 'softcopy', mediaType: 'Website, media sosial', retentionPeriod: '1 tahun', published: false }),
    // Setiap saat
    entry({ number: 'SS-01', title: `Daftar Informasi Publik Diskominfo Tahun ${y}`, summary: 'Daftar seluruh informasi publik yang dikuasai Diskominfo beserta penanggung jawab dan bentuk informasinya.', infoClass: 'setiap_saat', unit: 'bidang-ikp', holderOfficial: 'Ketua PPID Pelaksana', responsibleOfficial: KADIS, productionTime: `Januari ${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: 'Permanen' }),
    entry({ number: 'SS-02', title: `Rencana Strategis Diskominfo ${y - 1}-${y + 3}`, summary: 'Visi, misi, tujuan, sasaran, strategi dan arah kebijakan dinas untuk lima tahun.', infoClass: 'setiap_saat', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_PK, productionTime: `${y - 1}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: '10 tahun' }),
    entry({ number: 'SS-03', title: 'Surat perjanjian kontrak pengadaan barang/jasa', summary: 'Kontrak pengadaan yang telah ditandatangani beserta nilai kontrak dan jangka waktu pelaksanaan.', infoClass: 'setiap_saat', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: 'Pejabat Pembuat Komitmen', productionTime: 'Setiap penandatanganan kontrak', year: y, availableForm: 'hardcopy', mediaType: 'Arsip kantor', retentionPeriod: '10 tahun' }),
    entry({ number: 'SS-04', title: 'Standar Operasional Prosedur (SOP) di lingkungan Diskominfo', summary: 'Kumpulan SOP layanan, termasuk SOP pengumuman informasi publik dan pengelolaan website PPID.', infoClass: 'setiap_saat', unit: 'sekretariat', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: `${y - 1}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: 'Selama berlaku' }),
    entry({ number: 'SS-05', title: 'Data statistik sektoral bidang komunikasi dan informatika', summary: 'Dataset statistik sektoral (akses internet desa, menara telekomunikasi, layanan SPBE) untuk portal Satu Data.', infoClass: 'setiap_saat', unit: 'bidang-statistik', holderOfficial: KABID_STAT, responsibleOfficial: KABID_STAT, productionTime: `Triwulanan ${y}`, year: y, availableForm: 'softcopy', mediaType: 'Portal Satu Data Kalbar', retentionPeriod: '5 tahun' }),
    entry({ number: 'SS-06', title: 'Laporan hasil survei kepuasan masyarakat layanan informasi', summary: 'Indeks kepuasan masyarakat atas layanan PPID beserta rencana tindak lanjut perbaikan layanan.', infoClass: 'setiap_saat', unit: 'seksi-layanan-informasi', holderOfficial: KABID_IKP, responsibleOfficial: 'Ketua PPID Pelaksana', productionTime: `Semester I ${y}`, year: y, availableForm: 'softcopy', mediaType: 'Website PPID', retentionPeriod: '5 tahun', published: false }),
    // Dikecualikan
    entry({ number: 'DK-01', title: 'Data pribadi aparatur sipil negara', summary: 'Berkas kepegawaian yang memuat data pribadi pegawai; dibuka hanya dalam bentuk data agregat.', infoClass: 'dikecualikan', unit: 'subbag-umum-kepegawaian', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: 'Sepanjang masa kerja pegawai', year: y, availableForm: 'hardcopy', mediaType: 'Arsip kepegawaian', retentionPeriod: 'Sesuai JRA kepegawaian', exclusion: 'dataPegawai' }),
    entry({ number: 'DK-02', title: 'Dokumen evaluasi penawaran tender Pengembangan Pusat Data', summary: 'Dokumen penawaran dan berita acara evaluasi Pokja Pemilihan sebelum penandatanganan kontrak.', infoClass: 'dikecualikan', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: 'Pejabat Pembuat Komitmen', productionTime: `${y}`, year: y, availableForm: 'softcopy_hardcopy', mediaType: 'Arsip pengadaan', retentionPeriod: '10 tahun', exclusion: 'evaluasiTender' }),
    entry({ number: 'DK-03', title: 'Nota dinas rencana penataan jabatan fungsional', summary: 'Telaahan staf dan nota dinas internal tentang usulan penataan jabatan fungsional di lingkungan dinas.', infoClass: 'dikecualikan', unit: 'sekretariat', holderOfficial: SEKDIS, responsibleOfficial: SEKDIS, productionTime: `${y - 1}`, year: y, availableForm: 'hardcopy', mediaType: 'Arsip kantor', retentionPeriod: '5 tahun', exclusion: 'memoPenataan' }),
  ];

  const p = y - 1;
  const previous: DipSeed[] = [
    entry({ number: 'B-01', title: 'Profil dan struktur organisasi Diskominfo Provinsi Kalimantan Barat', summary: 'Kedudukan, tugas pokok dan fungsi, struktur organisasi dan profil singkat pejabat.', infoClass: 'berkala', category: 'profil', unit: 'sekretariat', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: `Januari ${p}`, year: p, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: 'Selama berlaku' }),
    entry({ number: 'B-02', title: `Ringkasan Laporan Keuangan Tahun Anggaran ${p - 1}`, summary: 'Laporan realisasi anggaran, neraca, dan catatan atas laporan keuangan yang telah diaudit BPK.', infoClass: 'berkala', category: 'laporan-keuangan', unit: 'subbag-program-keuangan', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_PK, productionTime: `Mei ${p}`, year: p, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: '10 tahun' }),
    entry({ number: 'SM-01', title: 'Prosedur peringatan dini dan evakuasi keadaan darurat', summary: 'Jalur evakuasi, titik kumpul, nomor darurat dan tindakan pegawai serta pengunjung saat keadaan darurat.', infoClass: 'serta_merta', unit: 'subbag-umum-kepegawaian', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: `Januari ${p}`, year: p, availableForm: 'softcopy_hardcopy', mediaType: 'Papan pengumuman, website', retentionPeriod: 'Selama berlaku' }),
    entry({ number: 'SS-01', title: `Daftar Informasi Publik Diskominfo Tahun ${p}`, summary: 'Daftar seluruh informasi publik yang dikuasai Diskominfo beserta penanggung jawab dan bentuk informasinya.', infoClass: 'setiap_saat', unit: 'bidang-ikp', holderOfficial: 'Ketua PPID Pelaksana', responsibleOfficial: KADIS, productionTime: `Januari ${p}`, year: p, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: 'Permanen' }),
    entry({ number: 'SS-02', title: 'Standar Operasional Prosedur (SOP) di lingkungan Diskominfo', summary: 'Kumpulan SOP layanan, termasuk SOP pengumuman informasi publik.', infoClass: 'setiap_saat', unit: 'sekretariat', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: `${p - 1}`, year: p, availableForm: 'softcopy_hardcopy', mediaType: WEB_DOC, retentionPeriod: 'Selama berlaku' }),
    entry({ number: 'DK-01', title: 'Data pribadi aparatur sipil negara', summary: 'Berkas kepegawaian yang memuat data pribadi pegawai; dibuka hanya dalam bentuk data agregat.', infoClass: 'dikecualikan', unit: 'subbag-umum-kepegawaian', holderOfficial: SEKDIS, responsibleOfficial: KASUBAG_UK, productionTime: 'Sepanjang masa kerja pegawai', year: p, availableForm: 'hardcopy', mediaType: 'Arsip kepegawaian', retentionPeriod: 'Sesuai JRA kepegawaian', exclusion: 'dataPegawai' }),
  ];
  // Publication dates: last year's entries in its January (before its edition was signed on the 31st),
  // this year's from January on, one every few days, never after yesterday.
  previous.forEach((e, i) => {
    if (e.published) e.publishedOn = c.date(p, 1, 5 + 3 * i);
  });
  current.forEach((e, i) => {
    if (e.published) e.publishedOn = c.min(c.plus(c.date(y, 1, 6), 9 * i), c.day(-1));
  });
  return [...previous, ...current];
}

/* ------------------------------------------------------------------------------------------------
 * Announcements (SOP 190/2024)
 * ---------------------------------------------------------------------------------------------- */

export interface AnnouncementSeed {
  key: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  infoClass: 'berkala' | 'serta_merta' | 'setiap_saat';
  category?: string;
  unit: string;
  drafter: string;
  /** Days from today. */
  informationDay: number;
  published: boolean;
  internalNote?: string;
  /** Workflow steps already taken on a draft: [transition, person key, reason?], in order. */
  workflow?: [string, string, string?][];
}

export function announcements(c: Clock): AnnouncementSeed[] {
  const y = c.year;
  return [
    {
      key: 'profil',
      slug: 'profil-dan-struktur-organisasi-diskominfo-kalbar',
      title: 'Profil dan Struktur Organisasi Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat',
      summary: 'Kedudukan, tugas, fungsi, dan struktur organisasi Diskominfo Provinsi Kalimantan Barat beserta alamat dan kanal layanan informasi.',
      body: `## Kedudukan
Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat merupakan unsur pelaksana urusan pemerintahan bidang komunikasi dan informatika, bidang statistik, dan bidang persandian yang menjadi kewenangan daerah.

## Struktur Organisasi
1. Kepala Dinas
2. Sekretariat: Sub Bagian Umum dan Kepegawaian; Sub Bagian Program dan Keuangan
3. Bidang Informasi dan Komunikasi Publik
4. Bidang Aplikasi Informatika
5. Bidang Statistik
6. Bidang Persandian dan Keamanan Informasi

## Layanan Informasi
Permohonan informasi publik dapat diajukan langsung di **Meja Layanan PPID** (Senin-Jumat, 08.00-15.30 WIB) atau melalui website PPID.`,
      infoClass: 'berkala',
      category: 'profil',
      unit: 'sekretariat',
      drafter: 'ayu',
      informationDay: -190,
      published: true,
    },
    {
      key: 'renja',
      slug: `rencana-kerja-diskominfo-kalbar-${y}`,
      title: `Rencana Kerja Diskominfo Provinsi Kalimantan Barat Tahun ${y}`,
      summary: `Ringkasan program, kegiatan, target kinerja, dan pagu anggaran Diskominfo Provinsi Kalimantan Barat tahun ${y}.`,
      body: `Rencana Kerja (Renja) Tahun ${y} memuat **4 program** dan **14 kegiatan** dengan fokus:

- perluasan akses internet di desa *blank spot*;
- penguatan Sistem Pemerintahan Berbasis Elektronik (SPBE);
- penyelenggaraan statistik sektoral dan Satu Data Kalimantan Barat;
- keamanan informasi dan persandian.

Dokumen lengkap dapat diunduh pada menu *Informasi Berkala* atau diminta di Meja Layanan PPID.`,
      infoClass: 'berkala',
      category: 'program-kegiatan',
      unit: 'subbag-program-keuangan',
      drafter: 'ayu',
      informationDay: -120,
      published: true,
    },
    {
      key: 'lkjip',
      slug: `laporan-kinerja-diskominfo-kalbar-${y - 1}`,
      title: `Laporan Kinerja Instansi Pemerintah (LKjIP) Diskominfo Tahun ${y - 1}`,
      summary: `Capaian indikator kinerja utama Diskominfo Provinsi Kalimantan Barat tahun ${y - 1} beserta analisis dan realisasi anggaran.`,
      body: `## Capaian Kinerja Utama
| Indikator | Target | Realisasi |
|---|---|---|
| Indeks SPBE Provinsi | 3,00 | 3,12 |
| Persentase desa terlayani akses internet | 85% | 87,4% |
| Indeks Keterbukaan Informasi Publik | 85,00 | 86,25 |

Penjelasan lengkap, termasuk kendala dan rencana perbaikan, tersedia dalam dokumen LKjIP.`,
      infoClass: 'berkala',
      category: 'kinerja',
      unit: 'subbag-program-keuangan',
      drafter: 'ayu',
      informationDay: -100,
      published: true,
    },
    {
      key: 'keuangan',
      slug: `ringkasan-laporan-keuangan-ta-${y - 1}`,
      title: `Ringkasan Laporan Keuangan Tahun Anggaran ${y - 1}`,
      summary: `Laporan realisasi anggaran, neraca, dan catatan atas laporan keuangan Diskominfo tahun anggaran ${y - 1} yang telah diaudit BPK.`,
      body: `Laporan keuangan tahun anggaran ${y - 1} telah diperiksa oleh Badan Pemeriksa Keuangan sebagai bagian dari Laporan Keuangan Pemerintah Provinsi Kalimantan Barat.

**Isi ringkasan:**
1. Laporan Realisasi Anggaran
2. Neraca per 31 Desember ${y - 1}
3. Laporan Operasional
4. Catatan atas Laporan Keuangan`,
      infoClass: 'berkala',
      category: 'laporan-keuangan',
      unit: 'subbag-program-keuangan',
      drafter: 'ayu',
      informationDay: -60,
      published: true,
    },
    {
      key: 'laporanLayanan',
      slug: `laporan-layanan-informasi-publik-${y - 1}`,
      title: `Laporan Layanan Informasi Publik Tahun ${y - 1}`,
      summary: `Rekapitulasi permohonan informasi publik, waktu layanan, penolakan, dan keberatan yang ditangani PPID Diskominfo sepanjang ${y - 1}.`,
      body: `## Rekapitulasi
- Permohonan informasi diterima: **214**
- Dipenuhi seluruhnya: 187; dipenuhi sebagian: 15; ditolak: 12
- Rata-rata waktu layanan: **4 hari kerja**
- Keberatan: 3 (seluruhnya diselesaikan oleh atasan PPID)

Penolakan didasarkan pada informasi yang dikecualikan sesuai UU 14/2008 Pasal 17 dan hasil uji konsekuensi.`,
      infoClass: 'berkala',
      category: 'laporan-akses-informasi',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: -45,
      published: true,
    },
    {
      key: 'tataCara',
      slug: 'tata-cara-permohonan-informasi-dan-keberatan',
      title: 'Tata Cara Permohonan Informasi Publik dan Pengajuan Keberatan',
      summary: 'Langkah mengajukan permohonan informasi publik kepada PPID Diskominfo, jangka waktu layanan, biaya, dan cara mengajukan keberatan.',
      body: `## Permohonan informasi
1. Isi formulir permohonan di Meja Layanan PPID atau website PPID, lampirkan identitas.
2. Petugas memberikan **tanda bukti permohonan** dan nomor registrasi.
3. PPID menjawab paling lambat **10 hari kerja**, dapat diperpanjang 7 hari kerja.
4. Informasi diberikan **tanpa biaya**; biaya salinan dibebankan sesuai standar biaya.

## Keberatan
Jika permohonan ditolak atau tidak ditanggapi, pemohon dapat mengajukan keberatan kepada **Atasan PPID** dalam 30 hari kerja. Atasan PPID menjawab dalam 30 hari kerja. Jika tidak puas, pemohon dapat mengajukan sengketa ke Komisi Informasi Provinsi Kalimantan Barat.`,
      infoClass: 'berkala',
      category: 'tata-cara-informasi',
      unit: 'seksi-layanan-informasi',
      drafter: 'dewi',
      informationDay: -30,
      published: true,
    },
    {
      key: 'rup',
      slug: `rencana-umum-pengadaan-diskominfo-${y}`,
      title: `Rencana Umum Pengadaan Barang/Jasa Diskominfo Tahun ${y}`,
      summary: `Daftar paket pengadaan barang/jasa Diskominfo tahun ${y}: nama paket, pagu, metode pemilihan, dan jadwal.`,
      body: `Rencana Umum Pengadaan (RUP) tahun ${y} terdiri atas **23 paket** penyedia dan **9 paket** swakelola, antara lain:

- Pengembangan Pusat Data Pemerintah Provinsi (tender);
- Sewa bandwidth internet OPD (e-purchasing);
- Pemeliharaan aplikasi layanan publik (pengadaan langsung).

Rincian RUP dapat dilihat pada SiRUP LKPP.`,
      infoClass: 'berkala',
      category: 'pengadaan',
      unit: 'subbag-program-keuangan',
      drafter: 'ayu',
      informationDay: -5,
      published: false,
      internalNote: 'Menunggu pemeriksaan Sekretaris Dinas (langkah 4 SOP 190/2024).',
      workflow: [
        ['disposition->drafting:forward', 'kasubagProgram'],
        ['drafting->review_kabid:forward', 'ayu'],
        ['review_kabid->review_secretary:forward', 'kasubagProgram'],
      ],
    },
    {
      key: 'evakuasi',
      slug: 'prosedur-peringatan-dini-dan-evakuasi-kantor-diskominfo',
      title: 'Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat di Kantor Diskominfo',
      summary: 'Jalur evakuasi, titik kumpul, dan tindakan pegawai serta pengunjung ketika terjadi kebakaran, gempa, atau banjir di kantor Diskominfo.',
      body: `## Saat alarm berbunyi
1. Hentikan pekerjaan, matikan peralatan listrik bila aman.
2. Ikuti tanda **JALUR EVAKUASI**, jangan menggunakan lift.
3. Berkumpul di **titik kumpul halaman depan**; petugas memeriksa daftar hadir.

## Nomor darurat
- Panggilan darurat: **112**
- Petugas keamanan kantor: pos jaga lantai 1`,
      infoClass: 'berkala',
      category: 'peringatan-dini',
      unit: 'subbag-umum-kepegawaian',
      drafter: 'rina',
      informationDay: -3,
      published: false,
      internalNote: 'Dikembalikan oleh Kabid/Kasubag: lengkapi denah jalur evakuasi lantai 2.',
      workflow: [
        ['disposition->drafting:forward', 'kasubagUmum'],
        ['drafting->review_kabid:forward', 'rina'],
        ['review_kabid->drafting:return', 'kasubagUmum', 'Lengkapi denah jalur evakuasi lantai 2 dan titik kumpul cadangan.'],
      ],
    },
    {
      key: 'banjir',
      slug: 'peringatan-dini-banjir-sintang-melawi-kapuas-hulu',
      title: 'Peringatan Dini Banjir di Kabupaten Sintang, Melawi, dan Kapuas Hulu',
      summary: 'Curah hujan tinggi diperkirakan menaikkan muka air Sungai Kapuas dan Sungai Melawi dalam tiga hari ke depan. Warga bantaran sungai diminta waspada dan bersiap mengungsi.',
      body: `**PERINGATAN DINI BANJIR**

Berdasarkan informasi BMKG dan BPBD Provinsi Kalimantan Barat, curah hujan dengan intensitas tinggi diperkirakan terjadi dalam **3 (tiga) hari ke depan** dan dapat menaikkan muka air **Sungai Kapuas** dan **Sungai Melawi**.

## Wilayah waspada
- Kabupaten Sintang (Kecamatan Sintang, Sepauk, Tempunak)
- Kabupaten Melawi (Kecamatan Nanga Pinoh)
- Kabupaten Kapuas Hulu (Kecamatan Putussibau Utara, Putussibau Selatan)

## Yang perlu dilakukan
1. Amankan dokumen penting dan barang berharga di tempat tinggi.
2. Siapkan tas siaga bencana dan ikuti arahan aparat desa/kelurahan.
3. Hindari beraktivitas di sungai dan jangan menyeberangi arus deras.
4. Laporkan keadaan darurat ke **112** atau posko BPBD kabupaten setempat.

Informasi ini diumumkan serta merta sesuai UU 14/2008 Pasal 10.`,
      infoClass: 'serta_merta',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: -6,
      published: true,
    },
    {
      key: 'kabutAsap',
      slug: 'peringatan-kualitas-udara-tidak-sehat-kabut-asap-pontianak',
      title: 'Peringatan Kualitas Udara Tidak Sehat Akibat Kabut Asap di Kota Pontianak dan Kabupaten Kubu Raya',
      summary: 'Indeks standar pencemar udara di Pontianak dan Kubu Raya berada pada kategori tidak sehat. Masyarakat diimbau mengurangi aktivitas di luar ruangan dan memakai masker.',
      body: `Hasil pemantauan kualitas udara menunjukkan konsentrasi **PM2,5** pada kategori **TIDAK SEHAT** akibat kebakaran hutan dan lahan.

## Imbauan
- Kurangi aktivitas di luar ruangan, terutama bagi anak-anak, lansia, ibu hamil, dan penderita penyakit pernapasan.
- Gunakan masker saat keluar rumah; tutup jendela dan ventilasi.
- Segera ke fasilitas kesehatan bila mengalami sesak napas.
- Jangan membakar lahan atau sampah.`,
      infoClass: 'serta_merta',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: -20,
      published: true,
    },
    {
      key: 'gangguanJaringan',
      slug: 'pemberitahuan-gangguan-layanan-jaringan-pusat-data',
      title: 'Pemberitahuan Gangguan Layanan Jaringan Intra Pemerintah Akibat Pemeliharaan Pusat Data',
      summary: 'Pemeliharaan perangkat inti pusat data menyebabkan layanan jaringan intra pemerintah dan aplikasi OPD tidak dapat diakses sementara.',
      body: `Dalam rangka pemeliharaan perangkat inti **Pusat Data Pemerintah Provinsi Kalimantan Barat**, layanan berikut tidak dapat diakses sementara:

- jaringan intra pemerintah (VPN OPD);
- surat elektronik dinas;
- aplikasi layanan yang di-hosting pada pusat data.

Perkiraan waktu: Sabtu, pukul 22.00-04.00 WIB. Aduan gangguan: Helpdesk Diskominfo.`,
      infoClass: 'serta_merta',
      unit: 'bidang-aptika',
      drafter: 'fajar',
      informationDay: -1,
      published: false,
      internalNote: 'Menunggu konfirmasi jadwal dari vendor sebelum dikirim ke Kabid.',
      workflow: [['disposition->drafting:forward', 'kabidAptika']],
    },
    {
      key: 'dip',
      slug: `daftar-informasi-publik-diskominfo-${y - 1}`,
      title: `Daftar Informasi Publik Diskominfo Provinsi Kalimantan Barat Tahun ${y - 1}`,
      summary: `Daftar Informasi Publik (DIP) Diskominfo tahun ${y - 1} yang telah ditetapkan dengan Keputusan Kepala Dinas.`,
      body: `Daftar Informasi Publik memuat seluruh informasi publik yang berada di bawah penguasaan Diskominfo Provinsi Kalimantan Barat, dikelompokkan menjadi:

1. informasi yang wajib disediakan dan diumumkan **secara berkala**;
2. informasi yang wajib diumumkan **serta merta**;
3. informasi yang wajib tersedia **setiap saat**;
4. daftar informasi yang **dikecualikan** berdasarkan uji konsekuensi.

DIP dapat dilihat pada menu *Daftar Informasi Publik* di website PPID.`,
      infoClass: 'setiap_saat',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: -80,
      published: true,
    },
    {
      key: 'statistik',
      slug: `data-statistik-sektoral-kominfo-${y - 1}`,
      title: `Data Statistik Sektoral Bidang Komunikasi dan Informatika Tahun ${y - 1}`,
      summary: 'Dataset statistik sektoral: desa dengan akses internet, sebaran menara telekomunikasi, dan capaian layanan SPBE kabupaten/kota.',
      body: `Dataset tersedia dalam format CSV dan dapat diakses melalui **Portal Satu Data Kalimantan Barat**:

- jumlah desa dengan akses internet per kabupaten/kota;
- sebaran menara telekomunikasi;
- capaian indeks SPBE kabupaten/kota.`,
      infoClass: 'setiap_saat',
      unit: 'bidang-statistik',
      drafter: 'nurul',
      informationDay: -2,
      published: false,
      internalNote: 'Menunggu verifikasi PPID Pembantu Bidang Statistik.',
    },
    ...history(c),
    ...quarterlyReports(c),
  ];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The last `count` completed quarters before today, oldest first: { year, quarter, end } (the
 * quarter's last day). Eight quarters reach two years back.
 */
export function completedQuarters(c: Clock, count = 8): { year: number; quarter: number; end: string }[] {
  const out: { year: number; quarter: number; end: string }[] = [];
  let year = c.year;
  let quarter = c.quarter - 1;
  while (out.length < count) {
    if (quarter < 1) {
      quarter = 4;
      year -= 1;
    }
    const month = quarter * 3;
    out.unshift({ year, quarter, end: c.date(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) });
    quarter -= 1;
  }
  return out;
}

/**
 * Berkala: the budget realisation report of each of the last eight quarters, announced two weeks
 * after the quarter ends (Perki 1/2021: financial reports are announced periodically).
 */
export function quarterlyReports(c: Clock): AnnouncementSeed[] {
  return completedQuarters(c).map(({ year, quarter, end }) => ({
    key: `lra-${year}-q${quarter}`,
    slug: `laporan-realisasi-anggaran-triwulan-${quarter}-${year}`,
    title: `Laporan Realisasi Anggaran Triwulan ${ROMAN[quarter - 1]} Tahun ${year}`,
    summary: `Realisasi pendapatan dan belanja Diskominfo Provinsi Kalimantan Barat sampai dengan akhir triwulan ${ROMAN[quarter - 1]} tahun anggaran ${year}.`,
    body: `Laporan Realisasi Anggaran (LRA) Diskominfo sampai dengan **triwulan ${ROMAN[quarter - 1]} tahun ${year}** memuat:

1. realisasi belanja operasi, belanja modal dan belanja tidak terduga per program;
2. persentase realisasi terhadap pagu anggaran;
3. penjelasan atas realisasi yang di bawah rencana penarikan dana.

Dokumen lengkap tersedia di Meja Layanan PPID dan dapat diunduh pada menu *Informasi Berkala*.`,
    infoClass: 'berkala',
    category: 'laporan-keuangan',
    unit: 'subbag-program-keuangan',
    drafter: 'ayu',
    informationDay: Math.min(c.offsetOf(c.plus(end, 14)), -1),
    published: true,
  }));
}

/** Last year's and the year before's announcements: the archive the year filters and charts show. */
export function history(c: Clock): AnnouncementSeed[] {
  const y = c.year;
  return [
    {
      key: 'renjaLalu',
      slug: `rencana-kerja-diskominfo-kalbar-${y - 1}`,
      title: `Rencana Kerja Diskominfo Provinsi Kalimantan Barat Tahun ${y - 1}`,
      summary: `Ringkasan program, kegiatan, target kinerja, dan pagu anggaran Diskominfo Provinsi Kalimantan Barat tahun ${y - 1}.`,
      body: `Rencana Kerja (Renja) Tahun ${y - 1} memuat **4 program** dan **13 kegiatan**, dengan fokus perluasan akses internet desa dan penguatan SPBE.`,
      infoClass: 'berkala',
      category: 'program-kegiatan',
      unit: 'subbag-program-keuangan',
      drafter: 'ayu',
      informationDay: c.offsetOf(c.date(y - 1, 1, 20)),
      published: true,
    },
    {
      key: 'lkjipLalu',
      slug: `laporan-kinerja-diskominfo-kalbar-${y - 2}`,
      title: `Laporan Kinerja Instansi Pemerintah (LKjIP) Diskominfo Tahun ${y - 2}`,
      summary: `Capaian indikator kinerja utama Diskominfo Provinsi Kalimantan Barat tahun ${y - 2}.`,
      body: `Indeks SPBE Provinsi tahun ${y - 2} mencapai **2,94** dari target 2,90; persentase desa terlayani akses internet **82,1%**.`,
      infoClass: 'berkala',
      category: 'kinerja',
      unit: 'subbag-program-keuangan',
      drafter: 'ayu',
      informationDay: c.offsetOf(c.date(y - 1, 3, 12)),
      published: true,
    },
    {
      key: 'laporanLayananLalu',
      slug: `laporan-layanan-informasi-publik-${y - 2}`,
      title: `Laporan Layanan Informasi Publik Tahun ${y - 2}`,
      summary: `Rekapitulasi permohonan informasi publik, waktu layanan, penolakan, dan keberatan sepanjang ${y - 2}.`,
      body: `- Permohonan informasi diterima: **176**\n- Dipenuhi seluruhnya: 151; dipenuhi sebagian: 14; ditolak: 11\n- Keberatan: 2`,
      infoClass: 'berkala',
      category: 'laporan-akses-informasi',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: c.offsetOf(c.date(y - 1, 2, 26)),
      published: true,
    },
    {
      key: 'kabutAsapLalu',
      slug: `peringatan-kabut-asap-kalimantan-barat-${y - 1}`,
      title: 'Peringatan Kualitas Udara Sangat Tidak Sehat di Kalimantan Barat',
      summary: 'Kabut asap kebakaran hutan dan lahan membuat kualitas udara di Pontianak, Kubu Raya dan Ketapang sangat tidak sehat; sekolah diliburkan sementara.',
      body: `Konsentrasi **PM2,5** di Pontianak, Kubu Raya dan Ketapang berada pada kategori **SANGAT TIDAK SEHAT**. Kurangi aktivitas di luar ruangan, gunakan masker, dan segera ke fasilitas kesehatan bila sesak napas.`,
      infoClass: 'serta_merta',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: c.offsetOf(c.date(y - 1, 8, 18)),
      published: true,
    },
    {
      key: 'banjirLalu',
      slug: `peringatan-dini-banjir-kapuas-hulu-${y - 2}`,
      title: 'Peringatan Dini Banjir di Kabupaten Kapuas Hulu dan Sintang',
      summary: 'Muka air Sungai Kapuas naik di Putussibau dan Sintang; warga bantaran sungai diminta siaga dan mengikuti arahan BPBD.',
      body: `Berdasarkan informasi BMKG dan BPBD, muka air **Sungai Kapuas** diperkirakan terus naik dalam 48 jam. Amankan dokumen penting, siapkan tas siaga, dan hubungi **112** dalam keadaan darurat.`,
      infoClass: 'serta_merta',
      unit: 'bidang-ikp',
      drafter: 'dewi',
      informationDay: c.offsetOf(c.plus(c.date(y - 2, c.month, 1), 20)),
      published: true,
    },
    {
      key: 'statistikLalu',
      slug: `data-statistik-sektoral-kominfo-${y - 2}`,
      title: `Data Statistik Sektoral Bidang Komunikasi dan Informatika Tahun ${y - 2}`,
      summary: 'Dataset statistik sektoral tahun lalu: desa dengan akses internet, menara telekomunikasi, dan capaian SPBE kabupaten/kota.',
      body: 'Dataset tersedia dalam format CSV pada **Portal Satu Data Kalimantan Barat**.',
      infoClass: 'setiap_saat',
      unit: 'bidang-statistik',
      drafter: 'nurul',
      informationDay: c.offsetOf(c.date(y - 1, 6, 9)),
      published: true,
    },
    {
      key: 'gangguanLalu',
      slug: `pemberitahuan-pemeliharaan-pusat-data-${y - 1}`,
      title: 'Pemberitahuan Pemeliharaan Pusat Data Pemerintah Provinsi',
      summary: 'Pemeliharaan perangkat catu daya pusat data: layanan aplikasi OPD tidak dapat diakses Minggu dini hari.',
      body: 'Pemeliharaan perangkat catu daya **Pusat Data Pemerintah Provinsi** pada Minggu, pukul 00.00-05.00 WIB. Aduan: Helpdesk Diskominfo.',
      infoClass: 'serta_merta',
      unit: 'bidang-aptika',
      drafter: 'fajar',
      informationDay: c.offsetOf(c.date(y - 1, 11, 7)),
      published: true,
    },
  ].filter((a) => a.informationDay < 0) as AnnouncementSeed[];
}

/* ------------------------------------------------------------------------------------------------
 * Website work (web SOP A-C)
 * ---------------------------------------------------------------------------------------------- */

export interface BacklogSeed {
  key: string;
  title: string;
  description: string;
  kind: string;
  priority: string;
  unit: string;
  reportedBy: string;
  dueOn?: string;
  presentationMode?: string;
  /** Only a finished item (state "done", joins its workflow as done) carries it. */
  state?: string;
  resolvedAt?: string;
  /** Steps of the web-backlog workflow the demo staff take (transition, person, reason). */
  workflow?: [string, string, string?][];
}

export function backlog(c: Clock): BacklogSeed[] {
  return [
    {
      key: 'tabelDip',
      title: 'Tabel DIP terpotong pada layar ponsel',
      description: 'Pada lebar layar di bawah 400 px, kolom *Jangka Waktu Penyimpanan* dan *Bentuk Informasi* tidak tampil.\n\n**Harapan:** tabel dapat digeser horizontal atau berubah menjadi kartu per entri.',
      kind: 'display_fix',
      priority: 'high',
      unit: 'bidang-ikp',
      reportedBy: 'subKoordinator',
      dueOn: c.day(10),
      presentationMode: 'online',
      workflow: [
        ['raised->discussion:forward', 'subKoordinator'],
        ['discussion->receipt:forward', 'kabidIkp'],
        ['receipt->presentation:forward', 'webDeveloper'],
        ['presentation->offline_update:forward', 'webDeveloper'],
      ],
    },
    {
      key: 'formulirOnline',
      title: 'Formulir permohonan informasi daring dengan nomor registrasi otomatis',
      description: 'Pemohon mengisi formulir di website dan langsung menerima nomor registrasi serta tanda bukti permohonan melalui surel, sesuai Perki 1/2021.',
      kind: 'development_plan',
      priority: 'normal',
      unit: 'bidang-ikp',
      reportedBy: 'subKoordinator',
      dueOn: c.day(45),
      workflow: [
        ['raised->discussion:forward', 'subKoordinator'],
        ['discussion->receipt:forward', 'kabidIkp'],
        ['receipt->presentation:forward', 'webDeveloper'],
      ],
    },
    {
      key: 'sertifikatSsl',
      title: 'Sertifikat SSL situs PPID kedaluwarsa',
      description: 'Peramban menampilkan peringatan *koneksi tidak aman* karena sertifikat SSL kedaluwarsa. Perlu perpanjangan dan pembaruan otomatis.',
      kind: 'technical_issue',
      priority: 'urgent',
      state: 'done',
      unit: 'bidang-aptika',
      reportedBy: 'operator',
      dueOn: c.day(-40),
      resolvedAt: c.at(-40, '11:45'),
    },
    {
      key: 'strukturOrganisasi',
      title: 'Pembaruan halaman struktur organisasi dan profil pejabat',
      description: 'Perbarui bagan struktur organisasi dan foto pejabat setelah pelantikan Kepala Bidang IKP dan penunjukan Plt. Kepala Bidang Statistik.',
      kind: 'content_update',
      priority: 'normal',
      unit: 'bidang-ikp',
      reportedBy: 'subKoordinator',
      dueOn: c.day(3),
      workflow: [['raised->discussion:forward', 'subKoordinator']],
    },
    {
      key: 'aksesibilitas',
      title: 'Fitur aksesibilitas: kontras tinggi, ukuran huruf, dan teks alternatif',
      description: 'Website PPID wajib dapat diakses penyandang disabilitas (Perki 1/2021 Pasal 24). Tambahkan mode kontras tinggi, pengatur ukuran huruf, dan teks alternatif pada seluruh gambar.',
      kind: 'development_plan',
      priority: 'high',
      unit: 'bidang-ikp',
      reportedBy: 'subKoordinator',
      dueOn: c.day(60),
      workflow: [['raised->discussion:forward', 'subKoordinator']],
    },
    {
      key: 'satuData',
      title: 'Integrasi dataset Satu Data Kalbar pada halaman informasi berkala',
      description: 'Tampilkan dataset statistik sektoral dari Portal Satu Data secara otomatis pada halaman informasi berkala, tanpa unggah ulang manual.',
      kind: 'development_plan',
      priority: 'low',
      unit: 'bidang-statistik',
      reportedBy: 'nurul',
    },
  ];
}

export function halfYear(c: Clock) {
  // The last complete half-year before today.
  return c.month <= 6
    ? { start: c.date(c.year - 1, 7, 1), end: c.date(c.year - 1, 12, 31), label: `Semester II Tahun ${c.year - 1}` }
    : { start: c.date(c.year, 1, 1), end: c.date(c.year, 6, 30), label: `Semester I Tahun ${c.year}` };
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const monthName = (m: number) => MONTHS[m - 1];

/** The calendar month `back` months before the current one: { year, month, start, end, label }. */
export function monthBefore(c: Clock, back: number) {
  let year = c.year;
  let month = c.month - back;
  while (month < 1) {
    month += 12;
    year -= 1;
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, start: c.date(year, month, 1), end: c.date(year, month, last), label: `${monthName(month)} ${year}` };
}
