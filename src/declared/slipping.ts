// crm slipping: the declaration, and what it runs (it takes nothing to read: no schema).
import { defineCommand, helpExamples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);

export const slipping = defineCommand({
  name: 'slipping',
  description: () => say().slipping.description,
  arguments: [],
  options: [{ flags: '--json', description: () => say().slipping.json }, ...SCOPE_OPTIONS],
  help: () => helpExamples('crm slipping', 'crm edit acme --every 2w'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('slipping', options) }, 'read', async ({ deps, context }) => {
      const result = await (await import('../commands/slipping.js')).slipping(deps);
      return options.json ? json(result) : (await import('../render/case.js')).renderSlipping(result.slipping, context.today);
    }),
});
