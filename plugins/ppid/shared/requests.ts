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

export const OBJECTION_DECISION_LABELS: Record<ObjectionDecision, string> = {
  upheld: 'Keberatan diterima',
  upheld_in_part: 'Keberatan diterima sebagian',
  rejected: 'Keberatan ditolak',
};

/** The identity document a requester shows (Perki 1/2021 Pasal 4: KTP for a person, legal basis for a body). */
export const IDENTITY_KINDS = ['ktp', 'passport', 'sim', 'kitas', 'legal_entity_deed', 'other'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/**
 * Where a request stands, written by the workflow engine only (the item's `state`): registered at
 * the desk or from the website, being checked for completeness, waiting for the requester to
 * complete it, with the unit holding the information (disposisi), its written notice being signed,
 * delivered to the requester, or closed because it was never completed (with a notice).
 */
export const REQUEST_STATES = ['registered', 'checking', 'incomplete', 'assigned', 'signing', 'delivering', 'delivered', 'closed'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
/** States in which the request still counts against its deadline. */
export const REQUEST_OPEN_STATES: readonly RequestState[] = ['registered', 'checking', 'incomplete', 'assigned', 'signing', 'delivering'];

/** Where an objection stands (engine-written): registered, examined by the PPID, before the Atasan PPID, decided, withdrawn. */
export const OBJECTION_STATES = ['registered', 'examining', 'deciding', 'delivering', 'decided', 'withdrawn'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];

/** Letters the service produces (PDF on the agency's letterhead). */
export const REQUEST_LETTERS = ['receipt', 'notice', 'extension', 'refusal', 'incomplete'] as const;
export type RequestLetter = (typeof REQUEST_LETTERS)[number];
export const OBJECTION_LETTERS = ['receipt', 'decision'] as const;
export type ObjectionLetter = (typeof OBJECTION_LETTERS)[number];

/** Limits of the public form and the desk (the server validates, the admin and the public page show them). */
export const REQUEST_LIMITS = {
  nameMax: 150,
  informationMax: 4000,
  purposeMax: 2000,
  reasonMax: 4000,
  /** The identity document's largest size (bytes). */
  identityFileMaxBytes: 2 * 1024 * 1024,
  identityFileTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  /** Working days a requester has to complete an incomplete request before it is closed with a notice. */
  completionWorkingDays: 10,
  /** Days the requester's identity data is kept after the request (and any objection) is finished. */
  retentionDays: 365 * 2,
} as const;

/** One row of the request desk (admin: GET /ppid/requests). Identity data is never in a list. */
export interface RequestDeskRow {
  documentId: string;
  registrationNumber: string;
  requesterName: string;
  channel: RequestChannel;
  receivedAt: string;
  state: RequestState;
  stageName: { id: string; en: string };
  /** The last day of the answer deadline (local YYYY-MM-DD), with the extension when granted. */
  dueOn: string;
  dueAt: string;
  extended: boolean;
  /** Working days left (negative when overdue; null once answered). */
  workingDaysLeft: number | null;
  overdue: boolean;
  outcome: NoticeOutcome | null;
  holderUnit: { id: number; name: string } | null;
  objections: number;
}
/** Desk views (the `view` query of GET /ppid/requests). */
export const REQUEST_DESK_VIEWS = ['open', 'due_soon', 'overdue', 'incomplete', 'answered', 'all'] as const;
export type RequestDeskView = (typeof REQUEST_DESK_VIEWS)[number];
/** "Due soon": this many working days left or fewer. */
export const DUE_SOON_WORKING_DAYS = 3;

/** What the public tracking page shows for a number: status and dates, nothing private. */
export interface PublicRequestStatus {
  registrationNumber: string;
  kind: 'request' | 'objection';
  state: RequestState | ObjectionState;
  stateLabel: { id: string; en: string };
  receivedOn: string;
  dueOn: string;
  extended: boolean;
  answeredOn: string | null;
  outcome: NoticeOutcome | null;
  /** Whether an objection can be filed now from the tracking page. */
  canObject: boolean;
  objections: { registrationNumber: string; state: ObjectionState; filedOn: string; dueOn: string; decidedOn: string | null }[];
}

/**
 * The public service's routes (content API, under /api/ppid; no account): the form's token (spam
 * protection without any third party), filing a request, the tracking page by registration number,
 * and filing an objection from it (the requester proves it is theirs with their identity number).
 */
export const PUBLIC_REQUEST_ROUTES = {
  form: { method: 'GET', path: '/requests/form' },
  file: { method: 'POST', path: '/requests' },
  status: { method: 'GET', path: '/requests/status/:number' },
  object: { method: 'POST', path: '/requests/status/:number/objections' },
} as const;

/* ------------------------------------------------------------------------------------------------
 * The request desk's admin API shapes (issue 14), as the admin pages read them and the server's
 * request-desk, objection-desk, request-intake and request-documents services answer them. Bodies
 * are JSON; days are local "YYYY-MM-DD" of the agency's zone, times ISO instants. A 400 names the
 * field in `error.details.errors[].path` (the body's field names below); the admin shows it there.
 * ---------------------------------------------------------------------------------------------- */

/** A unit as the desk shows it (the disposition's picker, the holder of the information). */
export interface RequestUnitOption {
  id: number;
  code?: string;
  name: string;
}
/** An entry of the list of excluded information a refusal may cite (its Pasal 17 letter and consequence test). */
export interface RequestExclusionOption {
  documentId: string;
  title: string;
  article17Letter: string;
  /** The number of the decree that enacted the exclusion, when recorded. */
  decreeNumber: string | null;
}
interface Paging {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}
type Bilingual = { id: string; en: string };

/** GET /ppid/requests?view=&q=&year=&page=&pageSize= (q: part of the number or the requester's name). */
export interface RequestDeskResponse {
  data: RequestDeskRow[];
  /** The page, and `counts`: the requests in each view for the same search (`q`, `year`), shown on the view buttons. */
  meta: { pagination: Paging; counts: Record<RequestDeskView, number> };
}

/**
 * POST /ppid/requests: a request registered at the desk (walk-in, letter, e-mail). JSON, or
 * multipart with `data` (this, as JSON) and `files.identityDocument`. Empty optional fields are
 * left out; a phone number or an e-mail address is required (e-mail when delivered by e-mail).
 */
export interface RequestRegistrationInput {
  channel: Exclude<RequestChannel, 'website'>;
  /** When it was received (ISO instant, at most 30 days ago); the server's now when absent. */
  receivedAt?: string;
  requesterKind: RequesterKind;
  requesterName: string;
  /** Whom a kuasa acts for, or the badan hukum's name; required for those two kinds. */
  onBehalfOf?: string;
  identityKind: IdentityKind;
  identityNumber: string;
  address: string;
  phone?: string;
  email?: string;
  occupation?: string;
  informationRequested: string;
  purpose: string;
  informationForm: InformationForm;
  deliveryMethod: DeliveryMethod;
}
/** The answer (201) of POST /ppid/requests and POST /ppid/requests/:documentId/objections. */
export interface RegisteredResponse {
  data: { documentId: string; registrationNumber: string; dueOn: string; dueAt: string };
}

/** A request's answer clock on the panel (server requests/desk.ts `deskClock`). */
export interface RequestClockView {
  receivedAt: string;
  /** The local day of receipt (the first counted day is the next working day). */
  receivedOn: string;
  dueOn: string;
  dueAt: string;
  extended: boolean;
  extensionDays: number;
  extensionReason: string | null;
  extendedAt: string | null;
  extendedBy: string | null;
  /** Working days left (0 on the last day, negative when overdue; null once answered or closed). */
  workingDaysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
  answered: boolean;
  /** Whether the answer (the PPID's signature) came in time; null while unanswered. */
  onTime: boolean | null;
}

/** An objection as the request panel lists it. */
export interface ObjectionBrief {
  documentId: string;
  registrationNumber: string;
  state: ObjectionState;
  filedAt: string | null;
  dueOn: string | null;
  decision: ObjectionDecision | null;
  decidedAt: string | null;
}

/** One objection as the objections list shows it (GET /ppid/objections). */
export interface ObjectionDeskRow extends ObjectionBrief {
  request: { documentId: string; registrationNumber: string; requesterName: string } | null;
  grounds: ObjectionGround[];
  dueAt: string;
  overdue: boolean;
  /** A dispute at the Komisi Informasi is recorded. */
  disputed: boolean;
}
/**
 * GET /ppid/objections?state=&q=&page=&pageSize= (q: part of the objection's number, its request's
 * number or the requester's name; at most 100 characters).
 */
export interface ObjectionListResponse {
  data: ObjectionDeskRow[];
  /** The page, and `counts`: the objections in each state and in all (`all`) for the same search. */
  meta: { pagination: Paging; counts: Record<ObjectionState | 'all', number> };
}

/** GET /ppid/requests/:documentId: the request panel (handlers only: identity data included). */
export interface RequestDetail {
  documentId: string;
  registrationNumber: string;
  year: number;
  channel: RequestChannel;
  unit: RequestUnitOption | null;
  requester: {
    kind: RequesterKind;
    name: string;
    onBehalfOf: string | null;
    identityKind: IdentityKind;
    /** Null once erased after the retention period (`erasedAt`). */
    identityNumber: string | null;
    /** The identity document in the private store (download: ADMIN_ROUTES.requestIdentityDocument); null when none or erased. */
    identityDocument: { name: string; mime: string; size: number } | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    occupation: string | null;
    erasedAt: string | null;
  };
  informationRequested: string;
  purpose: string;
  informationForm: InformationForm;
  deliveryMethod: DeliveryMethod;
  state: RequestState;
  clock: RequestClockView;
  completeness: { missingItems: string | null; completeBy: string | null };
  holderUnit: RequestUnitOption | null;
  notice: {
    outcome: NoticeOutcome | null;
    noticeNumber: string | null;
    noticeBody: string | null;
    refusalArticle: string | null;
    exclusion: RequestExclusionOption | null;
    referralBody: string | null;
    fee: number | null;
    /** What the notice still lacks before it can go to signature. */
    problems: { problem: string; path: string; message: Bilingual }[];
    signedAt: string | null;
    deliveredAt: string | null;
  };
  /** The item's workflow view (GET /ppid/workflow/items/info-request/:documentId), or null before it starts. */
  workflow: unknown;
  objections: ObjectionBrief[];
  /** Which letters can be printed now. */
  letters: Record<RequestLetter, boolean>;
  /**
   * The pickers' choices, given to whoever handles the request (a Staf PPID may read neither the
   * organisation nor the excluded-information register): `units`, the active units of the request's
   * public body that a request may be sent to (disposisi); `exclusions`, the entries of that body's
   * list of excluded information in force (enacted, not re-opened, within their exclusion period)
   * that a refusal may cite. The server refuses any other (400 naming the field).
   */
  choices: { units: RequestUnitOption[]; exclusions: RequestExclusionOption[] };
}
export interface RequestDetailResponse {
  data: RequestDetail;
}

/** PUT /ppid/requests/:documentId/missing-items: what the requester must still provide. */
export interface MissingItemsInput {
  missingItems: string;
}
/** PUT /ppid/requests/:documentId/disposition: the unit holding the information. */
export interface DispositionInput {
  holderUnitId: number;
}
/**
 * PUT /ppid/requests/:documentId/notice: the written notice. A refusal requires `refusalArticle`
 * (Pasal 17 letter) and `exclusionDocumentId` (one of the detail's `choices.exclusions`, of the same letter);
 * `held_elsewhere` requires `referralBody`; `granted_part` a `noticeBody` saying what is withheld.
 */
export interface NoticeInput {
  outcome: NoticeOutcome;
  noticeNumber?: string;
  noticeBody?: string;
  refusalArticle?: string;
  exclusionDocumentId?: string;
  referralBody?: string;
  /** Rupiah; absent when free. */
  fee?: number;
}
/** POST /ppid/requests/:documentId/extension: once, 1-7 working days, with its reason (Pasal 22 ayat 8). */
export interface ExtensionInput {
  days: number;
  reason: string;
}
/** POST /ppid/requests/:documentId/objections: an objection registered at the desk (channel walk-in). */
export interface ObjectionRegistrationInput {
  grounds: ObjectionGround[];
  reasons: string;
}

/** GET /ppid/objections/:documentId: the objection panel. */
export interface ObjectionDetail extends ObjectionDeskRow {
  channel: RequestChannel;
  reasons: string;
  unit: RequestUnitOption | null;
  ppidResponse: string | null;
  decisionNumber: string | null;
  decisionBody: string | null;
  decidedBy: string | null;
  decidedOnTime: boolean | null;
  deliveredAt: string | null;
  dispute: { disputeNumber: string; disputeFiledOn: string | null; disputeRulingSummary: string | null; recordedAt: string | null } | null;
  workflow: unknown;
  letters: Record<ObjectionLetter, boolean>;
}
export interface ObjectionDetailResponse {
  data: ObjectionDetail;
}
/** PUT /ppid/objections/:documentId/response: the PPID's response (tanggapan). */
export interface ObjectionResponseInput {
  ppidResponse: string;
}
/** PUT /ppid/objections/:documentId/decision: the Atasan PPID's written decision (403 for anyone else). */
export interface ObjectionDecisionInput {
  decision: ObjectionDecision;
  decisionNumber?: string;
  decisionBody: string;
}
/** POST /ppid/objections/:documentId/dispute: the dispute at the Komisi Informasi (after the decision or a lapsed deadline). */
export interface DisputeInput {
  disputeNumber: string;
  disputeFiledOn: string;
  disputeRulingSummary?: string;
}

/** GET /ppid/reports/service/:year: the annual report's figures (server requests/report.ts `serviceReport`). */
export interface ServiceReportFigures {
  year: number;
  requests: {
    total: number;
    /** Twelve counts, January first. */
    byMonth: number[];
    byChannel: Record<RequestChannel, number>;
    byOutcome: Record<NoticeOutcome, number>;
    /** Refusals by Pasal 17 letter (a-j). */
    refusalsByArticle: Record<string, number>;
    pending: number;
    closedIncomplete: number;
    extended: number;
    onTime: number;
    late: number;
    onTimeRate: number | null;
    averageWorkingDays: number | null;
  };
  objections: {
    total: number;
    byGround: Record<ObjectionGround, number>;
    byDecision: Record<ObjectionDecision, number>;
    pending: number;
    disputes: number;
  };
}
export interface ServiceReportResponse {
  data: ServiceReportFigures;
}
