// A command line read by its command's zod schema, at the boundary: coercion, choices, limits and
// the rules between arguments. zod is loaded when a command line is read that has rules to check
// (crm changes, crm review, crm form, crm config, crm import), never by the registry itself:
// building commander's commands must not pay for it.
import type { z } from 'zod';
import { inCrmWords } from '../binder/zod-words.js';
import { UserError } from '../errors.js';

/** A command's input schema, built on the zod it is handed (loaded only when a line is read). */
export type Schema<T> = (zod: typeof z) => z.ZodType<T>;

/** `given` as the handler's input; the first thing wrong is a UserError (exit 2) in the schema's words. */
export async function inputOf<T>(schema: Schema<T>, given: unknown): Promise<T> {
  const { z } = await import('zod');
  const read = schema(z).safeParse(given, { error: inCrmWords });
  if (!read.success) throw new UserError(read.error.issues[0]?.message ?? 'not valid');
  return read.data;
}
