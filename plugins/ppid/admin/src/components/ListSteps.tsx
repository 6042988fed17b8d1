import * as React from 'react';
import { Button, Flex } from '@strapi/design-system';

import type { LocalizedName } from '../api/types';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { ConfirmModal } from './ConfirmModal';
import { ReasonModal } from './ReasonModal';

/** What the buttons and dialogs need of a workflow step (a transition the viewer may take). */
export interface ListStep {
  key: string;
  action: string;
  label: LocalizedName;
  reasonRequired: boolean;
}

const backwards = (step: Pick<ListStep, 'action'>) => step.action === 'return' || step.action === 'cancel';

/** The steps open to the viewer as buttons: a return or a cancel in the danger colour. */
export const StepButtons = <S extends ListStep>({ steps, busy, onPick, children }: { steps: S[]; busy: boolean; onPick: (step: S) => void; children?: React.ReactNode }) => {
  const { pick } = usePpidIntl();
  return (
    <Flex gap={2} wrap="wrap">
      {steps.map((step) => (
        <Button key={step.key} size="S" variant={backwards(step) ? 'danger-light' : 'default'} loading={busy} onClick={() => onPick(step)}>
          {pick(step.label)}
        </Button>
      ))}
      {children}
    </Flex>
  );
};

/**
 * The dialog a picked step opens: a confirmation, or a reason when the step asks for one (with more
 * choices above it as `children`, and `blocked` saying why it cannot be sent yet). `onConfirm` gets
 * the reason (undefined for a confirmation) and resolves true when the server took the step.
 */
export const StepDialog = ({
  step,
  description,
  onClose,
  onConfirm,
  blocked,
  children,
}: {
  step: ListStep | null;
  description: string;
  onClose: () => void;
  onConfirm: (reason?: string) => Promise<boolean>;
  blocked?: string;
  children?: React.ReactNode;
}) => {
  const { t, pick } = usePpidIntl();
  const label = step ? pick(step.label) : '';
  const onOpenChange = (open: boolean) => (open ? undefined : onClose());
  return (
    <>
      <ConfirmModal
        open={!!step && !step.reasonRequired}
        onOpenChange={onOpenChange}
        title={label}
        description={description}
        confirmLabel={label}
        confirmVariant={step?.action === 'publish' ? 'success' : 'default'}
        onConfirm={() => onConfirm()}
      />
      <ReasonModal
        open={!!step && step.reasonRequired}
        onOpenChange={onOpenChange}
        title={label}
        label={t('dipRegister.reason', 'Reason')}
        confirmLabel={label}
        confirmVariant="danger"
        blocked={blocked}
        onConfirm={(reason) => onConfirm(reason)}
      >
        {children}
      </ReasonModal>
    </>
  );
};
