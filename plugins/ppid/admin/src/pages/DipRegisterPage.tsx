import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useParams } from 'react-router-dom';

import { dipApi, type DipListsResponse } from '../api/dip';
import { DIP_BASE, ListsTable } from '../components/dip/ListsTable';
import { EditionView } from '../components/dip/EditionView';
import { BackLink } from '../components/RecordParts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useCan } from '../hooks/useCan';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { ImportLink } from '../components/dip/ImportLink';

/**
 * The year's lists of the agencies the viewer works for: the DIP editions (with the way to import
 * rows) and the lists of excluded information, each signed by the head.
 */
const EditionsList = () => {
  const { t } = usePpidIntl();
  const canExport = useCan('dip.export').allowed;
  const lists = useGet<DipListsResponse>(dipApi.lists());
  if (lists.isLoading) return <LoadingBlock />;
  if (!lists.data) return <ErrorBlock error={lists.error} onRetry={() => void lists.refetch()} />;
  const { editions, exclusionLists } = lists.data.data;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
        <Typography variant="omega" textColor="neutral700">
          {t('dipRegister.intro', 'The yearly Daftar Informasi Publik: each unit submits its rows, the check accepts or returns them, the head signs the list.')}
        </Typography>
        <ImportLink />
      </Flex>
      {editions.length === 0 ? (
        <EmptyBlock content={t('dipRegister.empty', 'No DIP edition you may see yet.')} />
      ) : (
        <ListsTable type="dip-edition" rows={editions} canExport={canExport} />
      )}
      <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={4}>
        <Typography variant="delta" tag="h2">{t('exclusionLists.title', 'Lists of excluded information')}</Typography>
        <Typography variant="omega" textColor="neutral700">
          {t('exclusionLists.intro', 'Each year the PPID Pembantu compiles the excluded information with its consequence tests, the Ketua PPID checks the tests, then the head (Atasan PPID) signs the list and it is archived.')}
        </Typography>
      </Flex>
      {exclusionLists.length === 0 ? (
        <EmptyBlock content={t('exclusionLists.empty', 'No list of excluded information you may see yet.')} />
      ) : (
        <ListsTable type="exclusion-list" rows={exclusionLists} />
      )}
    </Flex>
  );
};

/**
 * The DIP register (issue 12 point 4): the year's lists at `/plugins/ppid/dip`, one edition with its
 * collection per unit, the check and the head's signature at `/plugins/ppid/dip/:documentId`. A list
 * of excluded information has its page under the Excluded information tab.
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
