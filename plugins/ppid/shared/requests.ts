/**
 * The information service's legal vocabulary (UU 14/2008, Perki 1/2021), shared by the server and the
 * admin: who asks, how, what they may be answered, and on which grounds they may object. Values are
 * stored; the labels are Bahasa Indonesia as the law and the official registers word them.
 */

/** Who files a request (Perki 1/2021: perorangan, kelompok orang, badan hukum; or on someone's behalf). */
export const REQUESTER_KINDS = ['person', 'on_behalf', 'organisation'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

/** How the request reached the PPID. */
export const REQUEST_CHANNELS = ['website', 'walk_in', 'letter', 'email'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** How the requester wants the information (melihat/membaca, mendapatkan salinan softcopy/hardcopy). */
export const INFORMATION_FORMS = ['see', 'copy_soft', 'copy_hard'] as const;
export type InformationForm = (typeof INFORMATION_FORMS)[number];

/** How the requester receives it (langsung, kurir/pos, e-mail, faksimili). */
export const DELIVERY_METHODS = ['in_person', 'post', 'email', 'fax'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The written notice's decision (Pasal 22 ayat 7; Perki 1/2021 pemberitahuan tertulis). */
export const NOTICE_OUTCOMES = ['granted_full', 'granted_part', 'not_held', 'held_elsewhere', 'refused'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

export const NOTICE_OUTCOME_LABELS: Record<NoticeOutcome, string> = {
  granted_full: 'Diberikan seluruhnya',
  granted_part: 'Diberikan sebagian',
  not_held: 'Tidak dikuasai',
  held_elsewhere: 'Dikuasai badan publik lain',
  refused: 'Ditolak (informasi yang dikecualikan)',
};

/** Grounds of an objection, UU 14/2008 Pasal 35 ayat (1) letters a-g. */
export const OBJECTION_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];

export const OBJECTION_GROUND_LABELS: Record<ObjectionGround, string> = {
  a: 'Penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
  b: 'Tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9',
  c: 'Tidak ditanggapinya permintaan informasi',
  d: 'Permintaan informasi ditanggapi tidak sebagaimana yang diminta',
  e: 'Tidak dipenuhinya permintaan informasi',
  f: 'Pengenaan biaya yang tidak wajar',
  g: 'Penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang ini',
};

/** The Atasan PPID's written decision on an objection. */
export const OBJECTION_DECISIONS = ['upheld', 'upheld_in_part', 'rejected'] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];
