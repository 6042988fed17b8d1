import { Badge, type BadgeProps, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

import type { DipSubmission, SubmissionRow, SubmissionStatus, SubmissionStep } from '../../api/dip';
import { DueText } from '../DueText';
import { usePpidIntl } from '../../hooks/usePpidIntl';

export const SUBMISSION_VARIANT: Record<SubmissionStatus, NonNullable<BadgeProps['variant']>> = { filling: 'secondary', submitted: 'alternative', returned: 'warning', accepted: 'success' };
const STEP_VARIANT = { forward: 'default', publish: 'success', return: 'danger-light', cancel: 'danger-light' } as const;

export const SubmissionBadge = ({ status }: { status: SubmissionStatus }) => {
  const { t } = usePpidIntl();
  return <Badge variant={SUBMISSION_VARIANT[status]}>{t(`dipRegister.status.${status}`, status)}</Badge>;
};

interface SubmissionCardProps {
  submission: DipSubmission;
  busy: boolean;
  onStep: (submission: DipSubmission, step: SubmissionStep) => void;
  onReturnRow: (submission: DipSubmission, row: SubmissionRow) => void;
}

/**
 * One unit's part of the year's list: its status, who took the last step and when, its due time,
 * the rows it answers for (those the check returned with their reasons), and the steps the viewer
 * may take now (as the server says: submit, accept, return whole or a single row).
 */
export const SubmissionCard = ({ submission: s, busy, onStep, onReturnRow }: SubmissionCardProps) => {
  const { t, pick, dateTime } = usePpidIntl();
  const returned = new Map(s.returnedRows.map((r) => [r.entry, r]));
  const canReturn = s.steps.some((step) => step.action === 'return');
  const last = s.lastStep;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2} alignItems="center">
            <Typography variant="delta" tag="h3">{s.unit?.name ?? '—'}</Typography>
            <SubmissionBadge status={s.status} />
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {[
              t('dipRegister.rows', '{count, plural, one {# row} other {# rows}}', { count: s.rows.length }),
              s.workflow ? pick(s.workflow.stageName) : null,
              last && last.action !== 'start' ? t('dipRegister.lastStep', '{action} by {who}, {when}', { action: t(`action.${last.action}`, last.action), who: last.by ?? '—', when: dateTime(last.at) ?? '—' }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
          {s.workflow?.status === 'active' ? <DueText dueAt={s.workflow.dueAt} overdue={s.workflow.overdue} /> : null}
        </Flex>
        <Flex gap={2} wrap="wrap">
          {s.steps.map((step) => (
            <Button key={step.key} size="S" variant={STEP_VARIANT[step.action] ?? 'secondary'} loading={busy} onClick={() => onStep(s, step)}>
              {pick(step.label)}
            </Button>
          ))}
        </Flex>
      </Flex>
      {s.rows.length ? (
        <Box paddingTop={4}>
          <Table colCount={canReturn ? 4 : 3} rowCount={s.rows.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('dipRegister.col.number', 'No.')}</Typography></Th>
                <Th><Typography variant="sigma">{t('dipRegister.col.information', 'Information')}</Typography></Th>
                <Th><Typography variant="sigma">{t('dipRegister.col.class', 'Class')}</Typography></Th>
                {canReturn ? <Th><Typography variant="sigma">{t('dipRegister.col.check', 'Check')}</Typography></Th> : null}
              </Tr>
            </Thead>
            <Tbody>
              {s.rows.map((row) => {
                const back = returned.get(row.documentId);
                return (
                  <Tr key={row.documentId}>
                    <Td><Typography>{row.number}</Typography></Td>
                    <Td style={{ whiteSpace: 'normal' }}>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Typography>{row.title}</Typography>
                        {back ? (
                          <Typography variant="pi" textColor="danger600">{t('dipRegister.rowReturned', 'Returned: {reason}', { reason: back.reason })}</Typography>
                        ) : null}
                      </Flex>
                    </Td>
                    <Td><Typography variant="pi">{row.infoClass ? t(`infoClass.${row.infoClass}`, row.infoClass) : '—'}</Typography></Td>
                    {canReturn ? (
                      <Td>
                        <Button size="S" variant="tertiary" disabled={busy} onClick={() => onReturnRow(s, row)}>
                          {t('dipRegister.returnRow', 'Return this row')}
                        </Button>
                      </Td>
                    ) : null}
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        </Box>
      ) : (
        <Box paddingTop={3}>
          <Typography variant="pi" textColor="neutral600">{t('dipRegister.noRows', 'This unit holds no DIP rows for the year yet.')}</Typography>
        </Box>
      )}
    </Box>
  );
};
