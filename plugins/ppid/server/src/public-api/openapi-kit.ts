/**
 * What every part of the public API's OpenAPI document is written with (openapi.ts and the modules it
 * merges): schema shorthands, the conditional-GET parameters and headers, the answers of a read, of
 * a download and of an error in Strapi's format, and the path parameters several operations share.
 */
export type Schema = Record<string, unknown>;

export const str = { type: 'string' };
export const nullable = (schema: Schema) => ({ oneOf: [schema, { type: 'null' }] });
export const nstr = nullable(str);
export const dateTime = nullable({ type: 'string', format: 'date-time' });
export const date = nullable({ type: 'string', format: 'date' });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** An error answer in Strapi's format (the `Error` schema), with its headers when it has any. */
export const errorAnswer = (description: string, headers?: Schema) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref('Error') } },
});

/** An operation's error answers, by status: `{ 404: 'No such …' }`. */
export const errorAnswers = (byStatus: Record<number, string>, headers?: Schema): Record<string, Schema> =>
  Object.fromEntries(Object.entries(byStatus).map(([status, description]) => [status, errorAnswer(description, headers)]));

export const CONDITIONAL = [
  { name: 'If-None-Match', in: 'header', required: false, schema: str, description: 'An ETag from an earlier answer: 304 when unchanged.' },
  { name: 'If-Modified-Since', in: 'header', required: false, schema: str, description: 'An HTTP date: 304 when nothing changed since.' },
];
const HEADERS = {
  ETag: { schema: str, description: 'Strong validator of this answer' },
  'Last-Modified': { schema: str, description: 'When anything public last changed' },
};

/** The answers of a cached public read: 200 with its validators, 304, and 400 for a parameter off the whitelist. */
export const responses = (schema: Schema, type = 'application/json') => ({
  200: { description: 'OK', headers: HEADERS, content: { [type]: { schema } } },
  304: { description: 'Not modified (conditional request)' },
  400: errorAnswer('A parameter outside the public whitelist (named in error.details.parameter)'),
});

/** A download's 200 answer: the file in any of `types`. */
export const fileAnswer = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
});

const described = (description?: string) => (description ? { description } : {});

/** The `{year}` path parameter: four digits. */
export const yearParam = (description?: string) => ({ name: 'year', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]{4}$' }, ...described(description) });

/** The `agency` query parameter: the unit code of an agency. */
export const agencyParam = (description?: string) => ({ name: 'agency', in: 'query', required: false, schema: str, ...described(description) });
