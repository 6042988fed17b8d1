import type * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import { WrapText } from '../components/WrapText';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { getTrad } from '../utils/getTrad';

type Row = Record<string, unknown> & { documentId: string };
/** A list view header as the Content Manager's `inject-column-in-table` hook passes them around. */
type Header = {
  name: string;
  attribute: { type: string; relation?: string };
  mainField?: { name: string };
  cellFormatter?: (row: Row, header: unknown, meta: { model: string; collectionType?: string }) => unknown;
  [k: string]: unknown;
};
type HookArgs = { displayedHeaders: Header[]; layout: { options?: Record<string, any>; settings?: Record<string, any> } };

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

/**
 * A text, or the name of a single related entry, that wraps (two lines at most) where the Content
 * Manager keeps it on one line up to 30-50rem wide: a long title or unit name then no longer pushes
 * the stage and due columns out of a laptop's screen. The entry's own name (the type's main field)
 * links to the entry, as the Content Manager's first column does.
 */
export const TextCell = ({ value, to }: { value: unknown; to?: string }) => {
  if (value === null || value === undefined || value === '') return <Empty />;
  const text = String(value);
  const clamp: React.CSSProperties = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' };
  return (
    <WrapText min={to ? '12rem' : '10rem'} max="24rem">
      {to ? (
        <Typography tag={Link} to={to} onClick={(e: React.MouseEvent) => e.stopPropagation()} textColor="neutral800" title={text} style={clamp}>
          {text}
        </Typography>
      ) : (
        <Typography textColor="neutral800" title={text} style={clamp}>
          {text}
        </Typography>
      )}
    </WrapText>
  );
};

const TEXT_TYPES = ['string', 'text', 'uid', 'email'];
const SINGLE_RELATIONS = ['oneToOne', 'manyToOne'];

type Format = (row: Row, field: string, header: Header, mainField: string | undefined) => React.ReactElement | null;
const format: Format = (row, field, header, mainField) => {
  const value = row[field];
  const { type, relation } = header.attribute ?? { type: '' };
  if (type === 'enumeration') return <EnumCell value={value} />;
  if (type === 'date') return <DateCell value={value} withTime={false} />;
  if (type === 'datetime') return <DateCell value={value} withTime />;
  if (TEXT_TYPES.includes(type)) return <TextCell value={value} to={field === mainField ? row.documentId : undefined} />;
  if (type === 'relation' && SINGLE_RELATIONS.includes(relation ?? '') && header.mainField?.name) {
    const related = value as Record<string, unknown> | null | undefined;
    return <TextCell value={related ? related[header.mainField.name] ?? related.documentId : null} />;
  }
  return null;
};
const FORMATTED = (header: Header) => {
  const { type, relation } = header.attribute ?? { type: '' };
  return ['enumeration', 'date', 'datetime', ...TEXT_TYPES].includes(type) || (type === 'relation' && SINGLE_RELATIONS.includes(relation ?? '') && !!header.mainField?.name);
};

/**
 * Shorter column headers than the fields' labels, where the label alone (the table keeps a header on
 * one line) would make the table too wide for a laptop: "Klasifikasi informasi" reads "Klasifikasi".
 */
const SHORT_LABELS: Record<string, { id: string; defaultMessage: string }> = {
  infoClass: { id: getTrad('cm.column.infoClass'), defaultMessage: 'Class' },
};

/**
 * The Content Manager's list view hook (`Admin/CM/pages/ListView/inject-column-in-table`): in the
 * list views of the plugin's types (their schema's `pluginOptions.ppid.type`, carried by the list
 * layout's options), an enumeration column reads as words, a date column short and in the agency's
 * zone, and texts and related entries' names wrap, by giving those headers a cell formatter (and
 * the class column a shorter header).
 * Headers that already have one, and every other type's headers, pass unchanged.
 */
export function formatPluginCells({ displayedHeaders, layout }: HookArgs): HookArgs {
  if (typeof layout?.options?.ppid?.type !== 'string') return { displayedHeaders, layout };
  const mainField = layout.settings?.mainField as string | undefined;
  const headers = displayedHeaders.map((header) => {
    if (typeof header.cellFormatter === 'function' || !FORMATTED(header)) return header;
    const field = header.name.split('.')[0];
    const label = SHORT_LABELS[field] ? { label: SHORT_LABELS[field] } : {};
    return { ...header, ...label, cellFormatter: (row: Row) => format(row, field, header, mainField) };
  });
  return { displayedHeaders: headers, layout };
}
