// The one registry of commands: every command, option, help line and example. Each action loads
// its handler and renderer only when it runs, so `crm today` never pays for prompts or zod. The hot
// commands (today, log, show, find, binder) are declared as data in src/hot/, which the fast path
// parses without commander, and more in src/declared/; here they are built into commander's
// commands from the same data.
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { CARD_FIELDS, CONTACT_LABELS, STAGES, type CardField } from './binder/dossier.js';
import { startingWith } from './binder/fold.js';
import { FORM_NAME, isHandle } from './binder/names.js';
import type { ReachOptions } from './binder/card.js';
import { SETTING_DEFINITIONS } from './binder/settings.js';
import type { GlobalFlags } from './context.js';
import { attach } from './declared/attach.js';
import { complaint } from './declared/complaint.js';
import { complaints } from './declared/complaints.js';
import { docs } from './declared/docs.js';
import { file } from './declared/file.js';
import { move } from './declared/move.js';
import { postpone } from './declared/postpone.js';
import { promise } from './declared/promise.js';
import { promises } from './declared/promises.js';
import { work } from './declared/work.js';
import { binder } from './hot/binder.js';
import { CLIENT_ARGUMENT, DATE_FORMS, examples, GLOBAL_OPTIONS, optionParts, text, type Call, type CommandDeclaration, type OptionDeclaration } from './hot/declare.js';
import { find } from './hot/find.js';
import { log } from './hot/log.js';
import { show } from './hot/show.js';
import { today } from './hot/today.js';
import type { Io } from './io.js';
import { json, run } from './run.js';

// The bundle writes the version in (scripts/bundle.mjs), where this code is a chunk in dist/chunks/;
// unbundled (the unit tests), the package's own file says it.
declare const CRM_VERSION: string | undefined;
const VERSION =
  typeof CRM_VERSION === 'string' ? CRM_VERSION : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** One per line, for a shell to read; nothing at all for none. */
function lines(texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}

/** The card's options, shared by crm file and crm edit. */
function withCardOptions(command: Command): Command {
  return command
    .option('--position <position>', 'their position')
    .option('--company <company>', 'their company')
    .option('--phone <number>', 'the primary phone number (the one crm today shows): replaces the primary, or makes a number already on the card the primary; a label may go before it, "mobile:+48 601 234 567"; "" removes it')
    .option('--add-phone <number>', `adds a phone number, its label before it: ${CONTACT_LABELS.join(', ')} ("home:+48 22 555 01 02"; work unless given); repeat for several`, collect)
    .option('--remove-phone <number|label>', 'removes a phone number (in any spacing), or every number with that label; repeat for several', collect)
    .option('--email <address>', 'the primary e-mail address, as --phone ("home:anna@example.com")')
    .option('--add-email <address>', 'adds an e-mail address, labelled as --add-phone; repeat for several', collect)
    .option('--remove-email <address|label>', 'removes an e-mail address, or every address with that label; repeat for several', collect)
    .option('--notes <text>', "the card's standing notes (replaces them)")
    .addOption(new Option('--priority <A|B|C>', 'A most important, B unless set'))
    .option('--address <text>', 'how to address them ("Pani Anno", "Dr. Müller")')
    .option('--pronunciation <text>', 'how to say their name ("WOO-kash")')
    .option('--preferences <text>', 'what they prefer: when to call, channel, language')
    .option('--stage <stage>', `${STAGES.join(', ')}`)
    .option('--tags <tags>', 'comma separated: "vip, warsaw"')
    .option('--every <span>', 'contact cadence: 10d, 2w, 1m (after a call that reached them, the next date)');
}

/** A repeatable option's values, in the order given. */
function collect(value: string, all: string[] = []): string[] {
  return [...all, value];
}

/** The options that add and remove phone numbers and e-mail addresses. */
function reachFrom(options: Record<string, unknown>): ReachOptions {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  return { addPhone: list(options.addPhone), removePhone: list(options.removePhone), addEmail: list(options.addEmail), removeEmail: list(options.removeEmail) };
}

/** Card fields from options; --every is the card's cadence. Empty text clears a field. */
function cardFrom(options: Record<string, unknown>): Partial<Record<CardField, string>> {
  const card: Partial<Record<CardField, string>> = {};
  for (const field of CARD_FIELDS) {
    const value = options[field === 'cadence' ? 'every' : field];
    if (typeof value === 'string') card[field] = value;
  }
  return card;
}

/** The options of the whole program: before the command's name, or after it (see globalOptions). */
function globalOptions(): Option[] {
  return GLOBAL_OPTIONS.map(commanderOption);
}

/** commander's option for a declared one. */
function commanderOption(declared: OptionDeclaration): Option {
  const option = new Option(declared.flags, declared.description);
  if (declared.choices) option.choices(declared.choices);
  if (declared.default !== undefined) option.default(declared.default);
  if (declared.repeatable) option.argParser(collect);
  return option;
}

/** What a declared command does with what commander read: run it (a test may look at it instead). */
export type Act = (declaration: CommandDeclaration, call: Call) => Promise<void>;

/** A declared command (src/hot/), built as commander's: its arguments, options, help and action. */
function declared(program: Command, declaration: CommandDeclaration, act: Act): void {
  const command = program.command(declaration.name).description(declaration.description);
  for (const argument of declaration.arguments) command.argument(argument.name, argument.description);
  for (const option of declaration.options) command.addOption(commanderOption(option));
  if (declaration.help) command.addHelpText('after', declaration.help);
  const keys = declaration.options.map((option) => optionParts(option.flags).key);
  command.action(async (...params: unknown[]) => {
    const count = declaration.arguments.length;
    const given = command.opts();
    const options = Object.fromEntries(keys.filter((key) => given[key] !== undefined).map((key) => [key, given[key] as string | string[] | boolean]));
    const all = flags(command);
    const globals = { ...(all.db !== undefined && { db: all.db }), color: all.color !== false, ...(all.debug && { debug: true }), ...(all.quiet && { quiet: true }) };
    await act(declaration, { args: params.slice(0, count) as Call['args'], options, globals });
  });
}

const GLOBAL_FLAGS = ['db', 'color', 'debug', 'quiet'] as const;

/** The command's own options with the global flags, given before the command's name or after it. */
function flags(command: Command): GlobalFlags & Record<string, unknown> {
  const program = command.parent as Command;
  const after = GLOBAL_FLAGS.filter((name) => command.getOptionValueSource(name) === 'cli').map((name) => [name, command.getOptionValue(name)]);
  return { ...command.opts(), ...program.opts(), ...Object.fromEntries(after) };
}

/**
 * The command line's program: the global options and the commands. Only the command the
 * arguments name is built (building all of them costs each command a few milliseconds of
 * start-up); help, completion, an unknown name or none build them all.
 */
export function buildProgram(argv: string[], io: Io, act: Act = (declaration, call) => declaration.run(io, call)): Command {
  const named = commandNamed(argv);
  const program = programWith(io, named !== undefined && named !== 'completion' ? (name) => name === named : () => true, act);
  // An unknown command (or `crm help`) needs every name, to list them and suggest one.
  return program.commands.length > 0 ? program : programWith(io, () => true, act);
}

/** Parses and runs `args` (as typed after `crm`) with commander; an error of the command line itself is exit 2. */
export async function parseCommandLine(args: string[], io: Io): Promise<number> {
  // commander reads an argv as Node gives it: the program and the script first.
  const argv = ['node', 'crm', ...args];
  try {
    await buildProgram(argv, io).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

/** The first word of the arguments that is not an option: the command's name. */
function commandNamed(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') i++;
    else if (arg === '--' || arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version') return undefined;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function programWith(io: Io, wanted: (name: string) => boolean, act: Act): Command {
  const program = new Command('crm')
    .description('A tickler-file planner: every client\'s dossier filed behind the divider of its next contact.')
    .version(VERSION, '-V, --version')
    // The program reads its options only before the command's name: after it, a value such as
    // `--note -V` or `--name --quiet` is the user's text, not crm's version or a flag.
    .enablePositionalOptions();
  for (const option of globalOptions()) program.addOption(option);
  program.addHelpText(
    'after',
    `
Today is the local date, or CRM_TODAY=YYYY-MM-DD for scripts and tests.
${examples('crm today', 'crm file acme 8 --name "Acme Ltd" --phone "+48 601 234 567"', 'crm binder', 'crm today --json | jq ".stack[].handle"')}`,
  );

  if (wanted('today')) declared(program, today, act);

  if (wanted('file')) declared(program, file, act);

  if (wanted('log')) declared(program, log, act);

  if (wanted('move')) declared(program, move, act);

  if (wanted('postpone')) declared(program, postpone, act);

  if (wanted('work')) declared(program, work, act);

  if (wanted('attach')) declared(program, attach, act);

  if (wanted('docs')) declared(program, docs, act);

  if (wanted('promise')) declared(program, promise, act);

  if (wanted('promises')) declared(program, promises, act);

  if (wanted('complaint')) declared(program, complaint, act);

  if (wanted('complaints')) declared(program, complaints, act);

  if (wanted('form')) {
    program
      .command('form')
      .description('forms filled in after calls: add one from a JSON or YAML file, list them, show one')
      .argument('<action>', 'add <file>, list, or show <name>')
      .argument('[target]', 'the file (add) or the form name (show)')
      .option('--json', 'print the form(s) as JSON')
      .addHelpText(
        'after',
        `
  A form file (JSON or YAML):
    name: visit
    title: After a visit
    fields:
      - { key: budget, label: Budget in PLN, type: number, required: true }
      - { key: decision, label: Decision maker met, type: yes/no }
      - { key: stage, label: Stage, type: choice, choices: [interested, thinking, not now] }
      - { key: next_visit, label: Next visit, type: date, help: any date form }
      - { key: remarks, label: Remarks, type: text }
  ${examples('crm form add visit.yaml', 'crm form list', 'crm log acme --form visit --field budget=12000 --field decision=yes --next fri')}`,
      )
      .action(async (action: string, target: string | undefined, options: { json?: boolean }, command: Command) =>
        run(io, flags(command), action === 'add' ? 'write' : 'read', async ({ deps }) => {
          const forms = await import('./commands/forms.js');
          const render = await import('./render/case.js');
          const { UserError } = await import('./errors.js');
          if (action === 'add') {
            if (target === undefined) throw new UserError('form add needs the file: crm form add visit.yaml');
            const result = await forms.addForm({ file: target }, deps);
            return options.json ? json({ change: result.change, dossiers: [], entries: [], form: result.form }) : render.renderForm(result.form, result.replaced ? 'replaced' : 'added');
          }
          if (action === 'list') {
            const result = await forms.listForms(deps);
            return options.json ? json(result) : render.renderForms(result.forms);
          }
          if (action === 'show' && target !== undefined) {
            const form = await forms.loadForm(target, deps);
            return options.json ? json(form) : render.renderForm(form);
          }
          throw new UserError(`"${action}${target ? ` ${target}` : ''}": type crm form add <file>, crm form list or crm form show <name>`);
        }),
      );
  }

  if (wanted('edit')) {
    const edit = program
      .command('edit')
      .description("change a client's card; every change is a history entry (no options on a terminal: the notes in $EDITOR)")
      .argument(CLIENT_ARGUMENT.name, CLIENT_ARGUMENT.description)
      .option('--name <name>', "the client's name");
    withCardOptions(edit)
      .option('--json', 'print what changed as JSON')
      .addHelpText('after', examples('crm edit acme --phone "+48 22 555 01 02" --stage client', 'crm edit acme --add-phone "mobile:+48 601 234 567" --remove-phone home --add-email "home:anna@example.com"', 'crm edit zolc --address "Panie Łukaszu" --pronunciation "WOO-kash ZHOOWCH"', 'crm edit acme --every 2w', 'crm edit acme'))
      .action(async (client: string, options: Record<string, unknown>, command: Command) =>
        run(io, flags(command), 'write', async ({ deps }) => {
          const { editCard } = await import('./commands/edit.js');
          const card = cardFrom(options);
          const editNotes = deps.ask ? async (current: string) => (await import('./prompts/editor.js')).editText(current) : undefined;
          const result = await editCard({ client, card, reach: reachFrom(options), ...(editNotes && { editNotes }) }, deps);
          if (options.json) return json({ change: result.change, dossiers: result.dossiers, entries: result.entries });
          const fields = result.entries.flatMap((e) => Object.keys(e.changes ?? {}));
          return fields.length === 0 ? `Nothing changed on ${result.dossier.handle}'s card.\n` : `Changed ${fields.join(', ')} on ${result.dossier.handle}'s card.\n`;
        }),
      );
  }

  if (wanted('slipping')) {
    program
      .command('slipping')
      .description('clients whose last real contact is older than their cadence (crm edit --every), worst first')
      .option('--json', 'print {"slipping": [{"dossier", "cadence", "lastReal", "dueSince", "daysLate"}]}')
      .addHelpText('after', examples('crm slipping', 'crm edit acme --every 2w'))
      .action(async (options: { json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps, context }) => {
          const result = await (await import('./commands/slipping.js')).slipping(deps);
          return options.json ? json(result) : (await import('./render/case.js')).renderSlipping(result.slipping, context.today);
        }),
      );
  }

  if (wanted('review')) {
    program
      .command('review')
      .description('the day in review: calls by outcome, planned versus done, what slipped, promises, complaints')
      .argument('[when]', 'the day, read backward: today (default), yesterday, fri (the latest Friday), 7 or dec 7 (the latest 7th), -3d, 2026-11-20', 'today')
      .option('--week', 'the week (Monday to Sunday) of that day')
      .option('--days-ago <n>', 'the day n days before today')
      .option('--json', 'print the figures as JSON')
      .addHelpText('after', examples('crm review', 'crm review yesterday', 'crm review fri', 'crm review --days-ago 3', 'crm review --week', 'crm review --week "dec 7"', 'crm review 2026-11-20 --json'))
      .action(async (when: string, options: { week?: boolean; daysAgo?: string; json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps }) => {
          const day = options.daysAgo === undefined ? when : `-${options.daysAgo}d`;
          const result = await (await import('./commands/review.js')).review({ when: day, week: Boolean(options.week) }, deps);
          return options.json ? json(result) : (await import('./render/case.js')).renderReview(result);
        }),
      );
  }

  if (wanted('undo')) {
    program
      .command('undo')
      .description('take back the last change to the binder, as a whole (a bulk move is one change); repeat to go further')
      .option('--json', 'print {"undone": change or null, "next": change or null}')
      .addHelpText('after', examples('crm undo', 'crm changes'))
      .action(async (options: { json?: boolean }, command: Command) =>
        run(io, flags(command), { create: false, write: true }, async ({ deps }) => {
          const { undoLast } = await import('./commands/undo.js');
          const result = await undoLast(deps);
          if (options.json) return json(result);
          return (await import('./render/changes.js')).renderUndo(result);
        }),
      );
  }

  if (wanted('changes')) {
    program
      .command('changes')
      .description('the recent changes to the binder, newest first: what crm undo would walk back')
      .option('--limit <n>', 'how many to list', '20')
      .option('--json', 'print {"changes": [{"id", "at", "command", "summary"}]}')
      .addHelpText('after', examples('crm changes', 'crm changes --limit 5 --json'))
      .action(async (options: { json?: boolean; limit: string }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps }) => {
          const { recentChanges } = await import('./commands/undo.js');
          const { UserError } = await import('./errors.js');
          const limit = Number(options.limit);
          if (!Number.isInteger(limit) || limit < 1) throw new UserError(`--limit "${options.limit}" is not a whole number above 0; try --limit 10`);
          const result = await recentChanges({ limit }, deps);
          if (options.json) return json(result);
          return (await import('./render/changes.js')).renderChanges(result.changes);
        }),
      );
  }

  if (wanted('show')) declared(program, show, act);

  if (wanted('binder')) declared(program, binder, act);

  if (wanted('open')) {
    program
      .command('open')
      .description('the dossiers behind one divider, as it stands (no move to a working day)')
      .argument('<divider>', 'a day number, a month, or any date form')
      .option('--json', 'print the dossiers as JSON')
      .addHelpText('after', `${DATE_FORMS}\nA divider is named as it stands: a day off is not moved to a working day.\n${examples('crm open 8', 'crm open jul', 'crm open fri', 'crm open 2026-12-05 --json')}`)
      .action(async (divider: string, options: { json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps, context }) => {
          const { openDivider } = await import('./commands/open.js');
          const result = await openDivider({ divider }, deps);
          if (options.json) return json(result);
          return (await import('./render/list.js')).renderOpen(result, context.today);
        }),
      );
  }

  if (wanted('find')) declared(program, find, act);

  if (wanted('config')) {
    program
      .command('config')
      .description("show or set the binder's settings; a setting given the value it has already is left as it is")
      .argument('[setting]', 'the setting to show or set (see Settings below)')
      .argument('[values...]', 'the new value')
      .option('--json', 'print the settings as JSON (with a value: what changed, and the settings)')
      .addHelpText(
        'after',
        `\nSettings:\n${SETTING_DEFINITIONS.map((setting) => `  ${setting.key.padEnd(21)}${setting.help}: ${setting.values}`).join('\n')}\n${examples(
          'crm config',
          'crm config workdays mon-fri',
          'crm config workdays sun-thu',
          'crm config holidays add 2026-12-24 2026-12-25',
          'crm config holidays remove 2026-12-24',
          'crm config capacity 25',
          'crm config capacity off',
          'crm config dividers dated 2',
          'crm config outcome voicemail +2d',
          'crm config attach-limit 50MB',
          'crm config note-limit 2MB',
          'crm config complaint-due +2d',
          'crm config complaint-follow-up +2w',
        )}`,
      )
      .action(async (setting: string | undefined, values: string[], options: { json?: boolean }, command: Command) =>
        run(io, flags(command), setting && values.length > 0 ? 'write' : 'read', async ({ deps }) => {
          const { configure } = await import('./commands/config.js');
          const result = await configure({ ...(setting !== undefined && { key: setting }), values }, deps);
          if (options.json) {
            const { change, dossiers, entries, settings } = result;
            return json(result.changed || result.already ? { change, dossiers, entries, settings } : settings);
          }
          return (await import('./render/config.js')).renderConfig(result);
        }),
      );
  }

  if (wanted('export')) {
    program
      .command('export')
      .description('write the whole binder out: JSON (lossless, for crm import), CSV (a spreadsheet), or vCards')
      .addOption(new Option('--format <format>', 'json, csv or vcard').choices(['json', 'csv', 'vcard']).default('json'))
      .option('-o, --output <file>', 'write to this file (replaced whole, never half-written) instead of standard output')
      .addHelpText(
        'after',
        examples('crm export > binder.json', 'crm export -o ~/backup/binder.json', 'crm export --format csv -o clients.csv', 'crm export --format vcard > clients.vcf'),
      )
      .action(async (options: { format: 'json' | 'csv' | 'vcard'; output?: string }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps, stdout }) => {
          const { exportBinder } = await import('./commands/export.js');
          const result = await exportBinder({ format: options.format, ...(options.output !== undefined && { output: options.output }) }, deps, stdout);
          return result.output ? `Wrote ${result.count} dossier${result.count === 1 ? '' : 's'} to ${result.output} (${options.format}).\n` : '';
        }),
      );
  }

  if (wanted('import')) {
    program
      .command('import')
      .description('bring dossiers in: a crm JSON export (lossless), a spreadsheet of contacts (CSV), or vCards (.vcf)')
      .argument('<file>', 'the file to read; - for standard input')
      .addOption(new Option('--format <format>', 'json, csv or vcard (default: from the file name, else its content)').choices(['json', 'csv', 'vcard']))
      .addOption(
        new Option('--on-conflict <what>', 'a client already in the binder: skip it, update it, or fail and import nothing')
          .choices(['skip', 'update', 'fail'])
          .default('skip'),
      )
      .option('--map <field=Column...>', 'read a card field from this column (CSV): --map phone="Mobile Phone"; --map notes= leaves notes out')
      .option('--delimiter <char>', 'the CSV separator (default: found from the header line: , ; tab or |)')
      .option('--file-on <when>', 'file the new dossiers on this date (see crm file --help for dates)')
      .option('--spread', 'spread the new dossiers over the coming working days, within the capacity')
      .option('--per-day <n>', 'with --spread: at most this many new dossiers a day (default: the room left under the capacity)')
      .option('--stage <stage>', `the stage of new dossiers from a CSV or vCard file without one: ${STAGES.join(', ')}`, 'lead')
      .option('--skip-invalid', 'contacts (CSV, vCard): import the valid rows and list the others with their line and reason, instead of importing nothing')
      .option('--dry-run', 'show what would be imported, and where it would be filed, and write nothing')
      .option('--json', 'print {"imported", "updated", "skipped", "duplicates", "invalid", "mapping", "unmapped", "dryRun", "change", "backup"} as JSON')
      .addHelpText(
        'after',
        `
  A crm JSON export brings back everything: cards, filings, history, documents, promises,
  complaints, forms and settings (settings only into an empty binder). A CSV file's columns are
  matched to card fields by their names (Google Contacts, Outlook and common CRM exports); the
  preview (--dry-run) shows the matching. A client already in the binder (same handle, or for CSV
  and vCards the same e-mail or phone) is never doubled: --on-conflict says what to do with it.
  One import is one change: crm undo takes it back whole. A contact with no name is named by its
  company, e-mail or phone; a row that is not a valid contact stops the import unless
  --skip-invalid (a crm JSON export is always all or nothing). Every phone number and e-mail
  address a contact holds is read, the primary first; what crm does not keep is listed as "not
  read". A contacts file may be up to 64 MB, one row or vCard value up to 1 MB.
  ${examples(
    'crm import binder.json',
    'crm import contacts.csv --spread --dry-run',
    'crm import google.csv --spread --skip-invalid',
    'crm import contacts.csv --file-on mon --map phone="Mobile Phone"',
    'crm import phone.vcf --file-on +1w --on-conflict update',
  )}`,
      )
      .action(async (file: string, options: Record<string, unknown>, command: Command) =>
        run(io, flags(command), options.dryRun ? 'read' : 'write', async ({ deps, context }) => {
          const { importFile } = await import('./commands/import.js');
          const render = await import('./render/exchange.js');
          // A long import says how far it has come, on a terminal only (stderr: stdout may be read by a script).
          const progress = io.stderr.isTTY ? render.importProgress(file === '-' ? 'standard input' : file, io.stderr) : undefined;
          const result = await importFile(
            {
              file,
              ...(text(options.format) !== undefined && { format: text(options.format) as 'json' | 'csv' | 'vcard' }),
              onConflict: options.onConflict as 'skip' | 'update' | 'fail',
              map: Array.isArray(options.map) ? (options.map as string[]) : [],
              ...(text(options.delimiter) !== undefined && { delimiter: text(options.delimiter) }),
              ...(text(options.fileOn) !== undefined && { fileOn: text(options.fileOn) }),
              spread: Boolean(options.spread),
              ...(text(options.perDay) !== undefined && { perDay: text(options.perDay) }),
              stage: text(options.stage) ?? 'lead',
              dryRun: Boolean(options.dryRun),
              skipInvalid: Boolean(options.skipInvalid),
              // The text lists the first few; --json lists them all.
              ...(!options.json && { listed: render.LISTED }),
              ...(progress && { progress: progress.update }),
            },
            deps,
          ).finally(() => progress?.clear());
          if (options.json) return json(result);
          return render.renderImport(result, context.today);
        }),
      );
  }

  if (wanted('ics')) {
    program
      .command('ics')
      .description('write the ring as an iCalendar file: a day entry per filed dossier and per open promise, for a calendar app')
      .option('-o, --output <file>', 'write to this file (replaced whole, never half-written) instead of standard output')
      .addHelpText(
        'after',
        `
  Each entry keeps its UID from one run to the next, so a calendar that imports or subscribes to the
  file again updates its entries rather than doubling them.
  ${examples('crm ics -o ~/calendar/crm.ics', 'crm ics > ring.ics')}`,
      )
      .action(async (options: { output?: string }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps, stdout }) => {
          const { writeCalendar } = await import('./commands/export.js');
          const result = await writeCalendar({ ...(options.output !== undefined && { output: options.output }) }, deps, stdout);
          return result.output ? `Wrote ${result.count} calendar entr${result.count === 1 ? 'y' : 'ies'} to ${result.output}.\n` : '';
        }),
      );
  }

  if (wanted('backup')) {
    program
      .command('backup')
      .description('copy the binder while it may be in use: to a file or folder, else to backups/ beside it (the newest 10 kept)')
      .argument('[path]', 'the file or folder to write the copy to')
      .option('--json', 'print {"path", "size", "removed": [older backups removed]}')
      .addHelpText('after', examples('crm backup', 'crm backup ~/usb/crm-binder.db', 'crm backup ~/usb/'))
      .action(async (path: string | undefined, options: { json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps }) => {
          const { backupBinder } = await import('./commands/backup.js');
          const result = await backupBinder({ ...(path !== undefined && { path }) }, deps);
          if (options.json) return json(result);
          const removed = result.removed.length > 0 ? ` Removed the ${result.removed.length} oldest beyond the newest 10.` : '';
          return `Backed up the binder to ${result.path} (${result.size} bytes).${removed}\n`;
        }),
      );
  }

  if (wanted('restore')) {
    program
      .command('restore')
      .description('put a copy made by crm backup back as the binder, after checking it; the binder as it was goes to backups/ first')
      .argument('<path>', 'the copy to restore')
      .option('-y, --yes', 'do not ask first at a terminal; without a terminal, needed to restore over a binder')
      .option('--json', 'print {"from", "path", "version", "dossiers", "before", "restored"}')
      .addHelpText('after', examples('crm restore ~/.local/share/crm/backups/binder-2026-11-23T091403.db', 'crm restore ~/usb/crm-binder.db --yes'))
      .action(async (path: string, options: { yes?: boolean; json?: boolean }, command: Command) =>
        // Over a damaged binder too: putting a copy back is the cure for one.
        run(io, flags(command), { create: true, write: true, writableOnly: true, damagedOk: true }, async ({ deps }) => {
          const { restoreBinder } = await import('./commands/backup.js');
          const result = await restoreBinder({ from: path, yes: Boolean(options.yes) }, deps);
          if (options.json) return json(result);
          if (!result.restored) return 'Nothing restored.\n';
          const before = result.before ? ` The binder as it was is in ${result.before}; crm restore that file to go back.` : '';
          return `Restored ${result.from} (${result.dossiers} dossier${result.dossiers === 1 ? '' : 's'}) as the binder ${result.path}.${before}\n`;
        }),
      );
  }

  if (wanted('doctor')) {
    program
      .command('doctor')
      .description("check the binder: the file's integrity, records that belong to nothing, dates that do not exist, every open dossier filed where its history says, what find and the binder view read")
      .option('--repair', 'build again, from the dossiers, what find and the binder view read (lookup words, search text, history text, find\'s indexes, filing counts)')
      .option('--json', 'print {"path", "problems": [line...], "repaired": [line...], "mendable", "damaged", "unchecked": [line...]}')
      .action(async (options: { repair?: boolean; json?: boolean }, command: Command) => {
        let answered = false;
        try {
          await run(io, flags(command), { create: false, write: Boolean(options.repair) }, async ({ deps }) => {
            const { checkBinder } = await import('./commands/backup.js');
            const result = await checkBinder({ repair: Boolean(options.repair) }, deps);
            if (result.damaged) {
              // Exit 3, --json too: nothing may be written to the file, and a copy is the cure.
              const { DamagedBinder } = await import('./commands/words.js');
              if (options.json) io.stdout.write(json(result));
              answered = true;
              const reason = (result.problems[0] ?? '').replace(/^integrity: /, '');
              throw new DamagedBinder(result.path, reason, options.json ? [] : result.problems);
            }
            if (options.json) return json(result);
            const repaired = result.repaired.map((line) => `Repaired: ${line}\n`).join('');
            const unchecked = result.unchecked.map((line) => `Not checked: ${line}\n`).join('');
            if (result.problems.length > 0) {
              const { UserError } = await import('./errors.js');
              io.stdout.write(repaired + unchecked);
              const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
              const advice = result.mendable
                ? 'crm doctor --repair builds what find and the binder view read again from the dossiers'
                : 'crm restore <copy> puts back a copy from before (crm backup makes them)';
              throw new UserError(`${result.path} has ${count}; ${advice}`, 3, result.problems);
            }
            const index = result.unchecked.length > 0 ? "find's texts, " : "find's texts and indexes, ";
            return `${repaired}${unchecked}${result.path}: no problems (integrity, records, dates, filings against the history, lookup words, ${index}filing counts).\n`;
          });
        } catch (error) {
          // Damaged past opening: --json still answers with the one document a script reads.
          const { DamagedBinder } = await import('./commands/words.js');
          if (options.json && error instanceof DamagedBinder && !answered) {
            io.stdout.write(json({ path: error.path, problems: [`integrity: ${error.reason}`], repaired: [], mendable: false, damaged: true, unchecked: [] }));
          }
          throw error;
        }
      });
  }

  if (wanted('completion')) {
    program
      .command('completion')
      .description('print a shell completion script: commands, options, their values, client handles and form names')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        `
  Load it in your shell's start-up file:
    bash   echo 'source <(crm completion bash)' >> ~/.bashrc
    zsh    echo 'source <(crm completion zsh)' >> ~/.zshrc
    fish   crm completion fish > ~/.config/fish/completions/crm.fish
  `,
      )
      .action(async (shell: 'bash' | 'zsh' | 'fish') => {
        const { completionScript } = await import('./completion.js');
        io.stdout.write(completionScript(shell, program));
      });
  }

  if (wanted('__handles') || wanted('__forms')) {
    // What the completion scripts call for client handles: one per line, those that start with the
    // prefix as lookup compares them (folded), and only handles crm would take (a shell inserts them).
    program
      .command('__handles', { hidden: true })
      .argument('[prefix]', 'the start of a handle', '')
      .action(async (prefix: string, _options: unknown, command: Command) =>
        run(io, flags(command), 'read', async ({ deps }) => {
          return lines(startingWith((await deps.store.handles()).filter(isHandle), prefix));
        }),
      );
    // The binder's form names, for --form.
    program
      .command('__forms', { hidden: true })
      .argument('[prefix]', 'the start of a form name', '')
      .action(async (prefix: string, _options: unknown, command: Command) =>
        run(io, flags(command), 'read', async ({ deps }) => {
          const names = (await deps.store.forms()).map((form) => form.name);
          return lines(startingWith(names.filter((name) => FORM_NAME.test(name)), prefix));
        }),
      );
  }

  // The global options after a command's name too (crm log acme -q), read by the command itself,
  // which takes an option's value greedily, dashes and all. Hidden: its help lists its own.
  for (const command of program.commands) for (const option of globalOptions()) command.addOption(option.hideHelp());

  // Errors of the command line itself (a missing argument, an unknown option) are bad input:
  // one line, exit 2, and where to read more.
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // As commander's own: a terminal's width, else its default (its types leave undefined out).
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) as number,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) as number,
      // crm's help has no colour of its own to keep.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (message, write) => {
        const help = command === program ? 'crm --help' : `crm ${command.name()} --help`;
        write(`crm: ${message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (see ${help})\n`);
      },
    });
  }
  return program;
}
