import * as React from 'react';
import { Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { ModalActions } from './ModalActions';

export const REASON_MIN_LENGTH = 10;

interface ReasonModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What happens on confirmation, shown above the field. */
  description?: string;
  label: string;
  hint?: string;
  confirmLabel: string;
  confirmVariant?: 'default' | 'danger' | 'success' | 'secondary';
  /** When true the text is required and must have at least `minLength` characters. */
  required?: boolean;
  minLength?: number;
  /** Resolves true when done (the modal closes), false to keep it open (e.g. the request failed). */
  onConfirm: (text: string) => Promise<boolean>;
  /** More of the step's choices, shown above the reason (e.g. which units a return reopens). */
  children?: React.ReactNode;
  /** Why the step cannot be sent yet (the choices above are incomplete); shown, and the button stays off. */
  blocked?: string;
}

/** A modal asking for a reason (or an optional note) before an action is sent. */
export const ReasonModal = ({
  open,
  onOpenChange,
  title,
  description,
  label,
  hint,
  confirmLabel,
  confirmVariant = 'default',
  required = true,
  minLength = REASON_MIN_LENGTH,
  onConfirm,
  children,
  blocked,
}: ReasonModalProps) => {
  const { t } = usePpidIntl();
  const [text, setText] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const [submitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open) {
      setText('');
      setTouched(false);
      setSubmitting(false);
    }
  }, [open]);

  const trimmed = text.trim();
  const problem =
    required && trimmed.length === 0
      ? t('reason.required', 'A reason is required.')
      : required && trimmed.length < minLength
        ? t('reason.tooShort', 'Write at least {min} characters ({count} so far).', { min: minLength, count: trimmed.length })
        : undefined;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem || blocked || submitting) return;
    setSubmitting(true);
    try {
      const done = await onConfirm(trimmed);
      if (done) onOpenChange(false);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!submitting ? onOpenChange(next) : undefined)}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('modal.close', 'Close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {description ? <Typography>{description}</Typography> : null}
              {children}
              {blocked ? <Typography textColor="danger600" role="alert">{blocked}</Typography> : null}
              <Field.Root
                name="reason"
                required={required}
                error={touched ? problem : undefined}
                hint={hint ?? (required ? t('reason.hint', 'At least {min} characters. It is kept in the history.', { min: minLength }) : undefined)}
              >
                <Field.Label>{label}</Field.Label>
                <Textarea
                  value={text}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)}
                  onBlur={() => setTouched(true)}
                  disabled={submitting}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <ModalActions busy={submitting} variant={confirmVariant} disabled={(touched && !!problem) || !!blocked} label={confirmLabel} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
