import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { Badge, type BadgeProps, Box, Button, Flex, Link, SingleSelect, SingleSelectOption, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, Earth } from '@strapi/icons';
import { Link as RouterLink, useParams } from 'react-router-dom';

import { EXCLUSION_STATUSES, type Exclusion, type ExclusionStatus, type ExclusionsResponse } from '../api/types';
import { DIP_BASE } from '../components/dip/ListsTable';
import { ExclusionListView } from '../components/dip/ExclusionListView';
import { DownloadButtons } from '../components/DownloadButtons';
import { ItemLink } from '../components/ItemLink';
import { BackLink } from '../components/RecordParts';
import { ReopenModal } from '../components/ReopenModal';
import { SimpleTable } from '../components/SimpleTable';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useCan } from '../hooks/useCan';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { adminUrl } from '../../../shared/routes';
import { Pager } from '../components/Pager';

export const STATUS_VARIANT: Record<ExclusionStatus, NonNullable<BadgeProps['variant']>> = { in_force: 'secondary', ending: 'warning', ended: 'danger', reopened: 'success' };
const EXPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
const SUMMARY_LENGTH = 160;

export const exclusionsUrl = (status: ExclusionStatus | 'all', page: number) => adminUrl('exclusions', {}, { status: status === 'all' ? undefined : status, page, pageSize: 25 });
const shorten = (text: string) => (text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : text);

/** One exclusion: title, DIP entries, Pasal 17 letter, consequence test, period, status, re-opening. */
const ExclusionRow = ({ x, canReopen, onReopen }: { x: Exclusion; canReopen: boolean; onReopen: (x: Exclusion) => void }) => {
  const { t, day } = usePpidIntl();
  return (
    <Tr>
      <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <ItemLink type="exclusion" documentId={x.documentId} title={x.title} />
          <Typography variant="pi" textColor="neutral600">
            {[x.unit?.name, x.published ? null : t('exclusions.draft', 'not published')].filter(Boolean).join(' · ')}
          </Typography>
          {x.entries.map((e) => (
            <Typography key={e.documentId} variant="pi" textColor="neutral700">
              {t('exclusions.entry', 'DIP {number}: {title}', { number: e.number, title: e.title })}
            </Typography>
          ))}
        </Flex>
      </Td>
      <Td style={{ verticalAlign: 'top' }}>
        <Typography>{t('exclusions.letter', 'Art. 17 ({letter})', { letter: x.article17Letter })}</Typography>
      </Td>
      <Td style={{ verticalAlign: 'top', whiteSpace: 'normal', maxWidth: '28rem' }}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" title={x.consequenceIfOpened}>
            {t('exclusions.ifOpened', 'If opened: {text}', { text: shorten(x.consequenceIfOpened) })}
          </Typography>
          <Typography variant="pi" textColor="neutral600" title={x.consequenceIfClosed}>
            {t('exclusions.ifClosed', 'If closed: {text}', { text: shorten(x.consequenceIfClosed) })}
          </Typography>
        </Flex>
      </Td>
      <Td style={{ verticalAlign: 'top' }}>
        <Typography variant="pi">{t('exclusions.period', '{from} – {to}', { from: day(x.testedOn) ?? '—', to: day(x.exclusionEndsOn) ?? '—' })}</Typography>
      </Td>
      <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Badge variant={STATUS_VARIANT[x.status]}>{t(`exclusions.status.${x.status}`, x.status)}</Badge>
          {x.reopened ? (
            <Typography variant="pi" textColor="neutral600" title={x.reopened.reason}>
              {t('exclusions.reopenedBy', '{when} by {who}, now {class}', {
                when: day(x.reopened.on) ?? x.reopened.on,
                who: x.reopened.byName ?? '—',
                class: t(`infoClass.${x.reopened.newClass}`, x.reopened.newClass),
              })}
            </Typography>
          ) : null}
        </Flex>
      </Td>
      {canReopen ? (
        <Td style={{ verticalAlign: 'top' }}>
          {x.status === 'ended' ? (
            <Button variant="secondary" size="S" startIcon={<Earth />} onClick={() => onReopen(x)}>
              {t('exclusions.reopen', 'Re-open')}
            </Button>
          ) : null}
        </Td>
      ) : null}
    </Tr>
  );
};

/**
 * Informasi yang dikecualikan (UU 14/2008 Pasal 17): every exclusion with its consequence test and
 * period, where it stands (in force, ending within the checker's warning days, ended, re-opened),
 * the re-opening of ended ones and the downloads of the excluded list.
 */
const ExclusionsList = () => {
  const { t } = usePpidIntl();
  const { toggleNotification } = useNotification();
  const canReopen = useCan('workflow.transition').allowed;
  const canExport = useCan('dip.export').allowed;
  const [status, setStatus] = React.useState<ExclusionStatus | 'all'>('all');
  const [page, setPage] = React.useState(1);
  const [reopening, setReopening] = React.useState<Exclusion | null>(null);
  const list = useGet<ExclusionsResponse>(exclusionsUrl(status, page));
  const rows = list.data?.data ?? [];

  let body: React.ReactNode;
  if (list.isLoading) body = <LoadingBlock />;
  else if (list.error && !list.data) body = <ErrorBlock error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0) body = <EmptyBlock content={t('exclusions.empty', 'No excluded information here.')} />;
  else {
    const columns = [t('exclusions.col.information', 'Information'), t('exclusions.col.letter', 'Ground'), t('exclusions.col.test', 'Consequence test'), t('exclusions.col.period', 'Period'), t('exclusions.col.status', 'Status')];
    if (canReopen) columns.push(t('exclusions.col.actions', 'Actions'));
    body = (
      <SimpleTable columns={columns} rowCount={rows.length}>
        {rows.map((x) => (
          <ExclusionRow key={x.documentId} x={x} canReopen={canReopen} onReopen={setReopening} />
        ))}
      </SimpleTable>
    );
  }

  return (
    <Box paddingTop={6}>
      <Flex justifyContent="space-between" alignItems="flex-end" paddingBottom={4} gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="omega" textColor="neutral700">
            {t('exclusions.total', '{total, plural, one {# exclusion} other {# exclusions}}', { total: list.data?.meta.pagination.total ?? 0 })}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('exclusions.ending.hint', '“Ending” means the period ends within {days} days.', { days: list.data?.meta.warnDays ?? 30 })}
          </Typography>
          <Link tag={RouterLink} to={DIP_BASE}>
            {t('exclusionLists.link', 'Yearly lists signed by the head (DIP register)')}
          </Link>
        </Flex>
        <Flex gap={2} alignItems="flex-end" wrap="wrap">
          <Box minWidth="16rem">
            <SingleSelect
              aria-label={t('exclusions.filter', 'Status')}
              size="S"
              value={status}
              onChange={(v: string | number) => {
                setStatus(String(v) as ExclusionStatus | 'all');
                setPage(1);
              }}
            >
              {(['all', ...EXCLUSION_STATUSES] as const).map((s) => (
                <SingleSelectOption key={s} value={s}>
                  {t(`exclusions.status.${s}`, s)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void list.refetch()} loading={list.isFetching && !list.isLoading}>
            {t('action.refresh', 'Refresh')}
          </Button>
          {canExport ? (
            <DownloadButtons
              formats={EXPORT_FORMATS}
              url={(f) => adminUrl('excludedExport', { format: f })}
              fallback={(f) => `informasi-dikecualikan.${f}`}
              label={(f) => t('exclusions.download', 'List ({format})', { format: f.toUpperCase() })}
            />
          ) : null}
        </Flex>
      </Flex>
      {body}
      {list.data ? <Pager page={page} pageSize={list.data.meta.pagination.pageSize} total={list.data.meta.pagination.total} onPage={setPage} /> : null}
      <ReopenModal
        exclusion={reopening}
        onClose={() => setReopening(null)}
        onDone={() => {
          setReopening(null);
          toggleNotification({ type: 'success', message: t('exclusions.reopened', 'Re-opened: the information and its DIP entries are open again.') });
          void list.refetch();
        }}
      />
    </Box>
  );
};

/**
 * The Excluded information tab: every exclusion at `/plugins/ppid/exclusions`, one year's list of
 * excluded information (its steps and the head's signature) at `/plugins/ppid/exclusions/:documentId`.
 */
export const ExclusionsPage = () => {
  const { t } = usePpidIntl();
  const { documentId } = useParams<{ documentId?: string }>();
  if (!documentId) return <ExclusionsList />;
  return (
    <Box paddingTop={6}>
      <BackLink to={DIP_BASE}>{t('exclusionLists.back', 'All yearly lists')}</BackLink>
      <ExclusionListView documentId={documentId} />
    </Box>
  );
};
