import type * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { usePpidIntl } from '../hooks/usePpidIntl';

type Row = Record<string, unknown> & { documentId: string };
/** A list view header as the Content Manager's `inject-column-in-table` hook passes them around. */
type Header = {
  name: string;
  attribute: { type: string };
  cellFormatter?: (row: Row, header: unknown, meta: { model: string; collectionType?: string }) => unknown;
  [k: string]: unknown;
};
type HookArgs = { displayedHeaders: Header[]; layout: { options?: Record<string, any> } };

const Empty = () => <Typography textColor="neutral800">-</Typography>;
const Text = ({ children, title }: { children: string; title?: string }) => (
  <Typography textColor="neutral800" title={title}>
    {children}
  </Typography>
);

/**
 * An enumeration value as words in the admin's language: the Content Manager's edit view looks an
 * option up by its raw value (`formatMessage({ id: value })`), and the plugin registers those
 * messages once (`enumValueMessages`, from enum-values.json and the plugin's own words for
 * positions, holdings and unit kinds); the list cell reads the same messages. An unknown value
 * shows as stored.
 */
export const EnumCell = ({ value }: { value: unknown }) => {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || !value) return <Empty />;
  return <Text>{formatMessage({ id: value, defaultMessage: value })}</Text>;
};

/**
 * A date or a date and time, short ("5 Des 2026", "21 Nov 2026, 14.05 WIB") and in the agency's
 * time zone, where the Content Manager writes the full weekday and month in the browser's zone
 * ("Sabtu, 5 Desember 2026 pukul 14.05"), which alone takes a third of a laptop's table.
 */
export const DateCell = ({ value, withTime }: { value: unknown; withTime: boolean }) => {
  const { dateTime, day } = usePpidIntl();
  const text = typeof value === 'string' ? (withTime ? dateTime(value) : day(value)) : null;
  return text ? <Text title={text}>{text}</Text> : <Empty />;
};

const FORMATTERS: Record<string, (value: unknown) => React.ReactElement> = {
  enumeration: (value) => <EnumCell value={value} />,
  date: (value) => <DateCell value={value} withTime={false} />,
  datetime: (value) => <DateCell value={value} withTime />,
};

/**
 * The Content Manager's list view hook (`Admin/CM/pages/ListView/inject-column-in-table`): in the
 * list views of the plugin's types (their schema's `pluginOptions.ppid.type`, carried by the list
 * layout's options), an enumeration column reads as words and a date column short and in the
 * agency's zone, by giving those headers a cell formatter. Headers that already have one, and
 * every other type's headers, pass unchanged.
 */
export function formatPluginCells({ displayedHeaders, layout }: HookArgs): HookArgs {
  if (typeof layout?.options?.ppid?.type !== 'string') return { displayedHeaders, layout };
  const headers = displayedHeaders.map((header) => {
    const format = FORMATTERS[header.attribute?.type];
    if (!format || typeof header.cellFormatter === 'function') return header;
    const field = header.name.split('.')[0];
    return { ...header, cellFormatter: (row: Row) => format(row[field]) };
  });
  return { displayedHeaders: headers, layout };
}
