import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import type { HomeResponse } from '../api/types';
import { adminUrl } from '../../../shared/routes';

type FetchClient = { get: <T>(url: string) => Promise<{ data: T }> };

/** How long the three home widgets share one answer of GET /ppid/home (they mount together). */
export const SHARE_MS = 3000;

let shared: { at: number; promise: Promise<HomeResponse> } | null = null;

/**
 * One request for the home's widgets: the first widget to mount fetches, the others mounting within
 * `SHARE_MS` reuse its answer (or its failure).
 */
export function loadShared(fetch: () => Promise<HomeResponse>, now = Date.now()): Promise<HomeResponse> {
  if (!shared || now - shared.at > SHARE_MS) shared = { at: now, promise: fetch() };
  return shared.promise;
}

export const forgetShared = () => {
  shared = null;
};

export function useHome() {
  const { get } = useFetchClient() as FetchClient;
  const [state, setState] = React.useState<{ data?: HomeResponse['data']; error?: unknown }>({});
  React.useEffect(() => {
    let live = true;
    loadShared(() => get<HomeResponse>(adminUrl('home')).then((r) => r.data)).then(
      (res) => live && setState({ data: res.data }),
      (error) => live && setState({ error })
    );
    return () => {
      live = false;
    };
  }, [get]);
  return state;
}
