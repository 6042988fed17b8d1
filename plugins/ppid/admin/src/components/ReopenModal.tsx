import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Field, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';

import { INFO_CLASSES, type Exclusion, type InfoClass } from '../api/types';
import { useDialogSend } from '../hooks/useDialogSend';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';
import { REASON_MIN_LENGTH } from './ReasonModal';
import { adminUrl } from '../../../shared/routes';
import { FormModal } from './FormModal';

type PostClient = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };

export const reopenUrl = (documentId: string) => adminUrl('reopenExclusion', { documentId });

/**
 * Re-opening excluded information whose period has ended: a written reason and the open class the
 * information takes. Who may do it is the server's decision: its refusal (403, e.g. "only the PPID
 * Utama, the Ketua PPID or the head") is shown here as it comes.
 */
export const ReopenModal = ({ exclusion, onClose, onDone }: { exclusion: Exclusion | null; onClose: () => void; onDone: () => void }) => {
  const { t } = usePpidIntl();
  const { post } = useFetchClient() as PostClient;
  const [reason, setReason] = React.useState('');
  const [newClass, setNewClass] = React.useState<InfoClass>('setiap_saat');
  const [refusal, setRefusal] = React.useState<string | null>(null);
  const { touched, setTouched, submitting: busy, reset, submit } = useDialogSend(onDone);

  React.useEffect(() => {
    setReason('');
    setNewClass('setiap_saat');
    setRefusal(null);
    reset();
  }, [exclusion?.documentId, reset]);

  const trimmed = reason.trim();
  const problem =
    trimmed.length < REASON_MIN_LENGTH ? t('reason.tooShort', 'Write at least {min} characters ({count} so far).', { min: REASON_MIN_LENGTH, count: trimmed.length }) : undefined;

  /** Done when the server re-opened it; its refusal (e.g. 403) is shown as it comes. */
  const reopen = async () => {
    if (!exclusion) return false;
    setRefusal(null);
    try {
      await post(reopenUrl(exclusion.documentId), { reason: trimmed, newClass });
      return true;
    } catch (err) {
      setRefusal(errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.'));
      return false;
    }
  };

  return (
    <FormModal
      open={!!exclusion}
      onOpenChange={(open) => (!open ? onClose() : undefined)}
      busy={busy}
      title={t('exclusions.reopen.title', 'Re-open excluded information')}
      description={t('exclusions.reopen.description', '“{title}” becomes open information of the class you choose; its DIP entries follow at once, and the action is recorded.', {
        title: exclusion?.title ?? '',
      })}
      onSubmit={(event) => void submit(!exclusion || !!problem, reopen, event)}
      action={t('exclusions.reopen.confirm', 'Re-open')}
      actionDisabled={touched && !!problem}
    >
      {refusal ? (
        <Box role="alert" padding={3} background="danger100" hasRadius borderColor="danger200">
          <Typography textColor="danger700">{refusal}</Typography>
        </Box>
      ) : null}
      <Field.Root name="newClass" required>
        <Field.Label>{t('exclusions.reopen.class', 'New class')}</Field.Label>
        <SingleSelect value={newClass} onChange={(v: string | number) => setNewClass(String(v) as InfoClass)} disabled={busy}>
          {INFO_CLASSES.map((c) => (
            <SingleSelectOption key={c} value={c}>
              {t(`infoClass.${c}`, c)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="reason" required error={touched ? problem : undefined} hint={t('reason.hint', 'At least {min} characters. It is kept in the history.', { min: REASON_MIN_LENGTH })}>
        <Field.Label>{t('exclusions.reopen.reason', 'Why is the information open again?')}</Field.Label>
        <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} onBlur={() => setTouched(true)} disabled={busy} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </FormModal>
  );
};
