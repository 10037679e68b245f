// crm binder: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, helpExamples, sayHelp, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const binder = defineCommand({
  name: 'binder',
  description: () => sayHelp().binder.description,
  arguments: [],
  options: [{ flags: '--json', description: () => sayHelp().binder.json }, ...SCOPE_OPTIONS],
  help: () => helpExamples('crm binder', 'crm binder --json'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('binder', options) }, 'read', async ({ deps }) => {
      const { binderOverview } = await import('../commands/binder.js');
      const result = await binderOverview(deps);
      if (options.json) return json(result);
      return (await import('../render/binder.js')).renderBinder(result);
    }),
});
