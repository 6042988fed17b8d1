/**
 * The small builders every workflow template file writes its stages and transitions with, so that the
 * defaults (a return or a cancel asks for a reason; whether publishing asks for proof) are said once.
 */
import type { StageDef, TransitionDef } from './definition';

type Action = TransitionDef['action'];

/** A stage with its Indonesian and English names. */
export const stage = (key: string, id: string, en: string, rest: Omit<StageDef, 'key' | 'name'>): StageDef => ({ key, name: { id, en }, ...rest });

/**
 * A transition builder for one family of templates: `proofRequired` is what a `publish` edge asks for
 * by default (announcements need proof of publication; lists and letters do not). A return or a cancel
 * always asks for a reason; `flags` override either default.
 */
export const transitionsWith =
  ({ proofRequired }: { proofRequired: boolean }) =>
  (from: string, to: string, action: Action, id: string, en: string, flags: Partial<TransitionDef> = {}): TransitionDef => ({
    from,
    to,
    action,
    label: { id, en },
    ...(action === 'return' || action === 'cancel' ? { reasonRequired: true } : {}),
    ...(action === 'publish' ? { proofRequired } : {}),
    ...flags,
  });

/** The terminal stage an item reaches when it is withdrawn. */
export const cancelledStage = (): StageDef => stage('cancelled', 'Dibatalkan', 'Cancelled', { kind: 'cancelled' });
