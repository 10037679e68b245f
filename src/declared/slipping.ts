// crm slipping: the declaration, and what it runs (it takes nothing to read: no schema).
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { json, run } from '../run.js';

export const slipping = defineCommand({
  name: 'slipping',
  description: 'clients whose last real contact is older than their cadence (crm edit --every), worst first',
  arguments: [],
  options: [{ flags: '--json', description: 'print {"slipping": [{"dossier", "cadence", "lastReal", "dueSince", "daysLate"}]}' }, ...SCOPE_OPTIONS],
  help: examples('crm slipping', 'crm edit acme --every 2w'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('slipping', options) }, 'read', async ({ deps, context }) => {
      const result = await (await import('../commands/slipping.js')).slipping(deps);
      return options.json ? json(result) : (await import('../render/case.js')).renderSlipping(result.slipping, context.today);
    }),
});
