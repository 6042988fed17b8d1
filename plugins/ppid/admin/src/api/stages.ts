/**
 * The stage column of the Content Manager's list views: GET /ppid/workflow/stages answers the stage
 * and due time of one list page's items (those the caller may read), keyed by documentId. The
 * contract lives in the plugin's shared module (shared/routes.ts).
 */
import { adminUrl, STAGES_MAX_IDS, type ItemStage, type StagesResponse } from '../../../shared/routes';
import type { WorkflowType } from './types';

export type { ItemStage, StagesResponse };
export { STAGES_MAX_IDS };

export const stagesApi = {
  page: (type: WorkflowType, documentIds: string[]) => adminUrl('stages', {}, { type, documentIds: documentIds.join(',') }),
};
