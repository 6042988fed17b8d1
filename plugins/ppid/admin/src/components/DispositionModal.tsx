import * as React from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';

import type { Actor, AssignmentInput } from '../api/types';
import { useDialogSend } from '../hooks/useDialogSend';
import { usePpidIntl, type PpidIntl } from '../hooks/usePpidIntl';
import { FormModal, type DialogFrame } from './FormModal';

/** The server's limit for a disposition's agenda number. */
export const AGENDA_MAX_LENGTH = 100;

export interface DispositionDraft {
  /** The chosen candidate's id as the select holds it, or null while nobody is chosen. */
  assignee: string | null;
  agendaNumber: string;
  /** An optional note (only asked when naming another drafter). */
  note: string;
}

export type DispositionProblems = {
  assignee?: 'required' | 'unknown';
  agendaNumber?: 'required' | 'tooLong' | 'invalid';
};

/**
 * What is wrong with a disposition before it is sent, as the server would judge it: a candidate
 * must be chosen, and the agenda number must have 1-100 characters without control characters.
 */
export function dispositionProblems(draft: Pick<DispositionDraft, 'assignee' | 'agendaNumber'>, candidates: Pick<Actor, 'id'>[]): DispositionProblems {
  const problems: DispositionProblems = {};
  if (draft.assignee === null || draft.assignee === '') problems.assignee = 'required';
  else if (!candidates.some((c) => String(c.id) === draft.assignee)) problems.assignee = 'unknown';
  const agenda = draft.agendaNumber.trim();
  if (!agenda) problems.agendaNumber = 'required';
  else if (agenda.length > AGENDA_MAX_LENGTH) problems.agendaNumber = 'tooLong';
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u001f\u007f]/.test(agenda)) problems.agendaNumber = 'invalid';
  return problems;
}

/** The body the server expects, from a draft without problems. */
export const assignmentOf = (draft: DispositionDraft): AssignmentInput => ({
  assignee: Number(draft.assignee),
  agendaNumber: draft.agendaNumber.trim(),
});

const problemText = (problems: DispositionProblems, t: PpidIntl['t']) => ({
  assignee:
    problems.assignee === 'required'
      ? t('disposition.assigneeRequired', 'Choose who drafts the item.')
      : problems.assignee === 'unknown'
        ? t('disposition.assigneeUnknown', 'This person can no longer be named. Choose someone from the list.')
        : undefined,
  agendaNumber:
    problems.agendaNumber === 'required'
      ? t('disposition.agendaRequired', 'The agenda number of the disposition is required.')
      : problems.agendaNumber === 'tooLong'
        ? t('disposition.agendaTooLong', 'Use at most {max} characters.', { max: AGENDA_MAX_LENGTH })
        : problems.agendaNumber === 'invalid'
          ? t('disposition.agendaInvalid', 'Use a single line without special characters.')
          : undefined,
});

/** "Name · position · Plt", as the candidates are listed. */
export const candidateLabel = (candidate: Actor, intl: PpidIntl) =>
  [
    candidate.name || intl.t('actor.unknown', 'User {id}', { id: candidate.id }),
    intl.positionLabel(candidate.position),
    intl.holdingLabel(candidate.holding),
  ]
    .filter(Boolean)
    .join(' · ');

interface FieldsProps {
  draft: DispositionDraft;
  onChange: (draft: DispositionDraft) => void;
  candidates: Actor[];
  /** Problems to show (only after the person tried to confirm or left a field). */
  problems: DispositionProblems;
  withNote?: boolean;
  disabled?: boolean;
}

/** The fields of a disposition: whom to name and the agenda number (and an optional note). */
export const DispositionFields = ({ draft, onChange, candidates, problems, withNote, disabled }: FieldsProps) => {
  const intl = usePpidIntl();
  const { t } = intl;
  const messages = problemText(problems, t);

  if (candidates.length === 0) {
    return (
      <Box padding={3} hasRadius background="warning100" borderColor="warning200">
        <Typography textColor="warning700">
          {t(
            'disposition.noCandidates',
            'Nobody holds the position of the next stage in this unit, so nobody can be named. Ask the administrator to assign the position first.'
          )}
        </Typography>
      </Box>
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root name="assignee" id="ppid-disposition-assignee" required error={messages.assignee}>
        <Field.Label>{t('disposition.assignee', 'Assign to')}</Field.Label>
        <SingleSelect
          value={draft.assignee ?? undefined}
          placeholder={t('disposition.choose', 'Choose a person')}
          disabled={disabled}
          onChange={(value: string | number) => onChange({ ...draft, assignee: String(value) })}
        >
          {candidates.map((candidate) => (
            <SingleSelectOption key={String(candidate.id)} value={String(candidate.id)}>
              {candidateLabel(candidate, intl)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      <Field.Root
        name="agendaNumber"
        id="ppid-disposition-agenda"
        required
        error={messages.agendaNumber}
        hint={t('disposition.agendaHint', 'As written on the disposition sheet, e.g. 045/123/IKP.')}
      >
        <Field.Label>{t('disposition.agendaNumber', 'Agenda number of the disposition')}</Field.Label>
        <TextInput
          value={draft.agendaNumber}
          maxLength={AGENDA_MAX_LENGTH}
          autoComplete="off"
          disabled={disabled}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...draft, agendaNumber: e.target.value })}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {withNote ? (
        <Field.Root name="note" id="ppid-disposition-note" hint={t('reason.noteHint', 'Optional.')}>
          <Field.Label>{t('disposition.note', 'Reason for the change')}</Field.Label>
          <Textarea
            value={draft.note}
            disabled={disabled}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange({ ...draft, note: e.target.value })}
          />
          <Field.Hint />
        </Field.Root>
      ) : null}
    </Flex>
  );
};

interface DispositionModalProps extends DialogFrame {
  candidates: Actor[];
  /** Prefill (naming another drafter starts from the current one). */
  initial?: { assignee?: number | string | null; agendaNumber?: string | null };
  /** Asks for an optional note too (sent as `reason`). */
  withNote?: boolean;
  confirmLabel: string;
  /** Resolves true when done (the modal closes), false to keep it open (e.g. the request failed). */
  onConfirm: (assignment: AssignmentInput & { reason?: string }) => Promise<boolean>;
}

/**
 * The disposisi of SOP 190/2024: the head of the unit names the drafter among the holders of the
 * next stage's position and records the agenda number of the disposition sheet.
 */
export const DispositionModal = ({ candidates, initial, withNote, confirmLabel, onConfirm, ...dialog }: DispositionModalProps) => {
  const { open, onOpenChange } = dialog;
  const fresh = React.useCallback(
    (): DispositionDraft => ({
      assignee: initial?.assignee != null ? String(initial.assignee) : candidates.length === 1 ? String(candidates[0].id) : null,
      agendaNumber: initial?.agendaNumber ?? '',
      note: '',
    }),
    [initial?.assignee, initial?.agendaNumber, candidates]
  );
  const [draft, setDraft] = React.useState<DispositionDraft>(fresh);
  const { touched, submitting, reset, submit } = useDialogSend(() => onOpenChange(false));

  React.useEffect(() => {
    if (open) {
      setDraft(fresh());
      reset();
    }
    // Reset when the dialog opens, not when the candidates' array is rebuilt by a refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const problems = dispositionProblems(draft, candidates);
  const invalid = Object.keys(problems).length > 0;
  const send = () => {
    const note = draft.note.trim();
    return onConfirm({ ...assignmentOf(draft), ...(withNote && note ? { reason: note } : {}) });
  };

  return (
    <FormModal
      {...dialog}
      busy={submitting}
      onSubmit={(event) => void submit(invalid || candidates.length === 0, send, event)}
      action={confirmLabel}
      actionDisabled={candidates.length === 0 || (touched && invalid)}
    >
      <DispositionFields draft={draft} onChange={setDraft} candidates={candidates} problems={touched ? problems : {}} withNote={withNote} disabled={submitting} />
    </FormModal>
  );
};
