// crm form: forms a sales manager designs for staff to fill in after calls, read from a JSON or
// YAML file, checked by the rules of binder/forms.ts, kept in the binder, answered with crm log --form.
import { readFileSync } from 'node:fs';
import { parseForm, type FormDefinition } from '../binder/forms.js';
import { SUMMARIES } from '../binder/summaries.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { records as english } from '../i18n/en/records.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';

const say = messages('records', english);

/** crm form's actions (cli.ts), offered by shell completion. */
export const FORM_ACTIONS = ['add', 'list', 'show'] as const;

/** Reads and validates a form file; a mistake is named by its place: `fields[2].type`. */
export async function readFormFile(path: string): Promise<FormDefinition> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(say().cannotRead({ path, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  const yaml = /\.ya?ml$/i.test(path);
  const parse: (text: string) => unknown = yaml ? await yamlParse() : JSON.parse;
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new UserError(say().notValid({ path, format: yaml ? 'YAML' : 'JSON', detail: (error as Error).message.split('\n')[0] ?? '' }));
  }
  return parseForm(data, path);
}

/**
 * The YAML parser, loaded only for a YAML form. yaml is a CommonJS package: in the bundle
 * (scripts/bundle.mjs) its exports arrive as the module's default export, from tsc's output as
 * named exports; either way the same parse.
 */
async function yamlParse(): Promise<(text: string) => unknown> {
  const loaded = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return loaded.parse ?? (loaded.default as typeof import('yaml')).parse;
}

export async function addForm(input: { file: string }, deps: Deps): Promise<Changed & { form: FormDefinition; replaced: boolean }> {
  const form = await readFormFile(input.file);
  const replaced = (await deps.store.form(form.name)) !== undefined;
  const changed = await commitChange(deps, {
    command: 'form',
    summary: (replaced ? SUMMARIES.formReplaced : SUMMARIES.formAdded).make({ name: form.name, count: form.fields.length }),
    at: deps.now(),
    forms: [{ name: form.name, definition: JSON.stringify(form) }],
  });
  return { ...changed, form, replaced };
}

export async function listForms(deps: Deps): Promise<{ forms: FormDefinition[] }> {
  return { forms: (await deps.store.forms()).map((f) => JSON.parse(f.definition) as FormDefinition) };
}

export async function loadForm(name: string, deps: Deps): Promise<FormDefinition> {
  const definition = await deps.store.form(name);
  if (definition === undefined) {
    const names = (await deps.store.forms()).map((f) => f.name);
    throw new UserError(names.length > 0 ? say().noForm({ name, names: names.join(', ') }) : say().noFormYet({ name }));
  }
  return JSON.parse(definition) as FormDefinition;
}

/** Parses `key=value` pairs as typed after --field. */
export function fieldPairs(pairs: string[]): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at < 0 ? '' : pair.slice(0, at).trim();
    if (key === '') throw new UserError(say().fieldNotPair({ pair }));
    answers[key] = pair.slice(at + 1).trim();
  }
  return answers;
}
