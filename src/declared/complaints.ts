// crm complaints: the declaration and what it runs.
import { defineCommand, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, listingInput } from './input.js';

const say = messages('commandHelp', commandHelp);

/** The client whose open complaints to list; none for all. */
export const complaintsInput = listingInput;

export const complaints = defineCommand({
  name: 'complaints',
  description: () => say().complaints.description,
  arguments: [{ name: '[client]', description: () => say().complaints.client }],
  options: [{ flags: '--json', description: () => say().complaints.json }, ...SCOPE_OPTIONS],
  help: '',
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json, scope: scopeAsked('complaints', call.options) }, 'read', async ({ deps, context }) => {
      const input = await inputOf(complaintsInput, call);
      const result = await (await import('../commands/complaints.js')).listComplaints(input, deps);
      return call.options.json ? json(result) : (await import('../render/case.js')).renderComplaints(result.complaints, context.today);
    }),
});
