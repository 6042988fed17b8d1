import { Badge, Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { DipImportReport } from '../api/types';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { formatNumber } from '../utils/numbers';

/** The numbers of a DIP import check or import: rows read, valid, already stored, bad, created. */
const Figure = ({ label, value, tone }: { label: string; value: number; tone?: 'danger' | 'success' }) => {
  const { locale } = usePpidIntl();
  return (
    <Box padding={4} hasRadius background={tone === 'danger' ? 'danger100' : tone === 'success' ? 'success100' : 'neutral100'} minWidth="10rem">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="pi" textColor="neutral600">
          {label}
        </Typography>
        <Typography variant="beta" tag="p" textColor={tone === 'danger' ? 'danger700' : tone === 'success' ? 'success700' : 'neutral800'}>
          {formatNumber(value, locale)}
        </Typography>
      </Flex>
    </Box>
  );
};

/**
 * The report of POST /ppid/dip/import: before confirmation (dry run) what would be imported and every
 * bad row with its spreadsheet row number and reasons; after it, how many entries were created.
 */
export const ImportReport = ({ report }: { report: DipImportReport }) => {
  const { t, locale } = usePpidIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={3} wrap="wrap">
        <Figure label={t('dipImport.rows', 'Rows read')} value={report.total} />
        <Figure label={report.confirmed ? t('dipImport.created', 'Entries created') : t('dipImport.valid', 'Valid rows to import')} value={report.confirmed ? report.created : report.valid} tone="success" />
        <Figure label={t('dipImport.already', 'Already imported (skipped)')} value={report.alreadyImported.length} />
        <Figure label={t('dipImport.bad', 'Rows with problems')} value={report.problems.length} tone={report.problems.length ? 'danger' : undefined} />
      </Flex>
      {report.alreadyImported.length ? (
        <Typography variant="pi" textColor="neutral600">
          {t('dipImport.alreadyRows', 'Rows already stored (same year, number and unit): {rows}.', { rows: report.alreadyImported.map((r) => formatNumber(r, locale)).join(', ') })}
        </Typography>
      ) : null}
      {report.problems.length ? (
        <Table colCount={2} rowCount={report.problems.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('dipImport.col.row', 'Row')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('dipImport.col.reasons', 'What is wrong')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {report.problems.map((p) => (
              <Tr key={p.row}>
                <Td style={{ verticalAlign: 'top' }}>
                  <Badge variant="danger">{t('dipImport.row', 'Row {row}', { row: p.row })}</Badge>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    {p.reasons.map((r) => (
                      <Typography key={r} textColor="neutral800">
                        {r}
                      </Typography>
                    ))}
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
    </Flex>
  );
};
