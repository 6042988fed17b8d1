import type { ReactNode } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** Colours of the charts, from the design system's palette (primary, neutral, success, warning, danger). */
export const CHART_COLORS = { planned: '#a5a5ba', published: '#4945ff', met: '#328048', missed: '#d9822f' } as const;
/** One colour per unit in the stacked alert bars, cycling. */
export const SERIES_COLORS = ['#4945ff', '#d9822f', '#328048', '#d02b20', '#0c75af', '#8312d1', '#a5a5ba', '#ee5e52'];

/** A titled white card holding one chart and its table. */
export const ChartCard = ({ title, description, children }: { title: string; description: string; children: ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {description}
        </Typography>
      </Flex>
      {children}
    </Flex>
  </Box>
);

/** A chart's drawing area: a fixed height, the chart filling the card's width. */
export const ChartArea = ({ children, height = 260, label }: { children: ReactNode; height?: number; label: string }) => (
  <Box role="img" aria-label={label} style={{ width: '100%', height }}>
    {children}
  </Box>
);
