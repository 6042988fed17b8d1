import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';

import { useFileDownload } from '../hooks/useFileDownload';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';

/**
 * Downloads a file from an admin route (a record's PDF printout, a requester's identity document): the
 * admin token goes with the request, so a plain link would not do; saved under the server's name or `fileName`.
 */
export const PdfButton = ({ url, fileName, label }: { url: string; fileName: string; label?: string }) => {
  const { t } = usePpidIntl();
  const fetchFile = useFileDownload();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await fetchFile(url, fileName);
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
