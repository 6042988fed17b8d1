/**
 * The content types a workflow can carry, and how the engine reads each: where its unit is, its
 * title, how it is "published" (draft & publish, or a state field), what counts as proof.
 */
import { createHash } from 'crypto';
import { ONLINE_CHANNELS, OFFLINE_CHANNELS } from '../domain/constants';
import { canonicalJson } from '../dip/snapshot';
import { uid } from '../content-types/builders';
import { WORKFLOW_SUBJECTS, type WorkflowSubject } from '../content-types/workflow';
import { backlogStateAt, BACKLOG_FIELD_LABELS, BACKLOG_STEP_RECORDS, type StepRecord } from '../website/backlog';
import { planStateAt } from '../website/plan';
import type { WorkflowDefinition } from './definition';
import { objectionStateAt, requestStateAt } from './templates-requests';
import type { Proof, Text } from './rules';

export interface SubjectSpec {
  type: WorkflowSubject;
  uid: string;
  unitField: string;
  /**
   * The fields that decide who acts and which path applies (unit, class): fixed once review has
   * started; changing one sends the item back to the start of its workflow, with a log row.
   */
  determinants: string[];
  draftAndPublish: boolean;
  /**
   * Non draft & publish types are "published" by the engine setting `field` to `value` (and `by`,
   * `at` to who and when: `at` a local date when `atDate`); a new round sets it back to `initial`
   * and clears `by` and `at`.
   */
  publishState?: { field: string; gated: string[]; value: string; initial: string; by?: string; at?: string; atDate?: boolean };
  /** The value of `publishState.field` the engine writes at each stage (unset: only on publication). */
  stageState?: (def: WorkflowDefinition, stageKey: string) => string;
  /** Where the engine records a `receipt` edge (tanda terima): who took it and when. */
  receipt?: { by: string; at: string };
  /** What a transition (by key) records on the item's related records: who and when (website/backlog.ts). */
  stepRecords?: Record<string, StepRecord[]>;
  /** How refusals name the fields a transition `requires`. */
  fieldLabels?: Record<string, Text>;
  /**
   * Fields the head's signature writes (decree number, signing date, signer, upload proofs): not
   * what the reviewers approved, so they are left out of the content hash.
   */
  signatureFields?: string[];
  /** Proof of publication the publish step can count. */
  proof: (row: Record<string, any>, records: { channel: string }[]) => Proof;
}

export const SUBJECTS: Record<WorkflowSubject, SubjectSpec> = {
  announcement: {
    type: 'announcement',
    uid: uid('announcement'),
    unitField: 'unit',
    determinants: ['unit', 'infoClass'],
    draftAndPublish: true,
    proof: (_row, records) => ({
      online: records.filter((r) => ONLINE_CHANNELS.includes(r.channel as any)).length,
      offline: records.filter((r) => OFFLINE_CHANNELS.includes(r.channel as any)).length,
    }),
  },
  'dip-entry': {
    type: 'dip-entry',
    uid: uid('dip-entry'),
    unitField: 'holderUnit',
    determinants: ['holderUnit', 'infoClass'],
    draftAndPublish: true,
    // The uploaded document (or its link) is the proof that it was documented online.
    proof: (row) => ({ online: row.documentUrl || row.document ? 1 : 0, offline: 0 }),
  },
  'content-plan': {
    type: 'content-plan',
    uid: uid('content-plan'),
    unitField: 'unit',
    determinants: ['unit'],
    draftAndPublish: false,
    // Web SOP A1: "signed" from the Koordinator's signature (a receipt edge: who and when), "submitted"
    // with who and when once the Sub Koordinator has handed it to the head (the publish step).
    publishState: { field: 'state', gated: ['signed', 'submitted'], value: 'submitted', initial: 'draft', by: 'submittedToHeadBy', at: 'submittedToHeadAt' },
    stageState: planStateAt,
    receipt: { by: 'signedBy', at: 'signedAt' },
    // The signed table handed to the head is the offline proof.
    proof: (row) => ({ online: 0, offline: row.signedDocument ? 1 : 0 }),
  },
  'backlog-item': {
    type: 'backlog-item',
    uid: uid('backlog-item'),
    unitField: 'unit',
    determinants: ['unit'],
    draftAndPublish: false,
    // Web SOP B: the engine writes the state at every stage, "done" with who and when at the end.
    publishState: { field: 'state', gated: ['done'], value: 'done', initial: 'proposed', by: 'resolvedBy', at: 'resolvedAt' },
    stageState: backlogStateAt,
    receipt: { by: 'receivedBy', at: 'receivedAt' },
    fieldLabels: BACKLOG_FIELD_LABELS,
    stepRecords: BACKLOG_STEP_RECORDS,
    // The Koordinator's online check is the proof: nothing to count.
    proof: () => ({ online: 0, offline: 0 }),
  },
  // The year's DIP as a list (issue 9 point 1): enacted by the head's signature (a `signs` edge),
  // which the edition rules turn into the snapshot; an enacted edition never changes again.
  'dip-edition': {
    type: 'dip-edition',
    uid: uid('dip-edition'),
    unitField: 'agency',
    determinants: ['agency'],
    draftAndPublish: false,
    publishState: { field: 'state', gated: ['enacted', 'superseded'], value: 'enacted', initial: 'draft' },
    signatureFields: ['decreeNumber', 'signedAt', 'signedBy', 'signerName', 'signerTitle', 'signerNip', 'signedDocument', 'documentationUrl', 'websiteUrl'],
    fieldLabels: {
      unitSubmissions: { id: 'usulan setiap unit (semua harus sudah diterima pada pemeriksaan)', en: "every unit's submission (all accepted at the check)" },
      documentationUrl: { id: 'bukti unggah ke sistem dokumentasi', en: 'the proof of the upload to the documentation system' },
      websiteUrl: { id: 'bukti unggah ke website', en: 'the proof of the upload to the website' },
    },
    // SOP 003: the upload to the documentation system and to the website, a proof each.
    proof: (row) => ({ online: (row.documentationUrl ? 1 : 0) + (row.websiteUrl ? 1 : 0), offline: 0 }),
  },
  'dip-submission': {
    type: 'dip-submission',
    uid: uid('dip-submission'),
    unitField: 'unit',
    determinants: ['unit'],
    draftAndPublish: false,
    publishState: { field: 'state', gated: ['accepted'], value: 'accepted', initial: 'filling', by: 'checkedBy', at: 'checkedAt' },
    proof: () => ({ online: 0, offline: 0 }),
  },
  'exclusion-list': {
    type: 'exclusion-list',
    uid: uid('exclusion-list'),
    unitField: 'agency',
    determinants: ['agency'],
    draftAndPublish: false,
    publishState: { field: 'state', gated: ['signed'], value: 'signed', initial: 'draft' },
    signatureFields: ['decreeNumber', 'signedAt', 'signedBy', 'signerName', 'signerTitle', 'signerNip', 'signedDocument'],
    // The signed list kept as the archive is the (offline) record.
    proof: () => ({ online: 0, offline: 0 }),
  },
  // Issue 14: the information service. The PPID's signature of the written notice is the answer's
  // time (a receipt edge); the delivery is the "publication" (nothing public: proof is the delivery).
  'info-request': {
    type: 'info-request',
    uid: uid('info-request'),
    unitField: 'unit',
    determinants: ['unit'],
    draftAndPublish: false,
    publishState: { field: 'state', gated: ['delivered'], value: 'delivered', initial: 'registered', by: 'deliveredBy', at: 'deliveredAt' },
    stageState: requestStateAt,
    receipt: { by: 'signedBy', at: 'signedAt' },
    // Recorded by the desk's clock after a step (on time, the completeness window), not what the PPID signs.
    signatureFields: ['answeredOnTime', 'lateRecordedAt', 'completeBy', 'closedAt', 'identityErasedAt', 'deliveredAt', 'deliveredBy'],
    fieldLabels: {
      missingItems: { id: 'kekurangan yang harus dilengkapi pemohon', en: 'what the requester must still provide' },
      holderUnit: { id: 'unit yang menguasai informasi (disposisi)', en: 'the unit holding the information (disposisi)' },
      notice: { id: 'isi pemberitahuan tertulis (keputusan, dan pasal pengecualian atau badan publik rujukan bila perlu)', en: 'the written notice (its outcome, and the Pasal 17 letter or the referral body where needed)' },
    },
    proof: () => ({ online: 0, offline: 0 }),
  },
  objection: {
    type: 'objection',
    uid: uid('objection'),
    unitField: 'unit',
    determinants: ['unit'],
    draftAndPublish: false,
    publishState: { field: 'state', gated: ['decided'], value: 'decided', initial: 'registered', at: 'deliveredAt' },
    stageState: objectionStateAt,
    receipt: { by: 'decidedBy', at: 'decidedAt' },
    // Recorded after the decision (on time, the dispute at the Komisi Informasi), not what the Atasan PPID decided.
    signatureFields: ['decidedOnTime', 'disputeNumber', 'disputeFiledOn', 'disputeRuling', 'disputeRulingSummary', 'disputeRecordedAt'],
    fieldLabels: {
      ppidResponse: { id: 'tanggapan PPID atas keberatan', en: "the PPID's response to the objection" },
      decision: { id: 'keputusan Atasan PPID', en: "the Atasan PPID's decision" },
      decisionBody: { id: 'pertimbangan keputusan', en: 'the grounds of the decision' },
    },
    proof: () => ({ online: 0, offline: 0 }),
  },
};

/**
 * The fields the engine itself writes on an item (its state, who published or signed and when, the
 * receipt): not content, so they never count as a change after approval.
 */
export const engineFields = (spec: SubjectSpec): Set<string> =>
  new Set([spec.publishState?.field, spec.publishState?.by, spec.publishState?.at, spec.receipt?.by, spec.receipt?.at].filter((f): f is string => !!f));

export const subjectByUid = (modelUid: string): SubjectSpec | undefined =>
  WORKFLOW_SUBJECTS.map((t) => SUBJECTS[t]).find((s) => s.uid === modelUid);

export const isSubjectType = (type: string): type is WorkflowSubject => (WORKFLOW_SUBJECTS as readonly string[]).includes(type);

const NOT_CONTENT = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

type FileRef = { id?: number; hash?: string; size?: number | string; mime?: string; url?: string };
const fileKey = (f: FileRef) => ({ id: f.id ?? null, hash: f.hash ?? null, size: f.size === undefined ? null : Number(f.size), mime: f.mime ?? null, url: f.url ?? null });

/**
 * SHA-256 of what a reviewer approves: every plain field of the draft (text, numbers, dates,
 * enumerations, JSON) in canonical form, and the files attached to it (each by id, stored hash,
 * size, type and URL: a replaced or swapped file changes the hash) when the row carries its media
 * fields (the engine always loads them). Relations are left out (they are records of their own);
 * timestamps too, so saving the same content twice gives the same hash.
 */
export function contentHash(attributes: Record<string, { type: string }>, row: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): string {
  const plain: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(attributes)) {
    if (skip.has(name)) continue;
    if (attr.type === 'media' && row[name] !== undefined) {
      const value = row[name] as FileRef | FileRef[] | null;
      plain[name] = value === null ? null : Array.isArray(value) ? value.map(fileKey) : fileKey(value);
      continue;
    }
    if (NOT_CONTENT.has(name) || ['relation', 'media', 'component', 'dynamiczone'].includes(attr.type)) continue;
    const value = row[name];
    plain[name] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return createHash('sha256').update(canonicalJson(plain)).digest('hex');
}
