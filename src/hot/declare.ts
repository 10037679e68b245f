// A command declared as data (as citty's defineCommand): its name, arguments, options, help and
// what it runs. cli.ts builds commander's command from it, and the fast path (parse.ts) parses a
// command line with the same declaration, so an option is declared once for both.
import type { Command } from 'commander';
import type { GlobalFlags } from '../context.js';
import { messages } from '../i18n/catalogue.js';
import { help as english } from '../i18n/en/help.js';
import type { Io } from '../io.js';

/** crm's help in the run's language (src/i18n/en/help.ts), read when cli.ts builds the help. */
export const sayHelp = messages('help', english);

/**
 * A text of the help: a function that reads the catalogue (called when cli.ts builds commander's
 * command, so in the run's language: a declaration is made once, at module load), or English
 * written in place for a command whose help is not in the catalogue yet.
 */
export type HelpText = string | (() => string);

/** A help text as the run's language says it. */
export function said(text: HelpText): string {
  return typeof text === 'function' ? text() : text;
}

export interface ArgumentDeclaration {
  /** As commander writes it: `<client>` (required), `[when]` (optional), `<text...>` (one or more). */
  name: string;
  description: HelpText;
  /** The value when an optional argument is not given (crm review's `[when]` is today). */
  default?: string;
  /** The only values taken (anything else is commander's error). */
  choices?: readonly string[];
}

export interface OptionDeclaration {
  /** As commander writes it: `--json`, `--note <text>`, `-o, --output <file>`. */
  flags: string;
  description: HelpText;
  /** The value when the option is not given. */
  default?: string;
  /** The only values taken (anything else is commander's error). */
  choices?: readonly string[];
  /** Given several times, each value is kept, in order (a list); otherwise the last one counts. */
  repeatable?: boolean;
}

/** What one command line asks a command to do, read by commander or by the fast path alike. */
export interface Call {
  /** The arguments in declared order: text, a list for `<name...>`, undefined for an optional one not given. */
  args: (string | string[] | undefined)[];
  /** The command's own options by commander's key (`dryRun` for `--dry-run`): given, or their default. */
  options: Record<string, string | string[] | boolean>;
  /** The global options, before the command's name or after it; `color` always, the others when given. */
  globals: GlobalFlags & { color: boolean };
  /** commander's whole program, for a command declared with `program` (crm completion). */
  program?: Command;
}

export interface CommandDeclaration {
  name: string;
  description: HelpText;
  arguments: ArgumentDeclaration[];
  options: OptionDeclaration[];
  /** Printed after the options in `crm <name> --help`. */
  help: HelpText;
  /**
   * May ask questions at a terminal: an interactive run goes through commander's path, whose
   * bundle holds the prompts (the fast path's bundle leaves them out).
   */
  asks?: boolean;
  /**
   * Options (by key) whose work the fast path's bundle leaves out: given any of them, the command
   * line goes through commander's path (crm log --form/--field: forms read with zod and YAML).
   */
  slowWith?: string[];
  /** Runs the command; resolves to its exit code when that is not 0 though nothing failed (crm next: nothing left, 1). */
  run(io: Io, call: Call): Promise<void | number>;
  /** Left out of help and completion: __handles and __forms, which the completion scripts call. */
  hidden?: boolean;
  /** Reads the whole command tree (crm completion writes a script of it): the Call holds commander's program. */
  program?: boolean;
}

/** A command's declaration, checked against the shape both parsers read. */
export function defineCommand(declaration: CommandDeclaration): CommandDeclaration {
  return declaration;
}

/** The options of the whole program: before the command's name, or after it. */
export const GLOBAL_OPTIONS: OptionDeclaration[] = [
  { flags: '--db <file>', description: () => sayHelp().globalOptions.db },
  { flags: '--lang <language>', description: () => sayHelp().globalOptions.lang },
  { flags: '--no-color', description: () => sayHelp().globalOptions.color },
  { flags: '--debug', description: () => sayHelp().globalOptions.debug },
  { flags: '-q, --quiet', description: () => sayHelp().globalOptions.quiet },
];

/** On a team's binder: whose dossiers a list shows (commands/scope.ts). On a binder file, refused. */
export const SCOPE_OPTIONS: OptionDeclaration[] = [
  { flags: '--for <login>', description: () => sayHelp().scopeOptions.for },
  { flags: '--team', description: () => sayHelp().scopeOptions.team },
];

/** The scope a command line asked for with SCOPE_OPTIONS, for run(). */
export function scopeAsked(command: string, options: Call['options']): { command: string; for?: string; team?: boolean } {
  return { command, ...(typeof options.for === 'string' && { for: options.for }), ...(options.team === true && { team: true }) };
}

/** The parts of an option's flags: `-o, --output <file>` is o, output, a value, key output. */
export function optionParts(flags: string): { short?: string; long: string; takesValue: boolean; key: string } {
  const match = /^(?:-([a-zA-Z]), )?--([a-z][a-z-]*)(?: <[^>]+>)?$/.exec(flags);
  if (!match) throw new Error(`an option declared as "${flags}": write it as "--name", "--name <value>" or "-n, --name <value>"`);
  const [, short, long = ''] = match;
  // commander's key: camelCase, and --no-color is `color` (false when given).
  const key = long.replace(/^no-/, '').replace(/-([a-z])/g, (_dash, letter: string) => letter.toUpperCase());
  return { ...(short !== undefined && { short }), long, takesValue: flags.includes('<'), key };
}

/** The date forms, for a command that names a divider as it stands, in the run's language. */
export function dateForms(): string {
  return sayHelp().dateForms;
}

/** The date forms, for a command that files (and so moves a day off to a working day, unless --exact). */
export function whenHelp(): string {
  return `${sayHelp().dateForms}\n${sayHelp().dayOff}`;
}

/** The "Examples:" part of a help text, its title in the run's language (the lines are commands, as typed). */
export function helpExamples(...lines: string[]): string {
  return `\n${sayHelp().titles.examples}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** The argument most commands take: which client. */
export const CLIENT_ARGUMENT: ArgumentDeclaration = { name: '<client>', description: () => sayHelp().client };

/** An option's text, or undefined when it was not given. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
