// Forms a sales manager designs for staff to fill in after calls: a form's definition checked with
// zod, and each answer checked against its field as it is typed (crm log --field, a prompt).
import { z } from 'zod';
import type { FilledForm } from './dossier.js';
import { FORM_NAME } from './names.js';
import { parseWhen } from './when.js';
import { readYesNo } from './yes-no.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { fields as english } from '../i18n/en/fields.js';
import { inCrmWords } from './zod-words.js';

const say = messages('fields', english);

export const FIELD_TYPES = ['text', 'number', 'choice', 'date', 'yes/no'] as const;

const FIELD = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, { error: () => say().form.shortWord }),
    label: z.string().trim().min(1, { error: () => say().form.empty }),
    type: z.enum(FIELD_TYPES, { error: () => say().form.typeOneOf({ types: FIELD_TYPES.join(', ') }) }),
    required: z.boolean().default(false),
    help: z.string().optional(),
    choices: z.array(z.string().trim().min(1)).min(2, { error: () => say().form.twoChoices }).optional(),
  })
  .strict()
  .refine((field) => field.type !== 'choice' || field.choices !== undefined, { error: () => say().form.needsChoices, path: ['choices'] });

const FORM = z
  .object({
    name: z.string().regex(FORM_NAME, { error: () => say().form.shortWord }),
    title: z.string().optional(),
    fields: z.array(FIELD).min(1, { error: () => say().form.oneField }),
  })
  .strict()
  .superRefine((form, context) => {
    const seen = new Set<string>();
    form.fields.forEach((field, i) => {
      if (seen.has(field.key)) context.addIssue({ code: 'custom', message: say().form.repeatsKey({ key: field.key }), path: ['fields', i, 'key'] });
      seen.add(field.key);
    });
  });

export type FormDefinition = z.infer<typeof FORM>;
export type FormField = FormDefinition['fields'][number];

/** A form's definition checked; a mistake is named by `where` and its place in it: `visit.yaml: fields[2].type`. */
export function parseForm(data: unknown, where: string): FormDefinition {
  const result = FORM.safeParse(data, { error: inCrmWords });
  if (!result.success) {
    const issue = result.error.issues[0];
    const place = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || say().form.whole;
    throw new UserError(`${where}: ${place} ${issue?.message ?? say().notValid}`);
  }
  return result.data;
}

/** One answer as typed, checked against its field: the stored value, or a UserError. */
export function answerFor(field: FormField, typed: string, today: string): string | number | boolean | null {
  const text = typed.trim();
  if (text === '') {
    if (field.required) throw new UserError(say().form.required({ key: field.key, label: field.label }));
    return null;
  }
  switch (field.type) {
    case 'text':
      return text;
    case 'number': {
      // Plain decimals only, spaces between thousands allowed ("12 000") and a decimal comma
      // ("12,5"); Number() alone would also take 0x10, 1e3 and Infinity.
      const plain = text.replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '');
      if (!/^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(plain)) throw new UserError(say().form.notNumber({ key: field.key, typed }));
      return Number(plain.replace(',', '.'));
    }
    case 'choice': {
      const choice = field.choices?.find((c) => c.toLowerCase() === text.toLowerCase());
      if (!choice) throw new UserError(say().form.notAChoice({ key: field.key, typed, choices: field.choices?.join(', ') ?? '' }));
      return choice;
    }
    case 'date': {
      let when;
      try {
        when = parseWhen(text, today);
      } catch (error) {
        throw error instanceof UserError ? new UserError(`${field.key}: ${error.message}`) : error;
      }
      if (when.kind !== 'day') throw new UserError(say().form.wholeMonth({ key: field.key, typed }));
      return when.day;
    }
    case 'yes/no': {
      const answer = readYesNo(text);
      if (answer !== undefined) return answer;
      throw new UserError(say().form.notYesNo({ key: field.key, typed }));
    }
  }
}

/** Checks the answers given so far (before anything is asked): unknown keys and bad values refused. */
export function checkGiven(form: FormDefinition, typed: Record<string, string>, today: string): void {
  for (const [key, value] of Object.entries(typed)) {
    const field = form.fields.find((f) => f.key === key);
    if (!field) throw new UserError(say().form.noField({ form: form.name, key, fields: form.fields.map((f) => f.key).join(', ') }));
    answerFor(field, value, today);
  }
}

/** Every answer checked; unknown keys and missing required fields refused. */
export function fillForm(form: FormDefinition, typed: Record<string, string>, today: string): FilledForm {
  checkGiven(form, typed, today);
  const answers: FilledForm['answers'] = {};
  for (const field of form.fields) answers[field.key] = answerFor(field, typed[field.key] ?? '', today);
  return { name: form.name, answers };
}
