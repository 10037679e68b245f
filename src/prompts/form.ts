// Asks a form's fields on a terminal, each checked as it is typed.
import { prompt, yesNoAnswer, yesNoQuestion } from './ask.js';
import { answerFor, type FormDefinition } from '../binder/forms.js';
import { UserError } from '../errors.js';
import { safe } from '../render/style.js';
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';

const say = messages('prompts', english);

export async function askForm(form: FormDefinition, given: Record<string, string>, today: string): Promise<Record<string, string>> {
  // A form is the binder's text, as a name is: a colleague's form may hold escape sequences.
  const m = say().form;
  process.stdout.write(`${m.title({ title: safe(form.title ?? form.name) })}\n`);
  const answers: Record<string, string> = {};
  for (const field of form.fields.filter((f) => given[f.key] === undefined)) {
    const label = safe(`${field.label}${field.required ? '' : ` ${m.optional}`}${field.help ? ` (${field.help})` : ''}`);
    const { value } = await prompt<{ value: string }>([
      field.type === 'choice'
        ? { type: 'select', name: 'value', message: label, choices: [...(field.choices ?? []), ...(field.required ? [] : [''])].map((c) => ({ name: safe(c) || m.none, value: c })) }
        : field.type === 'yes/no'
          ? yesNoQuestion('value', label, false)
          : {
              type: 'input',
              name: 'value',
              message: label,
              validate: (typed: string) => {
                try {
                  answerFor(field, typed, today);
                  return true;
                } catch (error) {
                  return safe(error instanceof UserError ? error.message : String(error));
                }
              },
            },
    ]);
    answers[field.key] = field.type === 'yes/no' ? (yesNoAnswer(value, false) ? 'yes' : 'no') : value;
  }
  return answers;
}
