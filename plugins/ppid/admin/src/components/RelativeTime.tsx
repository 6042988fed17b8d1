import { Typography } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';

/** A moment relative to now ("3 hours ago"), the exact time on hover; a dash when unknown. */
export const RelativeTime = ({ at }: { at: string | null | undefined }) => {
  const { relative, dateTime } = usePpidIntl();
  return (
    <Typography variant="pi" textColor="neutral700" title={dateTime(at) ?? undefined}>
      {relative(at) ?? '—'}
    </Typography>
  );
};
