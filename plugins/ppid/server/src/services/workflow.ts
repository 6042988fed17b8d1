/**
 * The review workflow's one public entry for trusted code. The engine itself is split by noun:
 * workflow-definitions (definitions, versions, bindings), workflow-people (units, holders, users),
 * workflow-items (the reviewed rows), workflow-instances (instances and the log), workflow-actions
 * (the steps people take), workflow-views (item view, history, inbox, board), workflow-events
 * (outbox and webhooks), workflow-clock (working time); the document-service gate lives in
 * document-middlewares/.
 */
import { asSystem } from '../workflow/context';

export default () => ({
  /**
   * Runs trusted code (a seed, an import, a migration) outside the workflow: its publishes and
   * writes are not gated. Items it publishes join their workflow as already published.
   */
  asSystem,
});
