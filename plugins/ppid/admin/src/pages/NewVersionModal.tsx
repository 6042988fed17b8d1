import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Field, JSONInput, Typography } from '@strapi/design-system';

import type { ApiProblem, WorkflowDefinition } from '../api/types';
import { ProblemList } from '../components/ProblemList';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage, errorStatus, validationProblems } from '../utils/errors';
import { adminUrl } from '../../../shared/routes';
import { FormModal } from '../components/FormModal';

/** The keys an admin writes, in a readable order; the server assigns id, version, source and createdAt. */
const EDITABLE_KEYS = ['key', 'name', 'contentType', 'sop', 'initialStage', 'stages', 'transitions', 'proof', 'fastTrack'] as const;

/** The editable part of a definition (the server refuses unknown keys, so nothing else is copied). */
export function editableDefinition(definition: WorkflowDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of EDITABLE_KEYS) {
    const value = definition[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

interface NewVersionModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The definition the editor starts from. */
  base: WorkflowDefinition | null;
  onCreated: (created: WorkflowDefinition | undefined) => void;
}

type PostClient = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };

/**
 * Creating a new version of a workflow as JSON: the selected definition is the starting text; the
 * server validates it and answers 400 with every problem and its path, all of which are listed.
 */
export const NewVersionModal = ({ open, onOpenChange, base, onCreated }: NewVersionModalProps) => {
  const { t, pick } = usePpidIntl();
  const { post } = useFetchClient() as PostClient;
  const { toggleNotification } = useNotification();
  const [text, setText] = React.useState('');
  const [problems, setProblems] = React.useState<{ message?: string; list: ApiProblem[] } | null>(null);
  const [submitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (open && base) {
      setText(JSON.stringify(editableDefinition(base), null, 2));
      setProblems(null);
      setSubmitting(false);
    }
  }, [open, base]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      setProblems({
        message: t('workflows.new.jsonError', 'This is not valid JSON: {message}', { message: err instanceof Error ? err.message : '' }),
        list: [],
      });
      return;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      setProblems({ message: t('workflows.new.notObject', 'A workflow definition is a JSON object.'), list: [] });
      return;
    }
    setSubmitting(true);
    setProblems(null);
    try {
      const response = await post<{ data?: WorkflowDefinition }>(adminUrl('createWorkflow'), parsed);
      const created = response.data?.data;
      toggleNotification({
        type: 'success',
        message: t('workflows.new.created', 'Version {version} of {key} was created.', {
          version: created?.version ?? '?',
          key: created?.key ?? base?.key ?? '',
        }),
      });
      onCreated(created);
      onOpenChange(false);
    } catch (err) {
      const list = validationProblems(err);
      if (errorStatus(err) === 400 || list.length > 0) {
        setProblems({ message: errorMessage(err), list });
      } else {
        toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormModal
      open={open}
      onOpenChange={onOpenChange}
      busy={submitting}
      title={base ? t('workflows.new.titleFor', 'New version of “{name}”', { name: pick(base.name, base.key) }) : t('workflows.new.title', 'New workflow version')}
      onSubmit={submit}
      action={t('workflows.new.submit', 'Create version')}
    >
      <Typography textColor="neutral700">
        {t(
          'workflows.new.help',
          'Edit the definition below. Keep the key to add a version of this workflow, or change it to start a new workflow. The server assigns the version number and checks the whole definition.'
        )}
      </Typography>
      {problems ? <ProblemList message={problems.message} problems={problems.list} /> : null}
      <Field.Root name="definition" id="ppid-workflow-definition" required>
        <Field.Label>{t('workflows.new.label', 'Definition (JSON)')}</Field.Label>
        <JSONInput value={text} onChange={setText} disabled={submitting} minHeight="25.2rem" maxHeight="50.4rem" />
      </Field.Root>
    </FormModal>
  );
};
