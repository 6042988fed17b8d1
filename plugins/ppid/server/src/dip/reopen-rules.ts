/**
 * Re-opening excluded information when its exclusion period ends (issue 9, point 2; UU 14/2008
 * Pasal 17, Perki 1/2021): a recorded action (who, when, why, which new class) that makes the DIP
 * entry open information again. Pure: the caller loads the entry and writes the returned record.
 */
import { INFO_CLASSES, type InfoClass } from '../domain/constants';

export type ReopenRecord = { byUserId: number; on: string; reason: string; newClass: InfoClass; previousClass: 'dikecualikan' };

export type ReopenDecision =
  | { ok: true; record: ReopenRecord }
  | { ok: false; path: string; message: { id: string; en: string } };

/**
 * `today` and `exclusionEndsOn` are calendar dates (YYYY-MM-DD) in the agency's time zone. The
 * exclusion must have ended (the end date is the last excluded day), the entry must still be
 * excluded, a reason must be given and the new class must be one of the open classes.
 */
export function decideReopen(
  entry: { class: string; exclusionEndsOn: string | null; reopenedOn?: string | null },
  input: { byUserId: number; today: string; reason: unknown; newClass: unknown }
): ReopenDecision {
  if (entry.class !== 'dikecualikan' || entry.reopenedOn)
    return { ok: false, path: 'class', message: { id: 'Informasi ini tidak (lagi) dikecualikan', en: 'This information is not (or no longer) excluded' } };
  if (!entry.exclusionEndsOn || entry.exclusionEndsOn >= input.today)
    return {
      ok: false,
      path: 'exclusionEndsOn',
      message: { id: 'Jangka waktu pengecualian belum berakhir', en: 'The exclusion period has not ended yet' },
    };
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason.length < 10)
    return { ok: false, path: 'reason', message: { id: 'Sebutkan alasan pembukaan (minimal 10 karakter)', en: 'Give the reason for re-opening (at least 10 characters)' } };
  if (!(INFO_CLASSES as readonly unknown[]).includes(input.newClass))
    return {
      ok: false,
      path: 'newClass',
      message: { id: `Klasifikasi baru harus salah satu dari: ${INFO_CLASSES.join(', ')}`, en: `The new class must be one of: ${INFO_CLASSES.join(', ')}` },
    };
  return { ok: true, record: { byUserId: input.byUserId, on: input.today, reason, newClass: input.newClass as InfoClass, previousClass: 'dikecualikan' } };
}
