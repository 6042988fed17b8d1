import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Flex, SimpleMenu, MenuItem, Typography } from '@strapi/design-system';

import type { BacklogCard as Card } from '../api/website';
import type { AvailableTransition, ItemWorkflowResponse } from '../api/types';
import { websiteApi } from '../api/website';
import { OverdueBadge } from './Badges';
import { DueText } from './DueText';
import { ItemLink } from './ItemLink';
import { usePpidIntl } from '../hooks/usePpidIntl';

type GetClient = { get: <T>(url: string) => Promise<{ data: T }> };

/** The item's steps as the server offers them now (its revision and each step's allowed/reason). */
export async function stepsOf(get: GetClient['get'], documentId: string) {
  const { data } = await get<ItemWorkflowResponse>(websiteApi.backlogItem(documentId));
  return { revision: data.data.state?.revision ?? 0, transitions: data.data.transitions };
}

interface BacklogCardProps {
  card: Card;
  /** Take a step: the page asks for a reason on a return and sends it to the transitions route. */
  onStep: (card: Card, transition: AvailableTransition, revision: number) => void;
}

/**
 * One backlog item on the board: title, unit, schedule and lateness, the receipt, and a menu of the
 * steps the server allows (the keyboard alternative to dragging the card to another column).
 */
export const BacklogCardView = ({ card, onStep }: BacklogCardProps) => {
  const { t, pick, dateTime, day } = usePpidIntl();
  const { get } = useFetchClient() as GetClient;
  const [steps, setSteps] = React.useState<{ revision: number; transitions: AvailableTransition[] } | null>(null);
  const load = async (open: boolean) => {
    if (open) setSteps(await stepsOf(get, card.documentId).catch(() => ({ revision: 0, transitions: [] })));
  };
  return (
    <Box
      tag="li"
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={3}
      borderColor={card.overdue || card.late ? 'danger200' : undefined}
      draggable
      onDragStart={(e: React.DragEvent) => e.dataTransfer.setData('text/plain', card.documentId)}
    >
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <ItemLink type="backlog-item" documentId={card.documentId} title={card.title || t('item.untitled', '(untitled)')} />
        {card.unit ? <Typography variant="pi" textColor="neutral600">{card.unit.name}</Typography> : null}
        <Flex gap={2} wrap="wrap">
          <Typography variant="pi" textColor={card.late ? 'danger600' : 'neutral700'}>
            {card.dueOn ? t('backlog.dueOn', 'Scheduled for {day}', { day: day(card.dueOn) ?? card.dueOn }) : t('backlog.noSchedule', 'No schedule')}
          </Typography>
          {card.late ? <OverdueBadge /> : null}
        </Flex>
        <DueText dueAt={card.dueAt} overdue={card.overdue} />
        <Typography variant="pi" textColor="neutral600">
          {card.receipt
            ? t('backlog.receipt', 'Received by {name} on {when}', { name: card.receipt.by?.name ?? '—', when: dateTime(card.receipt.at) ?? '' })
            : t('backlog.noReceipt', 'No receipt yet')}
        </Typography>
        <SimpleMenu label={t('backlog.steps', 'Steps')} variant="tertiary" size="S" onFocus={() => void load(true)} onPointerEnter={() => void load(true)}>
          {steps === null ? (
            <MenuItem disabled>{t('state.loading', 'Loading…')}</MenuItem>
          ) : steps.transitions.length === 0 ? (
            <MenuItem disabled>{t('backlog.noSteps', 'No step from here')}</MenuItem>
          ) : (
            steps.transitions.map((tr) => (
              <MenuItem key={tr.key} disabled={!tr.allowed} onSelect={() => onStep(card, tr, steps.revision)}>
                {`${pick(tr.label, tr.key)} → ${pick(tr.toName, tr.to)}${!tr.allowed && tr.reason ? ` (${tr.reason})` : ''}`}
              </MenuItem>
            ))
          )}
        </SimpleMenu>
      </Flex>
    </Box>
  );
};
