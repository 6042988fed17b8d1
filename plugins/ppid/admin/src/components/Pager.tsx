import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';

import { usePpidIntl } from '../hooks/usePpidIntl';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Page 2 of 5 · 84 records" with previous and next buttons; nothing when one page holds all. */
export const Pager = ({ page, pageSize, total, onPage }: PagerProps) => {
  const { t } = usePpidIntl();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Flex tag="nav" aria-label={t('pager.label', 'Pages')} gap={3} justifyContent="flex-end" paddingTop={4}>
      <Typography variant="pi" textColor="neutral600">
        {t('pager.status', 'Page {page} of {pages} · {total, plural, one {# record} other {# records}}', { page, pages, total })}
      </Typography>
      <Button variant="tertiary" size="S" startIcon={<ChevronLeft />} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.previous', 'Previous')}
      </Button>
      <Button variant="tertiary" size="S" endIcon={<ChevronRight />} disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next', 'Next')}
      </Button>
    </Flex>
  );
};
