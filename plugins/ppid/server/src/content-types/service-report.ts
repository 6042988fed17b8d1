/**
 * An issued annual public-information service report (issue 14 point 5): the agency, the year, the
 * figures as issued, the PDF generated at issue time (stored with its SHA-256; never regenerated),
 * who issued it and when. Hidden from the Content Manager: issued only through the issue route
 * (services/service-reports.ts), never edited nor deleted (a database lifecycle refuses it); a
 * correction is a new revision with a reason, which supersedes the earlier one (kept, listed).
 *
 * `currentKey` is "agencyId:year" while the issue is current and NULL once superseded: a unique
 * index keeps one current issue per agency and year (two signers at once: one 409); `issueKey`
 * ("agencyId:year:revision") keeps revisions unique.
 */
import { SERVICE_REPORT_STATES } from '../../../shared/service-reports';
import { adminUser, contentType, enumeration, manyToOne, str, text } from './builders';

export const serviceReport = contentType({
  singularName: 'service-report',
  pluralName: 'service-reports',
  displayName: 'Service report (issued)',
  description: 'The annual public-information service report as issued: figures, PDF, signer; corrections supersede',
  visible: false,
  indexes: [
    { name: 'ppid_service_reports_current_uq', columns: ['current_key'], type: 'unique' },
    { name: 'ppid_service_reports_issue_uq', columns: ['issue_key'], type: 'unique' },
    { name: 'ppid_service_reports_year_idx', columns: ['state', 'year'] },
  ],
  attributes: {
    agency: manyToOne('unit', { required: true }),
    year: { type: 'integer', required: true, min: 2000, max: 9999 },
    revision: { type: 'integer', required: true, min: 1 },
    state: enumeration(SERVICE_REPORT_STATES, { required: true, default: 'current' }),
    currentKey: str({ maxLength: 40 }),
    issueKey: str({ required: true, maxLength: 50 }),
    figures: { type: 'json', required: true },
    /** The PDF as issued, base64 (internal: served only by the download routes). */
    pdfData: { type: 'text', required: true, private: true },
    pdfSha256: str({ required: true, maxLength: 64 }),
    pdfBytes: { type: 'integer', required: true, min: 1 },
    issuedAt: { type: 'datetime', required: true },
    issuedBy: adminUser(),
    signerPosition: str({ maxLength: 150 }),
    signerName: str({ maxLength: 150 }),
    /** Why this revision replaces the earlier one (required from revision 2). */
    reason: text(2000),
    note: text(2000),
    supersededAt: { type: 'datetime' },
    /** The issue this revision replaces. */
    supersedes: manyToOne('service-report'),
  },
});

/** The only columns an issued report may change, and only when it is superseded. */
export const SERVICE_REPORT_MUTABLE = ['state', 'currentKey', 'supersededAt', 'updatedAt', 'updatedBy'] as const;
