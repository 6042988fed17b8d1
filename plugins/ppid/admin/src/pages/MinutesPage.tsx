import * as React from 'react';
import { Badge, Box, Button, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink, useParams } from 'react-router-dom';

import { websiteApi, type MinutesDetail, type MinutesRow, type Paged } from '../api/website';
import { ItemLink } from '../components/ItemLink';
import { Pager } from '../components/Pager';
import { PdfButton } from '../components/PdfButton';
import { BackLink, Field } from '../components/RecordParts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePostAction } from '../hooks/usePostAction';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { PLUGIN_ID } from '../pluginId';
import { WrapText } from '../components/WrapText';

const BASE = `/plugins/${PLUGIN_ID}/minutes`;

const ReportedBadge = ({ at }: { at: string | null }) => {
  const { t } = usePpidIntl();
  return at ? <Badge variant="success">{t('minutes.reported', 'Reported to the head')}</Badge> : <Badge>{t('minutes.notReported', 'Not reported yet')}</Badge>;
};

const MinutesList = () => {
  const { t, dateTime } = usePpidIntl();
  const [page, setPage] = React.useState(1);
  const list = useGet<Paged<MinutesRow>>(websiteApi.minutesList(page));
  if (list.isLoading) return <LoadingBlock />;
  if (list.error && !list.data) return <ErrorBlock error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data?.data ?? [];
  if (rows.length === 0) return <EmptyBlock content={t('minutes.empty', 'No minutes you may read yet.')} />;
  return (
    <Box>
      <Table colCount={5} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('minutes.meeting', 'Meeting')}</Typography></Th>
            <Th><Typography variant="sigma">{t('minutes.date', 'Date')}</Typography></Th>
            <Th><Typography variant="sigma">{t('minutes.place', 'Place')}</Typography></Th>
            <Th><Typography variant="sigma">{t('minutes.attendees', 'Attendees')}</Typography></Th>
            <Th><Typography variant="sigma">{t('minutes.report', 'Report')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r) => (
            <Tr key={r.documentId}>
              <Td><WrapText><Link tag={RouterLink} to={`${BASE}/${r.documentId}`}>{r.title}</Link></WrapText></Td>
              <Td><Typography>{dateTime(r.meetingAt) ?? '—'}</Typography></Td>
              <Td><WrapText min="10rem" max="20rem"><Typography>{r.place ?? '—'}</Typography></WrapText></Td>
              <Td><Typography>{r.attendees}</Typography></Td>
              <Td><ReportedBadge at={r.reportedToHeadAt} /></Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {list.data ? <Pager {...list.data.meta} onPage={setPage} /> : null}
    </Box>
  );
};

const MinutesView = ({ documentId }: { documentId: string }) => {
  const { t, pick, dateTime, day } = usePpidIntl();
  const item = useGet<{ data: MinutesDetail }>(websiteApi.minutes(documentId));
  const { run, busy } = usePostAction();
  const m = item.data?.data;
  let body: React.ReactNode;
  if (item.isLoading) body = <LoadingBlock />;
  else if (!m) body = <ErrorBlock error={item.error} onRetry={() => void item.refetch()} />;
  else
    body = (
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
        <Flex justifyContent="space-between" gap={4} wrap="wrap" paddingBottom={4}>
          <Typography variant="beta" tag="h2">{m.title}</Typography>
          <Flex gap={2}>
            {m.canReport ? (
              <Button
                size="S"
                loading={busy === 'report'}
                onClick={async () => {
                  if (await run('report', websiteApi.minutesReport(documentId), {}, t('minutes.reportedNotice', 'Reported to the head.'))) await item.refetch();
                }}
              >
                {t('minutes.reportAction', 'Report to the head')}
              </Button>
            ) : null}
            <PdfButton url={websiteApi.minutesPdf(documentId)} fileName={`notulen-${documentId}.pdf`} />
          </Flex>
        </Flex>
        {m.frozen ? <Typography variant="pi" textColor="neutral600">{pick(m.frozen)}</Typography> : null}
        <Box tag="dl" paddingTop={4}>
          <Field label={t('minutes.date', 'Date')}>{dateTime(m.meetingAt)}</Field>
          <Field label={t('minutes.place', 'Place')}>{m.place}</Field>
          <Field label={t('minutes.unit', 'Unit')}>{m.unit?.name}</Field>
          <Field label={t('minutes.attendees', 'Attendees')}>{m.attendees.map((a) => `${a.name} — ${a.position}`).join('\n')}</Field>
          <Field label={t('minutes.agenda', 'Agenda')}>{m.agenda}</Field>
          {m.discussion ? <Field label={t('minutes.discussion', 'Discussion')}>{m.discussion}</Field> : null}
          <Field label={t('minutes.decisions', 'Decisions')}>{m.decisions}</Field>
          <Field label={t('minutes.followUps', 'Follow-ups (backlog items)')}>
            {m.backlogItems.length === 0
              ? null
              : m.backlogItems.map((b) => (
                  <Flex key={b.documentId} gap={2} tag="span">
                    <ItemLink type="backlog-item" documentId={b.documentId} title={b.title} />
                    <Typography variant="pi" textColor="neutral600">
                      {t(`backlogState.${b.state}`, b.state)}
                      {b.dueOn ? ` · ${t('backlog.dueOn', 'Scheduled for {day}', { day: day(b.dueOn) ?? b.dueOn })}` : ''}
                    </Typography>
                  </Flex>
                ))}
          </Field>
          <Field label={t('minutes.report', 'Report')}>
            {m.reported ? t('minutes.reportedBy', 'Reported to the head by {name} on {when}', { name: m.reported.by?.name ?? '—', when: dateTime(m.reported.at) ?? '' }) : t('minutes.notReported', 'Not reported yet')}
          </Field>
        </Box>
      </Box>
    );
  return (
    <Box>
      <BackLink to={BASE}>{t('minutes.back', 'All minutes')}</BackLink>
      {body}
    </Box>
  );
};

/** Meeting minutes (notulen, web SOP B1-B2): the list, and one set in full with its report to the head. */
export const MinutesPage = () => {
  const { documentId } = useParams<{ documentId?: string }>();
  return <Box paddingTop={6}>{documentId ? <MinutesView documentId={documentId} /> : <MinutesList />}</Box>;
};
