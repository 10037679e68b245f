// The one registry of commands: every command, option, help line and example. Each action loads
// its handler and renderer only when it runs, so `crm today` never pays for prompts or zod. The hot
// commands (today, log, show, find, binder) are declared as data in src/hot/, which the fast path
// parses without commander, the others in src/declared/; here they are built into commander's
// commands from that data.
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { CARD_FIELDS, CONTACT_LABELS, STAGES, type CardField } from './binder/dossier.js';
import type { ReachOptions } from './binder/card.js';
import { COMPLAINT_RESOLVE, PROMISE_DONE } from './binder/handle.js';
import type { GlobalFlags } from './context.js';
import { backup } from './declared/backup.js';
import { changes } from './declared/changes.js';
import { completion } from './declared/completion.js';
import { config } from './declared/config.js';
import { doctor } from './declared/doctor.js';
import { edit } from './declared/edit.js';
import { exportCommand } from './declared/export.js';
import { form } from './declared/form.js';
import { formNames, handles } from './declared/handles.js';
import { ics } from './declared/ics.js';
import { importCommand } from './declared/import.js';
import { open } from './declared/open.js';
import { restore } from './declared/restore.js';
import { review } from './declared/review.js';
import { slipping } from './declared/slipping.js';
import { undo } from './declared/undo.js';
import { binder } from './hot/binder.js';
import { CLIENT_ARGUMENT, examples, GLOBAL_OPTIONS, optionParts, text, WHEN_HELP, type Call, type CommandDeclaration, type OptionDeclaration } from './hot/declare.js';
import { find } from './hot/find.js';
import { log } from './hot/log.js';
import { show } from './hot/show.js';
import { today } from './hot/today.js';
import type { Io } from './io.js';
import type { Changed } from './commands/change.js';
import type { PostponeState } from './render/changes.js';
import { json, run } from './run.js';

// The bundle writes the version in (scripts/bundle.mjs), where this code is a chunk in dist/chunks/;
// unbundled (the unit tests), the package's own file says it.
declare const CRM_VERSION: string | undefined;
const VERSION =
  typeof CRM_VERSION === 'string' ? CRM_VERSION : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

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

/** A declared command (src/hot/, src/declared/), built as commander's: its arguments, options, help and action. */
function declared(program: Command, declaration: CommandDeclaration, act: Act): void {
  const command = program.command(declaration.name, { hidden: Boolean(declaration.hidden) }).description(declaration.description);
  for (const { name, description, default: value, choices } of declaration.arguments) {
    const argument = new Argument(name, description).default(value);
    command.addArgument(choices ? argument.choices(choices) : argument);
  }
  for (const option of declaration.options) command.addOption(commanderOption(option));
  if (declaration.help) command.addHelpText('after', declaration.help);
  const keys = declaration.options.map((option) => optionParts(option.flags).key);
  command.action(async (...params: unknown[]) => {
    const count = declaration.arguments.length;
    const given = command.opts();
    const options = Object.fromEntries(keys.filter((key) => given[key] !== undefined).map((key) => [key, given[key] as string | string[] | boolean]));
    const all = flags(command);
    const globals = { ...(all.db !== undefined && { db: all.db }), color: all.color !== false, ...(all.debug && { debug: true }), ...(all.quiet && { quiet: true }) };
    await act(declaration, { args: params.slice(0, count) as Call['args'], options, globals, ...(declaration.program && { program }) });
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

  if (wanted('file')) {
    const file = program
      .command('file')
      .description('file a dossier behind the divider of its next contact; a new handle opens a new dossier')
      .argument(CLIENT_ARGUMENT.name, CLIENT_ARGUMENT.description)
      .argument('<when>', 'the date of the next contact (see Dates below)')
      .option('--name <name>', "the client's name (needed for a new dossier when no terminal can ask; crm edit renames)");
    withCardOptions(file)
      .option('--note <text>', 'what was said: a note in the history')
      .option('--offer <text>', 'the offer made')
      .option('--exact', 'keep a day off instead of moving to the next working day')
      .option('--json', 'print what changed as JSON: {"change", "dossiers", "entries", "created", "named", "shifted"}')
      .addHelpText(
        'after',
        `${WHEN_HELP}\n${examples(
          'crm file acme 8 --name "Anna Nowak" --company "Acme Ltd" --phone "+48 601 234 567"',
          'crm file acme 8 --name "Anna Nowak" --phone "mobile:+48 601 234 567" --add-phone "work:+48 22 555 01 02"',
          'crm file acme "jul 5" --note "call back after the holidays"',
          'crm file nowak +2w',
          'crm file zolc jan --priority A',
        )}`,
      )
      .action(async (client: string, when: string, options: Record<string, string | string[] | boolean | undefined>, command: Command) =>
        run(io, flags(command), 'write', async ({ deps, context, settings }) => {
          const { fileDossier } = await import('./commands/file.js');
          const card = cardFrom(options);
          const result = await fileDossier(
            {
              client,
              when,
              exact: Boolean(options.exact),
              card,
              reach: reachFrom(options),
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
  }

  if (wanted('log')) declared(program, log, act);

  if (wanted('move')) {
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
        run(io, flags(command), 'write', async ({ deps, context, settings }) => {
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
  }

  if (wanted('postpone')) {
    program
      .command('postpone')
      .description("too much for today: move dossiers of your choice, or the lowest-priority ones, to the nearest days with room")
      .argument('[clients...]', 'the clients to postpone (on a terminal, without any: a list to tick)')
      .option('--to <when>', 'one date for all of them; without it each goes to the nearest coming working day with room under the capacity (tomorrow first)')
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
        run(io, flags(command), 'write', async ({ deps }) => {
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
            if (!options.json) io.stdout.write(renderPostponePlan(plan, 'plan'));
            if (!(await deps.ask.confirm('Apply this plan?'))) return options.json ? answer('declined') : 'Not postponed: nothing was written.\n';
            const changed = await applyPostpone(plan, deps);
            return options.json ? answer('applied', changed) : `Postponed ${plan.plan.length === 1 ? '1 dossier' : `${plan.plan.length} dossiers`}.\n`;
          }
          return answer('applied', await applyPostpone(plan, deps));
        }),
      );
  }

  if (wanted('work')) {
    program
      .command('work')
      .description("the morning session on a terminal: today's stack one card at a time (log, postpone, skip, history, quit)")
      .addHelpText('after', `\nWhat is logged or postponed is written at once: quit any time, and crm work again goes on.\n${examples('crm work')}`)
      .action(async (_options: unknown, command: Command) =>
        // With no binder there is no stack to work, and nothing is created; what is logged is written.
        run(io, flags(command), { create: false, write: true }, async ({ deps }) => {
          const { UserError } = await import('./errors.js');
          if (!deps.ask) throw new UserError('work needs a terminal; from a script use crm today --json and crm log');
          return (await import('./prompts/work.js')).workTheStack(deps);
        }),
      );
  }

  if (wanted('attach')) {
    program
      .command('attach')
      .description('keep documents of the case in the dossier: offers, e-mails, calculations, schedules')
      .argument(CLIENT_ARGUMENT.name, CLIENT_ARGUMENT.description)
      .argument('[files...]', 'the files to store inside the binder (one file to back up or hand over)')
      .option('--link <url|path>', 'store a reference instead of the file')
      .option('--json', 'print what changed as JSON, with "attached"')
      .addHelpText('after', examples('crm attach acme offer-2026-11.pdf prices.xlsx', 'crm attach acme --link https://drive.example.com/acme-contract', 'crm docs acme'))
      .action(async (client: string, files: string[], options: { link?: string; json?: boolean }, command: Command) =>
        run(io, flags(command), 'write', async ({ deps }) => {
          const { attachDocuments } = await import('./commands/documents.js');
          const result = await attachDocuments({ client, files, ...(options.link !== undefined && { link: options.link }) }, deps);
          if (options.json) return json({ change: result.change, dossiers: result.dossiers, entries: result.entries, attached: result.attached });
          const handle = result.dossiers[0]?.handle ?? client;
          return (await import('./render/case.js')).renderDocuments(handle, result.attached, `Attached to ${handle}`);
        }),
      );
  }

  if (wanted('docs')) {
    program
      .command('docs')
      .description("list a dossier's documents, or write one back out byte for byte")
      .argument(CLIENT_ARGUMENT.name, CLIENT_ARGUMENT.description)
      .option('--get <name>', 'the document to write out: its name, or a unique start of it')
      .option('-o, --output <path>', 'where to write it (default: its name, in this folder; - for stdout)')
      .option('--force', 'overwrite a file that exists')
      .option('--json', 'print {"handle", "documents": [{"id", "name", "type", "size", "sha256", "link", "addedAt"}]}')
      .addHelpText('after', examples('crm docs acme', 'crm docs acme --get offer-2026-11.pdf', 'crm docs acme --get prices.xlsx -o /tmp/prices.xlsx', 'crm docs acme --get notes.txt -o -'))
      .action(async (client: string, options: { get?: string; output?: string; force?: boolean; json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps }) => {
          const documents = await import('./commands/documents.js');
          if (options.get === undefined) {
            const result = await documents.listDocuments({ client }, deps);
            return options.json ? json(result) : (await import('./render/case.js')).renderDocuments(result.handle, result.documents);
          }
          if (options.output === '-') {
            io.stdout.write(documents.storedContent((await documents.getDocument({ client, name: options.get }, deps)).document));
            return '';
          }
          const { written: path, document } = await documents.saveDocument({ client, name: options.get, ...(options.output !== undefined && { output: options.output }), force: options.force === true }, deps);
          return options.json ? json({ written: path, ...document, content: undefined }) : `Wrote ${path} (${document.size} bytes, sha256 ${document.sha256}).\n`;
        }),
      );
  }

  if (wanted('promise')) {
    program
      .command('promise')
      .description('record a commitment with a date, ours or the client\'s; "crm promise done <id>" when it is kept')
      .argument('<client>', 'a handle or prefix; or "done" to mark a promise kept')
      .argument('<what>', 'what was promised; after "done": the promise\'s number')
      .option('--by <when>', 'the date it is due (see Dates)')
      .option('--theirs', "the client's promise, not ours")
      .option('--exact', 'keep a day off instead of moving to the next working day')
      .option('--json', 'print what changed as JSON, with "promise"')
      .addHelpText('after', `${WHEN_HELP}\n${examples('crm promise acme "send the price list" --by fri', 'crm promise acme "decide on the offer" --by 10 --theirs', 'crm promise done 4', 'crm promises')}`)
      .action(async (client: string, what: string, options: { by?: string; theirs?: boolean; exact?: boolean; json?: boolean }, command: Command) =>
        run(io, flags(command), 'write', async ({ deps }) => {
          const promises = await import('./commands/promises.js');
          const { UserError } = await import('./errors.js');
          let result;
          if (client === PROMISE_DONE) {
            const id = Number(what);
            if (!Number.isInteger(id) || id < 1) throw new UserError(`"${what}" is not a promise number; crm promises lists them`);
            result = await promises.keepPromise({ id }, deps);
          } else {
            if (options.by === undefined) throw new UserError(`a promise needs its date: crm promise ${client} "${what}" --by fri`);
            result = await promises.makePromise({ client, what, by: options.by, theirs: Boolean(options.theirs), exact: Boolean(options.exact) }, deps);
          }
          if (options.json) return json({ change: result.change, dossiers: result.dossiers, entries: result.entries, promise: result.promise });
          return (await import('./render/case.js')).renderPromise(result.promise);
        }),
      );
  }

  if (wanted('promises')) {
    program
      .command('promises')
      .description('the open promises, of one client or all; past their date they are broken')
      .argument('[client]', 'a handle or prefix')
      .option('--json', 'print {"promises": [{"id", "handle", "what", "due", "theirs", "status", ...}]}')
      .addHelpText('after', examples('crm promises', 'crm promises acme'))
      .action(async (client: string | undefined, options: { json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps, context }) => {
          const result = await (await import('./commands/promises.js')).listPromises({ ...(client !== undefined && { client }) }, deps);
          return options.json ? json(result) : (await import('./render/case.js')).renderPromises(result.promises, context.today);
        }),
      );
  }

  if (wanted('complaint')) {
    program
      .command('complaint')
      .description('open a complaint with a target date; "crm complaint resolve <id> --note" closes it and files a follow-up')
      .argument('<client>', 'a handle or prefix; or "resolve" to close a complaint')
      .argument('<what>', 'what the complaint is; after "resolve": its number')
      .option('--by <when>', 'the target date (default: the next working day; crm config complaint-due)')
      .option('--note <text>', 'with resolve: how it was resolved')
      .option('--json', 'print what changed as JSON, with "complaint"')
      .addHelpText('after', examples('crm complaint acme "delivery two weeks late"', 'crm complaint resolve 3 --note "replaced the parts, 10% off the next order"', 'crm complaints'))
      .action(async (client: string, what: string, options: { by?: string; note?: string; json?: boolean }, command: Command) =>
        run(io, flags(command), 'write', async ({ deps }) => {
          const complaints = await import('./commands/complaints.js');
          const { UserError } = await import('./errors.js');
          let result;
          let followUp: string | undefined;
          if (client === COMPLAINT_RESOLVE) {
            const id = Number(what);
            if (!Number.isInteger(id) || id < 1) throw new UserError(`"${what}" is not a complaint number; crm complaints lists them`);
            const resolved = await complaints.resolveComplaint({ id, note: options.note ?? '' }, deps);
            result = resolved;
            followUp = resolved.followUp;
          } else {
            result = await complaints.openComplaint({ client, what, ...(options.by !== undefined && { by: options.by }) }, deps);
          }
          if (options.json) return json({ change: result.change, dossiers: result.dossiers, entries: result.entries, complaint: result.complaint, followUp: followUp ?? null });
          return (await import('./render/case.js')).renderComplaint(result.complaint, followUp);
        }),
      );
  }

  if (wanted('complaints')) {
    program
      .command('complaints')
      .description('the open complaints, of one client or all')
      .argument('[client]', 'a handle or prefix')
      .option('--json', 'print {"complaints": [{"id", "handle", "what", "due", "late", ...}]}')
      .action(async (client: string | undefined, options: { json?: boolean }, command: Command) =>
        run(io, flags(command), 'read', async ({ deps, context }) => {
          const result = await (await import('./commands/complaints.js')).listComplaints({ ...(client !== undefined && { client }) }, deps);
          return options.json ? json(result) : (await import('./render/case.js')).renderComplaints(result.complaints, context.today);
        }),
      );
  }

  if (wanted('form')) declared(program, form, act);

  if (wanted('edit')) declared(program, edit, act);

  if (wanted('slipping')) declared(program, slipping, act);

  if (wanted('review')) declared(program, review, act);

  if (wanted('undo')) declared(program, undo, act);

  if (wanted('changes')) declared(program, changes, act);

  if (wanted('show')) declared(program, show, act);

  if (wanted('binder')) declared(program, binder, act);

  if (wanted('open')) declared(program, open, act);

  if (wanted('find')) declared(program, find, act);

  if (wanted('config')) declared(program, config, act);

  if (wanted('export')) declared(program, exportCommand, act);

  if (wanted('import')) declared(program, importCommand, act);

  if (wanted('ics')) declared(program, ics, act);

  if (wanted('backup')) declared(program, backup, act);

  if (wanted('restore')) declared(program, restore, act);

  if (wanted('doctor')) declared(program, doctor, act);

  if (wanted('completion')) declared(program, completion, act);

  if (wanted('__handles')) declared(program, handles, act);
  if (wanted('__forms')) declared(program, formNames, act);

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
