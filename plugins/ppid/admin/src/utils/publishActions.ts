import { workflowTypeOf } from './paths';

/** A Content Manager action component (edit-view document action or list-view bulk action). */
type ActionComponent = ((props: any) => unknown) & { type?: string; position?: unknown };

/**
 * The Content Manager's own Publish actions (edit view and bulk) are left out for the content types the
 * review workflow carries: the server refuses them anyway (only the workflow's publish step publishes),
 * and the side panel offers the step that is allowed. Every other action, and every other content
 * type, is unchanged. Used as a reducer for `addDocumentAction` / `addBulkAction`.
 */
export function withoutPublishForWorkflowTypes<A extends ActionComponent>(actions: A[]): A[] {
  return actions.map((Action) => {
    if (Action.type !== 'publish') return Action;
    const Gated = ((props: { model?: string }) => (props?.model && workflowTypeOf(props.model) ? null : Action(props))) as unknown as A;
    Gated.type = Action.type;
    if (Action.position !== undefined) Gated.position = Action.position;
    return Gated;
  });
}
