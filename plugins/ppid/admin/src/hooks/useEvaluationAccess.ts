import { websiteApi, type EvaluationAccess } from '../api/website';
import { useCan } from './useCan';
import { useGet } from './useGet';

const NONE: EvaluationAccess = { read: false, create: [] };

/**
 * Whether the admin user reads the website evaluations and which kinds they make (web SOP C: the
 * Koordinator, the Sub Koordinator, the head, super admins), as the server decides from the
 * organisation data (GET /ppid/website/evaluation-access). Asked only with compliance.read; on an
 * error the evaluations are not offered (the server refuses their routes anyway).
 */
export function useEvaluationAccess(): EvaluationAccess & { isLoading: boolean } {
  const compliance = useCan('compliance.read');
  const access = useGet<{ data: EvaluationAccess }>(compliance.allowed ? websiteApi.evaluationAccess : null);
  const value = compliance.allowed ? (access.data?.data ?? NONE) : NONE;
  const isLoading = compliance.isLoading || (compliance.allowed && access.data === undefined && !access.error);
  return { ...value, isLoading };
}
