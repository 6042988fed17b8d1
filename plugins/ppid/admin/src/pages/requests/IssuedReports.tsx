/**
 * The issued annual service reports on the report page: the signer (PPID Utama, Ketua PPID, the
 * head of the agency) issues the selected year's report after a confirmation, or issues it again
 * with the reason of the correction; everybody who reads the page sees the history (when, by whom,
 * current or superseded) and downloads each issue's PDF as it was issued. The server decides who
 * may issue and when (services/service-reports.ts); the button only follows its `signsFor`.
 */
import * as React from 'react';
import { Badge, Box, Button, Flex, Td, Tr, Typography } from '@strapi/design-system';

import { requestsApi } from '../../api/requests';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PdfButton } from '../../components/PdfButton';
import { ReasonModal } from '../../components/ReasonModal';
import { SimpleTable } from '../../components/SimpleTable';
import { FetchedList } from '../../components/States';
import { useGet } from '../../hooks/useGet';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { useSend } from '../../hooks/useSend';
import { SERVICE_REPORT_LIMITS, type IssuedServiceReport, type IssuedServiceReportsResponse, type IssueServiceReportResponse } from '../../../../shared/service-reports';
import { Section } from './parts';

type Agency = IssuedServiceReportsResponse['meta']['signsFor'][number];

/** The issue button of one agency and year: a confirmation the first time, a reason when issuing again. */
const IssueButton = ({ agency, year, current, several, onIssued }: { agency: Agency; year: number; current: IssuedServiceReport | null; several: boolean; onIssued: () => void }) => {
  const { t, dateTime } = usePpidIntl();
  const { send } = useSend();
  const [open, setOpen] = React.useState(false);
  const values = { year, agency: agency.name };
  const issue = async (reason?: string) => {
    const body = { agency: agency.documentId, ...(reason ? { reason } : {}) };
    const res = await send<IssueServiceReportResponse>('post', requestsApi.issueReport(year), body, t('reports.issue.done', 'The {year} report was issued and published', values));
    if (res.ok) onIssued();
    return res.ok;
  };
  const label = current
    ? t('reports.issue.again', 'Issue the {year} report again', values)
    : t('reports.issue.button', 'Issue the {year} report', values);
  return (
    <>
      <Button variant={current ? 'secondary' : 'default'} onClick={() => setOpen(true)}>
        {several ? `${label} · ${agency.name}` : label}
      </Button>
      {current ? (
        <ReasonModal
          open={open}
          onOpenChange={setOpen}
          title={t('reports.issue.againTitle', 'Issue the {year} report of {agency} again?', values)}
          description={t('reports.issue.againBody', 'The figures are counted again from the registers and a new PDF is issued and published. The issue of {date} stays in the history as superseded, its file unchanged.', { date: dateTime(current.issuedAt) ?? '' })}
          label={t('reports.issue.reason', 'Reason for issuing again (what was corrected)')}
          minLength={SERVICE_REPORT_LIMITS.reasonMin}
          confirmLabel={t('reports.issue.againConfirm', 'Issue again')}
          onConfirm={(reason) => issue(reason)}
        />
      ) : (
        <ConfirmModal
          open={open}
          onOpenChange={setOpen}
          title={t('reports.issue.title', 'Issue the {year} report of {agency}?', values)}
          description={t('reports.issue.body', 'The figures of {year} are frozen, the PDF is stored and published on the public site under your name and position. An issued report does not change: a correction is issued again, with its reason.', values)}
          confirmLabel={t('reports.issue.confirm', 'Issue and publish')}
          confirmVariant="success"
          onConfirm={() => issue()}
        />
      )}
    </>
  );
};

export const IssuedReports = ({ year, thisYear }: { year: number; thisYear: number }) => {
  const { t, dateTime } = usePpidIntl();
  const issued = useGet<IssuedServiceReportsResponse>(requestsApi.issuedReports());
  const rows = issued.data?.data ?? [];
  const signsFor = issued.data?.meta.signsFor ?? [];
  const currentOf = (agency: Agency) => rows.find((r) => r.year === year && r.state === 'current' && r.agency.documentId === agency.documentId) ?? null;
  const refetch = () => void issued.refetch();
  return (
    <Section title={t('reports.issued.title', 'Issued reports')}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        {signsFor.length > 0 ? (
          year < thisYear ? (
            <Flex gap={2} wrap="wrap">
              {signsFor.map((a) => (
                <IssueButton key={a.documentId} agency={a} year={year} current={currentOf(a)} several={signsFor.length > 1} onIssued={refetch} />
              ))}
            </Flex>
          ) : (
            <Typography variant="pi" textColor="neutral600">{t('reports.issue.notEnded', 'The {year} report can be issued once the year has ended.', { year })}</Typography>
          )
        ) : null}
        <FetchedList
          list={issued}
          count={rows.length}
          compactError
          empty={<Typography variant="pi" textColor="neutral600">{t('reports.issued.empty', 'No report has been issued yet.')}</Typography>}
        >
          <Box>
            <SimpleTable
              rowCount={rows.length}
              columns={[
                t('reports.issued.col.year', 'Year'),
                t('reports.issued.col.agency', 'Agency'),
                t('reports.issued.col.issued', 'Issued'),
                t('reports.issued.col.signer', 'Signed by'),
                t('reports.issued.col.state', 'Status'),
                t('reports.issued.col.reason', 'Reason for issuing again'),
                t('reports.issued.col.file', 'File'),
              ]}
            >
              {rows.map((r) => (
                <Tr key={r.documentId}>
                  <Td><Typography variant="pi" fontWeight="bold">{`${r.year}${r.revision > 1 ? ` (${t('reports.issued.revision', 'revision {n}', { n: r.revision })})` : ''}`}</Typography></Td>
                  <Td><Typography variant="pi">{r.agency.name}</Typography></Td>
                  <Td><Typography variant="pi">{`${dateTime(r.issuedAt) ?? '—'}${r.issuedBy ? ` · ${r.issuedBy}` : ''}`}</Typography></Td>
                  <Td><Typography variant="pi">{r.signer ? `${r.signer.name} (${r.signer.position})` : '—'}</Typography></Td>
                  <Td>
                    <Badge variant={r.state === 'current' ? 'success' : 'neutral'}>
                      {r.state === 'current' ? t('reports.issued.current', 'Current') : t('reports.issued.superseded', 'Superseded {date}', { date: dateTime(r.supersededAt) ?? '' })}
                    </Badge>
                  </Td>
                  <Td><Typography variant="pi">{r.reason ?? '—'}</Typography></Td>
                  <Td>
                    <PdfButton url={r.file} fileName={`laporan-layanan-informasi-${r.agency.code}-${r.year}${r.revision > 1 ? `-revisi-${r.revision}` : ''}.pdf`} label="PDF" />
                  </Td>
                </Tr>
              ))}
            </SimpleTable>
          </Box>
        </FetchedList>
      </Flex>
    </Section>
  );
};
