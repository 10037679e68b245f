// Asks for the card of a new dossier, field by field, on a terminal.
import { prompt } from './ask.js';
import { checkCardField, validateCardFields } from '../binder/card.js';
import { emptyCard, type Card, type CardField } from '../binder/dossier.js';
import { changedCard } from '../binder/reach.js';
import { safe } from '../render/style.js';
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';

const say = messages('prompts', english);

/** The fields asked, in order (their questions in the run's language). */
const QUESTIONS = ['name', 'position', 'company', 'phone', 'email'] as const satisfies readonly CardField[];

export async function askCard(handle: string, given: Partial<Card>): Promise<Card> {
  const m = say().card;
  process.stdout.write(`${m.newDossier({ handle: safe(handle) })}\n`);
  const answers = await prompt<Record<CardField, string>>([
    // Numbers and addresses given with --add-phone or --add-email are not asked for again.
    ...QUESTIONS.filter((field) => given[field] === undefined && !(field === 'phone' && given.phones) && !(field === 'email' && given.emails)).map((field) => ({
      type: 'input' as const,
      name: field,
      message: m[field],
      validate: (value: string) => checkCardField(field, value) ?? true,
    })),
    ...(given.priority
      ? []
      : [
          {
            type: 'select' as const,
            name: 'priority' as const,
            message: m.priority,
            default: 'B',
            choices: [
              { name: m.priorityA, value: 'A' },
              { name: m.priorityB, value: 'B' },
              { name: m.priorityC, value: 'C' },
            ],
          },
        ]),
  ]);
  const card = { ...validateCardFields(answers), ...given };
  return changedCard(emptyCard(card.name ?? handle), card);
}
