import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Pencil } from '@strapi/icons';

import { WORKFLOW_TYPES, type ApiProblem, type BindingInput, type WorkflowBinding, type WorkflowDefinition } from '../api/types';
import { ProblemList } from '../components/ProblemList';
import { SimpleTable } from '../components/SimpleTable';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage, validationProblems } from '../utils/errors';
import { adminUrl } from '../../../shared/routes';

/** `plugin::ppid.announcement` and `announcement` name the same content type. */
export const shortType = (contentType: string) => contentType.replace(/^plugin::ppid\./, '');

type PutClient = { put: <T>(url: string, body: unknown) => Promise<{ data: T }> };

interface BindingsSectionProps {
  bindings: WorkflowBinding[] | undefined;
  error: unknown;
  isLoading: boolean;
  onRetry: () => void;
  onSaved: () => void;
  /** The latest version of each workflow key. */
  latestByKey: Map<string, WorkflowDefinition>;
  canManage: boolean;
}

const emptyForm = (): BindingInput => ({ contentType: WORKFLOW_TYPES[0], unit: null, workflowKey: '' });

/**
 * Which workflow each content type uses, with per-unit overrides; managers change a binding with the
 * small form below the table (PUT /ppid/workflow-bindings).
 */
export const BindingsSection = ({ bindings, error, isLoading, onRetry, onSaved, latestByKey, canManage }: BindingsSectionProps) => {
  const { t, pick, typeLabel } = usePpidIntl();
  const { put } = useFetchClient() as PutClient;
  const { toggleNotification } = useNotification();
  const [form, setForm] = React.useState<BindingInput>(emptyForm);
  const [saving, setSaving] = React.useState(false);
  const [problems, setProblems] = React.useState<{ message?: string; list: ApiProblem[] } | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);

  const workflowName = (key: string) => {
    const def = latestByKey.get(key);
    return def ? pick(def.name, key) : key;
  };

  const candidates = [...latestByKey.values()].filter((def) => shortType(def.contentType) === form.contentType);

  const sorted = [...(bindings ?? [])].sort(
    (a, b) =>
      shortType(a.contentType).localeCompare(shortType(b.contentType)) ||
      (a.unit ? 1 : 0) - (b.unit ? 1 : 0) ||
      (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '')
  );

  const edit = (binding: WorkflowBinding) => {
    setForm({ contentType: shortType(binding.contentType), unit: binding.unit?.code ?? null, workflowKey: binding.workflowKey });
    setProblems(null);
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('[role="combobox"], input')?.focus();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!form.workflowKey || saving) return;
    setSaving(true);
    setProblems(null);
    try {
      const unit = form.unit?.trim() ? form.unit.trim() : null;
      await put(adminUrl('setBinding'), { contentType: form.contentType, unit, workflowKey: form.workflowKey } satisfies BindingInput);
      toggleNotification({
        type: 'success',
        message: t('bindings.saved', '{type} now uses “{workflow}”{unit, select, none {} other { in unit {unit}}}.', {
          type: typeLabel(form.contentType),
          workflow: workflowName(form.workflowKey),
          unit: unit ?? 'none',
        }),
      });
      setForm(emptyForm());
      onSaved();
    } catch (err) {
      const list = validationProblems(err);
      if (list.length > 0) setProblems({ message: errorMessage(err), list });
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
    } finally {
      setSaving(false);
    }
  };

  const columns = [t('bindings.col.type', 'Content type'), t('bindings.col.unit', 'Unit'), t('bindings.col.workflow', 'Workflow')];
  if (canManage) columns.push(t('bindings.col.actions', 'Actions'));
  let table: React.ReactNode;
  if (isLoading) table = <LoadingBlock />;
  else if (error && !bindings) table = <ErrorBlock error={error} onRetry={onRetry} />;
  else if (sorted.length === 0) table = <EmptyBlock content={t('bindings.empty', 'No content type is bound to a workflow yet.')} />;
  else
    table = (
      <SimpleTable rowCount={sorted.length} columns={columns}>
        {sorted.map((binding) => (
          <Tr key={binding.id}>
            <Td>
              <Typography>{typeLabel(shortType(binding.contentType))}</Typography>
            </Td>
            <Td>
              {binding.unit ? (
                <Typography>
                  {binding.unit.name}{' '}
                  <Typography variant="pi" textColor="neutral600">
                    ({binding.unit.code})
                  </Typography>
                </Typography>
              ) : (
                <Typography textColor="neutral600">{t('bindings.allUnits', 'All units (default)')}</Typography>
              )}
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography>{workflowName(binding.workflowKey)}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {binding.workflowKey}
                </Typography>
              </Flex>
            </Td>
            {canManage ? (
              <Td>
                <Button
                  variant="tertiary"
                  size="S"
                  startIcon={<Pencil />}
                  onClick={() => edit(binding)}
                  aria-label={t('bindings.editLabel', 'Change the workflow of {type}{unit, select, none {} other { in {unit}}}', {
                    type: typeLabel(shortType(binding.contentType)),
                    unit: binding.unit?.name ?? 'none',
                  })}
                >
                  {t('bindings.edit', 'Change')}
                </Button>
              </Td>
            ) : null}
          </Tr>
        ))}
      </SimpleTable>
    );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {error && bindings ? <ErrorBlock error={error} compact onRetry={onRetry} /> : null}
      {table}
      {canManage ? (
        <Box tag="form" ref={formRef} onSubmit={submit} background="neutral0" padding={5} hasRadius shadow="tableShadow" noValidate>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography variant="delta" tag="h3">
              {t('bindings.form.title', 'Change a binding')}
            </Typography>
            {problems ? <ProblemList message={problems.message} problems={problems.list} /> : null}
            <Flex gap={4} alignItems="flex-start" wrap="wrap">
              <Box minWidth="22rem" grow={1}>
                <Field.Root name="contentType" id="ppid-binding-type" required>
                  <Field.Label>{t('bindings.col.type', 'Content type')}</Field.Label>
                  <SingleSelect
                    value={form.contentType}
                    onChange={(value: string | number) => setForm((f) => ({ ...f, contentType: String(value), workflowKey: '' }))}
                  >
                    {WORKFLOW_TYPES.map((key) => (
                      <SingleSelectOption key={key} value={key}>
                        {typeLabel(key)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Box minWidth="22rem" grow={1}>
                <Field.Root
                  name="unit"
                  id="ppid-binding-unit"
                  hint={t('bindings.form.unitHint', 'A unit code (e.g. bidang-ikp) to override the default for that unit and its sub-units; leave empty for the default of all units.')}
                >
                  <Field.Label>{t('bindings.form.unit', 'Unit code')}</Field.Label>
                  <TextInput
                    value={form.unit ?? ''}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, unit: e.target.value || null }))}
                    placeholder={t('bindings.allUnits', 'All units (default)')}
                  />
                  <Field.Hint />
                </Field.Root>
              </Box>
              <Box minWidth="28rem" grow={2}>
                <Field.Root
                  name="workflowKey"
                  id="ppid-binding-workflow"
                  required
                  hint={candidates.length === 0 ? t('bindings.form.noCandidates', 'No workflow is defined for this content type.') : undefined}
                >
                  <Field.Label>{t('bindings.col.workflow', 'Workflow')}</Field.Label>
                  <SingleSelect
                    value={form.workflowKey || undefined}
                    placeholder={t('bindings.form.choose', 'Choose a workflow')}
                    disabled={candidates.length === 0}
                    onChange={(value: string | number) => setForm((f) => ({ ...f, workflowKey: String(value) }))}
                  >
                    {candidates.map((def) => (
                      <SingleSelectOption key={def.key} value={def.key}>
                        {`${pick(def.name, def.key)} (${def.key})`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Hint />
                </Field.Root>
              </Box>
            </Flex>
            <Flex gap={2} justifyContent="flex-end">
              <Button variant="tertiary" type="button" onClick={() => (setForm(emptyForm()), setProblems(null))} disabled={saving}>
                {t('bindings.form.reset', 'Clear')}
              </Button>
              <Button type="submit" loading={saving} disabled={!form.workflowKey}>
                {t('bindings.form.save', 'Save binding')}
              </Button>
            </Flex>
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
};
