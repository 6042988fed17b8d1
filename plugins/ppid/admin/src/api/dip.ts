/**
 * The DIP register's admin routes (issue 12 point 4): the year's lists (DIP editions and lists of
 * excluded information), one edition's collection per unit, the check's return, the head's signature
 * and the edition's files. Their URLs and the shapes
 * they answer; the server side is controllers/dip-list.ts and controllers/dip-files.ts.
 */
import type { ItemWorkflow, LocalizedName, TransitionAction, UnitRef } from './types';
import { adminUrl } from '../../../shared/routes';

/** Where a list or a unit's submission stands on its workflow. */
export interface ListWorkflowState {
  stage: string;
  stageName: LocalizedName;
  status: 'active' | 'published' | 'cancelled' | 'deleted';
  revision: number;
  dueAt: string | null;
  overdue: boolean;
  workflow: { key: string; version: number };
}

/** The lists the head signs: the year's DIP (an edition) and the list of excluded information. */
export type SignedListType = 'dip-edition' | 'exclusion-list';

/** One list in the register (a DIP edition or a list of excluded information: same shape). */
export interface DipListRow {
  documentId: string;
  year: number;
  title: string;
  state: string;
  decreeNumber: string | null;
  signerName: string | null;
  signedAt: string | null;
  entryCount: number | null;
  agency: UnitRef | null;
  workflow: ListWorkflowState | null;
}
export interface DipListsResponse {
  data: { editions: DipListRow[]; exclusionLists: DipListRow[] };
}

export type SubmissionStatus = 'filling' | 'submitted' | 'returned' | 'accepted';
export interface SubmissionRow {
  documentId: string;
  number: string;
  title: string;
  infoClass: string | null;
  published: boolean;
}
export interface ReturnedRow {
  entry: string;
  number: string;
  title: string;
  reason: string;
}
export interface SubmissionStep {
  key: string;
  action: TransitionAction;
  label: LocalizedName;
  reasonRequired: boolean;
}
export interface DipSubmission {
  documentId: string;
  unit: UnitRef | null;
  state: string;
  status: SubmissionStatus;
  checkedAt: string | null;
  lastStep: { action: string; by: string | null; at: string | null; reason: string | null } | null;
  workflow: ListWorkflowState | null;
  /** The steps the viewer may take on this submission now (submit, accept, return). */
  steps: SubmissionStep[];
  returnedRows: ReturnedRow[];
  rows: SubmissionRow[];
}
export interface DipEditionDetail {
  documentId: string;
  year: number;
  title: string;
  state: string;
  decreeNumber: string | null;
  signer: { name: string; title: string | null; nip: string | null } | null;
  signedAt: string | null;
  enactedAt: string | null;
  entryCount: number | null;
  documentationUrl: string | null;
  websiteUrl: string | null;
  agency: UnitRef | null;
}
export interface DipCollectionResponse {
  data: { edition: DipEditionDetail; workflow: ItemWorkflow; submissions: DipSubmission[]; complete: boolean };
}

export const EDITION_FORMATS = ['pdf', 'xlsx', 'csv'] as const;

export const dipApi = {
  lists: () => adminUrl('dipLists'),
  collection: (documentId: string) => adminUrl('dipCollection', { documentId }),
  returnSubmission: (documentId: string) => adminUrl('returnSubmission', { documentId }),
  sign: (documentId: string) => adminUrl('signEdition', { documentId }),
  file: (documentId: string, format: string) => adminUrl('editionExport', { documentId, format }),
  /** The head's signature on a list of excluded information (archives it). */
  signExclusionList: (documentId: string) => adminUrl('signExclusionList', { documentId }),
  /** Where a list stands on its workflow and the steps open to the viewer (the generic item view). */
  item: (type: SignedListType, documentId: string) => adminUrl('item', { type, documentId }),
  transition: (type: SignedListType | 'dip-submission', documentId: string) => adminUrl('transition', { type, documentId }),
};
