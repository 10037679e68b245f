// crm today: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, helpExamples, sayHelp, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const today = defineCommand({
  name: 'today',
  description: () => sayHelp().today.description,
  arguments: [],
  options: [
    { flags: '--json', description: () => sayHelp().today.json },
    ...SCOPE_OPTIONS,
  ],
  help: () =>
    sayHelp().today.help({ examples: helpExamples('crm today', 'crm today --json', 'CRM_TODAY=2026-11-23 crm today', 'CRM_NOW=2026-11-23T13:50 crm today') }),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('today', options) }, 'read', async ({ deps }) => {
      const { todayStack } = await import('../commands/today.js');
      const result = await todayStack(deps);
      if (options.json) {
        const { date, stack, overdue, capacity, overCapacity, promises, complaints } = result;
        return json({ date, stack, overdue, capacity, overCapacity, promises, complaints });
      }
      return (await import('../render/today.js')).renderToday(result);
    }),
});
