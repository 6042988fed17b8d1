import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useParams } from 'react-router-dom';

import { dipApi, type DipListsResponse } from '../api/dip';
import { DIP_BASE, EditionsTable } from '../components/dip/EditionsTable';
import { EditionView } from '../components/dip/EditionView';
import { BackLink } from '../components/RecordParts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useCan } from '../hooks/useCan';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { ImportLink } from '../components/dip/ImportLink';

/** The year's lists (DIP editions) of the agencies the viewer works for, with the way to import rows. */
const EditionsList = () => {
  const { t } = usePpidIntl();
  const canExport = useCan('dip.export').allowed;
  const lists = useGet<DipListsResponse>(dipApi.lists());
  let body: React.ReactNode;
  if (lists.isLoading) body = <LoadingBlock />;
  else if (!lists.data) body = <ErrorBlock error={lists.error} onRetry={() => void lists.refetch()} />;
  else if (lists.data.data.editions.length === 0) body = <EmptyBlock content={t('dipRegister.empty', 'No DIP edition you may see yet.')} />;
  else body = <EditionsTable editions={lists.data.data.editions} canExport={canExport} />;
  return (
    <Box>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap" paddingBottom={4}>
        <Typography variant="omega" textColor="neutral700">
          {t('dipRegister.intro', 'The yearly Daftar Informasi Publik: each unit submits its rows, the check accepts or returns them, the head signs the list.')}
        </Typography>
        <ImportLink />
      </Flex>
      {body}
    </Box>
  );
};

/**
 * The DIP register (issue 12 point 4): the year's lists at `/plugins/ppid/dip`, one edition with its
 * collection per unit, the check and the head's signature at `/plugins/ppid/dip/:documentId`.
 */
export const DipRegisterPage = () => {
  const { t } = usePpidIntl();
  const { documentId } = useParams<{ documentId?: string }>();
  return (
    <Box paddingTop={6}>
      {documentId ? (
        <>
          <BackLink to={DIP_BASE}>{t('dipRegister.back', 'All DIP editions')}</BackLink>
          <EditionView documentId={documentId} />
        </>
      ) : (
        <EditionsList />
      )}
    </Box>
  );
};
