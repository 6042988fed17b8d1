import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';

import { INFO_CLASSES, type Exclusion, type InfoClass } from '../api/types';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';
import { REASON_MIN_LENGTH } from './ReasonModal';
import { adminUrl } from '../../../shared/routes';
import { ModalActions } from './ModalActions';

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
  const [touched, setTouched] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [refusal, setRefusal] = React.useState<string | null>(null);

  React.useEffect(() => {
    setReason('');
    setNewClass('setiap_saat');
    setTouched(false);
    setRefusal(null);
  }, [exclusion?.documentId]);

  const trimmed = reason.trim();
  const problem =
    trimmed.length < REASON_MIN_LENGTH ? t('reason.tooShort', 'Write at least {min} characters ({count} so far).', { min: REASON_MIN_LENGTH, count: trimmed.length }) : undefined;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!exclusion || problem || busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      await post(reopenUrl(exclusion.documentId), { reason: trimmed, newClass });
      onDone();
    } catch (err) {
      setRefusal(errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open={!!exclusion} onOpenChange={(open) => (!open && !busy ? onClose() : undefined)}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('modal.close', 'Close')}>
            <Modal.Title>{t('exclusions.reopen.title', 'Re-open excluded information')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>
                {t('exclusions.reopen.description', '“{title}” becomes open information of the class you choose; its DIP entries follow at once, and the action is recorded.', {
                  title: exclusion?.title ?? '',
                })}
              </Typography>
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
            </Flex>
          </Modal.Body>
          <ModalActions busy={busy} disabled={touched && !!problem} label={t('exclusions.reopen.confirm', 'Re-open')} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
