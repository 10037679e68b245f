// crm form: the declaration, the schema that reads its action, and what it runs.
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

const say = messages('commandHelp', commandHelp);

export type FormInput = { action: 'add'; file: string } | { action: 'list' } | { action: 'show'; name: string };

/** `<action> [target]`: add <file>, list, or show <name>; anything else is told the three. */
export const formInput: InputSchema<FormInput> = (z) =>
  z.discriminatedUnion(
    'action',
    [
      z.object({ action: z.literal('add'), target: z.string({ error: () => say().form.refused.addNeedsFile }) }).transform(({ target }) => ({ action: 'add' as const, file: target })),
      z.object({ action: z.literal('list') }).transform(() => ({ action: 'list' as const })),
      z.object({ action: z.literal('show'), target: z.string({ error: () => say().form.refused.notAnAction({ typed: 'show' }) }) }).transform(({ target }) => ({ action: 'show' as const, name: target })),
    ],
    {
      error: (issue) => {
        const { action, target } = issue.input as { action: string; target?: string };
        return say().form.refused.notAnAction({ typed: `${action}${target ? ` ${target}` : ''}` });
      },
    },
  );

export const form = defineCommand({
  name: 'form',
  description: () => say().form.description,
  arguments: [
    { name: '<action>', description: () => say().form.action },
    { name: '[target]', description: () => say().form.target },
  ],
  options: [{ flags: '--json', description: () => say().form.json }],
  help: () =>
    say().form.help({
      examples: helpExamples('crm form add visit.yaml', 'crm form list', 'crm log acme --form visit --field budget=12000 --field decision=yes --next fri'),
    }),
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
