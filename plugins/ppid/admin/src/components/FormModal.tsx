import type { FormEvent, ReactNode } from 'react';
import { Flex, Modal, Typography } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { ModalActions, type ModalActionVariant } from './ModalActions';

/** What a page gives a dialog: whether it is open, how it closes, its title and what it does. */
export interface DialogFrame {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  /** What the dialog does, a paragraph above the fields. */
  description?: ReactNode;
}

interface FormModalProps extends DialogFrame {
  /** While a send runs: the dialog stays open and its buttons wait. */
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  /** The action's button, which submits the form. */
  action: ReactNode;
  actionVariant?: ModalActionVariant;
  actionDisabled?: boolean;
  /** The dialog's text and fields, in one column. */
  children: ReactNode;
}

/** The frame every form dialog of the plugin shares: the title, the fields, Cancel and the action. */
export const FormModal = ({ open, onOpenChange, busy, title, description, onSubmit, action, actionVariant, actionDisabled, children }: FormModalProps) => {
  const { t } = usePpidIntl();
  return (
    <Modal.Root open={open} onOpenChange={(next) => (!busy ? onOpenChange(next) : undefined)}>
      <Modal.Content>
        <form onSubmit={onSubmit} noValidate>
          <Modal.Header closeLabel={t('modal.close', 'Close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {description ? <Typography>{description}</Typography> : null}
              {children}
            </Flex>
          </Modal.Body>
          <ModalActions busy={busy} variant={actionVariant} disabled={actionDisabled} label={action} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
