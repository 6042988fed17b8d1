/**
 * Help texts under the fields of the plugin's types in the Content Manager's edit view, in both of
 * the admin's languages. The server stores the Indonesian one as the field's description (the
 * Content Manager keeps one text per field: content-manager/layouts.ts); the admin shows the one of
 * the admin's language in its place (admin/src/contentManager/helpTexts.tsx) as long as the stored
 * text is still ours (an agency that rewrites a description in "Configure the view" keeps its words).
 */
export type HelpText = { id: string; en: string };

const CLASS_HELP: HelpText = {
  id: 'Berkala: diumumkan secara rutin (UU 14/2008 Pasal 9); serta merta: mengancam hajat hidup orang banyak dan ketertiban umum (Pasal 10); setiap saat: tersedia setiap saat bila diminta (Pasal 11).',
  en: 'Periodic (berkala): announced regularly (Law 14/2008 Article 9); immediate (serta merta): threatens the lives of many people or public order (Article 10); on request (setiap saat): available at any time when requested (Article 11).',
};
const INTERNAL: HelpText = {
  id: 'Hanya untuk petugas: tidak pernah ditampilkan kepada publik.',
  en: 'For officers only: never shown to the public.',
};
const UNIT_HELP: HelpText = {
  id: 'Unit kerja yang menguasai informasi: menentukan siapa yang memeriksa dan menyetujuinya.',
  en: 'The unit that holds the information: it decides who reviews and approves it.',
};

/** Per type (the last part of `plugin::ppid.<type>`), per field. */
export const HELP_TEXTS: Record<string, Record<string, HelpText>> = {
  announcement: {
    slug: {
      id: 'Dibentuk dari judul saat disimpan; ubah hanya bila alamat halaman perlu berbeda.',
      en: 'Made from the title when saved; change it only if the page address must differ.',
    },
    summary: {
      id: 'Satu atau dua kalimat yang tampil di daftar pengumuman dan umpan RSS.',
      en: 'One or two sentences shown in the list of announcements and the RSS feed.',
    },
    infoClass: CLASS_HELP,
    berkalaCategory: { id: 'Hanya untuk informasi berkala.', en: 'For periodic (berkala) information only.' },
    unit: UNIT_HELP,
    informationDate: {
      id: 'Tanggal informasi itu sendiri (mis. tanggal keputusan), bukan tanggal terbit.',
      en: 'The date of the information itself (e.g. the date of the decision), not the publication date.',
    },
    internalNote: INTERNAL,
    publicationRecords: {
      id: 'Bukti pengumuman di setiap kanal (SOP 190/2024 langkah 6): paling sedikit satu daring dan satu luring sebelum diumumkan.',
      en: 'Proof of the announcement on each channel (SOP 190/2024 step 6): at least one online and one offline before it is announced.',
    },
  },
  'publication-record': {
    channel: {
      id: 'Daring: situs web resmi, media sosial, portal Satu Data, aplikasi. Luring: papan pengumuman, media cetak.',
      en: 'Online: the official website, social media, the Satu Data portal, an app. Offline: notice board, print media.',
    },
    url: {
      id: 'Alamat tayangan, atau alamat foto bukti untuk kanal luring. Isi alamat atau unggah berkas bukti.',
      en: 'The address where it appears, or of the proof photo for an offline channel. Fill in an address or upload a proof file.',
    },
    proofFile: {
      id: 'Foto atau pindaian bukti pengumuman (wajib bila tidak ada alamat).',
      en: 'A photo or scan proving the announcement (required when there is no address).',
    },
    accessible: {
      id: 'Dapat diakses penyandang disabilitas (Perki 1/2021 Pasal 24).',
      en: 'Accessible to persons with disabilities (Perki 1/2021 Article 24).',
    },
  },
  'dip-entry': {
    infoClass: CLASS_HELP,
    holderUnit: UNIT_HELP,
    exclusion: {
      id: 'Hanya untuk informasi yang dikecualikan: uji konsekuensinya.',
      en: 'For excluded information only: its consequence test (uji konsekuensi).',
    },
    internalNote: INTERNAL,
  },
  exclusion: {
    excludedContent: INTERNAL,
    internalNote: INTERNAL,
    exclusionEndsOn: {
      id: 'Setelah tanggal ini informasi diuji ulang atau dibuka.',
      en: 'After this date the information is tested again or opened.',
    },
  },
  'position-assignment': {
    holding: {
      id: 'Definitif, atau Plt/Plh untuk pejabat yang melaksanakan tugas sementara (isi tanggal berakhir).',
      en: 'Definitive, or Plt/Plh for an official acting for the time being (fill in the end date).',
    },
  },
};

/** The Indonesian help texts of a type, as the server stores them. */
export const indonesianHelp = (type: string): Record<string, string> =>
  Object.fromEntries(Object.entries(HELP_TEXTS[type] ?? {}).map(([field, text]) => [field, text.id]));
