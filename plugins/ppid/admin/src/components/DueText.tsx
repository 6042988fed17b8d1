import { Flex, Typography } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { OverdueBadge } from './Badges';

interface DueTextProps {
  dueAt: string | null | undefined;
  overdue: boolean;
  /** Hide the overdue badge (when the caller shows it elsewhere). */
  withBadge?: boolean;
}

/** "Due in 2 hr" (absolute time on hover and for screen readers), with an Overdue badge when late. */
export const DueText = ({ dueAt, overdue, withBadge = true }: DueTextProps) => {
  const { t, relative, dateTime } = usePpidIntl();
  const rel = relative(dueAt);
  const abs = dateTime(dueAt);
  if (!rel) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('due.none', 'No time standard')}
      </Typography>
    );
  }
  return (
    <Flex gap={2} wrap="wrap" alignItems="center">
      <Typography variant="pi" textColor={overdue ? 'danger600' : 'neutral700'} title={abs ?? undefined}>
        {t('due.relative', 'Due {relative}', { relative: rel })}
      </Typography>
      {withBadge && overdue ? <OverdueBadge /> : null}
    </Flex>
  );
};
