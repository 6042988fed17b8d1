import { Flex, Typography } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { OverdueBadge } from './Badges';

interface DueTextProps {
  dueAt: string | null | undefined;
  overdue: boolean;
  /** Hide the overdue badge (when the caller shows it elsewhere). */
  withBadge?: boolean;
}

/**
 * "Tenggat 2 jam lagi" / "Due in 2 hr", or when late "Terlambat 2 hari" / "2 days late" (absolute time
 * on hover), with an Overdue badge when late.
 */
export const DueText = ({ dueAt, overdue, withBadge = true }: DueTextProps) => {
  const { t, relative, late, dateTime } = usePpidIntl();
  const rel = relative(dueAt);
  const lateBy = overdue ? late(dueAt) : null;
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
        {lateBy ? lateBy.charAt(0).toUpperCase() + lateBy.slice(1) : t('due.relative', 'Due {relative}', { relative: rel })}
      </Typography>
      {withBadge && overdue ? <OverdueBadge /> : null}
    </Flex>
  );
};
