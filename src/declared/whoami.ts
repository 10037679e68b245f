// crm whoami: who the server knows you as on a team's binder, and your role.
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';

export const whoami = defineCommand({
  name: 'whoami',
  description: "a team's binder: who you are (the server's login), your role, and the handovers you are in",
  arguments: [],
  options: [{ flags: '--json', description: 'print {"login", "name", "role", "where", "away", "holding"}' }],
  help: `
The person acting is the login of the connection to the server (the URL's user, else PGUSER, else
the system's user name): not $USER, not a setting. On a binder file there is one user, who owns everything.
${examples('crm whoami', 'crm whoami --json')}`,
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
      const result = (await import('../commands/people.js')).whoAmI(deps, context.dbPath);
      return options.json ? json(result) : (await import('../render/people.js')).renderWhoAmI(result, context.today);
    }),
});
