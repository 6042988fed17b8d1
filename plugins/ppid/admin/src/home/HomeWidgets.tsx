import type { ReactNode } from 'react';
import { Widget } from '@strapi/strapi/admin';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';

import type { HomeResponse, HomeUnitItem, InboxItem } from '../api/types';
import { SEVERITY_VARIANT } from '../pages/CompliancePage';
import { DueText } from '../components/DueText';
import { ItemLink } from '../components/ItemLink';
import { usePpidIntl, type PpidIntl } from '../hooks/usePpidIntl';
import { useHome } from './useHome';

/** A summary line and a short list, or the widget's own loading / error / empty states. */
const Shell = ({ summary, empty, children, count }: { summary: string; empty: string; count: number; children: ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={3}>
    <Typography variant="omega" textColor="neutral700">
      {summary}
    </Typography>
    {count === 0 ? (
      <Typography variant="pi" textColor="neutral600">
        {empty}
      </Typography>
    ) : (
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {children}
      </Flex>
    )}
  </Flex>
);

const Row = ({ children }: { children: ReactNode }) => (
  <Box tag="li" paddingBottom={2} borderColor="neutral150" style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}>
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {children}
    </Flex>
  </Box>
);

function useWidgetState() {
  const home = useHome();
  const { t } = usePpidIntl();
  if (home.error) return { node: <Widget.Error>{t('home.error', 'The PPID summary could not be loaded.')}</Widget.Error> };
  if (!home.data) return { node: <Widget.Loading>{t('state.loading', 'Loading…')}</Widget.Loading> };
  return { data: home.data };
}

type WorkItem = HomeUnitItem | InboxItem;

/**
 * A list of workflow items with its counts: each item's link, type · stage · unit, and due time.
 * `texts` words the counts (each widget its own sentence); `keyOf` tells the items apart.
 */
const WorkItemsWidget = <Item extends WorkItem>({
  of,
  keyOf,
  texts,
}: {
  of: (data: HomeResponse['data']) => { total: number; overdue: number; items: Item[] };
  keyOf: (item: Item) => string;
  texts: (t: PpidIntl['t'], counts: { total: number; overdue: number }) => { summary: string; empty: string };
}) => {
  const { t, pick, typeLabel } = usePpidIntl();
  const { node, data } = useWidgetState();
  if (!data) return node;
  const { total, overdue, items } = of(data);
  const { summary, empty } = texts(t, { total, overdue });
  return (
    <Shell count={items.length} summary={summary} empty={empty}>
      {items.map((i) => (
        <Row key={keyOf(i)}>
          <ItemLink type={i.type} documentId={i.documentId} title={i.title ?? t('item.untitled', 'Untitled')} />
          <Typography variant="pi" textColor="neutral600">
            {typeLabel(i.type)} · {pick(i.stageName, i.stage)}
            {i.unit ? ` · ${i.unit.name}` : ''}
          </Typography>
          <DueText dueAt={i.dueAt} overdue={i.overdue} />
        </Row>
      ))}
    </Shell>
  );
};

/** What awaits me: the inbox's first items, overdue first, with their due times. */
export const AwaitingWidget = () => (
  <WorkItemsWidget
    of={(data) => data.awaiting}
    keyOf={(i) => `${i.type}:${i.documentId}:${i.task}`}
    texts={(t, counts) => ({
      summary: t('home.awaiting.summary', '{total, plural, =0 {Nothing awaits you} one {# item awaits you} other {# items await you}}{overdue, plural, =0 {} other {, # overdue}}.', counts),
      empty: t('home.awaiting.empty', 'No step of any review is yours to take now.'),
    })}
  />
);

/** My units' items in review that are someone else's step now. */
export const UnitItemsWidget = () => (
  <WorkItemsWidget
    of={(data) => data.inReview}
    keyOf={(i) => `${i.type}:${i.documentId}`}
    texts={(t, counts) => ({
      summary: t('home.inReview.summary', '{total, plural, =0 {No item of your units is in review} one {# item of your units is in review} other {# items of your units are in review}}{overdue, plural, =0 {} other {, # overdue}}.', counts),
      empty: t('home.inReview.empty', 'Items of your units appear here while others review them.'),
    })}
  />
);

/** The compliance alerts addressed to me, worst first. */
export const AlertsWidget = () => {
  const { t, pick, relative } = usePpidIntl();
  const { node, data } = useWidgetState();
  if (!data) return node;
  const { total, critical, items } = data.alerts;
  return (
    <Shell
      count={items.length}
      summary={t('home.alerts.summary', '{total, plural, =0 {No alert is addressed to you} one {# alert is addressed to you} other {# alerts are addressed to you}}{critical, plural, =0 {} other {, # critical}}.', { total, critical })}
      empty={t('home.alerts.empty', 'Every obligation the checker addresses to you is met.')}
    >
      {items.map((a) => (
        <Row key={a.id}>
          <Flex gap={2} wrap="wrap">
            <Badge variant={SEVERITY_VARIANT[a.severity]}>{t(`compliance.severity.${a.severity}`, a.severity)}</Badge>
            {a.state === 'acknowledged' ? <Badge variant="alternative">{t('compliance.state.acknowledged', 'Acknowledged')}</Badge> : null}
          </Flex>
          <Typography textColor="neutral800">{pick(a.title, a.rule)}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {a.unit ? `${a.unit.name} · ` : ''}
            {t('home.alerts.since', 'raised {when}', { when: relative(a.firstSeenAt) ?? '—' })}
          </Typography>
        </Row>
      ))}
    </Shell>
  );
};
