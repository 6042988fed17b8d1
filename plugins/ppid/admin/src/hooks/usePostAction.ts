import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { usePpidIntl } from './usePpidIntl';
import { errorMessage } from '../utils/errors';

type PostClient = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };

/**
 * POST to a plugin admin route as one action: `busy` while it runs, a success notice, or the
 * server's refusal message as it sent it. Resolves the response's data, or undefined on failure.
 */
export function usePostAction() {
  const { post } = useFetchClient() as PostClient;
  const { toggleNotification } = useNotification();
  const { t } = usePpidIntl();
  const [busy, setBusy] = React.useState<string | null>(null);

  const run = React.useCallback(
    async <T>(key: string, url: string, body: unknown, done: string): Promise<T | undefined> => {
      setBusy(key);
      try {
        const res = await post<T>(url, body);
        toggleNotification({ type: 'success', message: done });
        return res.data;
      } catch (err) {
        toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [post, toggleNotification, t]
  );

  return { run, busy };
}
