import * as React from 'react';
import { Modal, Typography } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { ModalActions } from './ModalActions';

interface ConfirmModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What the confirmation does, in a sentence. */
  description: string;
  confirmLabel: string;
  confirmVariant?: 'default' | 'success' | 'danger';
  /** Resolves true when done (the modal closes), false to keep it open (e.g. the request failed). */
  onConfirm: () => Promise<boolean>;
}

/** "Are you sure?" before a step that signs something off (an approval, a publication). */
export const ConfirmModal = ({ open, onOpenChange, title, description, confirmLabel, confirmVariant = 'default', onConfirm }: ConfirmModalProps) => {
  const { t } = usePpidIntl();
  const [submitting, setSubmitting] = React.useState(false);
  React.useEffect(() => {
    if (open) setSubmitting(false);
  }, [open]);

  const confirm = async () => {
    if (submitting) return;
    setSubmitting(true);
    try {
      if (await onConfirm()) onOpenChange(false);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!submitting ? onOpenChange(next) : undefined)}>
      <Modal.Content>
        <Modal.Header closeLabel={t('modal.close', 'Close')}>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Typography>{description}</Typography>
        </Modal.Body>
        <ModalActions busy={submitting} variant={confirmVariant} label={confirmLabel} onConfirm={() => void confirm()} />
      </Modal.Content>
    </Modal.Root>
  );
};
