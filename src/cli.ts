// The one registry of commands: every command, option, help line and example. Each action loads
// its handler and renderer only when it runs, so `crm today` never pays for prompts or zod.
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { CONVERSATION_KINDS, OUTCOMES, type CardField } from './binder/dossier.js';
import type { GlobalFlags } from './context.js';
import type { Changed } from './commands/change.js';
import type { PostponeState } from './render/changes.js';
import { json, run } from './run.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const WHEN_HELP = `
Dates (<when>), as on the binder's dividers:
  8          the next 8th (today's own number means the same day next month)
  jul        the July divider: its first working day
  jul 5      the next 5 July (also 5 jul)
  +3d +2w +1m  days, weeks or months from today
  fri        the next Friday
  today, tomorrow, 2026-12-05
A date that falls on a day off moves to the next working day, unless --exact.`;

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** An option's text, or undefined when it was not given. */
function text(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The global flags merged with the command's own options. */
function flags(command: Command): GlobalFlags & Record<string, unknown> {
  return command.optsWithGlobals();
}

export function buildProgram(): Command {
  const program = new Command('crm')
    .description('A tickler-file planner: every client\'s dossier filed behind the divider of its next contact.')
    .version(VERSION, '-V, --version')
    .option('--db <file>', 'the binder file (default: $CRM_DB, else $XDG_DATA_HOME/crm/binder.db)')
    .option('--no-color', 'print without colour (also: NO_COLOR=1)')
    .option('--debug', 'show the stack trace of an unexpected failure')
    .addHelpText(
      'after',
      `
Today is the local date, or CRM_TODAY=YYYY-MM-DD for scripts and tests.
${examples('crm today', 'crm file acme 8 --name "Acme Ltd" --phone "+48 601 234 567"', 'crm binder', 'crm today --json | jq ".stack[].handle"')}`,
    );

  program
    .command('today')
    .description("open today's stack: everything filed for today, and everything overdue")
    .option('--json', 'print one JSON document: {"date", "stack": [dossier...]}')
    .addHelpText('after', examples('crm today', 'crm today --json', 'CRM_TODAY=2026-11-23 crm today'))
    .action(async (options: { json?: boolean }, command: Command) =>
      run(flags(command), 'read', async ({ deps }) => {
        const { todayStack } = await import('./commands/today.js');
        const result = await todayStack(deps);
        if (options.json) return json({ date: result.date, stack: result.stack, overdue: result.overdue, capacity: result.capacity, overCapacity: result.overCapacity });
        return (await import('./render/today.js')).renderToday(result);
      }),
    );

  program
    .command('file')
    .description('file a dossier behind the divider of its next contact; a new handle opens a new dossier')
    .argument('<client>', 'a handle, or a prefix of the handle or of a word of the name or company')
    .argument('<when>', 'the date of the next contact (see Dates below)')
    .option('--name <name>', "the client's name (needed for a new dossier when no terminal can ask)")
    .option('--position <position>', 'their position')
    .option('--company <company>', 'their company')
    .option('--phone <phone>', 'their phone number')
    .option('--email <email>', 'their e-mail address')
    .option('--notes <text>', "the card's standing notes (replaces them)")
    .addOption(new Option('--priority <A|B|C>', 'A most important, B unless set'))
    .option('--note <text>', 'what was said: a note in the history')
    .option('--offer <text>', 'the offer made')
    .option('--exact', 'keep a day off instead of moving to the next working day')
    .option('--json', 'print what changed as JSON: {"change", "dossiers", "entries", "created", "named", "shifted"}')
    .addHelpText(
      'after',
      `${WHEN_HELP}\n${examples(
        'crm file acme 8 --name "Anna Nowak" --company "Acme Ltd" --phone "+48 601 234 567"',
        'crm file acme "jul 5" --note "call back after the holidays"',
        'crm file nowak +2w',
        'crm file zolc jan --priority A',
      )}`,
    )
    .action(async (client: string, when: string, options: Record<string, string | boolean | undefined>, command: Command) =>
      run(flags(command), 'write', async ({ deps, context, settings }) => {
        const { fileDossier } = await import('./commands/file.js');
        const card: Partial<Record<CardField, string>> = {};
        for (const field of ['name', 'position', 'company', 'phone', 'email', 'notes', 'priority'] as const) {
          if (typeof options[field] === 'string') card[field] = options[field];
        }
        const result = await fileDossier(
          {
            client,
            when,
            exact: Boolean(options.exact),
            card,
            ...(typeof options.note === 'string' && { note: options.note }),
            ...(typeof options.offer === 'string' && { offer: options.offer }),
          },
          deps,
        );
        if (options.json) {
          const { change, dossiers, entries, created, filing } = result;
          return json({ change, dossiers, entries, created, named: filing.named, shifted: filing.shifted });
        }
        return (await import('./render/dossier.js')).renderFiled(result, context.today, settings);
      }),
    );

  program
    .command('log')
    .description('after a call: note what was said and how it ended, and refile the dossier, in one step')
    .argument('<client>', 'a handle, or a prefix of the handle or of a word of the name or company')
    .option('--note <text>', 'what was said; "-" reads it from stdin, several lines')
    .option('--outcome <outcome>', `how it ended: ${OUTCOMES.join(', ')}`)
    .option('--next <when>', 'the date of the next contact (see Dates below)')
    .option('--done', 'close the dossier instead: out of the ring, history kept')
    .option('--offer <text>', 'the offer made')
    .option('--kind <kind>', `the kind of contact: ${CONVERSATION_KINDS.join(', ')}`, 'call')
    .option('--exact', 'keep a day off instead of moving to the next working day')
    .option('--json', 'print what changed as JSON: {"change", "dossiers", "entries"}')
    .addHelpText(
      'after',
      `
Without --next or --done, an outcome with a default date files by it (crm config outcome);
on a terminal the missing parts are asked; otherwise crm log refuses and writes nothing.
${WHEN_HELP}
${examples(
  'crm log acme --note "wants 40 units, sends the order Friday" --outcome reached --next "dec 4"',
  'crm log zolc --outcome no-answer',
  'crm log petrova --kind meeting --outcome won --done',
  'pbpaste | crm log acme --note - --next +2w',
  'crm log acme',
)}`,
    )
    .action(async (client: string, options: Record<string, string | boolean | undefined>, command: Command) =>
      run(flags(command), 'write', async ({ deps, context, settings }) => {
        const { logCall } = await import('./commands/log.js');
        const note = options.note === '-' ? readFileSync(0, 'utf8').replace(/\s+$/, '') : text(options.note);
        const result = await logCall(
          {
            client,
            kind: text(options.kind),
            note,
            outcome: text(options.outcome),
            next: text(options.next),
            offer: text(options.offer),
            done: Boolean(options.done),
            exact: Boolean(options.exact),
          },
          deps,
        );
        if (options.json) return json({ change: result.change, dossiers: result.dossiers, entries: result.entries });
        return (await import('./render/changes.js')).renderLogged(result, context.today, settings);
      }),
    );

  program
    .command('move')
    .description('reschedule dossiers: the ones named, or everything behind one divider')
    .argument('[clients...]', 'the clients to move, then the date (or give the date with --to)')
    .option('--to <when>', 'where to (see Dates below)')
    .option('--from <divider>', 'move everything behind this divider, as it stands (8, jul, fri, 2026-12-05)')
    .option('--note <text>', 'why: recorded with each move')
    .option('--exact', 'keep a day off instead of moving to the next working day')
    .option('--dry-run', 'show what would move; write nothing')
    .option('--json', 'print what changed as JSON: {"change", "dossiers", "entries", "moves"}')
    .addHelpText(
      'after',
      `${WHEN_HELP}\n${examples(
        'crm move acme fri',
        'crm move acme zolc petrova "dec 7" --note "trade fair this week"',
        'crm move --from 24 --to 25 --note "day off"',
        'crm move --from dec --to jan --dry-run',
      )}`,
    )
    .action(async (clients: string[], options: Record<string, string | boolean | undefined>, command: Command) =>
      run(flags(command), 'write', async ({ deps, context, settings }) => {
        const { moveDossiers } = await import('./commands/move.js');
        const { UserError } = await import('./errors.js');
        const named = [...clients];
        const from = text(options.from);
        // The date is --to, or else the last word: crm move acme zolc fri.
        const to = text(options.to) ?? (from === undefined && named.length > 1 ? named.pop() : undefined);
        if (to === undefined) throw new UserError('move needs clients and a date: crm move acme fri, or crm move --from 24 --to 25');
        if (from !== undefined && named.length > 0) throw new UserError('move takes clients or --from <divider>, not both');
        const result = await moveDossiers(
          { clients: named, to, ...(from !== undefined && { from }), ...(text(options.note) !== undefined && { note: text(options.note) as string }), exact: Boolean(options.exact), dryRun: Boolean(options.dryRun) },
          deps,
        );
        if (options.json) return json({ change: result.change, dossiers: result.dossiers, entries: result.entries, moves: result.moves, dryRun: result.dryRun });
        return (await import('./render/changes.js')).renderMoved(result, context.today, settings);
      }),
    );

  program
    .command('postpone')
    .description("too much for today: move dossiers of your choice, or the lowest-priority ones, to lighter days")
    .argument('[clients...]', 'the clients to postpone (on a terminal, without any: a list to tick)')
    .option('--to <when>', 'one date for all of them; without it they are spread over the lightest coming working days')
    .option('--auto', "choose the lowest-priority dossiers that put today's stack over capacity")
    .option('--yes', 'apply the --auto plan without asking (for scripts)')
    .option('--dry-run', 'show the plan; write nothing')
    .option('--exact', 'keep a day off instead of moving to the next working day')
    .option('--json', 'print the plan and what changed as JSON')
    .addHelpText(
      'after',
      examples('crm postpone', 'crm postpone rahimi iwanow', 'crm postpone rahimi --to fri', 'crm postpone --auto', 'crm postpone --auto --yes', 'crm postpone --auto --dry-run'),
    )
    .action(async (clients: string[], options: Record<string, string | boolean | undefined>, command: Command) =>
      run(flags(command), 'write', async ({ deps }) => {
        const { planPostpone, applyPostpone } = await import('./commands/postpone.js');
        const { renderPostponePlan } = await import('./render/changes.js');
        const { UserError } = await import('./errors.js');
        const auto = Boolean(options.auto);
        const plan = await planPostpone({ clients, ...(text(options.to) !== undefined && { to: text(options.to) as string }), auto, exact: Boolean(options.exact) }, deps);
        const answer = (state: PostponeState, changed?: Changed) =>
          options.json ? json({ ...plan, state, change: null, dossiers: [], entries: [], ...changed }) : renderPostponePlan(plan, state);
        if (plan.plan.length === 0) return answer('nothing');
        if (options.dryRun) return answer('dry-run');
        if (auto && !options.yes && !deps.ask) {
          throw new UserError('postpone --auto shows a plan to confirm: add --yes to apply it, or --dry-run to only see it');
        }
        if (auto && !options.yes && deps.ask) {
          // The plan is shown before it is confirmed; the answer after it is then one line.
          if (!options.json) process.stdout.write(renderPostponePlan(plan, 'plan'));
          if (!(await deps.ask.confirm('Apply this plan?'))) return options.json ? answer('declined') : 'Not postponed: nothing was written.\n';
          const changed = await applyPostpone(plan, deps);
          return options.json ? answer('applied', changed) : `Postponed ${plan.plan.length === 1 ? '1 dossier' : `${plan.plan.length} dossiers`}.\n`;
        }
        return answer('applied', await applyPostpone(plan, deps));
      }),
    );

  program
    .command('work')
    .description("the morning session on a terminal: today's stack one card at a time (log, postpone, skip, history, quit)")
    .addHelpText('after', `\nWhat is logged or postponed is written at once: quit any time, and crm work again goes on.\n${examples('crm work')}`)
    .action(async (_options: unknown, command: Command) =>
      // Opened as a read: with no binder there is no stack to work, and nothing is created.
      run(flags(command), 'read', async ({ deps }) => {
        const { UserError } = await import('./errors.js');
        if (!deps.ask) throw new UserError('work needs a terminal; from a script use crm today --json and crm log');
        return (await import('./prompts/work.js')).workTheStack(deps);
      }),
    );

  program
    .command('undo')
    .description('take back the last change to the binder, as a whole (a bulk move is one change); repeat to go further')
    .option('--json', 'print {"undone": change or null, "next": change or null}')
    .addHelpText('after', examples('crm undo', 'crm changes'))
    .action(async (options: { json?: boolean }, command: Command) =>
      run(flags(command), 'read', async ({ deps }) => {
        const { undoLast } = await import('./commands/undo.js');
        const result = await undoLast(deps);
        if (options.json) return json(result);
        return (await import('./render/changes.js')).renderUndo(result);
      }),
    );

  program
    .command('changes')
    .description('the recent changes to the binder, newest first: what crm undo would walk back')
    .option('--limit <n>', 'how many to list', '20')
    .option('--json', 'print {"changes": [{"id", "at", "command", "summary"}]}')
    .addHelpText('after', examples('crm changes', 'crm changes --limit 5 --json'))
    .action(async (options: { json?: boolean; limit: string }, command: Command) =>
      run(flags(command), 'read', async ({ deps }) => {
        const { recentChanges } = await import('./commands/undo.js');
        const { UserError } = await import('./errors.js');
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new UserError(`--limit "${options.limit}" is not a whole number above 0; try --limit 10`);
        const result = await recentChanges({ limit }, deps);
        if (options.json) return json(result);
        return (await import('./render/changes.js')).renderChanges(result.changes);
      }),
    );

  program
    .command('show')
    .description('the whole dossier: card, where it is filed, history (newest last)')
    .argument('<client>', 'a handle, or a prefix of the handle or of a word of the name or company')
    .option('--json', 'print the dossier with its "history" as JSON')
    .addHelpText('after', examples('crm show acme', 'crm show zolc', 'crm show acme --json | jq ".history"'))
    .action(async (client: string, options: { json?: boolean }, command: Command) =>
      run(flags(command), 'read', async ({ deps, context, settings }) => {
        const { showDossier } = await import('./commands/show.js');
        const result = await showDossier({ client }, deps);
        if (options.json) return json(result.dossier);
        return (await import('./render/dossier.js')).renderShow(result, context.today, settings);
      }),
    );

  program
    .command('binder')
    .description('the ring at a glance: day dividers from tomorrow, month dividers, later years')
    .option('--json', 'print {"days", "months", "later"} as JSON')
    .addHelpText('after', examples('crm binder', 'crm binder --json'))
    .action(async (options: { json?: boolean }, command: Command) =>
      run(flags(command), 'read', async ({ deps }) => {
        const { binderOverview } = await import('./commands/binder.js');
        const result = await binderOverview(deps);
        if (options.json) return json(result);
        return (await import('./render/binder.js')).renderBinder(result);
      }),
    );

  program
    .command('open')
    .description('the dossiers behind one divider, as it stands (no move to a working day)')
    .argument('<divider>', 'a day number, a month, or any date form')
    .option('--json', 'print the dossiers as JSON')
    .addHelpText('after', `${WHEN_HELP}\n${examples('crm open 8', 'crm open jul', 'crm open fri', 'crm open 2026-12-05 --json')}`)
    .action(async (divider: string, options: { json?: boolean }, command: Command) =>
      run(flags(command), 'read', async ({ deps, context }) => {
        const { openDivider } = await import('./commands/open.js');
        const result = await openDivider({ divider }, deps);
        if (options.json) return json(result);
        return (await import('./render/list.js')).renderOpen(result, context.today);
      }),
    );

  program
    .command('find')
    .description('search handles, names, positions, companies, phones, e-mails and card notes')
    .argument('<text...>', 'what to look for; case, accents and the digits\' script do not matter')
    .option('--json', 'print the dossiers found as JSON')
    .addHelpText('after', examples('crm find nowak', 'crm find "acme ltd"', 'crm find 601234', 'crm find петр'))
    .action(async (words: string[], options: { json?: boolean }, command: Command) =>
      run(flags(command), 'read', async ({ deps, context }) => {
        const { findDossiers } = await import('./commands/find.js');
        const result = await findDossiers({ text: words.join(' ') }, deps);
        if (options.json) return json(result);
        return (await import('./render/list.js')).renderFind(result, context.today);
      }),
    );

  program
    .command('config')
    .description("show or set the binder's settings")
    .argument('[setting]', 'workdays, holidays, capacity or dividers')
    .argument('[values...]', 'the new value')
    .option('--json', 'print the settings as JSON (with a value: what changed, and the settings)')
    .addHelpText(
      'after',
      examples(
        'crm config',
        'crm config workdays mon-fri',
        'crm config workdays sun-thu',
        'crm config holidays add 2026-12-24 2026-12-25',
        'crm config holidays remove 2026-12-24',
        'crm config capacity 25',
        'crm config capacity off',
        'crm config dividers dated 2',
      ),
    )
    .action(async (setting: string | undefined, values: string[], options: { json?: boolean }, command: Command) =>
      run(flags(command), setting && values.length > 0 ? 'write' : 'read', async ({ deps }) => {
        const { configure } = await import('./commands/config.js');
        const result = await configure({ ...(setting !== undefined && { key: setting }), values }, deps);
        if (options.json) {
          const { change, dossiers, entries, settings } = result;
          return json(result.changed ? { change, dossiers, entries, settings } : settings);
        }
        return (await import('./render/config.js')).renderConfig(result);
      }),
    );

  // Errors of the command line itself (a missing argument, an unknown option) are bad input:
  // one line, exit 2, and where to read more.
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      outputError: (message, write) => {
        const help = command === program ? 'crm --help' : `crm ${command.name()} --help`;
        write(`crm: ${message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (see ${help})\n`);
      },
    });
  }
  return program;
}
