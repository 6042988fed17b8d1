import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { HistoryEntry, LocalizedName } from '../api/types';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { ActionBadge } from './Badges';

const List = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Entry = styled.li`
  position: relative;
  padding-left: ${({ theme }) => theme.spaces[5]};
  padding-bottom: ${({ theme }) => theme.spaces[5]};
  border-left: 2px solid ${({ theme }) => theme.colors.neutral200};

  &:last-child {
    padding-bottom: 0;
  }

  &::before {
    content: '';
    position: absolute;
    left: -7px;
    top: 4px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: ${({ theme }) => theme.colors.primary600};
    border: 2px solid ${({ theme }) => theme.colors.neutral0};
  }
`;

const Quote = styled.blockquote`
  margin: 0;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
  border-left: 3px solid ${({ theme }) => theme.colors.neutral300};
  background: ${({ theme }) => theme.colors.neutral100};
  border-radius: ${({ theme }) => theme.borderRadius};
  font-style: italic;
`;

interface HistoryTimelineProps {
  entries: HistoryEntry[];
  /** Stage names by key, to show "Review by the secretary" rather than `review_secretary`. */
  stageNames: Record<string, LocalizedName>;
}

/** When the step was taken: an entry records leaving `from` (at `leftAt`) for `to`. */
const takenAt = (entry: HistoryEntry) => entry.leftAt ?? entry.createdAt;

/**
 * The item's workflow history, newest first. Each entry is one step: who moved the item from which
 * stage to which, as which position (and whether acting), why, and how much working time the item
 * had spent in the stage it left, against that stage's due time.
 */
export const HistoryTimeline = ({ entries, stageNames }: HistoryTimelineProps) => {
  const { t, pick, positionLabel, holdingLabel, dateTime, duration } = usePpidIntl();
  const stage = (key: string) => pick(stageNames[key], key);
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => new Date(takenAt(b.entry)).getTime() - new Date(takenAt(a.entry)).getTime() || b.index - a.index)
    .map(({ entry }) => entry);

  return (
    <List aria-label={t('history.title', 'History')}>
      {sorted.map((entry) => {
        const holding = holdingLabel(entry.holding);
        const late = !!entry.dueAt && !!entry.leftAt && new Date(entry.leftAt).getTime() > new Date(entry.dueAt).getTime();
        return (
          <Entry key={entry.id}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2} wrap="wrap" alignItems="center">
                <ActionBadge action={entry.action} />
                <Typography fontWeight="bold">
                  {entry.from ? t('history.move', '{from} → {to}', { from: stage(entry.from), to: stage(entry.to) }) : stage(entry.to)}
                </Typography>
              </Flex>
              <Typography variant="pi" textColor="neutral700">
                {entry.actor
                  ? entry.position
                    ? t('history.by', '{name}, {position}', { name: entry.actor.name || t('actor.unknown', 'User {id}', { id: entry.actor.id }), position: positionLabel(entry.position) })
                    : entry.actor.name || t('actor.unknown', 'User {id}', { id: entry.actor.id })
                  : t('history.system', 'System')}
                {holding ? ` · ${holding}` : ''}
                {entry.unit ? ` · ${entry.unit.name}` : ''}
              </Typography>
              {entry.reason ? (
                <Quote>
                  <Typography variant="pi">“{entry.reason}”</Typography>
                </Quote>
              ) : null}
              <Typography variant="pi" textColor="neutral600">
                {dateTime(takenAt(entry)) ?? '—'}
              </Typography>
              {entry.from && entry.elapsedWorkingMinutes != null ? (
                <Typography variant="pi" textColor={late ? 'danger600' : 'neutral600'}>
                  {t('history.elapsed', 'Working time in “{stage}”: {duration}', { stage: stage(entry.from), duration: duration(entry.elapsedWorkingMinutes) })}
                  {late ? ` · ${t('history.late', 'over the time standard')}` : ''}
                </Typography>
              ) : null}
              {entry.contentHash ? (
                <Box>
                  <Typography variant="pi" textColor="neutral500" title={entry.contentHash}>
                    {t('history.hash', 'Content fingerprint: {hash}', { hash: entry.contentHash.slice(0, 12) })}
                  </Typography>
                </Box>
              ) : null}
            </Flex>
          </Entry>
        );
      })}
    </List>
  );
};
