/**
 * The privacy check's admin routes (server: controllers/privacy.ts): an item's findings of personal
 * data, masked, with their clearances and whether this person may clear them; and a clearance with
 * a written reason. Pure helpers the workflow panel's section shows them with.
 */
import { PRIVACY_CHECKED_TYPES, type FindingKind, type PrivacyCheckedType } from '../../../shared/lists';
import { adminUrl } from '../../../shared/routes';
import type { LocalizedName } from './types';

export type PrivacyClearance = { by: string | null; position: string | null; at: string; reason: string };

export interface PrivacyFinding {
  key: string;
  kind: FindingKind;
  field: string;
  file: { id: number; name: string | null } | null;
  start: number | null;
  end: number | null;
  /** The value with most of it hidden: the full personal datum never reaches the admin. */
  masked: string;
  excerpt: string | null;
  confidence: number;
  /** For an `unchecked` file: why it could not be read. */
  reason: LocalizedName | null;
  cleared: PrivacyClearance | null;
}

export interface PrivacyCheck {
  type: string;
  documentId: string;
  /** False when the agency turned the check off (config `privacy.enabled`): nothing blocks. */
  enabled: boolean;
  checkedAt: string;
  /** Findings neither fixed nor cleared: while above 0 the item cannot be published. */
  blocking: number;
  findings: PrivacyFinding[];
  /** May the person who asked clear a finding now; if not, the server's reason. */
  clear: { allowed: boolean; reason: string | null };
}
export interface PrivacyCheckResponse {
  data: PrivacyCheck;
}

export const isPrivacyChecked = (type: string): type is PrivacyCheckedType => (PRIVACY_CHECKED_TYPES as readonly string[]).includes(type);

export const privacyCheckUrl = (type: string, documentId: string) => adminUrl('privacyCheck', { type, documentId });
export const privacyClearUrl = (type: string, documentId: string) => adminUrl('privacyClear', { type, documentId });

/** The body of a clearance: the finding's key and the reason, trimmed. */
export const clearanceBody = (key: string, reason: string, revision?: number | null) => ({
  key,
  reason: reason.trim(),
  ...(typeof revision === 'number' ? { revision } : {}),
});

/** What the section says on top: no check, nothing found, publishing blocked, or everything decided. */
export type PrivacyStatus = 'disabled' | 'none' | 'blocked' | 'cleared';
export function privacyStatus(check: Pick<PrivacyCheck, 'enabled' | 'blocking' | 'findings'>): PrivacyStatus {
  if (!check.enabled) return 'disabled';
  if (check.findings.length === 0) return 'none';
  return check.blocking > 0 ? 'blocked' : 'cleared';
}

/** Open findings first (as the server listed them), then the cleared ones. */
export const orderedFindings = (findings: PrivacyFinding[]): PrivacyFinding[] => [
  ...findings.filter((f) => !f.cleared),
  ...findings.filter((f) => f.cleared),
];
