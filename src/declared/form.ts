// crm form: the declaration, the schema that reads its action, and what it runs.
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

export type FormInput = { action: 'add'; file: string } | { action: 'list' } | { action: 'show'; name: string };

const ACTIONS = 'crm form add <file>, crm form list or crm form show <name>';

/** `<action> [target]`: add <file>, list, or show <name>; anything else is told the three. */
export const formInput: InputSchema<FormInput> = (z) =>
  z.discriminatedUnion(
    'action',
    [
      z.object({ action: z.literal('add'), target: z.string({ error: 'form add needs the file: crm form add visit.yaml' }) }).transform(({ target }) => ({ action: 'add' as const, file: target })),
      z.object({ action: z.literal('list') }).transform(() => ({ action: 'list' as const })),
      z.object({ action: z.literal('show'), target: z.string({ error: `"show": type ${ACTIONS}` }) }).transform(({ target }) => ({ action: 'show' as const, name: target })),
    ],
    {
      error: (issue) => {
        const { action, target } = issue.input as { action: string; target?: string };
        return `"${action}${target ? ` ${target}` : ''}": type ${ACTIONS}`;
      },
    },
  );

export const form = defineCommand({
  name: 'form',
  description: 'forms filled in after calls: add one from a JSON or YAML file, list them, show one',
  arguments: [
    { name: '<action>', description: 'add <file>, list, or show <name>' },
    { name: '[target]', description: 'the file (add) or the form name (show)' },
  ],
  options: [{ flags: '--json', description: 'print the form(s) as JSON' }],
  help: `
  A form file (JSON or YAML):
    name: visit
    title: After a visit
    fields:
      - { key: budget, label: Budget in PLN, type: number, required: true }
      - { key: decision, label: Decision maker met, type: yes/no }
      - { key: stage, label: Stage, type: choice, choices: [interested, thinking, not now] }
      - { key: next_visit, label: Next visit, type: date, help: any date form }
      - { key: remarks, label: Remarks, type: text }
  ${examples('crm form add visit.yaml', 'crm form list', 'crm log acme --form visit --field budget=12000 --field decision=yes --next fri')}`,
  run: (io, { args: [action, target], options, globals }) =>
    run(io, { ...globals, json: options.json }, action === 'add' ? 'write' : 'read', async ({ deps }) => {
      const input = await inputOf(formInput, { action, target });
      const forms = await import('../commands/forms.js');
      const render = await import('../render/case.js');
      if (input.action === 'add') {
        const result = await forms.addForm({ file: input.file }, deps);
        return options.json ? json((await import('../render/json.js')).formAddedJson(result)) : render.renderForm(result.form, result.replaced ? 'replaced' : 'added');
      }
      if (input.action === 'list') {
        const result = await forms.listForms(deps);
        return options.json ? json(result) : render.renderForms(result.forms);
      }
      const form = await forms.loadForm(input.name, deps);
      return options.json ? json(form) : render.renderForm(form);
    }),
});
