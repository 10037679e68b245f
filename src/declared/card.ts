// The card's options, declared once for crm file and crm edit, and how their values become the
// handler's card and reach changes.
import { CARD_FIELDS, CONTACT_LABELS, STAGES, type CardField } from '../binder/dossier.js';
import type { ReachOptions } from '../binder/card.js';
import type { OptionDeclaration } from '../hot/declare.js';

export const CARD_OPTIONS: OptionDeclaration[] = [
  { flags: '--position <position>', description: 'their position' },
  { flags: '--company <company>', description: 'their company' },
  {
    flags: '--phone <number>',
    description:
      'the primary phone number (the one crm today shows): replaces the primary, or makes a number already on the card the primary; a label may go before it, "mobile:+48 601 234 567"; "" removes it',
  },
  {
    flags: '--add-phone <number>',
    description: `adds a phone number, its label before it: ${CONTACT_LABELS.join(', ')} ("home:+48 22 555 01 02"; work unless given); repeat for several`,
    repeatable: true,
  },
  { flags: '--remove-phone <number|label>', description: 'removes a phone number (in any spacing), or every number with that label; repeat for several', repeatable: true },
  { flags: '--email <address>', description: 'the primary e-mail address, as --phone ("home:anna@example.com")' },
  { flags: '--add-email <address>', description: 'adds an e-mail address, labelled as --add-phone; repeat for several', repeatable: true },
  { flags: '--remove-email <address|label>', description: 'removes an e-mail address, or every address with that label; repeat for several', repeatable: true },
  { flags: '--notes <text>', description: "the card's standing notes (replaces them)" },
  { flags: '--priority <A|B|C>', description: 'A most important, B unless set' },
  { flags: '--address <text>', description: 'how to address them ("Pani Anno", "Dr. Müller")' },
  { flags: '--pronunciation <text>', description: 'how to say their name ("WOO-kash")' },
  { flags: '--preferences <text>', description: 'what they prefer: when to call, channel, language' },
  { flags: '--stage <stage>', description: `${STAGES.join(', ')}` },
  { flags: '--tags <tags>', description: 'comma separated: "vip, warsaw"' },
  { flags: '--every <span>', description: 'contact cadence: 10d, 2w, 1m (after a call that reached them, the next date)' },
];

/** The options that add and remove phone numbers and e-mail addresses. */
export function reachFrom(options: Record<string, unknown>): ReachOptions {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  return { addPhone: list(options.addPhone), removePhone: list(options.removePhone), addEmail: list(options.addEmail), removeEmail: list(options.removeEmail) };
}

/** Card fields from options; --every is the card's cadence. Empty text clears a field. */
export function cardFrom(options: Record<string, unknown>): Partial<Record<CardField, string>> {
  const card: Partial<Record<CardField, string>> = {};
  for (const field of CARD_FIELDS) {
    const value = options[field === 'cadence' ? 'every' : field];
    if (typeof value === 'string') card[field] = value;
  }
  return card;
}
