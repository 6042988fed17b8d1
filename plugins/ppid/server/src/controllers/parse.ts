/**
 * The admin routes' one HTTP edge for input: zod schemas, unknown parameters refused, problems
 * answered as Strapi ValidationErrors naming the parameter.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { refuse } from '../errors';

export const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  z
    .string({ error: `"${name}" must be a whole number` })
    .regex(/^\d+$/, `"${name}" must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `"${name}" must be at least ${min}`).max(max, `"${name}" must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback);

/** A calendar date `YYYY-MM-DD` in the parameter or field `name`. */
export const calendarDay = (name: string) =>
  z
    .string({ error: `"${name}" is a date YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `"${name}" is a date YYYY-MM-DD`)
    .refine((s) => DateTime.fromISO(s).isValid, `"${name}" is not a calendar date`);

export function parse<T>(schema: z.ZodType<T>, input: unknown, where: 'query' | 'body'): T {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const [first] = result.error.issues;
  const name = first.path.join('.');
  const message =
    first.code === 'unrecognized_keys' ? `Unknown ${where === 'query' ? 'query parameter' : 'field'} ${first.message.replace(/^Unrecognized keys?: /, '')}` : first.message;
  refuse(400, message, {
    errors: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, name: 'ValidationError' })),
    ...(name ? { parameter: name } : {}),
  });
}
