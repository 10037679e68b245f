// The one registry of commands: every command, option, help line and example. Each action loads
// its handler and renderer only when it runs, so `crm today` never pays for prompts or zod. The hot
// commands (today, next, log, show, find, binder) are declared as data in src/hot/, which the fast
// path parses without commander, the others in src/declared/; here they are built into
// commander's commands from that data.
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import type { GlobalFlags } from './context.js';
import { attach } from './declared/attach.js';
import { call } from './declared/call.js';
import { complaint } from './declared/complaint.js';
import { complaints } from './declared/complaints.js';
import { docs } from './declared/docs.js';
import { file } from './declared/file.js';
import { move } from './declared/move.js';
import { postpone } from './declared/postpone.js';
import { promise } from './declared/promise.js';
import { promises } from './declared/promises.js';
import { work } from './declared/work.js';
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
import { remind } from './declared/remind.js';
import { restore } from './declared/restore.js';
import { review } from './declared/review.js';
import { slipping } from './declared/slipping.js';
import { team } from './declared/team.js';
import { undo } from './declared/undo.js';
import { whoami } from './declared/whoami.js';
import { assign } from './declared/assign.js';
import { handover, handoversCommand } from './declared/handover.js';
import { binder } from './hot/binder.js';
import { GLOBAL_OPTIONS, helpExamples, optionParts, said, sayHelp, type Call, type CommandDeclaration, type OptionDeclaration } from './hot/declare.js';
import { find } from './hot/find.js';
import { log } from './hot/log.js';
import { next } from './hot/next.js';
import { show } from './hot/show.js';
import { today } from './hot/today.js';
import { currentPrinting, printingAs, type Io } from './io.js';

// The bundle writes the version in (scripts/bundle.mjs), where this code is a chunk in dist/chunks/;
// unbundled (the unit tests), the package's own file says it.
declare const CRM_VERSION: string | undefined;
const VERSION =
  typeof CRM_VERSION === 'string' ? CRM_VERSION : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Every command, in the order `crm --help` lists them (the two hidden ones last: completion's helpers). */
const COMMANDS: CommandDeclaration[] = [
  today, next, file, log, call, remind, move, postpone, work, attach, docs, promise, promises, complaint, complaints, form, edit, slipping, review, undo,
  changes, show, binder, open, find, config, team, whoami, assign, handover, handoversCommand, exportCommand, importCommand, ics, backup, restore, doctor, completion, handles, formNames,
];

/** A repeatable option's values, in the order given. */
function collect(value: string, all: string[] = []): string[] {
  return [...all, value];
}

/** The options of the whole program: before the command's name, or after it (see globalOptions). */
function globalOptions(): Option[] {
  return GLOBAL_OPTIONS.map(commanderOption);
}

/** commander's option for a declared one. */
function commanderOption(declared: OptionDeclaration): Option {
  const option = new Option(declared.flags, said(declared.description));
  if (declared.choices) option.choices(declared.choices);
  if (declared.default !== undefined) option.default(declared.default);
  if (declared.repeatable) option.argParser(collect);
  return option;
}

/** What a declared command does with what commander read: run it (a test may look at it instead). */
export type Act = (declaration: CommandDeclaration, call: Call) => Promise<void | number>;

/** A declared command (src/hot/, src/declared/), built as commander's: its arguments, options, help and action. */
function declared(program: Command, declaration: CommandDeclaration, act: Act): void {
  const command = program.command(declaration.name, { hidden: Boolean(declaration.hidden) }).description(said(declaration.description));
  for (const { name, description, default: value, choices } of declaration.arguments) {
    const argument = new Argument(name, said(description)).default(value);
    command.addArgument(choices ? argument.choices(choices) : argument);
  }
  for (const option of declaration.options) command.addOption(commanderOption(option));
  const help = said(declaration.help);
  if (help) command.addHelpText('after', help);
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
  // A completion script is never in the run's language: it is made from the help's English.
  if (named === 'completion' && !argv.includes('--help') && !argv.includes('-h')) {
    return printingAs({ ...currentPrinting(), language: 'en', catalogue: undefined }, () => programWith(io, () => true, act));
  }
  const program = programWith(io, named !== undefined ? (name) => name === named : () => true, act);
  // An unknown command (or `crm help`) needs every name, to list them and suggest one.
  return program.commands.length > 0 ? program : programWith(io, () => true, act);
}

/** Parses and runs `args` (as typed after `crm`) with commander; an error of the command line itself is exit 2. */
export async function parseCommandLine(args: string[], io: Io): Promise<number> {
  // commander reads an argv as Node gives it: the program and the script first.
  const argv = ['node', 'crm', ...args];
  // A command that ends well may still say something by its exit code (crm next: nothing left, 1).
  let code = 0;
  try {
    await buildProgram(argv, io, async (declaration, call) => {
      code = (await declaration.run(io, call)) ?? 0;
    }).parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

/** The first word of the arguments that is not an option: the command's name. */
function commandNamed(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db' || arg === '--lang') i++;
    else if (arg === '--' || arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version') return undefined;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function programWith(io: Io, wanted: (name: string) => boolean, act: Act): Command {
  const say = sayHelp();
  const program = new Command('crm')
    .description(say.program.description)
    .version(VERSION, '-V, --version', say.versionOption)
    .helpOption('-h, --help', say.helpOption)
    .helpCommand('help [command]', say.helpCommand)
    .configureHelp(helpIn(say))
    // The program reads its options only before the command's name: after it, a value such as
    // `--note -V` or `--name --quiet` is the user's text, not crm's version or a flag.
    .enablePositionalOptions();
  for (const option of globalOptions()) program.addOption(option);
  program.addHelpText(
    'after',
    say.program.after({
      examples: helpExamples('crm today', 'crm file acme 8 --name "Acme Ltd" --phone "+48 601 234 567"', 'crm binder', 'crm today --json | jq ".stack[].handle"'),
    }),
  );

  for (const command of COMMANDS) if (wanted(command.name)) declared(program, command, act);

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
        const errors = sayHelp().errors;
        // crm log acme --next fri 15:00: an option takes one word, and the rest is left over.
        const quote = /too many arguments/.test(message) && command.name() === 'log' ? errors.quoteWords : '';
        const line = commanderSaid(message, errors);
        write(`crm: ${quote ? line.replace(/[.։]$/, '') : line}${quote} ${errors.see({ help })}\n`);
      },
    });
  }
  return program;
}

type HelpWords = ReturnType<typeof sayHelp>;

/** commander's help in the run's language: its section titles, and what it adds after an option's or argument's text. */
function helpIn(say: HelpWords): Partial<Help> {
  const titles: Record<string, string> = {
    'Usage:': say.titles.usage,
    'Arguments:': say.titles.arguments,
    'Options:': say.titles.options,
    'Global Options:': say.titles.globalOptions,
    'Commands:': say.titles.commands,
  };
  // commander's own text after a description: ' (choices: "markdown", "html", default: "call")'.
  const extra = (described: string, description: string) =>
    described === description
      ? described
      : `${description} ${described
          .slice(description.length + 1)
          .replace(/(\(|, )choices: (.*?)(?=, default: |\)$)/, (_all, before: string, values: string) => `${before}${say.choices({ values })}`)
          .replace(/(\(|, )default: (.*)\)$/, (_all, before: string, value: string) => `${before}${say.defaultValue({ value })})`)}`;
  return {
    styleTitle: (title) => titles[title] ?? title,
    optionDescription: (option) => extra(Help.prototype.optionDescription.call(new Help(), option), option.description),
    argumentDescription: (argument) => extra(Help.prototype.argumentDescription.call(new Help(), argument), argument.description),
  };
}

/** One of commander's errors of a command line, on one line in the run's language (as commander says it when no message matches). */
function commanderSaid(message: string, errors: HelpWords['errors']): string {
  const english = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  const [, main = english, one, several] = /^(.*?)(?: \(Did you mean (?:one of (.+)|(.+))\?\))?$/.exec(english) ?? [];
  const suggestion = one !== undefined ? ` ${errors.didYouMeanOneOf({ names: one })}` : several !== undefined ? ` ${errors.didYouMean({ name: several })}` : '';
  const matched = (pattern: RegExp) => pattern.exec(main) ?? undefined;
  let m: RegExpExecArray | undefined;
  if ((m = matched(/^missing required argument '(.+)'$/))) return errors.missingArgument({ argument: m[1] as string });
  if ((m = matched(/^option '(.+)' argument missing$/))) return errors.optionMissingArgument({ option: m[1] as string });
  if ((m = matched(/^unknown option '(.+)'$/))) return errors.unknownOption({ option: m[1] as string }) + suggestion;
  if ((m = matched(/^unknown command '(.+)'$/))) return errors.unknownCommand({ command: m[1] as string }) + suggestion;
  if ((m = matched(/^too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/)))
    return errors.tooManyArgumentsFor({ command: m[1] as string, expected: Number(m[2]), got: Number(m[3]) });
  if ((m = matched(/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/))) return errors.tooManyArguments({ expected: Number(m[1]), got: Number(m[2]) });
  if ((m = matched(/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/)))
    return errors.optionChoice({ option: m[1] as string, value: m[2] as string, choices: m[3] as string });
  if ((m = matched(/^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.*)\.$/)))
    return errors.argumentChoice({ value: m[1] as string, argument: m[2] as string, choices: m[3] as string });
  return english;
}
