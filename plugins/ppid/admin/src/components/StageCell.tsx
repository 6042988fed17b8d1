import { Typography } from '@strapi/design-system';

import { workflowTypeOf } from '../utils/paths';
import { useItemStage, type ItemStageState } from '../hooks/useItemStage';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { DueText } from './DueText';
import { WrapText } from './WrapText';

export type StageColumn = 'stage' | 'due';

const Muted = ({ children }: { children: string }) => (
  <Typography variant="pi" textColor="neutral600">
    {children}
  </Typography>
);

/**
 * One cell of the stage columns of a Content Manager list: the item's review stage by its name in
 * the admin's language (as the inbox names it), or its due time as the inbox shows it ("Tenggat
 * 2 jam lagi", a Terlambat badge when late). An item without a workflow, or one the viewer may not
 * read, shows a dash; a finished stage has no due time.
 */
export const StageCellView = ({ state, column }: { state: ItemStageState; column: StageColumn }) => {
  const { t, pick } = usePpidIntl();
  if (state.status === 'loading') return <Muted>{t('cm.column.loading', 'Loading…')}</Muted>;
  if (state.status === 'error') return <Muted>{t('cm.column.error', 'Not available')}</Muted>;
  const { stage } = state;
  if (!stage) return <Muted>-</Muted>;
  if (column === 'stage') {
    return (
      <WrapText min="8rem" max="14rem">
        <Typography textColor="neutral800">{pick(stage.stageName, stage.stageKey)}</Typography>
      </WrapText>
    );
  }
  if (!stage.dueAt) return <Muted>-</Muted>;
  return <DueText dueAt={stage.dueAt} overdue={stage.overdue} />;
};

/** The cell the list view renders per row (`cellFormatter`): fetched with the rest of the page. */
export const StageCell = ({ model, documentId, column }: { model: string; documentId: string; column: StageColumn }) => {
  const state = useItemStage(workflowTypeOf(model), documentId);
  return <StageCellView state={state} column={column} />;
};
