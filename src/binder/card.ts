// Card fields as typed on the command line, at a prompt or in an import, validated with zod: the
// rules of a card, in one place. Loaded only where a card is written, so reading commands never
// pay for zod.
import { z } from 'zod';
import { CARD_FIELDS, CONTACT_LABELS, emptyCard, STAGES, type Card, type CardField, type NewEntry } from './dossier.js';
import { isHandle } from './names.js';
import { changedCard, editEmails, editPhones, emailsText, phonesText, readableTel, splitLabel, type ListEdit, type Typed } from './reach.js';
import { reservedBy } from './handle.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { fields as english } from '../i18n/en/fields.js';
import { inCrmWords } from './zod-words.js';

const say = messages('fields', english);

/** Blank text clears a field (`--phone ""`). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => say().longerThan({ max }) })
    .transform((text) => (text === '' ? null : text));

const FIELDS = {
  name: z
    .string()
    .trim()
    .min(1, { error: () => say().nameEmpty })
    .max(200, { error: () => say().longerThan({ max: 200 }) }),
  position: optionalText(200),
  company: optionalText(200),
  phone: optionalText(60)
    .refine((phone) => phone === null || (phone.match(/\p{Nd}/gu)?.length ?? 0) >= 3, { error: () => say().fewDigits })
    // One number a line: crm's CSV export writes a card's numbers one a line in a cell.
    .refine((phone) => phone === null || !/[\n\r\u2028\u2029]/u.test(phone), { error: () => say().severalLines }),
  email: optionalText(254).refine((email) => email === null || /^[^\s@]+@[^\s@]+$/u.test(email), { error: () => say().notEmail }),
  notes: optionalText(100_000),
  priority: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(['A', 'B', 'C'], { error: () => say().notPriority })),
  address: optionalText(200),
  pronunciation: optionalText(200),
  preferences: optionalText(2000),
  stage: optionalText(20).refine((stage) => stage === null || (STAGES as readonly string[]).includes(stage.toLowerCase()), { error: () => say().notStage({ stages: STAGES.join(', ') }) })
    .transform((stage) => stage?.toLowerCase() ?? null),
  // "vip,  Warsaw ," is kept as "vip, Warsaw": one way of writing a list.
  tags: optionalText(500).transform((tags) => tags?.split(',').map((tag) => tag.trim()).filter(Boolean).join(', ') || null),
  cadence: optionalText(10)
    .transform((span) => span?.toLowerCase().replace(/^\+/, '') ?? null)
    .refine((span) => span === null || /^[1-9]\d{0,2}[dwm]$/.test(span), { error: () => say().notSpan }),
} satisfies Record<CardField, z.ZodType>;

/** Validates the card fields that were given; throws a UserError naming the option and the fix. */
export function validateCardFields(given: Partial<Record<CardField, string>>): Partial<Card> {
  const card: Partial<Record<CardField, unknown>> = {};
  for (const field of CARD_FIELDS) {
    const value = given[field];
    if (value !== undefined) card[field] = checked(field, value, field === 'cadence' ? 'every' : field);
  }
  return card as Partial<Card>;
}

/** One field's value as stored, or a UserError naming the option and the text it was typed with. */
function checked(field: CardField, value: string, option: string, typed = value): unknown {
  const result = FIELDS[field].safeParse(value, { error: inCrmWords });
  if (result.success) return result.data;
  throw new UserError(say().option({ option, typed: shown(typed), problem: result.error.issues[0]?.message ?? say().notValid }));
}

/** Quoted short: a 100,000-character note need not come back whole in an error. */
function shown(value: string): string {
  return [...value].length > 60 ? `${[...value].slice(0, 57).join('')}...` : value;
}

/** The options that add and remove phone numbers and e-mail addresses; each may be repeated. */
export interface ReachOptions {
  addPhone?: string[];
  removePhone?: string[];
  addEmail?: string[];
  removeEmail?: string[];
}

/** What `crm file` or `crm edit` was told to change on a card, checked before any client is looked up. */
export interface CardEdit {
  /** The typed fields but the phone and the e-mail, validated. */
  fields: Partial<Card>;
  phones?: ListEdit;
  emails?: ListEdit;
}

/**
 * Checks the card options as typed: `--phone`/`--email` (in `typed`: the primary, with an
 * optional label, "mobile:+48 601 234 567"; "" removes the primary) and the options that add and
 * remove numbers and addresses.
 */
export function checkCardEdit(typed: Partial<Record<CardField, string>>, reach: ReachOptions = {}): CardEdit {
  const { phone, email, ...rest } = typed;
  const phones = listEdit('phone', phone, reach.addPhone ?? [], reach.removePhone ?? []);
  const emails = listEdit('email', email, reach.addEmail ?? [], reach.removeEmail ?? []);
  return { fields: validateCardFields(rest), ...(phones && { phones }), ...(emails && { emails }) };
}

function listEdit(field: 'phone' | 'email', primary: string | undefined, add: string[], remove: string[]): ListEdit | undefined {
  if (primary === undefined && add.length === 0 && remove.length === 0) return undefined;
  const typed = (text: string, option: string): Typed => {
    const { label, value: given } = splitLabel(text);
    // A link's scheme is not a label: tel:+48... is the number, mailto:a@b the address.
    const value = field === 'phone' ? readableTel(given) : given.replace(/^mailto:/i, '');
    const word = label === undefined ? /^([\p{L}][\p{L}-]*)\s*:/u.exec(value)?.[1] : undefined;
    if (word !== undefined) {
      throw new UserError(say().notALabel({ option, typed: shown(text), word, labels: [...CONTACT_LABELS], example: EXAMPLES[field] }));
    }
    const stored = checked(field, value, option, text) as string | null;
    if (stored === null) throw new UserError((field === 'phone' ? say().noNumber : say().noAddress)({ option, typed: shown(text), example: EXAMPLES[field] }));
    return { ...(label && { label }), value: stored };
  };
  for (const target of remove) {
    if (target.trim() === '') throw new UserError((field === 'phone' ? say().removeNeedsNumber : say().removeNeedsAddress)({ labels: CONTACT_LABELS.join(', ') }));
  }
  return {
    ...(primary !== undefined && { primary: splitLabel(primary).value === '' ? null : typed(primary, field) }),
    add: add.map((text) => typed(text, `add-${field}`)),
    remove,
  };
}

const EXAMPLES = { phone: 'mobile:+48 601 234 567', email: 'home:anna@example.com' } as const;

/** The card fields to write: the typed ones, and the lists as the edit leaves the current card's. */
export function editedCard(edit: CardEdit, current: Card | null, holder: string): Partial<Card> {
  return {
    ...edit.fields,
    ...(edit.phones && { phones: editPhones(current?.phones ?? [], edit.phones, holder) }),
    ...(edit.emails && { emails: editEmails(current?.emails ?? [], edit.emails, holder) }),
  };
}

/**
 * What `next` changes on the card `current`, field by field, as a history entry records it; for
 * a new card (`current` null) every field it fills. Null when nothing changes. The primary phone
 * and e-mail are the lists' first entries, so a change of either is recorded as the list's.
 */
export function cardChanges(current: Card | null, next: Partial<Card>): NewEntry['changes'] {
  const changes: NonNullable<NewEntry['changes']> = {};
  const after = changedCard(current ?? emptyCard(next.name ?? ''), next);
  for (const field of CARD_FIELDS) {
    if (field === 'phone' || field === 'email') {
      // Where the primary was, its whole list.
      const [list, from, to] =
        field === 'phone' ? (['phones', phonesText(current?.phones ?? []), phonesText(after.phones)] as const) : (['emails', emailsText(current?.emails ?? []), emailsText(after.emails)] as const);
      if (from !== to) changes[list] = { from, to };
      continue;
    }
    const to = next[field];
    const from = current ? current[field] : null;
    if (to !== undefined && to !== from) changes[field] = { from, to };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

/** The message for one field's value, or undefined when it is valid: for prompts and for the checks of an import. */
export function checkCardField(field: CardField, value: string): string | undefined {
  const result = FIELDS[field].safeParse(value, { error: inCrmWords });
  return result.success ? undefined : `${field} ${result.error.issues[0]?.message ?? say().notValid}`;
}

/** A new dossier's handle: one word of letters, digits, dots, dashes or underscores, not one of crm's own. */
export function validateHandle(handle: string): string {
  if (!isHandle(handle)) {
    throw new UserError(say().notHandle({ handle }));
  }
  const command = reservedBy(handle);
  if (command) {
    throw new UserError(say().reservedHandle({ handle, command }));
  }
  return handle;
}
