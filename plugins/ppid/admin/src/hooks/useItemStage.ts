import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import { stagesApi, type ItemStage, type StagesResponse } from '../api/stages';
import type { WorkflowType } from '../api/types';
import { createStageBatcher } from '../utils/stageBatch';

type FetchClient = { get: <T>(url: string) => Promise<{ data: T }> };

let client: FetchClient['get'] | null = null;
/** One batcher for the admin: the cells of a list page share one request (utils/stageBatch.ts). */
const batcher = createStageBatcher(async (type, ids) => {
  if (!client) throw new Error('no fetch client');
  return (await client<StagesResponse>(stagesApi.page(type as WorkflowType, ids))).data.data;
});

export type ItemStageState = { status: 'loading' } | { status: 'done'; stage: ItemStage | null } | { status: 'error' };

/** The stage and due time of one row of a Content Manager list, fetched with the rest of its page (none for a null type). */
export function useItemStage(type: WorkflowType | null, documentId: string): ItemStageState {
  const { get } = useFetchClient() as FetchClient;
  client = get;
  const [state, setState] = React.useState<ItemStageState>({ status: 'loading' });
  React.useEffect(() => {
    let live = true;
    if (!type) {
      setState({ status: 'done', stage: null });
      return undefined;
    }
    setState({ status: 'loading' });
    batcher.load(type, documentId).then(
      (stage) => live && setState({ status: 'done', stage }),
      () => live && setState({ status: 'error' })
    );
    return () => {
      live = false;
    };
  }, [type, documentId]);
  return state;
}
