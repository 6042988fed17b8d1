/**
 * The proof-of-publication form of the workflow panel (SOP 190/2024 step 6): what is wrong with a
 * draft before it is sent, as the server judges it (domain/validation.ts `publication-record`), and
 * the Content Manager body it becomes. The record is written through the Content Manager's own
 * route, so the same permissions and rules hold as in its form.
 */
import { CHANNELS, type Channel } from '../../../shared/lists';
import { fromZonedInput } from './zonedTime';

export const PUBLICATION_RECORDS_URL = '/content-manager/collection-types/plugin::ppid.publication-record';

/** The item's records, newest first (the Content Manager's list route, its filters). */
export const proofListUrl = (documentId: string) =>
  `${PUBLICATION_RECORDS_URL}?page=1&pageSize=100&sort=channelPublishedAt:DESC&filters[$and][0][announcement][documentId][$eq]=${encodeURIComponent(documentId)}`;

export interface ProofDraft {
  channel: string;
  url: string;
  /** The agency's wall-clock time it appeared on the channel (`YYYY-MM-DDTHH:mm`). */
  at: string;
  note: string;
}

export type ProofProblems = { channel?: 'required'; url?: 'invalid' | 'required'; at?: 'invalid' | 'future' };

const isHttpUrl = (v: string) => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

export function proofProblems(draft: ProofDraft, hasFile: boolean, zone: string, now = new Date()): ProofProblems {
  const problems: ProofProblems = {};
  if (!(CHANNELS as readonly string[]).includes(draft.channel)) problems.channel = 'required';
  const url = draft.url.trim();
  if (url && !isHttpUrl(url)) problems.url = 'invalid';
  else if (!url && !hasFile) problems.url = 'required';
  const at = fromZonedInput(draft.at, zone);
  if (!at) problems.at = 'invalid';
  else if (Date.parse(at) > now.getTime() + 5 * 60_000) problems.at = 'future';
  return problems;
}

/** The Content Manager's create body for a draft without problems (`fileId`: the uploaded proof). */
export function proofBody(documentId: string, draft: ProofDraft, zone: string, fileId: number | null) {
  return {
    announcement: { connect: [{ documentId }] },
    channel: draft.channel as Channel,
    url: draft.url.trim() || null,
    channelPublishedAt: fromZonedInput(draft.at, zone),
    note: draft.note.trim() || null,
    ...(fileId !== null ? { proofFile: fileId } : {}),
  };
}
