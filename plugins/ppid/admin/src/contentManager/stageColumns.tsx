import { StageCell, type StageColumn } from '../components/StageCell';
import { getTrad } from '../utils/getTrad';

/** A list view header as the Content Manager's `inject-column-in-table` hook passes them around. */
type Header = {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute: { type: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: { documentId: string }, header: unknown, meta: { model: string; collectionType?: string }) => unknown;
};
type HookArgs = { displayedHeaders: Header[]; layout: { options?: Record<string, any> } };

const column = (name: StageColumn, label: string): Header => ({
  name: `ppid_${name}`,
  label: { id: getTrad(`cm.column.${name}`), defaultMessage: label },
  attribute: { type: 'custom' },
  searchable: false,
  sortable: false,
  cellFormatter: (row, _header, { model }) => <StageCell model={model} documentId={row.documentId} column={name} />,
});

/**
 * The Content Manager's list view hook (`Admin/CM/pages/ListView/inject-column-in-table`, as
 * Strapi's own review-workflows adds its "Review stage"): the types a workflow carries (their schema's
 * `pluginOptions.ppid.workflow`, which the list layout's options carry) get two columns, the item's
 * review stage and its due time, fetched once per list page (hooks/useItemStage.ts). Every other
 * type's headers pass unchanged.
 */
export function addStageColumns({ displayedHeaders, layout }: HookArgs): HookArgs {
  if (layout?.options?.ppid?.workflow !== true) return { displayedHeaders, layout };
  return { displayedHeaders: [...displayedHeaders, column('stage', 'Review stage'), column('due', 'Due')], layout };
}
