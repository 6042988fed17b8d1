import * as React from 'react';
import { Field, Textarea, Typography } from '@strapi/design-system';

import { useDialogSend } from '../hooks/useDialogSend';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { FormModal, type DialogFrame } from './FormModal';

export const REASON_MIN_LENGTH = 10;

interface ReasonModalProps extends DialogFrame {
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
  label,
  hint,
  confirmLabel,
  confirmVariant = 'default',
  required = true,
  minLength = REASON_MIN_LENGTH,
  onConfirm,
  children,
  blocked,
  ...dialog
}: ReasonModalProps) => {
  const { open, onOpenChange } = dialog;
  const { t } = usePpidIntl();
  const [text, setText] = React.useState('');
  const { touched, setTouched, submitting, reset, submit } = useDialogSend(() => onOpenChange(false));

  React.useEffect(() => {
    if (open) {
      setText('');
      reset();
    }
  }, [open, reset]);

  const trimmed = text.trim();
  const problem =
    required && trimmed.length === 0
      ? t('reason.required', 'A reason is required.')
      : required && trimmed.length < minLength
        ? t('reason.tooShort', 'Write at least {min} characters ({count} so far).', { min: minLength, count: trimmed.length })
        : undefined;

  return (
    <FormModal
      {...dialog}
      busy={submitting}
      onSubmit={(event) => void submit(!!problem || !!blocked, () => onConfirm(trimmed), event)}
      action={confirmLabel}
      actionVariant={confirmVariant}
      actionDisabled={(touched && !!problem) || !!blocked}
    >
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
    </FormModal>
  );
};
