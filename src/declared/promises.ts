// crm promises: the declaration and what it runs.
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, listingInput } from './input.js';

/** The client whose open promises to list; none for all. */
export const promisesInput = listingInput;

export const promises = defineCommand({
  name: 'promises',
  description: 'the open promises, of one client or all; past their date they are broken',
  arguments: [{ name: '[client]', description: 'a handle or prefix' }],
  options: [{ flags: '--json', description: 'print {"promises": [{"id", "handle", "what", "due", "theirs", "status", ...}]}' }, ...SCOPE_OPTIONS],
  help: examples('crm promises', 'crm promises acme'),
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json, scope: scopeAsked('promises', call.options) }, 'read', async ({ deps, context }) => {
      const input = await inputOf(promisesInput, call);
      const result = await (await import('../commands/promises.js')).listPromises(input, deps);
      return call.options.json ? json(result) : (await import('../render/case.js')).renderPromises(result.promises, context.today);
    }),
});
