import type { ApiProblem } from '../api/types';

/**
 * Reading errors thrown by `useFetchClient()`: a FetchError with `status` and
 * `response.data.error` ({ message, details }) as Strapi's error middleware sends them.
 */

type ErrorBody = { message?: unknown; details?: { errors?: unknown } };

const errorBody = (error: unknown): ErrorBody | undefined => {
  if (!error || typeof error !== 'object') return undefined;
  const response = (error as { response?: { data?: { error?: ErrorBody } } }).response;
  return response?.data?.error;
};

/** The HTTP status of a failed request, when known. */
export function errorStatus(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** True when the request was aborted (the component unmounted): nothing to report. */
export function isAbort(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { name?: unknown }).name === 'AbortError';
}

/** The server's message, else the error's own, else undefined. */
export function errorMessage(error: unknown): string | undefined {
  const body = errorBody(error);
  if (typeof body?.message === 'string' && body.message) return body.message;
  if (error instanceof Error && error.message) return error.message;
  return undefined;
}

/** Every `{ path, message }` of a 400's `error.details.errors`, in the server's order. */
export function validationProblems(error: unknown): ApiProblem[] {
  const list = errorBody(error)?.details?.errors;
  if (!Array.isArray(list)) return [];
  return list
    .filter((p): p is { path?: unknown; message?: unknown } => !!p && typeof p === 'object')
    .map((p) => ({
      path: Array.isArray(p.path) ? p.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number') : [],
      message: typeof p.message === 'string' ? p.message : String(p.message ?? ''),
    }));
}

/** `['stages', 2, 'actor']` → `stages[2].actor`; an empty path is the whole document. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
