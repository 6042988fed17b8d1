/**
 * The issued annual public-information service report (laporan layanan informasi publik, issue 14
 * point 5): the contract of its admin and public routes, read by server and admin alike.
 *
 * A report is issued (and published at once) by a position that signs it for the agency; a year is
 * issued once, and issued again only with a written reason (figures corrected): the earlier issue
 * stays listed as superseded, its PDF unchanged.
 */
import type { ServiceReportFigures } from './requests';

/** The positions that sign the agency's report: PPID Utama, Ketua PPID, the head (Atasan PPID). */
export const SERVICE_REPORT_SIGNERS = ['ppid_utama', 'ketua_ppid', 'kepala'] as const;
export type ServiceReportSigner = (typeof SERVICE_REPORT_SIGNERS)[number];

export const SERVICE_REPORT_STATES = ['current', 'superseded'] as const;
export type ServiceReportState = (typeof SERVICE_REPORT_STATES)[number];

export const SERVICE_REPORT_LIMITS = {
  /** A re-issue's reason: what was corrected, in a sentence. */
  reasonMin: 10,
  reasonMax: 2000,
  noteMax: 2000,
} as const;

/** POST /ppid/reports/service/:year/issue */
export interface IssueServiceReportInput {
  /** The agency (its root unit's documentId); optional when the person signs for one agency only. */
  agency?: string;
  /** Required when the year was issued before (a correction), refused otherwise. */
  reason?: string;
  note?: string;
}

/** One issued report as the admin lists it. */
export interface IssuedServiceReport {
  documentId: string;
  year: number;
  revision: number;
  state: ServiceReportState;
  agency: { documentId: string; code: string; name: string };
  issuedAt: string;
  issuedBy: string | null;
  signer: { position: string; name: string } | null;
  reason: string | null;
  note: string | null;
  supersededAt: string | null;
  pdfSha256: string;
  /** Admin download of this issue's stored PDF. */
  file: string;
}

/** GET /ppid/reports/service/issued */
export interface IssuedServiceReportsResponse {
  data: IssuedServiceReport[];
  /** The agencies the person may issue for (documentId, code, name); [] when they sign for none. */
  meta: { signsFor: { documentId: string; code: string; name: string }[] };
}

/** POST /ppid/reports/service/:year/issue answers the new issue. */
export interface IssueServiceReportResponse {
  data: IssuedServiceReport;
}

export type { ServiceReportFigures };
