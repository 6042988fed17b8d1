/**
 * The admin routes' one HTTP edge for input: zod schemas, unknown parameters refused, problems
 * answered as Strapi ValidationErrors naming the parameter.
 */
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
