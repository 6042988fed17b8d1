/**
 * Where an exclusion stands on a given day (issue 12 point 4, the excluded-information page), and the
 * same question as a query filter. Dates are calendar days (YYYY-MM-DD) in the agency's time zone;
 * the end date is the last excluded day (as in dip/reopen-rules.ts), and "ending" uses the warning
 * days of the checker's exclusion-expiry rule, so the page and the alert agree.
 */
import type { ExclusionStatus } from '../../../shared/lists';
import { addDays } from '../domain/time';

export function exclusionStatus(x: { exclusionEndsOn: string | null; reopenedOn: string | null }, today: string, warnDays: number): ExclusionStatus {
  if (x.reopenedOn) return 'reopened';
  if (!x.exclusionEndsOn) return 'in_force';
  if (x.exclusionEndsOn < today) return 'ended';
  if (x.exclusionEndsOn <= addDays(today, warnDays)) return 'ending';
  return 'in_force';
}

/** The `where` of a document-service / query-engine filter selecting the exclusions of a status. */
export function statusWhere(status: ExclusionStatus, today: string, warnDays: number): Record<string, unknown> {
  const horizon = addDays(today, warnDays);
  switch (status) {
    case 'reopened':
      return { reopenedOn: { $notNull: true } };
    case 'ended':
      return { reopenedOn: { $null: true }, exclusionEndsOn: { $lt: today } };
    case 'ending':
      return { reopenedOn: { $null: true }, exclusionEndsOn: { $gte: today, $lte: horizon } };
    case 'in_force':
      return { reopenedOn: { $null: true }, $or: [{ exclusionEndsOn: { $gt: horizon } }, { exclusionEndsOn: { $null: true } }] };
  }
}
