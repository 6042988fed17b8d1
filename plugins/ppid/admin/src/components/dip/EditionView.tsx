import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

import { dipApi, type DipCollectionResponse, type DipSubmission, type SubmissionRow, type SubmissionStep } from '../../api/dip';
import type { AvailableTransition } from '../../api/types';
import { ConfirmModal } from '../ConfirmModal';
import { ReasonModal } from '../ReasonModal';
import { StepButtons, StepDialog } from '../ListSteps';
import { ReopenUnitsField, reopenable } from './ReopenUnitsField';
import { Field } from '../RecordParts';
import { ErrorBlock, LoadingBlock } from '../States';
import { useCan } from '../../hooks/useCan';
import { useGet } from '../../hooks/useGet';
import { usePostAction } from '../../hooks/usePostAction';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { EditionDownloads } from './ListsTable';
import { ListHeading } from './ListHeading';
import { ReturnRowsModal } from './ReturnRowsModal';
import { SignPanel } from './SignPanel';
import { SubmissionCard } from './SubmissionCard';
import { ImportLink } from './ImportLink';

type Step = Pick<SubmissionStep, 'key' | 'action' | 'label' | 'reasonRequired'> & { reopensCollection?: boolean };
/** The action waiting for its confirmation or reason. */
type Pending =
  | { kind: 'step'; type: 'dip-edition' | 'dip-submission'; documentId: string; revision: number; step: Step; unit?: string }
  | { kind: 'returnWhole'; submission: DipSubmission }
  | { kind: 'returnRow'; submission: DipSubmission; row: SubmissionRow }
  | { kind: 'sign'; revision: number; decreeNumber: string };

/**
 * One year's list: the edition (stage, due time, signature, files), its steps open to the viewer,
 * the head's signature, and each unit's submission with the check's actions. Every action goes to
 * the server, whose refusal (its message) is shown as it sent it.
 */
export const EditionView = ({ documentId }: { documentId: string }) => {
  const { t, pick, day } = usePpidIntl();
  const canAct = useCan('workflow.transition').allowed;
  const canExport = useCan('dip.export').allowed;
  const collection = useGet<DipCollectionResponse>(dipApi.collection(documentId));
  const { run, busy } = usePostAction();
  const [pending, setPending] = React.useState<Pending | null>(null);
  // A return of the list to its collection: the units whose accepted submissions reopen (unit codes).
  const [reopen, setReopen] = React.useState<string[]>([]);

  if (collection.isLoading) return <LoadingBlock />;
  const data = collection.data?.data;
  if (!data) return <ErrorBlock error={collection.error} onRetry={() => void collection.refetch()} />;
  const { edition, workflow, submissions, complete } = data;
  const state = workflow.state;
  const editionSteps: AvailableTransition[] = canAct ? workflow.transitions.filter((s) => s.allowed && !s.signs) : [];
  const signing = canAct && workflow.transitions.some((s) => s.allowed && s.signs) && state ? state : null;
  const close = () => setPending(null);
  const done = async <T,>(key: string, url: string, body: unknown, message: string) => {
    const ok = (await run<T>(key, url, body, message)) !== undefined;
    if (ok) await collection.refetch();
    return ok;
  };
  const onSubmissionStep = (s: DipSubmission, step: SubmissionStep) => {
    if (!s.workflow) return;
    if (step.action === 'return') setPending({ kind: 'returnWhole', submission: s });
    else setPending({ kind: 'step', type: 'dip-submission', documentId: s.documentId, revision: s.workflow.revision, step, unit: s.unit?.name });
  };
  const accepted = submissions.filter((s) => s.status === 'accepted').length;
  const reopening = pending?.kind === 'step' && pending.type === 'dip-edition' && pending.step.reopensCollection === true;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap" paddingBottom={4}>
          <ListHeading title={edition.title} state={edition.state} stage={state} />
          <StepButtons
            steps={editionSteps}
            busy={busy !== null}
            onPick={(step) => {
              if (!state) return;
              setReopen(reopenable(submissions).map((s) => s.unit!.code));
              setPending({ kind: 'step', type: 'dip-edition', documentId, revision: state.revision, step });
            }}
          >
            <ImportLink />
          </StepButtons>
        </Flex>
        <Box tag="dl">
          <Field label={t('dipRegister.year', 'Year')}>{String(edition.year)}</Field>
          <Field label={t('dipRegister.agency', 'Agency')}>{edition.agency?.name}</Field>
          <Field label={t('dipRegister.signature', 'Signature')}>
            {edition.decreeNumber
              ? t('dipRegister.decree', 'Decree {number}, signed {day} by {name}', { number: edition.decreeNumber, day: day(edition.signedAt) ?? '—', name: edition.signer?.name ?? '—' })
              : t('dipRegister.notSigned', 'Not signed yet')}
          </Field>
          {edition.entryCount !== null ? <Field label={t('dipRegister.col.entries', 'Entries')}>{String(edition.entryCount)}</Field> : null}
        </Box>
        {canExport ? <EditionDownloads edition={edition} /> : null}
      </Box>

      {signing ? <SignPanel busy={busy === 'sign'} onSign={(decreeNumber) => setPending({ kind: 'sign', revision: signing.revision, decreeNumber })} /> : null}

      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap" paddingTop={2}>
        <Typography variant="delta" tag="h2">{t('dipRegister.collection', 'Collection per unit')}</Typography>
        <Typography variant="pi" textColor={complete ? 'success600' : 'neutral600'}>
          {submissions.length === 0
            ? t('dipRegister.notCollecting', 'The collection has not been ordered yet.')
            : complete
              ? t('dipRegister.complete', 'Every unit’s submission was accepted.')
              : t('dipRegister.progress', '{accepted} of {total} units accepted', { accepted, total: submissions.length })}
        </Typography>
      </Flex>
      {submissions.map((s) => (
        <SubmissionCard
          key={s.documentId}
          submission={canAct ? s : { ...s, steps: [] }}
          busy={busy !== null}
          onStep={onSubmissionStep}
          onReturnRow={(submission, row) => setPending({ kind: 'returnRow', submission, row })}
        />
      ))}

      <StepDialog
        step={pending?.kind === 'step' ? pending.step : null}
        description={
          pending?.kind === 'step'
            ? pending.unit
              ? t('dipRegister.confirmUnit', '{unit}: {step}?', { unit: pending.unit, step: pick(pending.step.label) })
              : t('dipRegister.confirmEdition', '{title}: {step}?', { title: edition.title, step: pick(pending.step.label) })
            : ''
        }
        onClose={close}
        blocked={reopening && reopenable(submissions).length > 0 && reopen.length === 0 ? t('dipRegister.reopen.none', 'Choose at least one unit.') : undefined}
        onConfirm={async (reason) =>
          pending?.kind === 'step'
            ? done(
                'step',
                dipApi.transition(pending.type, pending.documentId),
                { transition: pending.step.key, revision: pending.revision, ...(reason !== undefined ? { reason } : {}), ...(reopening && reopen.length ? { units: reopen } : {}) },
                t('dipRegister.stepDone', 'Done: {step}.', { step: pick(pending.step.label) })
              )
            : false
        }
      >
        {reopening ? <ReopenUnitsField submissions={submissions} chosen={reopen} onChange={setReopen} /> : null}
      </StepDialog>
      <ReasonModal
        open={pending?.kind === 'returnWhole'}
        onOpenChange={(open) => (open ? undefined : close())}
        title={t('dipRegister.returnWhole.title', 'Return the submission of {unit}', { unit: pending?.kind === 'returnWhole' ? (pending.submission.unit?.name ?? '—') : '—' })}
        description={t('dipRegister.returnWhole.description', 'The unit gets its submission back to correct it, with your reason.')}
        label={t('dipRegister.reason', 'Reason')}
        confirmLabel={t('dipRegister.return', 'Return')}
        confirmVariant="danger"
        onConfirm={async (reason) =>
          pending?.kind === 'returnWhole'
            ? done('return', dipApi.returnSubmission(pending.submission.documentId), { revision: pending.submission.workflow?.revision ?? 0, reason }, t('dipRegister.returned', 'Returned to the unit.'))
            : false
        }
      />
      <ReturnRowsModal
        submission={pending?.kind === 'returnRow' ? pending.submission : null}
        initial={pending?.kind === 'returnRow' ? pending.row.documentId : null}
        onClose={close}
        onConfirm={async (rows) =>
          pending?.kind === 'returnRow'
            ? done('return', dipApi.returnSubmission(pending.submission.documentId), { revision: pending.submission.workflow?.revision ?? 0, rows }, t('dipRegister.returned', 'Returned to the unit.'))
            : false
        }
      />
      <ConfirmModal
        open={pending?.kind === 'sign'}
        onOpenChange={(open) => (open ? undefined : close())}
        title={t('dipRegister.sign.title', 'Sign and enact')}
        description={t('dipRegister.sign.confirm', 'Sign {title} with decree number {number}? The edition is enacted and can no longer change.', { title: edition.title, number: pending?.kind === 'sign' ? pending.decreeNumber : '' })}
        confirmLabel={t('dipRegister.sign.action', 'Sign the DIP')}
        confirmVariant="success"
        onConfirm={async () =>
          pending?.kind === 'sign' ? done('sign', dipApi.sign(documentId), { revision: pending.revision, decreeNumber: pending.decreeNumber }, t('dipRegister.signed', 'Signed: the edition is enacted.')) : false
        }
      />
    </Flex>
  );
};
