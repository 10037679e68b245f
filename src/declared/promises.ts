// crm promises: the declaration and what it runs.
import { defineCommand, helpExamples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, listingInput } from './input.js';

const say = messages('commandHelp', commandHelp);

/** The client whose open promises to list; none for all. */
export const promisesInput = listingInput;

export const promises = defineCommand({
  name: 'promises',
  description: () => say().promises.description,
  arguments: [{ name: '[client]', description: () => say().promises.client }],
  options: [{ flags: '--json', description: () => say().promises.json }, ...SCOPE_OPTIONS],
  help: () => helpExamples('crm promises', 'crm promises acme'),
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json, scope: scopeAsked('promises', call.options) }, 'read', async ({ deps, context }) => {
      const input = await inputOf(promisesInput, call);
      const result = await (await import('../commands/promises.js')).listPromises(input, deps);
      return call.options.json ? json(result) : (await import('../render/case.js')).renderPromises(result.promises, context.today);
    }),
});
