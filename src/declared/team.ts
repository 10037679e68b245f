// crm team: the team's binder on a PostgreSQL server: with no action, the manager's view of the
// team; init and upgrade make it and keep its schema current (they open no binder); add and remove
// change who is on the team.
import { TEAM_ACTIONS, type TeamAction } from '../commands/team.js';
import { resolveContext } from '../context.js';
import { currentLanguage } from '../i18n/language.js';
import { UserError } from '../errors.js';
import { defineCommand, helpExamples, text } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { teamHelp } from '../i18n/en/teamHelp.js';
import { json, run } from '../run.js';

const say = messages('teamHelp', teamHelp);

export const team = defineCommand({
  name: 'team',
  description: () => say().team.description,
  arguments: [
    { name: '[action]', description: () => say().team.action, choices: TEAM_ACTIONS },
    { name: '[login]', description: () => say().team.login },
  ],
  options: [
    { flags: '--name <name>', description: () => say().team.name },
    { flags: '--manager', description: () => say().team.manager },
    { flags: '--to <login>', description: () => say().team.to },
    { flags: '--week', description: () => say().team.week },
    { flags: '--json', description: () => say().team.json },
  ],
  help: () =>
    say().team.help({
      examples: helpExamples(
        'crm team',
        'crm team --week',
        'crm team --json',
        "CRM_DB='postgres://ola@db.example.com/crm?options=-csearch_path%3Dsales' crm team init",
        "crm --db 'postgres://ola@db.example.com/crm?options=-csearch_path%3Dsales' team upgrade",
        say().team.examples.add,
        say().team.examples.manager,
        'crm team remove piotr --to anna',
      ),
    }),
  run: async (io, { args: [action, login], options, globals }) => {
    if (action === undefined) {
      return run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
        const view = await (await import('../commands/team-view.js')).teamView(deps, context.dbPath);
        return options.json ? json(view) : (await import('../render/team-view.js')).renderTeamView(view, Boolean(options.week));
      });
    }
    if (action === 'add' || action === 'remove') {
      if (typeof login !== 'string') throw new UserError(say().team.needsLogin[action]);
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
    if (login !== undefined) throw new UserError(say().team.takesNoLogin({ action: action as string }));
    const context = resolveContext(globals, io);
    const result = await (await import('../commands/team.js')).teamAction(action as TeamAction, context, io.env, currentLanguage());
    if (options.json) io.stdout.write(json(result));
    else if (!globals.quiet) io.stdout.write((await import('../render/team.js')).renderTeam(result));
  },
});
