// crm whoami: who the server knows you as on a team's binder, and your role.
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { teamHelp } from '../i18n/en/teamHelp.js';
import { json, run } from '../run.js';

const say = messages('teamHelp', teamHelp);

export const whoami = defineCommand({
  name: 'whoami',
  description: () => say().whoami.description,
  arguments: [],
  options: [{ flags: '--json', description: () => say().whoami.json }],
  help: () => say().whoami.help({ examples: helpExamples('crm whoami', 'crm whoami --json') }),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
      const result = (await import('../commands/people.js')).whoAmI(deps, context.dbPath);
      return options.json ? json(result) : (await import('../render/people.js')).renderWhoAmI(result, context.today);
    }),
});
