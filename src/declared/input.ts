// The boundary between a command line and a handler: each declared command exports its input
// schema (zod), which reads the Call (arguments and options) into the handler's input: coerced,
// checked against the command's rules, refused in crm's own words. A schema is built from zod when
// the command runs, so that building the registry (crm --help, completion) never loads zod.
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals } from '../i18n/en/refusals.js';
import type { Call } from '../hot/declare.js';

/** zod, handed to a schema when its command runs. */
export type Zod = typeof z;

const refused = messages('refusals', refusals);

/** A command's input schema: the handler's input from a Call. */
export type InputSchema<Input> = (zod: Zod) => z.ZodType<Input>;

/** The handler's input from the command line; what the schema refuses is bad input (exit 2), in the schema's words. */
export async function inputOf<Input>(schema: InputSchema<Input>, given: Call | object): Promise<Input> {
  const [{ z }, { inCrmWords }] = await Promise.all([import('zod'), import('../binder/zod-words.js')]);
  const parsed = schema(z).safeParse(given, { error: inCrmWords });
  if (parsed.success) return parsed.data;
  throw new UserError(parsed.error.issues[0]?.message ?? refused().commandLineNotValid);
}

/** Refuses the command line from a schema's transform: `message` is all the user reads. */
export function refuse(z: Zod, context: z.core.$RefinementCtx, message: string): never {
  context.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** A record's number as typed (crm promise done 4): a whole number from 1, read as Number reads it (" 4 ", "4.0"). */
export function recordNumber(z: Zod, typed: string): number | undefined {
  const id = z.coerce.number().min(1).refine(Number.isInteger).safeParse(typed);
  return id.success ? id.data : undefined;
}

/** The optional client of a listing command (crm promises [client]). */
export const listingInput = (z: Zod) => z.object({ args: z.tuple([z.string().optional()]) }).transform(({ args: [client] }) => ({ client }));
