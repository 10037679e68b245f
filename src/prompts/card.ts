// Asks for the card of a new dossier, field by field, on a terminal.
import { prompt } from './ask.js';
import { checkCardField, validateCardFields } from '../binder/card.js';
import { emptyCard, type Card, type CardField } from '../binder/dossier.js';
import { changedCard } from '../binder/reach.js';
import { safe } from '../render/style.js';

const QUESTIONS: [Exclude<CardField, 'priority' | 'notes'>, string][] = [
  ['name', "Client's name"],
  ['position', 'Position'],
  ['company', 'Company'],
  ['phone', 'Phone'],
  ['email', 'E-mail'],
];

export async function askCard(handle: string, given: Partial<Card>): Promise<Card> {
  process.stdout.write(`New dossier "${safe(handle)}": a name is needed; other fields may be left empty.\n`);
  const answers = await prompt<Record<CardField, string>>([
    // Numbers and addresses given with --add-phone or --add-email are not asked for again.
    ...QUESTIONS.filter(([field]) => given[field] === undefined && !(field === 'phone' && given.phones) && !(field === 'email' && given.emails)).map(([field, message]) => ({
      type: 'input' as const,
      name: field,
      message,
      validate: (value: string) => checkCardField(field, value) ?? true,
    })),
    ...(given.priority
      ? []
      : [
          {
            type: 'select' as const,
            name: 'priority' as const,
            message: 'Priority',
            default: 'B',
            choices: [
              { name: 'A (most important)', value: 'A' },
              { name: 'B', value: 'B' },
              { name: 'C (least)', value: 'C' },
            ],
          },
        ]),
  ]);
  const card = { ...validateCardFields(answers), ...given };
  return changedCard(emptyCard(card.name ?? handle), card);
}
