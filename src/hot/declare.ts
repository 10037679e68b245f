// A command declared as data (as citty's defineCommand): its name, arguments, options, help and
// what it runs. cli.ts builds commander's command from it, and the fast path (parse.ts) parses a
// command line with the same declaration, so an option is declared once for both.
import type { Command } from 'commander';
import type { GlobalFlags } from '../context.js';
import type { Io } from '../io.js';

export interface ArgumentDeclaration {
  /** As commander writes it: `<client>` (required), `[when]` (optional), `<text...>` (one or more). */
  name: string;
  description: string;
  /** The value when an optional argument is not given (crm review's `[when]` is today). */
  default?: string;
  /** The only values taken (anything else is commander's error). */
  choices?: readonly string[];
}

export interface OptionDeclaration {
  /** As commander writes it: `--json`, `--note <text>`, `-o, --output <file>`. */
  flags: string;
  description: string;
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
  description: string;
  arguments: ArgumentDeclaration[];
  options: OptionDeclaration[];
  /** Printed after the options in `crm <name> --help`. */
  help: string;
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
  { flags: '--db <file>', description: 'the binder file, in a folder that exists (default: $CRM_DB, else $XDG_DATA_HOME/crm/binder.db)' },
  { flags: '--lang <language>', description: 'the language crm speaks: en, pl, bg, hy or fa (default: $CRM_LANG, else crm config language, else $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG)' },
  { flags: '--no-color', description: 'print without colour (also: NO_COLOR=1)' },
  { flags: '--debug', description: 'show the stack trace of an unexpected failure' },
  { flags: '-q, --quiet', description: "print nothing on success (errors still go to standard error; a command's JSON and exported data still print)" },
];

/** On a team's binder: whose dossiers a list shows (commands/scope.ts). On a binder file, refused. */
export const SCOPE_OPTIONS: OptionDeclaration[] = [
  { flags: '--for <login>', description: "a team's binder: a colleague's dossiers (a manager, or the delegate of their handover)" },
  { flags: '--team', description: "a team's binder: the whole team's dossiers (a manager)" },
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

/** The date forms, for a command that names a divider as it stands. */
export const DATE_FORMS = `
Dates (<when>), as on the binder's dividers:
  8          the next 8th (today's own number means the same day next month)
  jul        the July divider: its first working day
  jul 5      the next 5 July (also 5 jul)
  +3d +2w +1m  days, weeks or months from today
  fri        the next Friday
  today, tomorrow, 2026-12-05`;

/** The date forms, for a command that files (and so moves a day off to a working day, unless --exact). */
export const WHEN_HELP = `${DATE_FORMS}
A date that falls on a day off moves to the next working day, unless --exact.`;

/** The "Examples:" part of a help text. */
/** The argument most commands take: which client. */
export const CLIENT_ARGUMENT = { name: '<client>', description: 'a handle, or a prefix of the handle or of a word of the name or company' };

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** An option's text, or undefined when it was not given. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
