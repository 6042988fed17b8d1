import * as React from 'react';
import { Button, Modal } from '@strapi/design-system';

import { usePpidIntl } from '../hooks/usePpidIntl';

export type ModalActionVariant = 'default' | 'danger' | 'danger-light' | 'success' | 'secondary';

/**
 * The footer every confirmation modal of the plugin shares: Cancel (closes, off while sending) and
 * the action's button, which submits the modal's form unless `onConfirm` is given.
 */
export const ModalActions = ({
  busy,
  label,
  variant = 'default',
  disabled = false,
  onConfirm,
}: {
  busy: boolean;
  label: React.ReactNode;
  variant?: ModalActionVariant;
  disabled?: boolean;
  onConfirm?: () => void;
}) => {
  const { t } = usePpidIntl();
  return (
    <Modal.Footer>
      <Modal.Close>
        <Button variant="tertiary" disabled={busy}>
          {t('modal.cancel', 'Cancel')}
        </Button>
      </Modal.Close>
      {onConfirm ? (
        <Button variant={variant} loading={busy} disabled={disabled} onClick={onConfirm}>
          {label}
        </Button>
      ) : (
        <Button type="submit" variant={variant} loading={busy} disabled={disabled}>
          {label}
        </Button>
      )}
    </Modal.Footer>
  );
};
