import * as React from 'react';
import { useIntl } from 'react-intl';

import type { WorkflowType } from '../api/types';
import { getTrad } from '../utils/getTrad';
import { workflowTypeOf } from '../utils/paths';
import { WorkflowPanelContent } from './WorkflowPanelContent';

/** What the Content Manager passes to an edit-view side panel (`PanelComponentProps`). */
export interface PanelProps {
  activeTab: 'draft' | 'published' | null;
  collectionType: string;
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } & Record<string, unknown>;
  meta?: unknown;
}

export interface PanelDescription {
  title: string;
  content: React.ReactNode;
}

/**
 * The PPID workflow side panel of the edit view, for announcements, DIP entries and content plans.
 * Registered with `addEditViewSidePanel`; returns null for other content types and while creating.
 */
export const WorkflowPanel = ({ model, documentId, collectionType, document }: PanelProps): PanelDescription | null => {
  const { formatMessage } = useIntl();
  const type: WorkflowType | null = workflowTypeOf(model);
  if (!type || !documentId) return null;
  return {
    title: formatMessage({ id: getTrad('panel.title'), defaultMessage: 'PPID workflow' }),
    content: (
      <WorkflowPanelContent
        type={type}
        documentId={documentId}
        model={model}
        collectionType={collectionType}
        savedAt={typeof document?.updatedAt === 'string' ? document.updatedAt : null}
      />
    ),
  };
};
