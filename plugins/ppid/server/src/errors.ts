/**
 * The plugin's errors, in one module: every refusal the server sends (services, document-service
 * middlewares, controllers) is thrown from here, so each answers in Strapi's error format with the
 * status it means.
 */
import { errors } from '@strapi/utils';
import type { Problem } from './domain/validation';

type Details = Record<string, unknown>;

/**
 * A workflow refusal (403) whose message reaches the person. Strapi's route authorizer turns any
 * plain ForbiddenError thrown below it into a bare "Forbidden"; only a PolicyError keeps its
 * message, so this is one, answering with the name ForbiddenError.
 */
export class WorkflowForbidden extends errors.PolicyError {
  constructor(message: string, details?: Details) {
    super(message, details);
    (this as { name: string }).name = 'ForbiddenError';
  }
}

/** Two people acted on the same item at once: the second one answers 409. */
export class WorkflowConflict extends errors.ApplicationError<'ConflictError', string, Details | undefined> {
  constructor(message: string, details?: Details) {
    super(message, details);
    this.name = 'ConflictError';
  }
}

/** Refuses the request: 400 (ValidationError), 401, 403 (WorkflowForbidden) or 404. */
export function refuse(status: 400 | 401 | 403 | 404, message: string, details?: Details): never {
  if (status === 403) throw new WorkflowForbidden(message, details);
  if (status === 404) throw new errors.NotFoundError(message, details);
  if (status === 401) throw new errors.UnauthorizedError(message, details);
  throw new errors.ValidationError(message, details);
}

/** Refuses a write that breaks content rules: 400, the first problem as the message, all of them listed. */
export function refuseProblems(problems: Problem[]): never {
  const [first] = problems;
  throw new errors.ValidationError(first.message, {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
}

export type Text = { id: string; en: string };

/** A refusal in the person's language: Indonesian unless their admin language is English. */
export const inLanguageOf = (user: { preferedLanguage?: string | null } | null | undefined, text: Text): string =>
  String(user?.preferedLanguage ?? '').startsWith('en') ? text.en : text.id;

/**
 * Runs a route handler, answering a WorkflowConflict it throws with 409 in Strapi's error shape
 * (Strapi's own error handler would answer an ApplicationError with 400).
 */
export async function answeringConflicts(ctx: { status: number; body: unknown }, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (!(error instanceof WorkflowConflict)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: error.details } };
  }
}
