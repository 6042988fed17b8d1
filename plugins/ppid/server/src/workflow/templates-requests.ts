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
import { back, cancel, days, final, flowWith, forward, publish, publishing, review, work } from './template-kit';
import { PERKI_2021, PP_61, UU_KIP } from './templates-sops';

const flow = flowWith({ proofRequired: false });

const SERVICE_SOP = { issuer: 'Pejabat Pengelola Informasi dan Dokumentasi (PPID)', legalBasis: [UU_KIP, PP_61, PERKI_2021] };

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
  ...flow(
    work('registration', 'Registrasi permohonan', 'Registering the request', { actor: 'ppid_pelaksana', authoring: true, time: days(1), output: 'Tanda bukti penerimaan permohonan' },
      forward('completeness', 'Periksa kelengkapan', 'Check completeness')),
    work('completeness', 'Pemeriksaan kelengkapan', 'Checking completeness', { actor: 'ppid_pelaksana', time: days(1), output: 'Permohonan yang lengkap' },
      forward('disposition', 'Lengkap: teruskan ke PPID', 'Complete: on to the PPID'),
      back('awaiting_completion', 'Minta kelengkapan kepada pemohon', 'Ask the requester to complete it', { requires: ['missingItems'] })),
    work('awaiting_completion', 'Menunggu kelengkapan dari pemohon', 'Waiting for the requester to complete it', { actor: 'ppid_pelaksana', output: 'Kelengkapan permohonan' },
      forward('completeness', 'Kelengkapan diterima', 'Completion received'),
      cancel('closed', 'Tutup: tidak dilengkapi', 'Close: never completed')),
    work('disposition', 'Disposisi ke unit pengelola informasi', 'Sending to the unit holding the information', { actor: 'ppid_utama', time: days(1), output: 'Disposisi' },
      forward('answering', 'Disposisikan ke unit', 'Send to the unit', { requires: ['holderUnit'] })),
    work('answering', 'Penyiapan pemberitahuan tertulis', 'Preparing the written notice', { actor: 'ppid_pelaksana', time: days(5), output: 'Konsep pemberitahuan tertulis' },
      forward('signing', 'Ajukan pemberitahuan tertulis', 'Submit the written notice', { requires: ['notice'] })),
    review('signing', 'Penandatanganan oleh PPID', 'Signature by the PPID', { actor: 'ppid_utama', time: days(1), output: 'Pemberitahuan tertulis yang ditandatangani' },
      back('answering', 'Kembalikan untuk diperbaiki', 'Return for correction'),
      forward('delivery', 'Tandatangani', 'Sign', { receipt: true })),
    publishing('delivery', 'Penyampaian kepada pemohon', 'Delivery to the requester', { actor: 'ppid_pelaksana', time: days(1), output: 'Informasi dan pemberitahuan tertulis diterima pemohon' },
      publish('delivered', 'Sampaikan kepada pemohon', 'Deliver to the requester')),
    final('delivered', 'Selesai', 'Done'),
    final('closed', 'Ditutup (tidak dilengkapi)', 'Closed (never completed)', 'cancelled'),
  ),
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
  ...flow(
    work('registration', 'Registrasi keberatan', 'Registering the objection', { actor: 'ppid_pelaksana', authoring: true, time: days(1), output: 'Tanda bukti penerimaan keberatan' },
      forward('examination', 'Teruskan ke PPID', 'On to the PPID'),
      cancel('withdrawn', 'Dicabut pemohon', 'Withdrawn by the requester')),
    work('examination', 'Tanggapan PPID atas keberatan', "The PPID's response", { actor: 'ppid_utama', time: days(10), output: 'Tanggapan tertulis PPID' },
      forward('decision', 'Sampaikan ke Atasan PPID', 'Send to the Atasan PPID', { requires: ['ppidResponse'] }),
      cancel('withdrawn', 'Dicabut pemohon', 'Withdrawn by the requester')),
    review('decision', 'Keputusan Atasan PPID', 'Decision by the Atasan PPID', { actor: 'kepala', time: days(10), output: 'Tanggapan tertulis Atasan PPID' },
      back('examination', 'Kembalikan ke PPID', 'Return to the PPID'),
      forward('delivery', 'Tetapkan keputusan', 'Enact the decision', { requires: ['decision', 'decisionBody'], receipt: true })),
    publishing('delivery', 'Penyampaian keputusan kepada pemohon', 'Delivering the decision', { actor: 'ppid_pelaksana', time: days(1), output: 'Keputusan diterima pemohon' },
      publish('decided', 'Sampaikan kepada pemohon', 'Deliver to the requester')),
    final('decided', 'Diputus', 'Decided'),
    final('withdrawn', 'Dicabut', 'Withdrawn', 'cancelled'),
  ),
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
