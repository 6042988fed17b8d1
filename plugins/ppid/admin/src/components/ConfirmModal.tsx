import * as React from 'react';
import { Modal, Typography } from '@strapi/design-system';

import { useDialogSend } from '../hooks/useDialogSend';
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
  const { submitting, reset, submit } = useDialogSend(() => onOpenChange(false));
  React.useEffect(() => {
    if (open) reset();
  }, [open, reset]);

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!submitting ? onOpenChange(next) : undefined)}>
      <Modal.Content>
        <Modal.Header closeLabel={t('modal.close', 'Close')}>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Typography>{description}</Typography>
        </Modal.Body>
        <ModalActions busy={submitting} variant={confirmVariant} label={confirmLabel} onConfirm={() => void submit(false, onConfirm)} />
      </Modal.Content>
    </Modal.Root>
  );
};
