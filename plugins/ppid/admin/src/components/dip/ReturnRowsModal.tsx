import * as React from 'react';
import { Box, Checkbox, Field, Textarea, Typography } from '@strapi/design-system';

import type { DipSubmission } from '../../api/dip';
import { REASON_MIN_LENGTH } from '../ReasonModal';
import { useDialogSend } from '../../hooks/useDialogSend';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { FormModal } from '../FormModal';

export type RowReturnInput = { entry: string; reason: string };

/** The problems of a row-by-row return: at least one row, each with a reason of `min` characters. */
export function rowReturnProblems(chosen: Record<string, string>, min = REASON_MIN_LENGTH): { none: boolean; short: string[] } {
  const entries = Object.entries(chosen);
  return { none: entries.length === 0, short: entries.filter(([, reason]) => reason.trim().length < min).map(([entry]) => entry) };
}

interface ReturnRowsModalProps {
  submission: DipSubmission | null;
  /** The row the check started from (chosen when the modal opens). */
  initial: string | null;
  onClose: () => void;
  /** Resolves true when done (the modal closes), false to keep it open (the server refused). */
  onConfirm: (rows: RowReturnInput[]) => Promise<boolean>;
}

/**
 * The check returns single rows of a unit's submission, each with its reason (the server's
 * POST /ppid/dip/submissions/:documentId/return with `rows`): the unit gets the submission back
 * and sees which rows to correct and why.
 */
export const ReturnRowsModal = ({ submission, initial, onClose, onConfirm }: ReturnRowsModalProps) => {
  const { t } = usePpidIntl();
  const [chosen, setChosen] = React.useState<Record<string, string>>({});
  const { touched, submitting, reset, submit } = useDialogSend(onClose);
  React.useEffect(() => {
    setChosen(initial ? { [initial]: '' } : {});
    reset();
  }, [submission, initial, reset]);

  const problems = rowReturnProblems(chosen);
  const invalid = problems.none || problems.short.length > 0;
  const send = () =>
    onConfirm((submission?.rows ?? []).filter((r) => r.documentId in chosen).map((r) => ({ entry: r.documentId, reason: chosen[r.documentId].trim() })));

  return (
    <FormModal
      open={submission !== null}
      onOpenChange={(open) => (!open ? onClose() : undefined)}
      busy={submitting}
      title={t('dipRegister.returnRows.title', 'Return rows of {unit}', { unit: submission?.unit?.name ?? '—' })}
      description={t('dipRegister.returnRows.description', 'Choose the rows to correct and give a reason for each; the unit gets its submission back.')}
      onSubmit={(event) => void submit(invalid || !submission, send, event)}
      action={t('dipRegister.returnRows.action', '{count, plural, one {Return # row} other {Return # rows}}', { count: Object.keys(chosen).length })}
      actionVariant="danger"
      actionDisabled={touched && invalid}
    >
      {(submission?.rows ?? []).map((row) => {
        const picked = row.documentId in chosen;
        const short = touched && problems.short.includes(row.documentId);
        return (
          <Box key={row.documentId}>
            <Checkbox
              checked={picked}
              disabled={submitting}
              onCheckedChange={(on: boolean | 'indeterminate') =>
                setChosen((prev) => {
                  const next = { ...prev };
                  if (on === true) next[row.documentId] = prev[row.documentId] ?? '';
                  else delete next[row.documentId];
                  return next;
                })
              }
            >
              {`${row.number} ${row.title}`}
            </Checkbox>
            {picked ? (
              <Box paddingTop={2} paddingLeft={6}>
                <Field.Root
                  name={`reason-${row.documentId}`}
                  required
                  error={short ? t('reason.tooShort', 'Write at least {min} characters ({count} so far).', { min: REASON_MIN_LENGTH, count: chosen[row.documentId].trim().length }) : undefined}
                >
                  <Field.Label>{t('dipRegister.returnRows.reason', 'Reason for row {number}', { number: row.number })}</Field.Label>
                  <Textarea
                    value={chosen[row.documentId]}
                    disabled={submitting}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setChosen((prev) => ({ ...prev, [row.documentId]: e.target.value }))}
                  />
                  <Field.Error />
                </Field.Root>
              </Box>
            ) : null}
          </Box>
        );
      })}
      {touched && problems.none ? (
        <Typography variant="pi" textColor="danger600">{t('dipRegister.returnRows.none', 'Choose at least one row.')}</Typography>
      ) : null}
    </FormModal>
  );
};
