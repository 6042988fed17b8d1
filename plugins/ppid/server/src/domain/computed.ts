/**
 * Fields only an action of the plugin writes (COMPUTED_FIELDS in validation.ts): a request may send
 * them back unchanged (the Content Manager's form does), any other value is refused, naming the
 * field. Relations compare by the record they name, JSON fields by their content, the rest as
 * stored values.
 */
import { refuseProblems } from '../errors';
import { isNoopRelation, relationKey, sameValue } from './validation';

type Data = Record<string, any>;

export function keepUnwritten(
  fields: readonly string[],
  data: Data,
  current: Data | null,
  message: (field: string) => string,
  attributes: Record<string, { type?: string }> = {}
) {
  for (const field of fields) {
    if (!(field in data)) continue;
    const stored = current?.[field] ?? null;
    const value = data[field];
    if (attributes[field]?.type === 'json') {
      if (sameValue(value ?? null, stored)) delete data[field];
      else refuseProblems([{ path: [field], message: message(field) }]);
      continue;
    }
    const storedKey = stored !== null && typeof stored === 'object' ? stored.id ?? null : stored;
    const relation = value !== null && typeof value === 'object';
    const sent = relation ? relationKey(value) : value === '' ? null : value;
    if ((relation && isNoopRelation(value)) || sameValue(sent, storedKey) || (sent !== null && storedKey !== null && String(sent) === String(storedKey))) {
      delete data[field];
      continue;
    }
    refuseProblems([{ path: [field], message: message(field) }]);
  }
}

/** What a new record holds in `fields`: each attribute's default, else null (a copy starts there too). */
export const defaultsOf = (attributes: Record<string, { default?: unknown }>, fields: readonly string[]): Data =>
  Object.fromEntries(fields.map((f) => [f, attributes[f]?.default ?? null]));

/**
 * A "recorded by" relation to an admin user that the server fills (who recorded a proof of
 * publication): on a new record or a copy, the user who saves it; naming anyone else is refused.
 * On an edit it keeps its value (keepUnwritten).
 */
export function stampRecorder(field: string, action: string, data: Data, current: Data | null, userId: number, message: (field: string) => string) {
  if (action === 'update') {
    keepUnwritten([field], data, current, message);
    return;
  }
  const sent = data[field];
  if (sent !== undefined && sent !== null && !(typeof sent === 'object' && isNoopRelation(sent))) {
    const key = typeof sent === 'object' ? relationKey(sent) : sent;
    if (key !== null && String(key) !== String(userId)) refuseProblems([{ path: [field], message: message(field) }]);
  }
  data[field] = { set: [{ id: userId }] };
}
