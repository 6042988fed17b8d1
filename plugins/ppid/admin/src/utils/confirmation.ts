/**
 * Which workflow steps ask "are you sure?" before they are sent: an approval (a step forward out of a
 * review stage: the reviewer signs off what they read) and the publication itself. Steps that need a
 * reason already open a dialog; a disposisi opens its own. Pure: the panel decides from the view.
 */
export type StepKind = { action: string; reasonRequired?: boolean; assigns?: boolean };

export function needsConfirmation(step: StepKind, currentStageKind: string | null | undefined): boolean {
  if (step.reasonRequired || step.assigns) return false;
  if (step.action === 'publish') return true;
  return step.action === 'forward' && currentStageKind === 'review';
}
