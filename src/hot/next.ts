// crm next: the declaration both parsers read, and what it runs. Hot: it is meant for a shell
// prompt or a status line, which start it again and again.
import { json, run } from '../run.js';
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const next = defineCommand({
  name: 'next',
  description: "the one call due now or next today, on one line (exit 1 when today's stack is empty)",
  arguments: [],
  options: [
    {
      flags: '--json',
      description:
        'print the dossier as crm today --json lists it ("filedAt", "due", "minutesUntil" with the rest), or null when nothing is left today (exit 1)',
    },
    ...SCOPE_OPTIONS,
  ],
  help: `
Which call: of today's filings with an hour and still in the stack (not yet refiled), the earliest
hour, even when it has passed (a missed call is still to make); when none of today's has an hour,
the first of today's stack in crm today's order (overdue first). Filings of tomorrow are not
today's, however close midnight is.
Exit 0 with the line; exit 1 when today's stack is empty: nothing printed (at a terminal, a line
saying so), null with --json. Made for a shell prompt or tmux's status line (status-right
'#(crm next)' in ~/.tmux.conf): it starts as fast as crm today.
${examples('crm next', 'crm next --json | jq .handle', "PS1='$(crm next 2>/dev/null)\\n\\$ '", 'CRM_NOW=2026-11-23T13:50 crm next')}`,
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
