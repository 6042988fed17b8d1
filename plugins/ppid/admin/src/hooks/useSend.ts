import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { serverProblems } from '../api/requests';
import { errorMessage } from '../utils/errors';
import { usePpidIntl } from './usePpidIntl';

type Client = {
  post: <T>(url: string, body: unknown) => Promise<{ data: T }>;
  put: <T>(url: string, body: unknown) => Promise<{ data: T }>;
};

export type SendResult<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

/**
 * POST or PUT one form of the request desk: `busy` while it runs, a success notice, else the
 * server's message as a notice and its field problems (a 400's `details.errors`) for the form.
 */
export function useSend() {
  const client = useFetchClient() as unknown as Client;
  const { toggleNotification } = useNotification();
  const { t } = usePpidIntl();
  const [busy, setBusy] = React.useState<string | null>(null);

  const send = React.useCallback(
    async <T>(method: 'post' | 'put', url: string, body: unknown, done: string, key = url): Promise<SendResult<T>> => {
      setBusy(key);
      try {
        const res = await client[method]<T>(url, body);
        toggleNotification({ type: 'success', message: done });
        return { ok: true, data: res.data };
      } catch (err) {
        toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
        return { ok: false, fields: serverProblems(err) };
      } finally {
        setBusy(null);
      }
    },
    [client, toggleNotification, t]
  );
  return { send, busy };
}
