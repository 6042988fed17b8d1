import * as React from 'react';
import { Box } from '@strapi/design-system';

/**
 * Text in a table cell that wraps. Strapi's Table keeps every cell on one line (`white-space:
 * nowrap`), so a long title or unit name pushes the last columns (due, state) out of sight at
 * laptop widths; this cell wraps between `min` and `max` instead.
 */
export const WrapText = ({ children, min = '12rem', max = '26rem' }: { children: React.ReactNode; min?: string; max?: string }) => (
  <Box style={{ whiteSpace: 'normal', minWidth: min, maxWidth: max, overflowWrap: 'anywhere' }}>{children}</Box>
);
