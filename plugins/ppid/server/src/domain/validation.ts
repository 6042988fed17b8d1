import { isDeepStrictEqual } from 'util';

/**
 * Cross-field rules that a schema cannot express. Pure functions over plain data: each returns the
 * list of problems (path + message) so that the caller can refuse the write with one 400.
 */
export type Problem = { path: string[]; message: string };
type Data = Record<string, any>;

const dayOf = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v.slice(0, 10);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return null;
};

const notBefore = (data: Data, later: string, earlier: string, message: string): Problem[] => {
  const a = dayOf(data[earlier]);
  const b = dayOf(data[later]);
  return a && b && b < a ? [{ path: [later], message }] : [];
};

const isHttpUrl = (v: unknown) => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** True when a relation value in a write (id, documentId, {connect|set: [...]}) names something. */
export function hasRelation(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === null) return false;
  if (typeof value === 'number' || typeof value === 'string') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const v = value as Data;
    if (Array.isArray(v.set)) return v.set.length > 0;
    if (Array.isArray(v.connect) && v.connect.length > 0) return true;
    if (Array.isArray(v.disconnect) && v.disconnect.length > 0) return false;
    if ('id' in v || 'documentId' in v) return true;
  }
  return undefined;
}

/**
 * The record a relation value in a write points at: its documentId or id, whether written as a
 * bare value, `{ id }`, `{ documentId }`, a list, or `{ connect | set: [...] }`; null when it names
 * nothing. For a list (several records) it is the first one.
 */
export function relationKey(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value !== 'object') return null;
  if (Array.isArray(value)) return value.length > 0 ? relationKey(value[0]) : null;
  const v = value as Data;
  if (Array.isArray(v.set)) return v.set.length > 0 ? relationKey(v.set[0]) : null;
  if (Array.isArray(v.connect) && v.connect.length > 0) return relationKey(v.connect[0]);
  if ('connect' in v || 'disconnect' in v || 'set' in v) return null;
  const key = v.documentId ?? v.id;
  return typeof key === 'string' || typeof key === 'number' ? key : null;
}

export const rules: Record<string, (data: Data) => Problem[]> = {
  'position-assignment': (d) =>
    notBefore(d, 'endsOn', 'startsOn', 'The assignment cannot end before it starts'),

  'publication-record': (d) => {
    const problems: Problem[] = [];
    if (d.url !== undefined && d.url !== null && d.url !== '' && !isHttpUrl(d.url)) {
      problems.push({ path: ['url'], message: 'The proof URL must be an http(s) address' });
    }
    const hasUrl = typeof d.url === 'string' && d.url !== '';
    if (!hasUrl && hasRelation(d.proofFile) !== true) {
      problems.push({ path: ['url'], message: 'A publication record needs proof: an uploaded file, a URL, or both' });
    }
    return problems;
  },

  exclusion: (d) => [
    ...notBefore(d, 'exclusionEndsOn', 'testedOn', 'The exclusion period cannot end before the consequence test'),
    ...notBefore(d, 'reopenedOn', 'testedOn', 'Information cannot be re-opened before it was tested'),
  ],

  'dip-entry': (d) => {
    const problems: Problem[] = [];
    if (d.documentUrl && !isHttpUrl(d.documentUrl)) {
      problems.push({ path: ['documentUrl'], message: 'The document URL must be an http(s) address' });
    }
    if (d.infoClass === 'dikecualikan' && hasRelation(d.exclusion) !== true) {
      problems.push({ path: ['exclusion'], message: 'Excluded information must link its consequence test (excluded-information record)' });
    }
    if (d.infoClass !== undefined && d.infoClass !== 'dikecualikan' && hasRelation(d.exclusion) === true) {
      problems.push({ path: ['exclusion'], message: 'Only entries of class "dikecualikan" link an excluded-information record' });
    }
    return problems;
  },

  announcement: (d) =>
    d.infoClass !== undefined && d.infoClass !== 'berkala' && hasRelation(d.berkalaCategory) === true
      ? [{ path: ['berkalaCategory'], message: 'Only berkala announcements have a berkala category' }]
      : [],

  'content-plan': (d) =>
    d.state && d.state !== 'draft' && (!d.signedAt || hasRelation(d.signedBy) !== true)
      ? [{ path: ['signedAt'], message: 'A signed or submitted content plan needs the signing date and the Koordinator who signed it' }]
      : [],

  'update-request': (d) =>
    d.presentedAt && !d.presentationMode
      ? [{ path: ['presentationMode'], message: 'Say whether the draft was presented online or offline' }]
      : [],

  evaluation: (d) => notBefore(d, 'periodEnd', 'periodStart', 'The evaluation period cannot end before it starts'),

  'dip-edition': (d) =>
    d.state === 'enacted'
      ? (['decreeNumber', 'signedAt', 'signerName'] as const)
          .filter((f) => !d[f])
          .map((f) => ({ path: [f], message: `An enacted DIP edition needs "${f}"` }))
      : [],
};

/** How one write changes a unit's place in the tree: its parent, and the units it takes as children. */
export type UnitTreeChange = {
  /** The unit written (a new unit gets an id that no stored unit has). */
  selfId: number;
  /** Its parent after the write (null: a root); undefined when the write leaves it. */
  parentId?: number | null;
  /** Its `children` edit, as ids: `set` replaces them, `connect`/`disconnect` add and remove. */
  children?: { set?: number[]; connect: number[]; disconnect: number[] };
};

/**
 * Does the unit hierarchy stay a tree after the write? A unit must not end up below itself,
 * whether the write names a new parent or takes one of its own ancestors as a child.
 */
export function unitTreeAfter(units: { id: number; parentId: number | null }[], change: UnitTreeChange): { cycle: boolean } {
  const parent = new Map<number, number | null>(units.map((u) => [u.id, u.parentId]));
  if (!parent.has(change.selfId)) parent.set(change.selfId, null);
  if (change.parentId !== undefined) parent.set(change.selfId, change.parentId);
  const kids = change.children;
  if (kids) {
    if (kids.set) {
      for (const [id, p] of parent) if (p === change.selfId) parent.set(id, null);
      for (const id of kids.set) parent.set(id, change.selfId);
    }
    for (const id of kids.disconnect) if (parent.get(id) === change.selfId) parent.set(id, null);
    for (const id of kids.connect) parent.set(id, change.selfId);
  }
  for (const start of parent.keys()) {
    const seen = new Set<number>();
    let at: number | null | undefined = start;
    while (at !== null && at !== undefined) {
      if (seen.has(at)) return { cycle: true };
      seen.add(at);
      at = parent.get(at);
    }
  }
  return { cycle: false };
}

/** Fields that only the server computes (an enacted edition's snapshot). */
export const COMPUTED_FIELDS: Record<string, readonly string[]> = {
  'dip-edition': ['snapshot', 'snapshotHash', 'enactedAt', 'entryCount'],
  /** Frozen when the head signs the list of excluded information (dip/exclusion-list-guard.ts). */
  'exclusion-list': ['snapshot', 'snapshotHash', 'archivedAt', 'entryCount'],
  /** Written by the list's collection and check (services/dip-list.ts, the workflow). */
  'dip-submission': ['state', 'checkedBy', 'checkedAt', 'returnedRows', 'editionKey', 'unitCode'],
  /** Written by the re-open action (services/dip-reopen.ts), never through a form. */
  exclusion: ['reopenedOn', 'reopenedBy', 'reopenedByName', 'reopenReason', 'reopenedClass'],
  /** Written by the review workflow (web SOP B: state per stage, the Web Developer's receipt, the resolution). */
  'backlog-item': ['state', 'receivedBy', 'receivedAt', 'resolvedBy', 'resolvedAt'],
  /** Written by the review workflow (web SOP A1: the Koordinator's signature step, the hand-over to the head). */
  'content-plan': ['state', 'signedBy', 'signedAt', 'submittedToHeadBy', 'submittedToHeadAt'],
  /** Written by the report step and the signature action (services/website-records.ts). */
  'meeting-minute': ['reportedToHeadAt', 'reportedToHeadBy'],
  /**
   * The forms' who/when fields follow their signatures (website/forms.ts `signedFields`); the checks
   * the older fields recorded by hand (presented, checked, checked online) are written by the backlog
   * workflow's steps (website/backlog.ts `BACKLOG_STEP_RECORDS`).
   */
  'update-request': ['signatures', 'state', 'requestedBy', 'developer', 'receivedAt', 'presentedAt', 'checkedBy', 'checkedAt'],
  'approval-form': ['signatures', 'state', 'approvedBy', 'decidedAt', 'onlineCheckedAt'],
  /** The user who saved the record (services/guard.ts, stampRecorder). */
  'publication-record': ['recordedBy'],
  /** The frozen figures of an evaluation (services/website-evaluations.ts). */
  evaluation: ['figures', 'figuresTakenAt'],
};

/** Relation values in a write that change nothing (`{ connect: [], disconnect: [] }`). */
export const isNoopRelation = (v: unknown) =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v as Data).length > 0 &&
  Object.keys(v as Data).every((k) => ['connect', 'disconnect'].includes(k)) &&
  Object.values(v as Data).every((x) => Array.isArray(x) && x.length === 0);

const normalise = (v: unknown) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);

/** Equal as stored values: dates compare as instants, undefined as null. */
export const sameValue = (a: unknown, b: unknown): boolean => {
  const x = normalise(a);
  const y = normalise(b);
  if (isDeepStrictEqual(x, y)) return true;
  if (typeof x === 'string' && typeof y === 'string') {
    const dx = Date.parse(x);
    const dy = Date.parse(y);
    return !Number.isNaN(dx) && dx === dy;
  }
  return false;
};

const BOOKKEEPING = ['updatedAt', 'updatedBy', 'state'];

/**
 * A DIP edition that is no longer a draft is the archive: no field may change, and its state may
 * only move from enacted to superseded. The Content Manager sends every field back on save, so
 * unchanged values and empty relation edits are not changes.
 */
export function lockedEditionChange(data: Data, current: Data): Problem[] {
  const changed = Object.keys(data).filter(
    (k) => !BOOKKEEPING.includes(k) && !isNoopRelation(data[k]) && !sameValue(data[k], current[k])
  );
  const stateOk =
    data.state === undefined || data.state === current.state || (current.state === 'enacted' && data.state === 'superseded');
  return changed.length > 0 || !stateOk
    ? [{ path: [changed[0] ?? 'state'], message: `This DIP edition is ${current.state} and can no longer be changed` }]
    : [];
}
