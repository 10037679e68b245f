// Card fields as typed on the command line or at a prompt, validated at the boundary with zod.
// Loaded only by commands that write a card, so reading commands never pay for zod.
import { z } from 'zod';
import { CARD_FIELDS, STAGES, type Card, type CardField } from '../binder/dossier.js';
import { HANDLE, reservedBy } from '../binder/handle.js';
import { UserError } from '../errors.js';

/** Blank text clears a field (`--phone ""`). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters`)
    .transform((text) => (text === '' ? null : text));

const FIELDS = {
  name: z.string().trim().min(1, 'is empty; every dossier needs a name').max(200, 'is longer than 200 characters'),
  position: optionalText(200),
  company: optionalText(200),
  phone: optionalText(60).refine((phone) => phone === null || (phone.match(/\p{Nd}/gu)?.length ?? 0) >= 3, 'has fewer than 3 digits'),
  email: optionalText(254).refine((email) => email === null || /^[^\s@]+@[^\s@]+$/u.test(email), 'is not an e-mail address (name@example.com)'),
  notes: optionalText(100_000),
  priority: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(['A', 'B', 'C'], { error: 'is not a priority; use A, B or C' })),
  address: optionalText(200),
  pronunciation: optionalText(200),
  preferences: optionalText(2000),
  stage: optionalText(20).refine((stage) => stage === null || (STAGES as readonly string[]).includes(stage.toLowerCase()), `is not a stage; use ${STAGES.join(', ')}`)
    .transform((stage) => stage?.toLowerCase() ?? null),
  // "vip,  Warsaw ," is kept as "vip, Warsaw": one way of writing a list.
  tags: optionalText(500).transform((tags) => tags?.split(',').map((tag) => tag.trim()).filter(Boolean).join(', ') || null),
  cadence: optionalText(10)
    .transform((span) => span?.toLowerCase().replace(/^\+/, '') ?? null)
    .refine((span) => span === null || /^[1-9]\d{0,2}[dwm]$/.test(span), 'is not a span; use a number of days, weeks or months: 10d, 2w, 1m'),
} satisfies Record<CardField, z.ZodType>;

/** Validates the card fields that were given; throws a UserError naming the option and the fix. */
export function validateCardFields(given: Partial<Record<CardField, string>>): Partial<Card> {
  const card: Partial<Record<CardField, unknown>> = {};
  for (const field of CARD_FIELDS) {
    const value = given[field];
    if (value === undefined) continue;
    const result = FIELDS[field].safeParse(value);
    if (!result.success) {
      // Quoted short: a 100,000-character note need not come back whole in an error.
      const shown = [...value].length > 60 ? `${[...value].slice(0, 57).join('')}...` : value;
      throw new UserError(`--${field === 'cadence' ? 'every' : field} "${shown}" ${result.error.issues[0]?.message ?? 'is not valid'}`);
    }
    card[field] = result.data;
  }
  return card as Partial<Card>;
}

/** The message for one field's value, or undefined when it is valid: for prompts. */
export function checkCardField(field: CardField, value: string): string | undefined {
  const result = FIELDS[field].safeParse(value);
  return result.success ? undefined : `${field} ${result.error.issues[0]?.message ?? 'is not valid'}`;
}

export { HANDLE };

/** A new dossier's handle: one word of letters, digits, dots, dashes or underscores, not one of crm's own. */
export function validateHandle(handle: string): string {
  if (!HANDLE.test(handle)) {
    throw new UserError(
      `"${handle}" cannot be a handle: use one short word of letters and digits (dots, dashes and underscores inside), such as acme or nowak-a`,
    );
  }
  const command = reservedBy(handle);
  if (command) {
    throw new UserError(`"${handle}" cannot be a handle: crm reads it as its own word (${command}); choose another, such as ${handle}-1 or the client's family name`);
  }
  return handle;
}
