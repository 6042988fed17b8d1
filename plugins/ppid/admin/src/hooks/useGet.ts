import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import { isAbort } from '../utils/errors';

type FetchClient = {
  get: <T>(url: string) => Promise<{ data: T }>;
};

export interface GetState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** True while any request for this url runs (also a refetch with data already shown). */
  isFetching: boolean;
  refetch: () => Promise<void>;
}

/**
 * GET a plugin admin route with the admin token (`useFetchClient`), keeping the last response,
 * the last error and a refetch. A `null` url waits (nothing is fetched). Responses to an older url
 * than the current one are dropped.
 */
export function useGet<T>(url: string | null): GetState<T> {
  const { get } = useFetchClient() as FetchClient;
  const [data, setData] = React.useState<T | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [pending, setPending] = React.useState(0);
  const latest = React.useRef(0);
  const mounted = React.useRef(true);

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const load = React.useCallback(
    async (target: string | null, reset: boolean) => {
      const ticket = ++latest.current;
      if (!target) {
        setData(undefined);
        setError(undefined);
        return;
      }
      if (reset) {
        setData(undefined);
        setError(undefined);
      }
      setPending((n) => n + 1);
      try {
        const response = await get<T>(target);
        if (mounted.current && ticket === latest.current) {
          setData(response.data);
          setError(undefined);
        }
      } catch (err) {
        if (mounted.current && ticket === latest.current && !isAbort(err)) setError(err);
      } finally {
        if (mounted.current) setPending((n) => n - 1);
      }
    },
    [get]
  );

  React.useEffect(() => {
    void load(url, true);
  }, [url, load]);

  const refetch = React.useCallback(() => load(url, false), [url, load]);

  const isLoading = url !== null && data === undefined && error === undefined;
  return { data, error, isLoading, isFetching: pending > 0, refetch };
}
