import { Badge, type BadgeProps } from '@strapi/design-system';

import type { StageKind, TransitionAction } from '../api/types';
import { usePpidIntl } from '../hooks/usePpidIntl';

type Variant = NonNullable<BadgeProps['variant']>;

/** One colour per kind of stage, the same everywhere (inbox, board, definitions, panel). */
export const STAGE_KIND_VARIANT: Record<StageKind, Variant> = {
  work: 'secondary',
  review: 'alternative',
  publishing: 'warning',
  published: 'success',
  cancelled: 'danger',
};

/** One colour per kind of transition: forward, return, cancel, publish. */
export const ACTION_VARIANT: Record<TransitionAction, Variant> = {
  forward: 'primary',
  return: 'warning',
  cancel: 'danger',
  publish: 'success',
};

export const StageBadge = ({ kind, children }: { kind?: StageKind | null; children: string }) => (
  <Badge variant={(kind && STAGE_KIND_VARIANT[kind]) || 'neutral'}>{children}</Badge>
);

export const ActionBadge = ({ action }: { action: string }) => {
  const { t } = usePpidIntl();
  const variant = (ACTION_VARIANT as Record<string, Variant | undefined>)[action] ?? 'neutral';
  return <Badge variant={variant}>{t(`action.${action}`, action)}</Badge>;
};

export const OverdueBadge = () => {
  const { t } = usePpidIntl();
  return <Badge variant="danger">{t('due.overdue', 'Overdue')}</Badge>;
};
