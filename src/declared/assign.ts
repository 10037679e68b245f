// crm assign: give dossiers to another owner, for good (a manager's).
import { defineCommand, helpExamples, text } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { teamHelp } from '../i18n/en/teamHelp.js';
import { json, run } from '../run.js';

const say = messages('teamHelp', teamHelp);

export const assign = defineCommand({
  name: 'assign',
  description: () => say().assign.description,
  arguments: [{ name: '[clients...]', description: () => say().assign.clients }],
  options: [
    { flags: '--to <login>', description: () => say().assign.to },
    { flags: '--from <login>', description: () => say().assign.from },
    { flags: '--all', description: () => say().assign.all },
    { flags: '--json', description: () => say().assign.json },
  ],
  help: () => say().assign.help({ examples: helpExamples('crm assign acme kowalski --to anna', 'crm assign --from piotr --all --to anna') }),
  run: (io, { args: [clients], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'write', async ({ deps, context }) => {
      const to = text(options.to);
      if (to === undefined) throw new (await import('../errors.js')).UserError(say().assign.needsTo);
      const result = await (await import('../commands/people.js')).assign(
        { clients: (clients as string[] | undefined) ?? [], to, ...(text(options.from) !== undefined && { from: text(options.from) as string }), all: Boolean(options.all) },
        deps,
        context.dbPath,
      );
      return options.json ? json(result) : (await import('../render/people.js')).renderAssigned(result);
    }),
});
