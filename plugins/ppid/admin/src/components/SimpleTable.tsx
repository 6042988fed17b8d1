import type { ReactNode } from 'react';
import { Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';

/** A table with one header row of column names; the caller gives the body rows (`Tr`). */
export const SimpleTable = ({ columns, rowCount, children }: { columns: string[]; rowCount: number; children: ReactNode }) => (
  <Table colCount={columns.length} rowCount={rowCount + 1}>
    <Thead>
      <Tr>
        {columns.map((c) => (
          <Th key={c}>
            <Typography variant="sigma">{c}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>{children}</Tbody>
  </Table>
);
