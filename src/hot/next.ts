// crm next: the declaration both parsers read, and what it runs. Hot: it is meant for a shell
// prompt or a status line, which start it again and again.
import { json, run } from '../run.js';
import { defineCommand, helpExamples, sayHelp, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const next = defineCommand({
  name: 'next',
  description: () => sayHelp().next.description,
  arguments: [],
  options: [
    { flags: '--json', description: () => sayHelp().next.json },
    ...SCOPE_OPTIONS,
  ],
  help: () =>
    sayHelp().next.help({ examples: helpExamples('crm next', 'crm next --json | jq .handle', "PS1='$(crm next 2>/dev/null)\\n\\$ '", 'CRM_NOW=2026-11-23T13:50 crm next') }),
  run: async (io, { options, globals }) => {
    let found = false;
    await run(io, { ...globals, json: options.json, scope: scopeAsked('next', options) }, 'read', async ({ deps }) => {
      const { nextCall } = await import('../commands/next.js');
      const result = await nextCall(deps);
      found = result.dossier !== null;
      if (options.json) return json(result.dossier);
      return (await import('../render/next.js')).renderNext(result, Boolean(io.stdout.isTTY));
    });
    return found ? 0 : 1;
  },
});
