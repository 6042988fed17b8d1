import * as React from 'react';
import { useRBAC } from '@strapi/strapi/admin';
import {
  Accordion,
  Badge,
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise, Plus } from '@strapi/icons';

import type { BindingsResponse, WorkflowBinding, WorkflowDefinition, WorkflowsResponse } from '../api/types';
import { ActionBadge, StageBadge } from '../components/Badges';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { BindingsSection, shortType } from './BindingsSection';
import { NewVersionModal } from './NewVersionModal';
import { adminUrl } from '../../../shared/routes';

export const MANAGE_PERMISSIONS = [{ action: 'plugin::ppid.workflow.manage', subject: null }];

/** One workflow's definition: SOP, ordered stages with who acts and the time standard, transitions. */
const DefinitionDetails = ({ definition, bindings }: { definition: WorkflowDefinition; bindings: WorkflowBinding[] }) => {
  const { t, pick, positionLabel, timeStandard, typeLabel, dateTime } = usePpidIntl();
  const stageName = (key: string) => pick(definition.stages.find((s) => s.key === key)?.name, key);
  const { sop } = definition;

  return (
    <Flex direction="column" alignItems="stretch" gap={6} padding={4}>
      <Flex gap={6} wrap="wrap" alignItems="flex-start">
        <Box grow={1} basis="32rem">
          <Typography variant="sigma" tag="h4" textColor="neutral600">
            {t('workflows.sop', 'Standard operating procedure (SOP)')}
          </Typography>
          <Box paddingTop={2}>
            <Typography tag="p" fontWeight="bold">
              {sop.title}
            </Typography>
            <Typography tag="p" variant="pi" textColor="neutral700">
              {t('workflows.sopNumber', 'No. {number}', { number: sop.number })} · {sop.issuer}
            </Typography>
            {sop.approvedBy || sop.madeOn || sop.effectiveOn ? (
              <Typography tag="p" variant="pi" textColor="neutral600">
                {[
                  sop.madeOn ? t('workflows.sopMadeOn', 'made on {date}', { date: sop.madeOn }) : null,
                  sop.effectiveOn ? t('workflows.sopEffective', 'effective {date}', { date: sop.effectiveOn }) : null,
                  sop.approvedBy ? t('workflows.sopApprovedBy', 'approved by {name}', { name: sop.approvedBy }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            ) : null}
          </Box>
          {sop.legalBasis?.length ? (
            <Box paddingTop={3}>
              <Typography variant="pi" fontWeight="bold">
                {t('workflows.legalBasis', 'Legal basis')}
              </Typography>
              <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }}>
                {sop.legalBasis.map((basis) => (
                  <li key={basis}>
                    <Typography variant="pi">{basis}</Typography>
                  </li>
                ))}
              </Box>
            </Box>
          ) : null}
        </Box>
        <Box grow={1} basis="24rem">
          <Typography variant="sigma" tag="h4" textColor="neutral600">
            {t('workflows.about', 'About this version')}
          </Typography>
          <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2}>
            <Typography variant="pi">{t('workflows.contentType', 'Content type: {type}', { type: typeLabel(shortType(definition.contentType)) })}</Typography>
            <Typography variant="pi">{t('workflows.createdAt', 'Created {date}', { date: dateTime(definition.createdAt) ?? '—' })}</Typography>
            {definition.source ? (
              <Badge variant={definition.source === 'template' ? 'secondary' : 'alternative'}>
                {definition.source === 'template' ? t('workflows.source.template', 'SOP template') : t('workflows.source.custom', 'Written by an administrator')}
              </Badge>
            ) : null}
            {definition.proof ? (
              <Typography variant="pi">
                {t('workflows.proof', 'Proof of publication: at least {online} online and {offline} offline', {
                  online: definition.proof.online,
                  offline: definition.proof.offline,
                })}
              </Typography>
            ) : null}
            {definition.fastTrack ? (
              <Typography variant="pi">
                {t('workflows.fastTrack', 'Serta merta fast path: published by {positions}; approved afterwards by {approvers} within {window}', {
                  positions: definition.fastTrack.positions.map(positionLabel).join(', '),
                  approvers: definition.fastTrack.retroApprovers.map(positionLabel).join(', '),
                  window: timeStandard(definition.fastTrack.window) ?? '—',
                })}
              </Typography>
            ) : null}
            <Typography variant="pi">
              {bindings.length === 0
                ? t('workflows.unbound', 'Not bound to any content type or unit.')
                : t('workflows.boundTo', 'Used by: {list}', {
                    list: bindings
                      .map((b) => (b.unit ? `${typeLabel(shortType(b.contentType))} (${b.unit.name})` : typeLabel(shortType(b.contentType))))
                      .join(', '),
                  })}
            </Typography>
          </Flex>
        </Box>
      </Flex>

      <Box>
        <Typography variant="sigma" tag="h4" textColor="neutral600">
          {t('workflows.stages', 'Stages')}
        </Typography>
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2} paddingTop={2}>
          {definition.stages.map((stage, index) => (
            <Flex key={stage.key} tag="li" gap={3} alignItems="center" wrap="wrap" padding={3} background="neutral100" hasRadius>
              <Typography variant="pi" fontWeight="bold" textColor="neutral600" minWidth="2rem">
                {`${index + 1}.`}
              </Typography>
              <StageBadge kind={stage.kind}>{pick(stage.name, stage.key)}</StageBadge>
              {definition.initialStage === stage.key ? <Badge>{t('workflows.initial', 'Start')}</Badge> : null}
              <Typography variant="pi" textColor="neutral800">
                {stage.actor ? positionLabel(stage.actor) : t('workflows.terminal', 'Final stage')}
              </Typography>
              {stage.timeStandard ? (
                <Typography variant="pi" textColor="neutral600">
                  {t('workflows.timeStandard', 'Time standard: {time}', { time: timeStandard(stage.timeStandard) })}
                </Typography>
              ) : null}
              {stage.output ? (
                <Typography variant="pi" textColor="neutral600">
                  {t('workflows.output', 'Output: {output}', { output: stage.output })}
                </Typography>
              ) : null}
            </Flex>
          ))}
        </Flex>
      </Box>

      <Box>
        <Typography variant="sigma" tag="h4" textColor="neutral600">
          {t('workflows.transitions', 'Transitions')}
        </Typography>
        <Box paddingTop={2}>
          <Table colCount={4} rowCount={definition.transitions.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('workflows.col.move', 'From → to')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('workflows.col.kind', 'Kind')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('workflows.col.label', 'Button')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('workflows.col.requires', 'Requires')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {definition.transitions.map((tr) => (
                <Tr key={`${tr.from}->${tr.to}:${tr.action}`}>
                  <Td>
                    <Typography>{`${stageName(tr.from)} → ${stageName(tr.to)}`}</Typography>
                  </Td>
                  <Td>
                    <ActionBadge action={tr.action} />
                  </Td>
                  <Td>
                    <Typography>{pick(tr.label)}</Typography>
                  </Td>
                  <Td>
                    <Typography variant="pi" textColor="neutral700">
                      {[
                        tr.reasonRequired || tr.action === 'return' ? t('workflows.requires.reason', 'a reason') : null,
                        tr.proofRequired ? t('workflows.requires.proof', 'proof of publication') : null,
                      ]
                        .filter(Boolean)
                        .join(', ') || '—'}
                    </Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      </Box>
    </Flex>
  );
};

/** All versions of one workflow key: a version picker and the chosen version's details. */
const WorkflowGroup = ({
  versions,
  bindings,
  canManage,
  onNewVersion,
}: {
  versions: WorkflowDefinition[];
  bindings: WorkflowBinding[];
  canManage: boolean;
  onNewVersion: (definition: WorkflowDefinition) => void;
}) => {
  const { t, pick, typeLabel } = usePpidIntl();
  const latest = versions[0];
  const [selected, setSelected] = React.useState<number>(latest.version);
  React.useEffect(() => setSelected(latest.version), [latest.version]);
  const definition = versions.find((v) => v.version === selected) ?? latest;
  const selectId = `ppid-version-${latest.key}`;

  return (
    <Accordion.Item value={latest.key}>
      <Accordion.Header>
        <Accordion.Trigger
          description={t('workflows.summary', '{key} · {type} · latest version {version} · SOP {sop}', {
            key: latest.key,
            type: typeLabel(shortType(latest.contentType)),
            version: latest.version,
            sop: latest.sop?.number ?? '—',
          })}
        >
          {pick(latest.name, latest.key)}
        </Accordion.Trigger>
      </Accordion.Header>
      <Accordion.Content>
        <Flex gap={4} alignItems="flex-end" justifyContent="space-between" wrap="wrap" paddingLeft={4} paddingRight={4} paddingTop={4}>
          <Box minWidth="16rem">
            <Field.Root name="version" id={selectId}>
              <Field.Label>{t('workflows.version', 'Version')}</Field.Label>
              <SingleSelect value={String(definition.version)} onChange={(value: string | number) => setSelected(Number(value))} size="S">
                {versions.map((v) => (
                  <SingleSelectOption key={v.version} value={String(v.version)}>
                    {v.version === latest.version
                      ? t('workflows.versionLatest', 'Version {version} (latest)', { version: v.version })
                      : t('workflows.versionN', 'Version {version}', { version: v.version })}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          {canManage ? (
            <Button variant="secondary" startIcon={<Plus />} onClick={() => onNewVersion(definition)}>
              {t('workflows.newVersion', 'New version from this one')}
            </Button>
          ) : null}
        </Flex>
        <DefinitionDetails definition={definition} bindings={bindings} />
      </Accordion.Content>
    </Accordion.Item>
  );
};

/** Workflows: the bindings (which workflow each content type uses) and every workflow definition. */
export const WorkflowsPage = () => {
  const { t } = usePpidIntl();
  // `all=true`: every version, not only the latest of each workflow.
  const workflows = useGet<WorkflowsResponse>(adminUrl('workflows', {}, { all: true }));
  const bindings = useGet<BindingsResponse>(adminUrl('bindings'));
  const { allowedActions, isLoading: isLoadingRBAC } = useRBAC(MANAGE_PERMISSIONS) as {
    allowedActions: Record<string, boolean>;
    isLoading: boolean;
  };
  const canManage = !isLoadingRBAC && !!allowedActions.canManage;
  const [editorBase, setEditorBase] = React.useState<WorkflowDefinition | null>(null);

  const groups = React.useMemo(() => {
    const byKey = new Map<string, WorkflowDefinition[]>();
    for (const def of workflows.data?.data ?? []) byKey.set(def.key, [...(byKey.get(def.key) ?? []), def]);
    return [...byKey.values()]
      .map((list) => list.sort((a, b) => b.version - a.version))
      .sort((a, b) => shortType(a[0].contentType).localeCompare(shortType(b[0].contentType)) || a[0].key.localeCompare(b[0].key));
  }, [workflows.data]);

  const latestByKey = React.useMemo(() => new Map(groups.map((list) => [list[0].key, list[0]] as const)), [groups]);

  let definitions: React.ReactNode;
  if (workflows.isLoading) definitions = <LoadingBlock />;
  else if (workflows.error && !workflows.data) definitions = <ErrorBlock error={workflows.error} onRetry={() => void workflows.refetch()} />;
  else if (groups.length === 0) definitions = <EmptyBlock content={t('workflows.empty', 'No workflow is defined yet.')} />;
  else
    definitions = (
      <Accordion.Root size="M">
        {groups.map((versions) => (
          <WorkflowGroup
            key={versions[0].key}
            versions={versions}
            bindings={(bindings.data?.data ?? []).filter((b) => b.workflowKey === versions[0].key)}
            canManage={canManage}
            onNewVersion={setEditorBase}
          />
        ))}
      </Accordion.Root>
    );

  return (
    <Flex direction="column" alignItems="stretch" gap={8} paddingTop={6}>
      <Box tag="section" aria-labelledby="ppid-bindings-title">
        <Flex justifyContent="space-between" alignItems="center" paddingBottom={4} gap={4} wrap="wrap">
          <Box>
            <Typography id="ppid-bindings-title" variant="beta" tag="h2">
              {t('bindings.title', 'Bindings')}
            </Typography>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t('bindings.subtitle', 'Which workflow each content type follows; a unit may override its content type’s default.')}
            </Typography>
          </Box>
          <Button
            variant="tertiary"
            size="S"
            startIcon={<ArrowClockwise />}
            onClick={() => void Promise.all([workflows.refetch(), bindings.refetch()])}
            loading={(workflows.isFetching && !workflows.isLoading) || (bindings.isFetching && !bindings.isLoading)}
          >
            {t('action.refresh', 'Refresh')}
          </Button>
        </Flex>
        <BindingsSection
          bindings={bindings.data?.data}
          error={bindings.error}
          isLoading={bindings.isLoading}
          onRetry={() => void bindings.refetch()}
          onSaved={() => void bindings.refetch()}
          latestByKey={latestByKey}
          canManage={canManage}
        />
      </Box>

      <Box tag="section" aria-labelledby="ppid-workflows-title">
        <Box paddingBottom={4}>
          <Typography id="ppid-workflows-title" variant="beta" tag="h2">
            {t('workflows.definitions', 'Workflow definitions')}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {t('workflows.definitionsHelp', 'Each workflow turns an SOP into stages, who acts at each stage and how long it may take. Definitions are versioned: each item records the version it follows.')}
          </Typography>
        </Box>
        {workflows.error && workflows.data ? (
          <Box paddingBottom={4}>
            <ErrorBlock error={workflows.error} compact onRetry={() => void workflows.refetch()} />
          </Box>
        ) : null}
        {definitions}
      </Box>

      <NewVersionModal
        open={editorBase !== null}
        onOpenChange={(open) => (!open ? setEditorBase(null) : undefined)}
        base={editorBase}
        onCreated={() => void workflows.refetch()}
      />
    </Flex>
  );
};
