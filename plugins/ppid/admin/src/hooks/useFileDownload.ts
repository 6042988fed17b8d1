import { useFetchClient } from '@strapi/strapi/admin';

import { fileNameOf, refusalMessage, saveBlob } from '../utils/download';

type BlobClient = {
  get: (url: string, options: { responseType: 'blob'; validateStatus: (status: number) => boolean }) => Promise<{ data: Blob; status: number; headers?: Headers }>;
};

/** An error carrying the server's own message for a refused download (e.g. "only the head may sign"). */
export class DownloadRefused extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'DownloadRefused';
  }
}

/**
 * `download(url, fallbackName)`: fetches an admin file route with the admin token and saves it under
 * the server's file name; a refusal throws DownloadRefused with the server's message.
 */
export function useFileDownload() {
  const { get } = useFetchClient() as unknown as BlobClient;
  return async (url: string, fallbackName: string): Promise<void> => {
    // 401 still throws, so that the client's own session refresh and logout run as for any request.
    const res = await get(url, { responseType: 'blob', validateStatus: (status) => status !== 401 });
    if (res.status >= 400) {
      const text = typeof res.data?.text === 'function' ? await res.data.text() : '';
      // Without a message of the server's, the caller shows its own generic text.
      throw new DownloadRefused(refusalMessage(text) ?? '', res.status);
    }
    saveBlob(res.data, fileNameOf(res.headers?.get?.('Content-Disposition'), fallbackName));
  };
}
