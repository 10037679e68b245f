// crm team: the team's binder on a PostgreSQL server. init and upgrade today; issue 16's people
// (owners, handover) are further actions of the same command.
import { TEAM_ACTIONS, type TeamAction } from '../commands/team.js';
import { resolveContext } from '../context.js';
import { defineCommand, examples } from '../hot/declare.js';
import { json } from '../run.js';

export const team = defineCommand({
  name: 'team',
  description: "the team's binder on a PostgreSQL server: init creates it in an empty schema, upgrade brings it to this crm's version",
  arguments: [{ name: '<action>', description: 'init (create the binder) or upgrade (run its pending schema steps)', choices: TEAM_ACTIONS }],
  options: [{ flags: '--json', description: 'print what was done as JSON: {"action", "where", "schema", "version"...}' }],
  help: `
The binder is named by --db or CRM_DB as a URL: postgres://<user>[:<password>]@<host>[:<port>]/<database>,
its schema by ?options=-csearch_path%3D<schema> (else the user's current schema). A password comes
from the URL, PGPASSWORD or ~/.pgpass, and is never printed. Other commands never upgrade a server
binder: an older one is refused until someone runs crm team upgrade.
${examples(
  "CRM_DB='postgres://ola@db.example.com/crm?options=-csearch_path%3Dsales' crm team init",
  "crm --db 'postgres://ola@db.example.com/crm?options=-csearch_path%3Dsales' team upgrade",
)}`,
  run: async (io, { args: [action], options, globals }) => {
    const context = resolveContext(globals, io);
    const result = await (await import('../commands/team.js')).teamAction(action as TeamAction, context, io.env);
    if (options.json) io.stdout.write(json(result));
    else if (!globals.quiet) io.stdout.write((await import('../render/team.js')).renderTeam(result));
  },
});
