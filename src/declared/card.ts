// The card's options, declared once for crm file and crm edit, and how their values become the
// handler's card and reach changes.
import { CARD_FIELDS, CONTACT_LABELS, STAGES, type CardField } from '../binder/dossier.js';
import type { ReachOptions } from '../binder/card.js';
import type { OptionDeclaration } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';

const say = messages('commandHelp', commandHelp);

export const CARD_OPTIONS: OptionDeclaration[] = [
  { flags: '--position <position>', description: () => say().card.position },
  { flags: '--company <company>', description: () => say().card.company },
  { flags: '--phone <number>', description: () => say().card.phone },
  { flags: '--add-phone <number>', description: () => say().card.addPhone({ labels: CONTACT_LABELS.join(', ') }), repeatable: true },
  { flags: '--remove-phone <number|label>', description: () => say().card.removePhone, repeatable: true },
  { flags: '--email <address>', description: () => say().card.email },
  { flags: '--add-email <address>', description: () => say().card.addEmail, repeatable: true },
  { flags: '--remove-email <address|label>', description: () => say().card.removeEmail, repeatable: true },
  { flags: '--notes <text>', description: () => say().card.notes },
  { flags: '--priority <A|B|C>', description: () => say().card.priority },
  { flags: '--address <text>', description: () => say().card.address },
  { flags: '--pronunciation <text>', description: () => say().card.pronunciation },
  { flags: '--preferences <text>', description: () => say().card.preferences },
  // The stages are the words typed, as they are.
  { flags: '--stage <stage>', description: () => say().card.stage({ stages: STAGES.join(', ') }) },
  { flags: '--tags <tags>', description: () => say().card.tags },
  { flags: '--every <span>', description: () => say().card.every },
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
