import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import type { AvailableTransition } from '../api/types';
import { websiteApi, type BacklogCard, type BacklogResponse } from '../api/website';
import { StageBadge } from '../components/Badges';
import { BacklogCardView, stepsOf } from '../components/BacklogCard';
import { ReasonModal } from '../components/ReasonModal';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePostAction } from '../hooks/usePostAction';
import { usePpidIntl } from '../hooks/usePpidIntl';

type Pending = { card: BacklogCard; transition: AvailableTransition; revision: number };
type GetClient = { get: <T>(url: string) => Promise<{ data: T }> };

/**
 * The website backlog (web SOP B1-B5): one column per stage of the backlog workflow, cards with the
 * schedule, lateness and the Web Developer's receipt. Dropping a card on a column, or choosing a
 * step in its menu, takes the step through the same transitions route as everywhere; a return asks
 * for a reason; a refusal shows the server's message.
 */
export const BacklogPage = () => {
  const { t, pick, positionLabel } = usePpidIntl();
  const { get } = useFetchClient() as GetClient;
  const { toggleNotification } = useNotification();
  const board = useGet<BacklogResponse>(websiteApi.backlog);
  const { run } = usePostAction();
  const [pending, setPending] = React.useState<Pending | null>(null);

  const send = async (p: Pending, reason?: string) => {
    const done = await run(p.transition.key, websiteApi.transitions(p.card.documentId), { transition: p.transition.key, revision: p.revision, ...(reason ? { reason } : {}) }, t('panel.moved', 'Moved to “{stage}”.', { stage: pick(p.transition.toName, p.transition.to) }));
    if (done !== undefined) await board.refetch();
    return done !== undefined;
  };
  const step = (card: BacklogCard, transition: AvailableTransition, revision: number) => {
    const p = { card, transition, revision };
    if (transition.reasonRequired || transition.action === 'return') setPending(p);
    else void send(p);
  };
  /** A card dropped on a column: the step leading there, if the server offers one. */
  const drop = async (documentId: string, stage: string) => {
    const card = board.data?.data.workflows.flatMap((w) => w.stages.flatMap((s) => s.items)).find((c) => c.documentId === documentId);
    if (!card) return;
    const steps = await stepsOf(get, documentId).catch(() => null);
    const transition = steps?.transitions.find((tr) => tr.to === stage);
    if (!steps || !transition) return toggleNotification({ type: 'warning', message: t('backlog.noStepThere', 'No step leads from this stage to that one.') });
    if (!transition.allowed) return toggleNotification({ type: 'danger', message: transition.reason ?? t('backlog.notAllowed', 'You cannot take this step.') });
    step(card, transition, steps.revision);
  };

  const workflows = board.data?.data.workflows ?? [];
  let body: React.ReactNode;
  if (board.isLoading) body = <LoadingBlock />;
  else if (board.error && !board.data) body = <ErrorBlock error={board.error} onRetry={() => void board.refetch()} />;
  else if (workflows.length === 0) body = <EmptyBlock content={t('backlog.empty', 'No backlog workflow yet.')} />;
  else
    body = workflows.map((w) => (
      <Box key={`${w.key}@${w.version}`} tag="section" aria-label={pick(w.name, w.key)} paddingBottom={6}>
        <Typography variant="beta" tag="h2">{pick(w.name, w.key)}</Typography>
        <Box overflow="auto" paddingTop={3} tabIndex={0} role="region" aria-label={t('board.scroll', 'Stages (scroll horizontally)')}>
          <Flex gap={3} alignItems="flex-start">
            {w.stages.map((s) => (
              <Box
                key={s.key}
                tag="section"
                aria-label={pick(s.name, s.key)}
                width="26rem"
                shrink={0}
                background="neutral100"
                hasRadius
                padding={3}
                onDragOver={(e: React.DragEvent) => e.preventDefault()}
                onDrop={(e: React.DragEvent) => {
                  e.preventDefault();
                  void drop(e.dataTransfer.getData('text/plain'), s.key);
                }}
              >
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Flex gap={2} wrap="wrap">
                    <StageBadge kind={s.kind}>{pick(s.name, s.key)}</StageBadge>
                    <Typography variant="pi" textColor="neutral600">{t('board.count', '{count, plural, one {# item} other {# items}}', { count: s.items.length })}</Typography>
                  </Flex>
                  {s.actor ? <Typography variant="pi" textColor="neutral600">{positionLabel(s.actor)}</Typography> : null}
                  <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                    {s.items.map((card) => (
                      <BacklogCardView key={card.documentId} card={card} onStep={step} />
                    ))}
                  </Flex>
                </Flex>
              </Box>
            ))}
          </Flex>
        </Box>
      </Box>
    ));

  return (
    <Box paddingTop={6}>
      <Flex justifyContent="space-between" paddingBottom={4} gap={4} wrap="wrap">
        <Typography variant="omega" textColor="neutral600">
          {t('backlog.hint', 'Drag a card to another stage, or use its Steps menu. Every step is checked by the server.')}
        </Typography>
        <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void board.refetch()} loading={board.isFetching && !board.isLoading}>
          {t('action.refresh', 'Refresh')}
        </Button>
      </Flex>
      {body}
      <ReasonModal
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={pending ? pick(pending.transition.label, pending.transition.key) : ''}
        label={t('backlog.reason', 'Reason')}
        confirmLabel={t('backlog.send', 'Send')}
        required={pending?.transition.reasonRequired ?? true}
        onConfirm={async (reason) => {
          const ok = pending ? await send(pending, reason) : false;
          if (ok) setPending(null);
          return ok;
        }}
      />
    </Box>
  );
};
