import { HOLDING_TYPES, POSITIONS, UNIT_KINDS } from '../../../shared/lists';
/**
 * The Content Manager names the plugin's content types and fields from their schemas (English):
 * it looks a type's name up under its display name and a field's label under
 * `content-manager.content-types.<uid>.<field>`, so these keys (not prefixed with the plugin's id)
 * give them their Indonesian names.
 */
export type ContentTypeLabels = Record<string, { displayName: [string, string]; fields: Record<string, string> }>;

/** The timestamps every type has, which an agency may add as list columns (a type's own label wins). */
export const TIMESTAMP_LABELS: Record<string, string> = { createdAt: 'Dibuat', updatedAt: 'Diperbarui', publishedAt: 'Diterbitkan' };

export function contentTypeMessages(labels: ContentTypeLabels): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [type, { displayName, fields }] of Object.entries(labels)) {
    messages[displayName[0]] = displayName[1];
    for (const [field, label] of Object.entries({ ...TIMESTAMP_LABELS, ...fields })) messages[`content-manager.content-types.plugin::ppid.${type}.${field}`] = label;
  }
  return messages;
}

/** An enumeration value's words in English and Indonesian. */
export type EnumValueLabels = Record<string, [string, string]>;

/**
 * The Content Manager shows an enumeration's options through `formatMessage({ id: value })`, so a
 * message whose key is the raw value (`serta_merta`, `notice_board`) shows it as words. Positions,
 * holdings and unit kinds take the words the plugin's pages already use; the other values come from
 * `enum-values.json` (both languages).
 */
export function enumValueMessages(locale: string, plugin: Record<string, string>, values: EnumValueLabels): Record<string, string> {
  const messages: Record<string, string> = {};
  const index = locale === 'id' ? 1 : 0;
  for (const [value, words] of Object.entries(values)) messages[value] = words[index];
  const reuse = (list: readonly string[], prefix: string) => {
    for (const value of list) if (plugin[`${prefix}${value}`]) messages[value] = plugin[`${prefix}${value}`];
  };
  reuse(POSITIONS, 'position.');
  reuse(HOLDING_TYPES.filter((h) => h !== 'definitive'), 'holding.');
  reuse(UNIT_KINDS, 'organisation.kind.');
  return messages;
}
