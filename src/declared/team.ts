// crm team: the team's binder on a PostgreSQL server: with no action, the manager's view of the
// team; init and upgrade make it and keep its schema current (they open no binder); add and remove
// change who is on the team.
import { TEAM_ACTIONS, type TeamAction } from '../commands/team.js';
import { resolveContext } from '../context.js';
import { currentLanguage } from '../i18n/language.js';
import { UserError } from '../errors.js';
import { defineCommand, examples, text } from '../hot/declare.js';
import { json, run } from '../run.js';

export const team = defineCommand({
  name: 'team',
  description: "the team's binder on a PostgreSQL server: with no action the manager's view (each person's stack, what is late, calls, who is away); init creates it, upgrade brings it to this crm's version, add and remove change who is on the team",
  arguments: [
    { name: '[action]', description: "init (create the binder), upgrade (run its pending schema steps), add or remove (a person); none: the manager's view", choices: TEAM_ACTIONS },
    { name: '[login]', description: 'add, remove: the person, by their login on the server' },
  ],
  options: [
    { flags: '--name <name>', description: 'add: their name, as clients and colleagues see it' },
    { flags: '--manager', description: 'add: as a manager (sees and changes every dossier, adds people, assigns)' },
    { flags: '--to <login>', description: 'remove: who gets their dossiers' },
    { flags: '--week', description: "the manager's view: the week's figures (calls by day since Monday, refilings, promises kept and broken)" },
    { flags: '--json', description: 'print as one JSON document: the view {"date", "week", "capacity", "people": [...]} (README: For scripts), or what was done {"action", "where", "schema", "version"...}' },
  ],
  help: `
The binder is named by --db or CRM_DB as a URL: postgres://<user>[:<password>]@<host>[:<port>]/<database>,
its schema by ?options=-csearch_path%3D<schema> (else the user's current schema). A password comes
from the URL, PGPASSWORD or ~/.pgpass, and is never printed. Other commands never upgrade a server
binder: an older one is refused until someone runs crm team upgrade.

People are the server's logins: crm team add makes the login when it is not there and yours may
(CREATEROLE), else takes an existing one; crm team remove gives their dossiers to a colleague and
keeps their history theirs (crm undo takes it back).

With no action, a manager's morning view: one row per person, the worst first (over capacity, then
overdue, then broken promises), with a load bar of their stack against their capacity (their own,
crm config capacity, else the team's), what is past its date, their calls today and this week, and
who is away or holding a colleague's stack. --week: the week by day.
${examples(
  'crm team',
  'crm team --week',
  'crm team --json',
  "CRM_DB='postgres://ola@db.example.com/crm?options=-csearch_path%3Dsales' crm team init",
  "crm --db 'postgres://ola@db.example.com/crm?options=-csearch_path%3Dsales' team upgrade",
  'crm team add anna --name "Anna Nowak"',
  'crm team add ewa --name "Ewa Lis" --manager',
  'crm team remove piotr --to anna',
)}`,
  run: async (io, { args: [action, login], options, globals }) => {
    if (action === undefined) {
      return run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
        const view = await (await import('../commands/team-view.js')).teamView(deps, context.dbPath);
        return options.json ? json(view) : (await import('../render/team-view.js')).renderTeamView(view, Boolean(options.week));
      });
    }
    if (action === 'add' || action === 'remove') {
      if (typeof login !== 'string') throw new UserError(`crm team ${action} needs the person's login: crm team ${action === 'add' ? 'add anna --name "Anna Nowak"' : 'remove piotr --to anna'}`);
      return run(io, { ...globals, json: options.json }, 'write', async ({ deps, context }) => {
        const people = await import('../commands/people.js');
        const render = await import('../render/people.js');
        if (action === 'add') {
          const added = await people.addToTeam({ login, name: text(options.name), manager: Boolean(options.manager) }, deps, context.dbPath);
          return options.json ? json({ action, ...added }) : render.renderAdded(added);
        }
        const removed = await people.removeFromTeam({ login, to: text(options.to) }, deps, context.dbPath);
        return options.json ? json({ action, ...removed }) : render.renderRemoved(removed);
      });
    }
    if (login !== undefined) throw new UserError(`crm team ${action as string} takes no login; crm team add <login> adds a person`);
    const context = resolveContext(globals, io);
    const result = await (await import('../commands/team.js')).teamAction(action as TeamAction, context, io.env, currentLanguage());
    if (options.json) io.stdout.write(json(result));
    else if (!globals.quiet) io.stdout.write((await import('../render/team.js')).renderTeam(result));
  },
});
