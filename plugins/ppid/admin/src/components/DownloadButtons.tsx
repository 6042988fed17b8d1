import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { Button, Flex } from '@strapi/design-system';
import { Download } from '@strapi/icons';

import { useFileDownload } from '../hooks/useFileDownload';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';

/**
 * One button per format of an admin file route (`url(format)`), fetched with the admin token and
 * saved under the server's file name (`fallback(format)` when the header is not readable).
 */
export const DownloadButtons = ({ formats, url, fallback, label }: { formats: readonly string[]; url: (format: string) => string; fallback: (format: string) => string; label: (format: string) => string }) => {
  const { t } = usePpidIntl();
  const fetchFile = useFileDownload();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<string | null>(null);

  const download = async (format: string) => {
    setBusy(format);
    try {
      await fetchFile(url(format), fallback(format));
    } catch (err) {
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex gap={2} wrap="wrap">
      {formats.map((f) => (
        <Button key={f} variant="secondary" size="S" startIcon={<Download />} loading={busy === f} disabled={busy !== null} onClick={() => void download(f)}>
          {label(f)}
        </Button>
      ))}
    </Flex>
  );
};
