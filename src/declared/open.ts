// crm open: the declaration, and what it runs: the divider typed is resolved (binder/dates.ts
// dividerDates) before the handler sees it.
import { dateForms, defineCommand, helpExamples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);

export const open = defineCommand({
  name: 'open',
  description: () => say().open.description,
  arguments: [{ name: '<divider>', description: () => say().open.divider }],
  options: [{ flags: '--json', description: () => say().open.json }, ...SCOPE_OPTIONS],
  help: () => `${dateForms()}\n${say().open.asItStands}\n${helpExamples('crm open 8', 'crm open jul', 'crm open fri', 'crm open 2026-12-05 --json')}`,
  run: (io, { args: [divider], options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('open', options) }, 'read', async ({ deps, context }) => {
      const { dividerDates } = await import('../binder/dates.js');
      const result = await (await import('../commands/open.js')).openDivider(dividerDates(divider as string, deps), deps);
      return options.json ? json(result) : (await import('../render/list.js')).renderOpen(result, context.today);
    }),
});
