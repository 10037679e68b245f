// crm binder: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const binder = defineCommand({
  name: 'binder',
  description: 'the ring at a glance: day dividers from tomorrow, month dividers, later years',
  arguments: [],
  options: [{ flags: '--json', description: 'print {"days", "months", "later"} as JSON' }, ...SCOPE_OPTIONS],
  help: examples('crm binder', 'crm binder --json'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('binder', options) }, 'read', async ({ deps }) => {
      const { binderOverview } = await import('../commands/binder.js');
      const result = await binderOverview(deps);
      if (options.json) return json(result);
      return (await import('../render/binder.js')).renderBinder(result);
    }),
});
