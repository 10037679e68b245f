// crm open: the declaration, and what it runs: the divider typed is resolved (binder/dates.ts
// dividerDates) before the handler sees it.
import { DATE_FORMS, defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { json, run } from '../run.js';

export const open = defineCommand({
  name: 'open',
  description: 'the dossiers behind one divider, as it stands (no move to a working day)',
  arguments: [{ name: '<divider>', description: 'a day number, a month, or any date form' }],
  options: [{ flags: '--json', description: 'print the dossiers as JSON' }, ...SCOPE_OPTIONS],
  help: `${DATE_FORMS}\nA divider is named as it stands: a day off is not moved to a working day.\n${examples('crm open 8', 'crm open jul', 'crm open fri', 'crm open 2026-12-05 --json')}`,
  run: (io, { args: [divider], options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('open', options) }, 'read', async ({ deps, context }) => {
      const { dividerDates } = await import('../binder/dates.js');
      const result = await (await import('../commands/open.js')).openDivider(dividerDates(divider as string, deps), deps);
      return options.json ? json(result) : (await import('../render/list.js')).renderOpen(result, context.today);
    }),
});
