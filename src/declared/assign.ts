// crm assign: give dossiers to another owner, for good (a manager's).
import { defineCommand, examples, text } from '../hot/declare.js';
import { json, run } from '../run.js';

export const assign = defineCommand({
  name: 'assign',
  description: "a team's binder: give dossiers to another owner for good (a manager's); one change, an entry on each",
  arguments: [{ name: '[clients...]', description: 'the clients to give (handles or prefixes)' }],
  options: [
    { flags: '--to <login>', description: 'the new owner' },
    { flags: '--from <login>', description: 'with --all: every dossier of this person' },
    { flags: '--all', description: 'with --from: all of their dossiers, filed or closed' },
    { flags: '--json', description: 'print what changed as JSON: {"change", "dossiers", "entries", "to", "unchanged"}' },
  ],
  help: `
For a while (a holiday, a sick day) hand the stack over instead: crm handover. crm undo takes an assign back.
${examples('crm assign acme kowalski --to anna', 'crm assign --from piotr --all --to anna')}`,
  run: (io, { args: [clients], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'write', async ({ deps, context }) => {
      const to = text(options.to);
      if (to === undefined) throw new (await import('../errors.js')).UserError('crm assign needs the new owner: crm assign acme --to anna');
      const result = await (await import('../commands/people.js')).assign(
        { clients: (clients as string[] | undefined) ?? [], to, ...(text(options.from) !== undefined && { from: text(options.from) as string }), all: Boolean(options.all) },
        deps,
        context.dbPath,
      );
      return options.json ? json(result) : (await import('../render/people.js')).renderAssigned(result);
    }),
});
