import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';

type BlobClient = { get: (url: string, options: { responseType: 'blob' }) => Promise<{ data: Blob }> };

/**
 * Downloads a record's PDF printout from an admin route (the admin token goes with the request, so a
 * plain link would not do) and saves it under `fileName`.
 */
export const PdfButton = ({ url, fileName, label }: { url: string; fileName: string; label?: string }) => {
  const { t } = usePpidIntl();
  const { get } = useFetchClient() as unknown as BlobClient;
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get(url, { responseType: 'blob' });
      const href = URL.createObjectURL(data);
      const a = document.createElement('a');
      a.href = href;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    } catch (err) {
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="secondary" size="S" startIcon={<Download />} loading={busy} onClick={() => void download()}>
      {label ?? t('record.pdf', 'PDF for the archive')}
    </Button>
  );
};
