/**
 * Who may issue the annual service report of a year, and whether this issue is the first or a
 * correction (issue 14 point 5). Pure: the caller passes the agency's local year today, the positions
 * the person holds today in the agency, and the agency's current issue of that year (if any).
 *
 * - only the positions that sign it (PPID Utama, Ketua PPID, the head) of that agency: forbidden;
 * - a year that has not ended (in the agency's time zone): invalid;
 * - a year already issued: a conflict without a reason; with one, a new revision that supersedes it;
 * - a reason for a first issue: invalid (there is nothing to correct).
 */
import type { Text } from '../workflow/rules';
import { SERVICE_REPORT_LIMITS, type ServiceReportSigner } from '../../../shared/service-reports';

export interface IssueQuestion {
  year: number;
  /** The agency's current year (local). */
  thisYear: number;
  /** Positions the person holds today in the agency (acting holders included). */
  positions: readonly string[];
  /** The agency's current (not superseded) issue of the year. */
  current: { revision: number } | null;
  reason?: string | null;
}

export type IssueVerdict =
  | { ok: true; revision: number; supersedes: boolean; signer: ServiceReportSigner }
  | { ok: false; kind: 'forbidden' | 'invalid' | 'conflict'; field?: 'year' | 'reason'; reason: Text };

/** The signing positions in order of precedence (the signature block names the first one held). */
export const signerOf = (positions: readonly string[]): ServiceReportSigner | null =>
  (['kepala', 'ppid_utama', 'ketua_ppid'] as const).find((p) => positions.includes(p)) ?? null;

export function decideIssue(q: IssueQuestion): IssueVerdict {
  const signer = signerOf(q.positions);
  if (!signer) {
    return {
      ok: false,
      kind: 'forbidden',
      reason: {
        id: 'Laporan layanan informasi publik hanya dapat diterbitkan oleh PPID Utama, Ketua PPID atau Atasan PPID (kepala) badan publik tersebut.',
        en: "The public information service report is issued only by the agency's PPID Utama, Ketua PPID or Atasan PPID (the head).",
      },
    };
  }
  if (q.year >= q.thisYear) {
    return {
      ok: false,
      kind: 'invalid',
      field: 'year',
      reason: { id: `Tahun ${q.year} belum berakhir: laporan tahunan diterbitkan setelah tahunnya selesai.`, en: `The year ${q.year} has not ended: the annual report is issued after its year.` },
    };
  }
  const reason = (q.reason ?? '').trim();
  if (!q.current) {
    if (reason) {
      return {
        ok: false,
        kind: 'invalid',
        field: 'reason',
        reason: { id: `Laporan tahun ${q.year} belum pernah diterbitkan: alasan hanya diisi saat menerbitkan ulang.`, en: `The ${q.year} report has not been issued yet: a reason is only for issuing it again.` },
      };
    }
    return { ok: true, revision: 1, supersedes: false, signer };
  }
  if (!reason) {
    return {
      ok: false,
      kind: 'conflict',
      field: 'reason',
      reason: {
        id: `Laporan tahun ${q.year} sudah diterbitkan (revisi ${q.current.revision}). Untuk menerbitkan ulang, tuliskan alasannya (apa yang dikoreksi).`,
        en: `The ${q.year} report was already issued (revision ${q.current.revision}). To issue it again, give the reason (what was corrected).`,
      },
    };
  }
  if (reason.length < SERVICE_REPORT_LIMITS.reasonMin) {
    return {
      ok: false,
      kind: 'invalid',
      field: 'reason',
      reason: { id: `Alasan penerbitan ulang paling sedikit ${SERVICE_REPORT_LIMITS.reasonMin} karakter.`, en: `The reason for issuing again needs at least ${SERVICE_REPORT_LIMITS.reasonMin} characters.` },
    };
  }
  return { ok: true, revision: q.current.revision + 1, supersedes: true, signer };
}
