import * as React from 'react';
import {
  unstable_useDocument,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import { Badge, Box, Button, Divider, Flex, Modal, Tooltip, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Check, ClockCounterClockwise, Cross, EyeStriked, Lightning, SealCheck, Trash, User } from '@strapi/icons';
import { useNavigate } from 'react-router-dom';
import { styled } from 'styled-components';

import type { AssignmentInput, AvailableTransition, HistoryResponse, ItemWorkflow, ItemWorkflowResponse, LocalizedName, WorkflowType } from '../api/types';
import { StageBadge } from '../components/Badges';
import { ConfirmModal } from '../components/ConfirmModal';
import { DispositionModal } from '../components/DispositionModal';
import { DueText } from '../components/DueText';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { ReasonModal } from '../components/ReasonModal';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl, type PpidIntl } from '../hooks/usePpidIntl';
import { errorMessage, errorStatus } from '../utils/errors';
import { adminUrl, type AdminRouteName } from '../../../shared/routes';
import { needsConfirmation } from '../utils/confirmation';
import { ProofSection } from './ProofSection';
import { PrivacySection } from './PrivacySection';
import { isPrivacyChecked } from '../api/privacy';

type PostClient = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };
type DocumentHook = (
  args: { collectionType: string; model: string; documentId?: string; params?: object },
  opts?: { skip?: boolean }
) => { refetch: () => void };

const ORDER: Record<string, number> = { forward: 0, publish: 1, return: 2, cancel: 3 };
const VARIANT = { forward: 'default', publish: 'success', return: 'secondary', cancel: 'danger-light' } as const;
const ICON = { forward: <ArrowRight />, publish: <Check />, return: <ArrowLeft />, cancel: <Cross /> } as const;

const Quote = styled.blockquote`
  margin: 0;
  padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[2]}`};
  border-left: 3px solid ${({ theme }) => theme.colors.neutral300};
  font-style: italic;
`;

/** The query the Content Manager's edit view uses for this document, so a refetch refreshes its form. */
function useEditViewParams() {
  const [{ query }] = useQueryParams() as readonly [{ query?: Record<string, unknown> }, ...unknown[]];
  return React.useMemo(() => {
    if (!query) return query;
    const { plugins, ...rest } = query as { plugins?: Record<string, unknown> } & Record<string, unknown>;
    const fromPlugins = Object.values(plugins ?? {}).reduce<Record<string, unknown>>(
      (acc, value) => (value && typeof value === 'object' ? Object.assign(acc, value) : acc),
      {}
    );
    return { ...rest, ...fromPlugins };
  }, [query]);
}

type Dialog =
  | { kind: 'transition'; transition: AvailableTransition }
  | { kind: 'disposition'; transition: AvailableTransition }
  | { kind: 'confirm'; transition: AvailableTransition }
  | { kind: 'reassign' }
  | { kind: 'withdraw' }
  | { kind: 'remove' }
  | { kind: 'fastPublish' }
  | { kind: 'retroApprove' }
  | { kind: 'history' }
  | null;

interface ContentProps {
  type: WorkflowType;
  documentId: string;
  model: string;
  collectionType: string;
  /** The document's `updatedAt`: a save can change which steps are allowed, so the panel reloads. */
  savedAt: string | null;
}

const ActorList = ({ actors, intl }: { actors: ItemWorkflow['actors']; intl: PpidIntl }) => {
  const { t, positionLabel, holdingLabel } = intl;
  if (actors.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.noActors', 'Nobody holds the position that acts at this stage.')}
      </Typography>
    );
  }
  return (
    <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
      {actors.map((actor) => {
        const holding = holdingLabel(actor.holding);
        return (
          <li key={`${actor.id}-${actor.position}`}>
            <Typography variant="pi">
              <Typography variant="pi" fontWeight="bold">
                {actor.name || t('actor.unknown', 'User {id}', { id: actor.id })}
              </Typography>
              {` · ${positionLabel(actor.position)}`}
              {holding ? ` · ${holding}` : ''}
            </Typography>
          </li>
        );
      })}
    </Flex>
  );
};

const SertaMertaBox = ({ state, intl }: { state: NonNullable<ItemWorkflow['state']>; intl: PpidIntl }) => {
  const { t, dateTime } = intl;
  const sm = state.sertaMerta;
  if (!sm) return null;
  const pending = sm.status === 'pending';
  return (
    <Box
      padding={3}
      hasRadius
      background={pending ? (sm.overdue ? 'danger100' : 'warning100') : 'success100'}
      borderColor={pending ? (sm.overdue ? 'danger200' : 'warning200') : 'success200'}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex gap={2} wrap="wrap" alignItems="center">
          <Badge variant={pending ? 'warning' : 'success'}>
            {pending ? t('sertaMerta.pending', 'Awaiting retrospective approval') : t('sertaMerta.approved', 'Approved retrospectively')}
          </Badge>
        </Flex>
        <Typography variant="pi" textColor="neutral800">
          {t('sertaMerta.publishedBy', 'Published immediately (serta merta) by {name}, {when}', {
            name: sm.publishedBy?.name ?? t('history.system', 'System'),
            when: dateTime(sm.publishedAt) ?? '—',
          })}
        </Typography>
        {sm.reason ? (
          <Quote>
            <Typography variant="pi">“{sm.reason}”</Typography>
          </Quote>
        ) : null}
        {pending ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="pi" fontWeight="bold">
              {t('sertaMerta.approvalDue', 'Retrospective approval')}
            </Typography>
            <DueText dueAt={sm.dueAt} overdue={sm.overdue} />
          </Flex>
        ) : (
          <Typography variant="pi" textColor="neutral800">
            {t('sertaMerta.approvedBy', 'Approved by {name}, {when}', {
              name: sm.approvedBy?.name ?? '—',
              when: dateTime(sm.approvedAt) ?? '—',
            })}
          </Typography>
        )}
      </Flex>
    </Box>
  );
};

/** A step button; when not allowed it is disabled and its tooltip (and screen-reader text) says why. */
const StepButton = ({
  label,
  description,
  allowed,
  reason,
  variant,
  icon,
  loading,
  disabled,
  onClick,
  intl,
}: {
  label: string;
  description?: string;
  allowed: boolean;
  reason?: string;
  variant: 'default' | 'success' | 'secondary' | 'danger-light' | 'danger' | 'tertiary';
  icon: React.ReactElement;
  loading?: boolean;
  disabled?: boolean;
  onClick: () => void;
  intl: PpidIntl;
}) => {
  const hintId = React.useId();
  if (!allowed) {
    const why = reason || intl.t('panel.notAllowed', 'You cannot take this step now.');
    return (
      <>
        <Tooltip label={why}>
          <Box tag="span" display="block" tabIndex={0} aria-describedby={hintId}>
            <Button fullWidth variant={variant} startIcon={icon} disabled>
              {label}
            </Button>
          </Box>
        </Tooltip>
        <VisuallyHidden id={hintId}>{why}</VisuallyHidden>
      </>
    );
  }
  const button = (
    <Button fullWidth variant={variant} startIcon={icon} loading={loading} disabled={disabled} onClick={onClick}>
      {label}
    </Button>
  );
  return description ? <Tooltip label={description}>{button}</Tooltip> : button;
};

export const WorkflowPanelContent = ({ type, documentId, model, collectionType, savedAt }: ContentProps) => {
  const intl = usePpidIntl();
  const { t, pick, dateTime, relative, positionLabel } = intl;
  const ids = { type, documentId };
  const item = useGet<ItemWorkflowResponse>(adminUrl('item', ids));
  const { post } = useFetchClient() as PostClient;
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const params = useEditViewParams();
  const { refetch: refetchDocument } = (unstable_useDocument as DocumentHook)({ collectionType, model, documentId, params });
  const modified = useForm('PpidWorkflowPanel', (state: { modified: boolean }) => state.modified, false) as boolean | undefined;
  const [dialog, setDialog] = React.useState<Dialog>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const history = useGet<HistoryResponse>(dialog?.kind === 'history' ? adminUrl('itemHistory', ids) : null);

  // A save of the document can change what is allowed (required fields, proof): reload then.
  const firstSave = React.useRef(savedAt);
  const { refetch } = item;
  React.useEffect(() => {
    if (savedAt !== firstSave.current) {
      firstSave.current = savedAt;
      void refetch();
    }
  }, [savedAt, refetch]);

  const data = item.data?.data;
  const state = data?.state ?? null;

  const refreshAll = async () => {
    await item.refetch();
    try {
      refetchDocument();
    } catch {
      // The edit view refreshes on its own next visit; the panel is already up to date.
    }
  };

  /**
   * POSTs an action; true when the dialog may close (done, or the item changed under us). After
   * success the panel and the edit view reload, unless `afterSuccess` says what to do instead.
   */
  const send = async (
    route: Extract<AdminRouteName, 'transition' | 'reassign' | 'withdraw' | 'removeItem' | 'fastPublish' | 'retroApprove'>,
    body: Record<string, unknown>,
    success: string,
    busyKey: string,
    afterSuccess: () => Promise<void> | void = refreshAll
  ): Promise<boolean> => {
    setBusy(busyKey);
    try {
      await post(adminUrl(route, ids), body);
      toggleNotification({ type: 'success', message: success });
      await afterSuccess();
      return true;
    } catch (err) {
      if (errorStatus(err) === 409) {
        toggleNotification({
          type: 'warning',
          message: t('panel.conflict', 'Someone else changed this item in the meantime. The panel shows its current state now: check it and try again.'),
        });
        await refreshAll();
        return true;
      }
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const runTransition = (transition: AvailableTransition, reason?: string, assignment?: AssignmentInput) =>
    send(
      'transition',
      { transition: transition.key, revision: state?.revision, ...(reason ? { reason } : {}), ...(assignment ?? {}) },
      t('panel.moved', 'Moved to “{stage}”.', { stage: pick(transition.toName, transition.to) }),
      transition.key
    );

  if (item.isLoading) return <LoadingBlock small />;
  if (item.error && !data) return <ErrorBlock error={item.error} compact onRetry={() => void item.refetch()} />;
  if (!data) return null;

  // The privacy findings of the item: shown in every state, since they block any publication.
  const privacy = isPrivacyChecked(type) ? (
    <PrivacySection type={type} documentId={documentId} savedAt={savedAt} revision={state?.revision ?? null} onCleared={refreshAll} />
  ) : null;

  if (!data.workflow) {
    return (
      <Flex direction="column" alignItems="stretch" gap={4} width="100%">
        <Typography variant="pi" textColor="neutral600">
          {t('panel.noWorkflow', 'This item does not follow a review workflow: no workflow is bound to its content type or unit.')}
        </Typography>
        {privacy}
      </Flex>
    );
  }

  const stageNames: Record<string, LocalizedName> = Object.fromEntries(data.stages.map((s) => [s.key, s.name]));
  const stageIndex = state ? data.stages.findIndex((s) => s.key === state.stage) : -1;
  const workingStages = data.stages.filter((s) => s.kind !== 'published' && s.kind !== 'cancelled');
  const transitions = [...data.transitions].sort((a, b) => (ORDER[a.action] ?? 9) - (ORDER[b.action] ?? 9));
  const active = state?.status === 'active';
  const reassign = data.reassign?.allowed ? data.reassign : null;
  const withdraw = data.withdraw?.allowed ? data.withdraw : null;
  const remove = data.remove?.allowed ? data.remove : null;
  const disposition = dialog?.kind === 'disposition' ? dialog.transition : null;
  const openTransition = (tr: AvailableTransition) => {
    if (tr.assigns) setDialog({ kind: 'disposition', transition: tr });
    else if (tr.reasonRequired) setDialog({ kind: 'transition', transition: tr });
    else if (needsConfirmation(tr, state?.kind)) setDialog({ kind: 'confirm', transition: tr });
    else void runTransition(tr);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="pi" fontWeight="bold">
          {pick(data.workflow.name, data.workflow.key)}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('panel.sop', 'SOP {number} · version {version}', { number: data.workflow.sop?.number ?? '—', version: data.workflow.version })}
        </Typography>
      </Flex>

      {!state ? (
        <>
          <Typography variant="pi" textColor="neutral600">
            {t('panel.notStarted', 'The workflow has not started for this item yet.')}
          </Typography>
          {privacy}
        </>
      ) : (
        <>
          <Flex direction="column" alignItems="flex-start" gap={2}>
            <Typography variant="sigma" textColor="neutral600" tag="h3">
              {t('panel.currentStage', 'Current stage')}
            </Typography>
            <Flex gap={2} wrap="wrap" alignItems="center">
              <StageBadge kind={state.kind}>{pick(state.stageName, state.stage)}</StageBadge>
              {state.status === 'published' ? <Badge variant="success">{t('status.published', 'Published')}</Badge> : null}
              {state.status === 'cancelled' ? <Badge variant="danger">{t('status.cancelled', 'Cancelled')}</Badge> : null}
              {state.status === 'deleted' ? <Badge variant="danger">{t('status.deleted', 'Deleted')}</Badge> : null}
            </Flex>
            {state.assignee ? (
              <Typography variant="pi" textColor="neutral800">
                {state.agendaNumber
                  ? t('panel.assigned', 'Assigned to: {name}, agenda no. {agenda}', {
                      name: state.assignee.name || t('actor.unknown', 'User {id}', { id: state.assignee.id }),
                      agenda: state.agendaNumber,
                    })
                  : t('panel.assignedNoAgenda', 'Assigned to: {name}', {
                      name: state.assignee.name || t('actor.unknown', 'User {id}', { id: state.assignee.id }),
                    })}
              </Typography>
            ) : null}
            {active && stageIndex >= 0 && workingStages.some((s) => s.key === state.stage) ? (
              <Typography variant="pi" textColor="neutral600">
                {t('panel.stageOf', 'Stage {n} of {total}', {
                  n: workingStages.findIndex((s) => s.key === state.stage) + 1,
                  total: workingStages.length,
                })}
              </Typography>
            ) : null}
            <Typography variant="pi" textColor="neutral600" title={dateTime(state.enteredAt) ?? undefined}>
              {t('panel.since', 'Entered this stage {relative}', { relative: relative(state.enteredAt) ?? '—' })}
            </Typography>
            {active ? <DueText dueAt={state.dueAt} overdue={state.overdue} /> : null}
          </Flex>

          {active ? (
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="sigma" textColor="neutral600" tag="h3">
                {state.actor
                  ? t('panel.whoActs', 'Who may act: {position}', { position: positionLabel(state.actor) })
                  : t('panel.whoActsAny', 'Who may act')}
              </Typography>
              <ActorList actors={data.actors} intl={intl} />
            </Flex>
          ) : null}

          <SertaMertaBox state={state} intl={intl} />

          {type === 'announcement' && ((active && transitions.some((tr) => tr.proofRequired)) || state.status === 'published') ? (
            <ProofSection documentId={documentId} onRecorded={refreshAll} />
          ) : null}

          {privacy}

          {modified ? (
            <Box padding={2} background="warning100" hasRadius borderColor="warning200">
              <Typography variant="pi" textColor="warning700">
                {t('panel.unsaved', 'You have unsaved changes. Save them first: the next stage receives the saved version.')}
              </Typography>
            </Box>
          ) : null}

          {transitions.length > 0 || data.fastPublish.allowed || data.retroApprove.allowed || reassign || withdraw || remove ? (
            <Flex direction="column" alignItems="stretch" gap={2} role="group" aria-label={t('panel.actions', 'Workflow actions')}>
              {transitions.map((tr) => (
                <StepButton
                  key={tr.key}
                  intl={intl}
                  label={pick(tr.label, tr.key)}
                  description={t('panel.moveTo', 'Moves the item to “{stage}”', { stage: pick(tr.toName, tr.to) })}
                  allowed={tr.allowed}
                  reason={tr.reason}
                  variant={VARIANT[tr.action] ?? 'secondary'}
                  icon={ICON[tr.action] ?? <ArrowRight />}
                  loading={busy === tr.key}
                  disabled={busy !== null}
                  onClick={() => openTransition(tr)}
                />
              ))}
              {reassign ? (
                <StepButton
                  intl={intl}
                  label={t('panel.reassign', 'Change the drafter')}
                  description={t('panel.reassignHint', 'Names another person to draft the item.')}
                  allowed
                  variant="secondary"
                  icon={<User />}
                  loading={busy === 'reassign'}
                  disabled={busy !== null}
                  onClick={() => setDialog({ kind: 'reassign' })}
                />
              ) : null}
              {data.fastPublish.allowed ? (
                <StepButton
                  intl={intl}
                  label={t('panel.fastPublish', 'Publish immediately (serta merta)')}
                  description={t('panel.fastPublishHint', 'Publishes now; another official approves it afterwards.')}
                  allowed
                  variant="danger"
                  icon={<Lightning />}
                  loading={busy === 'fastPublish'}
                  disabled={busy !== null}
                  onClick={() => setDialog({ kind: 'fastPublish' })}
                />
              ) : null}
              {data.retroApprove.allowed ? (
                <StepButton
                  intl={intl}
                  label={t('panel.retroApprove', 'Approve retrospectively')}
                  allowed
                  variant="success"
                  icon={<SealCheck />}
                  loading={busy === 'retroApprove'}
                  disabled={busy !== null}
                  onClick={() => setDialog({ kind: 'retroApprove' })}
                />
              ) : null}
              {withdraw ? (
                <StepButton
                  intl={intl}
                  label={t('panel.withdraw', 'Take offline')}
                  description={t('panel.withdrawHint', 'Takes the published item offline; it starts a new review round.')}
                  allowed
                  variant="danger-light"
                  icon={<EyeStriked />}
                  loading={busy === 'withdraw'}
                  disabled={busy !== null}
                  onClick={() => setDialog({ kind: 'withdraw' })}
                />
              ) : null}
              {remove ? (
                <StepButton
                  intl={intl}
                  label={t('panel.remove', 'Delete item')}
                  description={t('panel.removeHint', 'Deletes the item for good; the deletion is recorded in the history.')}
                  allowed
                  variant="danger"
                  icon={<Trash />}
                  loading={busy === 'remove'}
                  disabled={busy !== null}
                  onClick={() => setDialog({ kind: 'remove' })}
                />
              ) : null}
            </Flex>
          ) : null}
        </>
      )}

      <Divider />
      <Button variant="tertiary" startIcon={<ClockCounterClockwise />} onClick={() => setDialog({ kind: 'history' })} fullWidth>
        {t('history.open', 'History')}
      </Button>

      {/* Reason for a transition that needs one (returns, cancels, and steps marked reasonRequired). */}
      <ReasonModal
        open={dialog?.kind === 'transition'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={dialog?.kind === 'transition' ? pick(dialog.transition.label, dialog.transition.key) : ''}
        description={
          dialog?.kind === 'transition'
            ? t('reason.transition', 'The item moves to “{stage}”. Explain why; the reason is sent with it and kept in the history.', {
                stage: pick(dialog.transition.toName, dialog.transition.to),
              })
            : undefined
        }
        label={t('reason.label', 'Reason')}
        confirmLabel={dialog?.kind === 'transition' ? pick(dialog.transition.label, dialog.transition.key) : ''}
        confirmVariant={dialog?.kind === 'transition' && dialog.transition.action === 'cancel' ? 'danger' : 'default'}
        onConfirm={(reason) => (dialog?.kind === 'transition' ? runTransition(dialog.transition, reason) : Promise.resolve(true))}
      />

      {/* An approval or the publication: the person confirms what they sign off. */}
      <ConfirmModal
        open={dialog?.kind === 'confirm'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={dialog?.kind === 'confirm' ? pick(dialog.transition.label, dialog.transition.key) : ''}
        description={
          dialog?.kind === 'confirm'
            ? dialog.transition.action === 'publish'
              ? t('confirm.publish', '“{title}” is published and the public sees it. Your step is recorded in the history.', {
                  title: data.item.title || t('item.untitled', '(untitled)'),
                })
              : t('confirm.approve', 'You approve “{title}” as it is saved now, and it moves to “{stage}”. Your approval is recorded in the history.', {
                  title: data.item.title || t('item.untitled', '(untitled)'),
                  stage: pick(dialog.transition.toName, dialog.transition.to),
                })
            : ''
        }
        confirmLabel={dialog?.kind === 'confirm' ? pick(dialog.transition.label, dialog.transition.key) : ''}
        confirmVariant={dialog?.kind === 'confirm' && dialog.transition.action === 'publish' ? 'success' : 'default'}
        onConfirm={() => (dialog?.kind === 'confirm' ? runTransition(dialog.transition) : Promise.resolve(true))}
      />

      {/* The disposisi: the head of the unit names the drafter with the disposition's agenda number. */}
      <DispositionModal
        open={disposition !== null}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={disposition ? pick(disposition.label, disposition.key) : ''}
        description={
          disposition
            ? t('disposition.description', 'The item moves to “{stage}”, and the person you name drafts it. The disposition is kept in the history.', {
                stage: pick(disposition.toName, disposition.to),
              })
            : undefined
        }
        candidates={disposition?.candidates ?? []}
        confirmLabel={disposition ? pick(disposition.label, disposition.key) : ''}
        onConfirm={(assignment) => (disposition ? runTransition(disposition, undefined, assignment) : Promise.resolve(true))}
      />

      <DispositionModal
        open={dialog?.kind === 'reassign'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={t('panel.reassign', 'Change the drafter')}
        description={t('disposition.reassignDescription', 'The person you name drafts the item from now on, instead of {name}. The change is kept in the history.', {
          name: state?.assignee?.name || t('disposition.currentDrafter', 'the current drafter'),
        })}
        candidates={reassign?.candidates ?? []}
        initial={{ assignee: state?.assignee?.id ?? null, agendaNumber: state?.agendaNumber ?? null }}
        withNote
        confirmLabel={t('disposition.reassignConfirm', 'Name the drafter')}
        onConfirm={(assignment) =>
          send('reassign', { revision: state?.revision, ...assignment }, t('panel.reassigned', 'The drafter was changed.'), 'reassign')
        }
      />

      <ReasonModal
        open={dialog?.kind === 'withdraw'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={t('panel.withdraw', 'Take offline')}
        description={t(
          'reason.withdraw',
          'The item is taken offline: the public no longer sees it. It starts a new review round at the first stage and is published again only through the workflow. The reason is kept in the history.'
        )}
        label={t('reason.label', 'Reason')}
        confirmLabel={t('panel.withdrawConfirm', 'Take offline')}
        confirmVariant="danger"
        onConfirm={(reason) =>
          send('withdraw', { revision: state?.revision, reason }, t('panel.withdrawn', 'The item is offline and starts a new review round.'), 'withdraw')
        }
      />

      <ReasonModal
        open={dialog?.kind === 'remove'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={t('panel.remove', 'Delete item')}
        description={t(
          'reason.remove',
          'The item is deleted, with its published version: this cannot be undone. The deletion and its reason are recorded in the history.'
        )}
        label={t('reason.label', 'Reason')}
        confirmLabel={t('panel.removeConfirm', 'Delete for good')}
        confirmVariant="danger"
        onConfirm={(reason) =>
          send('removeItem', { revision: state?.revision, reason }, t('panel.removed', '“{title}” was deleted.', { title: data.item.title || t('item.untitled', '(untitled)') }), 'remove', () =>
            navigate(`/content-manager/${collectionType}/${model}`)
          )
        }
      />

      <ReasonModal
        open={dialog?.kind === 'fastPublish'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={t('panel.fastPublish', 'Publish immediately (serta merta)')}
        description={t(
          'reason.fastPublish',
          'Serta merta information (a threat to lives or public order) must not be delayed. It is published now, and another official must approve it afterwards. State why it cannot wait.'
        )}
        label={t('reason.label', 'Reason')}
        confirmLabel={t('panel.fastPublishConfirm', 'Publish now')}
        confirmVariant="danger"
        onConfirm={(reason) =>
          send('fastPublish', { revision: state?.revision, reason }, t('panel.fastPublished', 'Published immediately. Retrospective approval is now due.'), 'fastPublish')
        }
      />

      <ReasonModal
        open={dialog?.kind === 'retroApprove'}
        onOpenChange={(open) => (!open ? setDialog(null) : undefined)}
        title={t('panel.retroApprove', 'Approve retrospectively')}
        description={t('reason.retroApprove', 'You confirm the immediate publication. A note is optional and kept in the history.')}
        label={t('reason.note', 'Note')}
        hint={t('reason.noteHint', 'Optional.')}
        required={false}
        confirmLabel={t('panel.retroApproveConfirm', 'Approve')}
        confirmVariant="success"
        onConfirm={(note) =>
          send('retroApprove', { revision: state?.revision, ...(note ? { note } : {}) }, t('panel.retroApproved', 'Approved retrospectively.'), 'retroApprove')
        }
      />

      <Modal.Root open={dialog?.kind === 'history'} onOpenChange={(open) => (!open ? setDialog(null) : undefined)}>
        <Modal.Content>
          <Modal.Header closeLabel={t('modal.close', 'Close')}>
            <Modal.Title>{t('history.titleFor', 'History of “{title}”', { title: data.item.title || t('item.untitled', '(untitled)') })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            {history.isLoading ? (
              <LoadingBlock />
            ) : history.error ? (
              <ErrorBlock error={history.error} compact onRetry={() => void history.refetch()} />
            ) : (history.data?.data ?? []).length === 0 ? (
              <EmptyBlock content={t('history.empty', 'No step has been recorded yet.')} />
            ) : (
              <HistoryTimeline entries={history.data?.data ?? []} stageNames={stageNames} />
            )}
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('modal.close', 'Close')}</Button>
            </Modal.Close>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
    </Flex>
  );
};
