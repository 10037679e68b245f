// crm today: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const today = defineCommand({
  name: 'today',
  description: "open today's stack: everything filed for today, and everything overdue",
  arguments: [],
  options: [
    {
      flags: '--json',
      description:
        'print one JSON document: {"date", "stack": [dossier...], "overdue", "capacity", "overCapacity", "promises", "complaints"}; each dossier with ' +
        '"filedAt" (its hour, "HH:MM", or null for the day), "overdueDays", "minutesUntil" (from now to its hour, negative once passed; null without one) ' +
        'and "due": "overdue" (filed on an earlier day), "past" (its hour today has passed), "soon" (now or within 15 minutes), "later", or "day" (today, no hour)',
    },
    ...SCOPE_OPTIONS,
  ],
  help: `
The order: overdue first; then today's filings with an hour, in the order of their hours (each
shows its hour: "14:00, in 10 min" within 15 minutes, "14:00, 35 min ago" once passed); then the
rest by priority. CRM_NOW=YYYY-MM-DDTHH:MM fixes the moment the hours are measured from.
${examples('crm today', 'crm today --json', 'CRM_TODAY=2026-11-23 crm today', 'CRM_NOW=2026-11-23T13:50 crm today')}`,
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
