import * as React from 'react';
import { useRBAC } from '@strapi/strapi/admin';
import { Badge, Box, Button, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

import type { OrganisationChangesResponse, OrganisationHolder, OrganisationResponse, OrganisationUnit, UncoveredStage } from '../api/types';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { changedFields, changesUrl } from '../utils/organisation';
import { adminUrl } from '../../../shared/routes';
import { Pager } from '../components/Pager';

export const ORGANISATION_READ = [{ action: 'plugin::ppid.organisation.read', subject: null }];
const ORGANISATION_MANAGE = [{ action: 'plugin::ppid.organisation.manage', subject: null }];
const CM = '/content-manager/collection-types/plugin::ppid.';

const Heading = ({ children }: { children: string }) => (
  <Box paddingTop={6} paddingBottom={3}>
    <Typography variant="delta" tag="h2">
      {children}
    </Typography>
  </Box>
);

/** One holder: position, name, acting badge, since / until, NIP. */
const HolderLine = ({ holder, upcoming = false }: { holder: OrganisationHolder; upcoming?: boolean }) => {
  const { t, positionLabel, holdingLabel, day } = usePpidIntl();
  const acting = holdingLabel(holder.holding);
  const period = holder.endsOn
    ? t('organisation.period', '{from} – {to}', { from: day(holder.startsOn) ?? holder.startsOn, to: day(holder.endsOn) ?? holder.endsOn })
    : t('organisation.since', 'since {from}', { from: day(holder.startsOn) ?? holder.startsOn });
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} paddingBottom={2}>
      <Flex gap={2} wrap="wrap">
        <Typography fontWeight="semiBold" textColor={upcoming ? 'neutral600' : 'neutral800'}>
          {positionLabel(holder.position)}
        </Typography>
        <Typography textColor={upcoming ? 'neutral600' : 'neutral800'}>{holder.userName}</Typography>
        {acting ? <Badge variant="alternative">{acting}</Badge> : null}
        {holder.endingSoon ? <Badge variant="warning">{t('organisation.endingSoon', 'Ends soon')}</Badge> : null}
        {upcoming ? <Badge variant="secondary">{t('organisation.upcoming', 'Starts later')}</Badge> : null}
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {holder.officialName ? `${holder.officialName} · ` : ''}
        {period}
        {holder.nip ? ` · NIP ${holder.nip}` : ''}
        {holder.decreeNumber ? ` · ${t('organisation.decree', 'Decree {number}', { number: holder.decreeNumber })}` : ''}
      </Typography>
    </Flex>
  );
};

const UnitsTable = ({ units }: { units: OrganisationUnit[] }) => {
  const { t } = usePpidIntl();
  return (
    <Table colCount={2} rowCount={units.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('organisation.col.unit', 'Unit')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('organisation.col.holders', 'Positions and holders')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {units.map((unit) => (
          <Tr key={unit.id}>
            <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
              <Box paddingLeft={unit.depth * 6} paddingTop={2} paddingBottom={2}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Link tag={RouterLink} to={`${CM}unit/${unit.documentId}`}>
                    {unit.name}
                  </Link>
                  <Flex gap={2} wrap="wrap">
                    <Typography variant="pi" textColor="neutral600">
                      {t(`organisation.kind.${unit.kind}`, unit.kind)} · {unit.code}
                    </Typography>
                    {!unit.active ? <Badge variant="danger">{t('organisation.inactive', 'Inactive')}</Badge> : null}
                    {unit.active && !unit.publishes ? <Badge>{t('organisation.notPublishing', 'Does not publish')}</Badge> : null}
                  </Flex>
                </Flex>
              </Box>
            </Td>
            <Td style={{ verticalAlign: 'top', whiteSpace: 'normal' }}>
              <Box paddingTop={2}>
                {unit.holders.length === 0 && unit.upcoming.length === 0 ? (
                  <Typography variant="pi" textColor="neutral600">
                    {t('organisation.nobody', 'Nobody holds a position here; the positions of the unit above act for it.')}
                  </Typography>
                ) : null}
                {unit.holders.map((h) => (
                  <HolderLine key={h.documentId} holder={h} />
                ))}
                {unit.upcoming.map((h) => (
                  <HolderLine key={h.documentId} holder={h} upcoming />
                ))}
              </Box>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const UncoveredList = ({ gaps }: { gaps: UncoveredStage[] }) => {
  const { t, pick, positionLabel, typeLabel } = usePpidIntl();
  if (gaps.length === 0)
    return (
      <Box padding={4} background="success100" hasRadius borderColor="success200">
        <Typography textColor="success700">{t('organisation.covered', 'Every stage of every workflow has someone who can act today.')}</Typography>
      </Box>
    );
  return (
    <Box role="alert" padding={4} background="danger100" hasRadius borderColor="danger200">
      <Flex direction="column" alignItems="flex-start" gap={3}>
        <Typography textColor="danger700" fontWeight="semiBold">
          {t('organisation.uncoveredIntro', 'Items stop at these stages: nobody holds the position that acts there today.')}
        </Typography>
        {gaps.map((g) => (
          <Flex key={`${g.contentType}|${g.workflowKey}|${g.stage}`} direction="column" alignItems="flex-start" gap={1}>
            <Typography textColor="neutral800">
              {typeLabel(g.contentType)} · {pick(g.workflowName, g.workflowKey)} · {pick(g.stageName, g.stage)}
            </Typography>
            <Typography variant="pi" textColor="neutral700">
              {t('organisation.uncoveredDetail', '{position} needed for: {units}', { position: positionLabel(g.actor), units: g.units.map((u) => u.name).join(', ') })}
            </Typography>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};

const ChangeLog = () => {
  const { t, dateTime, relative } = usePpidIntl();
  const [page, setPage] = React.useState(1);
  const log = useGet<OrganisationChangesResponse>(changesUrl(page));
  if (log.isLoading) return <LoadingBlock />;
  if (log.error && !log.data) return <ErrorBlock error={log.error} onRetry={() => void log.refetch()} />;
  const rows = log.data?.data ?? [];
  if (rows.length === 0) return <EmptyBlock content={t('organisation.noChanges', 'No change to units or positions has been recorded yet.')} />;
  return (
    <>
      <Table colCount={4} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('organisation.col.when', 'When')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('organisation.col.who', 'By')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('organisation.col.what', 'Change')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('organisation.col.fields', 'Fields')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((c) => (
            <Tr key={c.id}>
              <Td>
                <Typography variant="pi" textColor="neutral800" title={relative(c.at) ?? undefined}>
                  {dateTime(c.at) ?? c.at}
                </Typography>
              </Td>
              <Td>
                <Typography variant="pi" textColor="neutral800">
                  {c.actor?.name ?? t('organisation.system', 'System (seed or migration)')}
                </Typography>
              </Td>
              <Td>
                <Typography variant="pi" textColor="neutral800">
                  {t(`organisation.action.${c.action}`, c.action)} · {t(`organisation.subject.${c.subjectType}`, c.subjectType)}
                </Typography>
              </Td>
              <Td style={{ whiteSpace: 'normal' }}>
                <Typography variant="pi" textColor="neutral700">
                  {changedFields(c.before, c.after).join(', ') || '—'}
                </Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {log.data ? <Pager page={page} pageSize={log.data.meta.pagination.pageSize} total={log.data.meta.pagination.total} onPage={setPage} /> : null}
    </>
  );
};

/**
 * Organisation: the units, who holds which position today and since when (acting holders marked,
 * assignments ending within 30 days flagged), the workflow stages nobody can act at, and the log of
 * every change to units and positions. Changing them happens in the Content Manager, for those
 * who manage the organisation.
 */
export const OrganisationPage = () => {
  const { t, day } = usePpidIntl();
  const overview = useGet<OrganisationResponse>(adminUrl('organisation'));
  const { allowedActions } = useRBAC(ORGANISATION_MANAGE) as { allowedActions: Record<string, boolean> };
  const data = overview.data?.data;

  let body: React.ReactNode;
  if (overview.isLoading) body = <LoadingBlock />;
  else if (overview.error && !data) body = <ErrorBlock error={overview.error} onRetry={() => void overview.refetch()} />;
  else if (!data || data.units.length === 0) body = <EmptyBlock content={t('organisation.empty', 'No unit has been set up yet.')} />;
  else
    body = (
      <>
        <Heading>{t('organisation.uncoveredTitle', 'Stages nobody can act at')}</Heading>
        <UncoveredList gaps={data.uncovered} />
        <Heading>{t('organisation.unitsTitle', 'Units and positions')}</Heading>
        <UnitsTable units={data.units} />
      </>
    );

  return (
    <Box paddingTop={6}>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
        <Typography variant="omega" textColor="neutral700">
          {data ? t('organisation.asOf', 'Positions in force on {date}', { date: day(data.date) ?? data.date }) : ''}
        </Typography>
        <Flex gap={2}>
          {allowedActions.canManage ? (
            <>
              <Button variant="secondary" size="S" tag={RouterLink} to={`${CM}unit`}>
                {t('organisation.manageUnits', 'Manage units')}
              </Button>
              <Button variant="secondary" size="S" tag={RouterLink} to={`${CM}position-assignment`}>
                {t('organisation.manageAssignments', 'Manage position assignments')}
              </Button>
            </>
          ) : null}
          <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void overview.refetch()} loading={overview.isFetching && !overview.isLoading}>
            {t('action.refresh', 'Refresh')}
          </Button>
        </Flex>
      </Flex>
      {body}
      <Heading>{t('organisation.changesTitle', 'Change log')}</Heading>
      <ChangeLog />
    </Box>
  );
};
