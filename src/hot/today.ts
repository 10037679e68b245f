// crm today: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, examples } from './declare.js';

export const today = defineCommand({
  name: 'today',
  description: "open today's stack: everything filed for today, and everything overdue",
  arguments: [],
  options: [{ flags: '--json', description: 'print one JSON document: {"date", "stack": [dossier...]}' }],
  help: examples('crm today', 'crm today --json', 'CRM_TODAY=2026-11-23 crm today'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps }) => {
      const { todayStack } = await import('../commands/today.js');
      const result = await todayStack(deps);
      if (options.json) {
        const { date, stack, overdue, capacity, overCapacity, promises, complaints } = result;
        return json({ date, stack, overdue, capacity, overCapacity, promises, complaints });
      }
      return (await import('../render/today.js')).renderToday(result);
    }),
});
