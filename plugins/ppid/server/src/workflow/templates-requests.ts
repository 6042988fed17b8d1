/**
 * The information service on the workflow engine (issue 14): a request for information from its
 * registration to the delivery of the written notice, and an objection to the Atasan PPID's written
 * decision. Perki 1/2021 (Standar Layanan Informasi Publik) Pasal 4-17 and Pasal 35-41, UU 14/2008
 * Pasal 21-22 and 35-36. The legal deadlines (10 + 7 working days; 30 working days for an objection)
 * are the request's own clock (requests/deadlines.ts); the stages' time standards are the desk's
 * internal service levels inside it.
 */
import type { RequestState, ObjectionState } from '../../../shared/requests';
import type { WorkflowDefinition } from './definition';
import { stage, transitionsWith } from './template-kit';

const t = transitionsWith({ proofRequired: false });

const SERVICE_SOP = {
  issuer: 'Pejabat Pengelola Informasi dan Dokumentasi (PPID)',
  legalBasis: [
    'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU Nomor 14 Tahun 2008',
    'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik',
  ],
};

/**
 * A request: the desk registers it (or the website form does) and gives the receipt; the PPID
 * Pelaksana checks it is complete (an incomplete one waits for the requester for a bounded window,
 * then is closed with a notice, never silently); the PPID sends it to the unit holding the
 * information (disposisi, `holderUnit`); the written notice is prepared (`outcome` and what the
 * outcome needs) and signed by the PPID (the answer's time, a `receipt` edge: `signedBy`/`signedAt`);
 * the desk delivers it.
 */
export const requestService: WorkflowDefinition = {
  key: 'layanan-permohonan-informasi',
  version: 1,
  name: { id: 'Pelayanan permohonan informasi publik', en: 'Serving a request for public information' },
  contentType: 'info-request',
  sop: { number: 'Perki 1/2021 Pasal 4-17', title: 'Pelayanan Permohonan Informasi Publik', ...SERVICE_SOP },
  initialStage: 'registration',
  stages: [
    stage('registration', 'Registrasi permohonan', 'Registering the request', { actor: 'ppid_pelaksana', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Tanda bukti penerimaan permohonan' }),
    stage('completeness', 'Pemeriksaan kelengkapan', 'Checking completeness', { actor: 'ppid_pelaksana', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Permohonan yang lengkap' }),
    stage('awaiting_completion', 'Menunggu kelengkapan dari pemohon', 'Waiting for the requester to complete it', { actor: 'ppid_pelaksana', kind: 'work', output: 'Kelengkapan permohonan' }),
    stage('disposition', 'Disposisi ke unit pengelola informasi', 'Sending to the unit holding the information', { actor: 'ppid_utama', kind: 'work', timeStandard: { amount: 1, unit: 'days' }, output: 'Disposisi' }),
    stage('answering', 'Penyiapan pemberitahuan tertulis', 'Preparing the written notice', { actor: 'ppid_pelaksana', kind: 'work', timeStandard: { amount: 5, unit: 'days' }, output: 'Konsep pemberitahuan tertulis' }),
    stage('signing', 'Penandatanganan oleh PPID', 'Signature by the PPID', { actor: 'ppid_utama', kind: 'review', timeStandard: { amount: 1, unit: 'days' }, output: 'Pemberitahuan tertulis yang ditandatangani' }),
    stage('delivery', 'Penyampaian kepada pemohon', 'Delivery to the requester', { actor: 'ppid_pelaksana', kind: 'publishing', timeStandard: { amount: 1, unit: 'days' }, output: 'Informasi dan pemberitahuan tertulis diterima pemohon' }),
    stage('delivered', 'Selesai', 'Done', { kind: 'published' }),
    stage('closed', 'Ditutup (tidak dilengkapi)', 'Closed (never completed)', { kind: 'cancelled' }),
  ],
  transitions: [
    t('registration', 'completeness', 'forward', 'Periksa kelengkapan', 'Check completeness'),
    t('completeness', 'disposition', 'forward', 'Lengkap: teruskan ke PPID', 'Complete: on to the PPID'),
    t('completeness', 'awaiting_completion', 'return', 'Minta kelengkapan kepada pemohon', 'Ask the requester to complete it', { requires: ['missingItems'] }),
    t('awaiting_completion', 'completeness', 'forward', 'Kelengkapan diterima', 'Completion received'),
    t('awaiting_completion', 'closed', 'cancel', 'Tutup: tidak dilengkapi', 'Close: never completed'),
    t('disposition', 'answering', 'forward', 'Disposisikan ke unit', 'Send to the unit', { requires: ['holderUnit'] }),
    t('answering', 'signing', 'forward', 'Ajukan pemberitahuan tertulis', 'Submit the written notice', { requires: ['notice'] }),
    t('signing', 'answering', 'return', 'Kembalikan untuk diperbaiki', 'Return for correction'),
    t('signing', 'delivery', 'forward', 'Tandatangani', 'Sign', { receipt: true }),
    t('delivery', 'delivered', 'publish', 'Sampaikan kepada pemohon', 'Deliver to the requester'),
  ],
};

/**
 * An objection: registered (from the tracking page or at the desk, with the receipt), the PPID's
 * response to it, the Atasan PPID's written decision (`decision`, a `receipt` edge:
 * `decidedBy`/`decidedAt`), delivered to the requester. The requester may withdraw it.
 */
export const objectionService: WorkflowDefinition = {
  key: 'layanan-keberatan',
  version: 1,
  name: { id: 'Penyelesaian keberatan atas layanan informasi', en: 'Deciding an objection' },
  contentType: 'objection',
  sop: { number: 'Perki 1/2021 Pasal 35-41', title: 'Pengajuan dan Penyelesaian Keberatan', ...SERVICE_SOP },
  initialStage: 'registration',
  stages: [
    stage('registration', 'Registrasi keberatan', 'Registering the objection', { actor: 'ppid_pelaksana', kind: 'work', authoring: true, timeStandard: { amount: 1, unit: 'days' }, output: 'Tanda bukti penerimaan keberatan' }),
    stage('examination', 'Tanggapan PPID atas keberatan', "The PPID's response", { actor: 'ppid_utama', kind: 'work', timeStandard: { amount: 10, unit: 'days' }, output: 'Tanggapan tertulis PPID' }),
    stage('decision', 'Keputusan Atasan PPID', 'Decision by the Atasan PPID', { actor: 'kepala', kind: 'review', timeStandard: { amount: 10, unit: 'days' }, output: 'Tanggapan tertulis Atasan PPID' }),
    stage('delivery', 'Penyampaian keputusan kepada pemohon', 'Delivering the decision', { actor: 'ppid_pelaksana', kind: 'publishing', timeStandard: { amount: 1, unit: 'days' }, output: 'Keputusan diterima pemohon' }),
    stage('decided', 'Diputus', 'Decided', { kind: 'published' }),
    stage('withdrawn', 'Dicabut', 'Withdrawn', { kind: 'cancelled' }),
  ],
  transitions: [
    t('registration', 'examination', 'forward', 'Teruskan ke PPID', 'On to the PPID'),
    t('registration', 'withdrawn', 'cancel', 'Dicabut pemohon', 'Withdrawn by the requester'),
    t('examination', 'decision', 'forward', 'Sampaikan ke Atasan PPID', 'Send to the Atasan PPID', { requires: ['ppidResponse'] }),
    t('examination', 'withdrawn', 'cancel', 'Dicabut pemohon', 'Withdrawn by the requester'),
    t('decision', 'examination', 'return', 'Kembalikan ke PPID', 'Return to the PPID'),
    t('decision', 'delivery', 'forward', 'Tetapkan keputusan', 'Enact the decision', { requires: ['decision', 'decisionBody'], receipt: true }),
    t('delivery', 'decided', 'publish', 'Sampaikan kepada pemohon', 'Deliver to the requester'),
  ],
};

export const REQUEST_TEMPLATES: WorkflowDefinition[] = [requestService, objectionService];

const REQUEST_STATE_AT: Record<string, RequestState> = {
  registration: 'registered',
  completeness: 'checking',
  awaiting_completion: 'incomplete',
  disposition: 'checking',
  answering: 'assigned',
  signing: 'signing',
  delivery: 'delivering',
};

/** The request's `state` at a stage: by the template's stage keys, else by the stage's kind (an agency's own flow). */
export function requestStateAt(def: WorkflowDefinition, stageKey: string): RequestState {
  const kind = def.stages.find((s) => s.key === stageKey)?.kind;
  if (kind === 'published') return 'delivered';
  if (kind === 'cancelled') return 'closed';
  if (REQUEST_STATE_AT[stageKey]) return REQUEST_STATE_AT[stageKey];
  if (kind === 'publishing') return 'delivering';
  if (kind === 'review') return 'signing';
  return 'assigned';
}

const OBJECTION_STATE_AT: Record<string, ObjectionState> = { registration: 'registered', examination: 'examining', decision: 'deciding', delivery: 'delivering' };

export function objectionStateAt(def: WorkflowDefinition, stageKey: string): ObjectionState {
  const kind = def.stages.find((s) => s.key === stageKey)?.kind;
  if (kind === 'published') return 'decided';
  if (kind === 'cancelled') return 'withdrawn';
  if (OBJECTION_STATE_AT[stageKey]) return OBJECTION_STATE_AT[stageKey];
  if (kind === 'publishing') return 'delivering';
  if (kind === 'review') return 'deciding';
  return 'examining';
}
