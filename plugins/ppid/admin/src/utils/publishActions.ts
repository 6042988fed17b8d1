import { workflowTypeOf } from './paths';

/** A Content Manager action component (edit-view document action or list-view bulk action). */
type ActionComponent = ((props: any) => unknown) & { type?: string; position?: unknown };

/** The Content Manager actions the workflow takes over: publishing and taking offline. */
const WORKFLOW_STEPS = new Set(['publish', 'unpublish']);

/**
 * The Content Manager's own Publish and Unpublish actions (edit view and bulk) are left out for the
 * content types the review workflow carries: the server refuses them anyway (only the workflow's
 * publish step publishes; taking offline is the panel's "Take offline", with a reason), and a new
 * draft offering "Unpublish" makes no sense. The side panel offers the steps that are allowed. Every
 * other action, and every other content type, is unchanged. Used as a reducer for
 * `addDocumentAction` / `addBulkAction`.
 */
export function withoutPublishForWorkflowTypes<A extends ActionComponent>(actions: A[]): A[] {
  return actions.map((Action) => {
    if (!Action.type || !WORKFLOW_STEPS.has(Action.type)) return Action;
    const Gated = ((props: { model?: string }) => (props?.model && workflowTypeOf(props.model) ? null : Action(props))) as unknown as A;
    Gated.type = Action.type;
    if (Action.position !== undefined) Gated.position = Action.position;
    return Gated;
  });
}
