/**
 * The Content Manager names the plugin's content types and fields from their schemas (English):
 * it looks a type's name up under its display name and a field's label under
 * `content-manager.content-types.<uid>.<field>`, so these keys (not prefixed with the plugin's id)
 * give them their Indonesian names.
 */
export type ContentTypeLabels = Record<string, { displayName: [string, string]; fields: Record<string, string> }>;

export function contentTypeMessages(labels: ContentTypeLabels): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [type, { displayName, fields }] of Object.entries(labels)) {
    messages[displayName[0]] = displayName[1];
    for (const [field, label] of Object.entries(fields)) messages[`content-manager.content-types.plugin::ppid.${type}.${field}`] = label;
  }
  return messages;
}
