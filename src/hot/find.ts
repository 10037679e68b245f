// crm find: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, helpExamples, sayHelp, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const find = defineCommand({
  name: 'find',
  description: () => sayHelp().find.description,
  arguments: [{ name: '<text...>', description: () => sayHelp().find.text }],
  options: [{ flags: '--json', description: () => sayHelp().find.json }, ...SCOPE_OPTIONS],
  help: () => helpExamples('crm find nowak', 'crm find nowak anna', 'crm find zamowienie', 'crm find 601234', 'crm find петр'),
  run: (io, { args: [words], options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('find', options) }, 'read', async ({ deps, context }) => {
      const { findDossiers } = await import('../commands/find.js');
      const result = await findDossiers({ text: (words as string[]).join(' ') }, deps);
      if (options.json) return json(result);
      return (await import('../render/list.js')).renderFind(result, context.today);
    }),
});
