import type { ReactNode } from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

/** A labelled value of a record's detail. */
export const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box paddingBottom={3}>
    <Typography variant="sigma" textColor="neutral600" tag="dt">{label}</Typography>
    <Typography tag="dd" style={{ whiteSpace: 'pre-wrap' }}>{children || '—'}</Typography>
  </Box>
);

/** Back to a list (a real link: the browser's back button does the same). */
export const BackLink = ({ to, children }: { to: string; children: string }) => (
  <Flex paddingBottom={4}>
    <Link tag={RouterLink} to={to} startIcon={<ArrowLeft />}>{children}</Link>
  </Flex>
);
