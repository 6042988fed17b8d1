import type { ReactNode } from 'react';
import { Box, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';

import type { GetState } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';

/** A centred loader with a text alternative. */
export const LoadingBlock = ({ label, small = false }: { label?: string; small?: boolean }) => {
  const { t } = usePpidIntl();
  return (
    <Flex justifyContent="center" padding={small ? 2 : 8}>
      <Loader small={small}>{label ?? t('state.loading', 'Loading…')}</Loader>
    </Flex>
  );
};

/** A failed request: the server's message and a retry button. */
export const ErrorBlock = ({ error, onRetry, compact = false }: { error: unknown; onRetry?: () => void; compact?: boolean }) => {
  const { t } = usePpidIntl();
  const message = errorMessage(error) ?? t('state.error', 'The data could not be loaded.');
  const retry = onRetry ? (
    <Button variant="secondary" size="S" startIcon={<ArrowClockwise />} onClick={onRetry}>
      {t('state.retry', 'Try again')}
    </Button>
  ) : undefined;
  if (compact) {
    return (
      <Box role="alert" padding={3} background="danger100" hasRadius borderColor="danger200">
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography variant="pi" textColor="danger700">
            {message}
          </Typography>
          {retry}
        </Flex>
      </Box>
    );
  }
  return (
    <Box role="alert">
      <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={message} action={retry} hasRadius shadow="tableShadow" />
    </Box>
  );
};

export const EmptyBlock = ({ content, action }: { content: string; action?: ReactNode }) => (
  <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={content} action={action} hasRadius shadow="tableShadow" />
);

/**
 * Where a fetched list stands: a loader while it loads, the error with a retry when it failed with
 * nothing loaded before, `empty` when the answer has no row, else the rows (`children`).
 */
export const FetchedList = ({ list, count, empty, compactError = false, children }: { list: GetState<unknown>; count: number; empty: ReactNode; compactError?: boolean; children: ReactNode }) => (
  <>
    {list.isLoading ? <LoadingBlock /> : null}
    {list.error && !list.data ? <ErrorBlock compact={compactError} error={list.error} onRetry={() => void list.refetch()} /> : null}
    {list.data && count === 0 ? empty : null}
    {count > 0 ? children : null}
  </>
);
