// The fast path's parser: reads a hot command's line with node:util's parseArgs, driven by the
// declaration commander is built from, without loading commander. It reads only the plain shapes;
// anything else (help, the version, an unknown option, a missing or extra argument, a value not
// among the choices, `--`, a value that starts with a dash) it leaves to commander, which parses
// it or says what is wrong in its own words, so every message stays what it was.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GLOBAL_OPTIONS, optionParts, type Call, type CommandDeclaration, type OptionDeclaration } from './declare.js';

/**
 * The command's name in a command line (`crm --db x.db log acme` names log), with where it stands;
 * undefined when something before it is not one of the global options as the fast path reads them.
 */
export function commandNamed(args: string[]): { name: string; at: number } | undefined {
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] as string;
    if (arg === '--db' || arg === '--lang') {
      // commander takes the next word whatever it is (`--db -q`): leave that to it.
      const value = args[at + 1];
      if (value === undefined || value.startsWith('-')) return undefined;
      at++;
    } else if (!arg.startsWith('-')) return { name: arg, at };
    else if (!GLOBAL_SPELLINGS.has(arg) && !arg.startsWith('--db=') && !arg.startsWith('--lang=')) return undefined;
  }
  return undefined;
}

const GLOBAL_SPELLINGS = new Set(['--no-color', '--debug', '-q', '--quiet']);

/** What `args` asks `declaration` to do, exactly as commander would read it; undefined to leave it to commander. */
export function parseFast(declaration: CommandDeclaration, args: string[]): Call | undefined {
  const named = commandNamed(args);
  if (named?.name !== declaration.name) return undefined;
  const before = globalsOf(args.slice(0, named.at));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: args.slice(named.at + 1), options: configOf(declaration), strict: true, allowPositionals: true, tokens: true });
  } catch {
    return undefined;
  }
  if (parsed.tokens?.some((token) => token.kind === 'option-terminator')) return undefined;
  const callArgs = argumentsOf(declaration, parsed.positionals);
  if (!callArgs) return undefined;
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const options: Call['options'] = {};
  for (const option of declaration.options) {
    const { long, key } = optionParts(option.flags);
    const value = values[long] ?? option.default;
    if (value === undefined) continue;
    if (option.choices && !option.choices.includes(value as string)) return undefined;
    options[key] = value;
  }
  // As commander's flags: after the command's name wins over before it.
  const after = values;
  const db = (after.db as string | undefined) ?? before.db;
  return {
    args: callArgs,
    options,
    globals: {
      ...(db !== undefined && { db }),
      color: !(before.noColor || after['no-color'] === true),
      ...((before.debug || after.debug === true) && { debug: true }),
      ...((before.quiet || after.quiet === true) && { quiet: true }),
    },
  };
}

/** The global options before the command's name (commandNamed has checked their spelling). */
function globalsOf(args: string[]): { db?: string; noColor: boolean; debug: boolean; quiet: boolean } {
  const globals: { db?: string; noColor: boolean; debug: boolean; quiet: boolean } = { noColor: false, debug: false, quiet: false };
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] as string;
    if (arg === '--db') globals.db = args[++at] as string;
    else if (arg.startsWith('--db=')) globals.db = arg.slice('--db='.length);
    // The language is chosen before any parsing (i18n/language.ts languageAsked): only skipped here.
    else if (arg === '--lang') at++;
    else if (arg.startsWith('--lang=')) continue;
    else if (arg === '--no-color') globals.noColor = true;
    else if (arg === '--debug') globals.debug = true;
    else globals.quiet = true;
  }
  return globals;
}

/** parseArgs's options: the command's own and the global ones, by their long names. */
function configOf(declaration: CommandDeclaration): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  const add = (option: OptionDeclaration) => {
    const { short, long, takesValue } = optionParts(option.flags);
    config[long] = { type: takesValue ? 'string' : 'boolean', ...(short !== undefined && { short }), ...(option.repeatable && { multiple: true }) };
  };
  for (const option of [...declaration.options, ...GLOBAL_OPTIONS]) add(option);
  return config;
}

/** The arguments in declared order, or undefined when too few or too many were given. */
function argumentsOf(declaration: CommandDeclaration, positionals: string[]): Call['args'] | undefined {
  const args: Call['args'] = [];
  let at = 0;
  for (const argument of declaration.arguments) {
    const required = argument.name.startsWith('<');
    if (argument.name.endsWith('...>') || argument.name.endsWith('...]')) {
      const rest = positionals.slice(at);
      if (required && rest.length === 0) return undefined;
      args.push(rest);
      at = positionals.length;
    } else if (at < positionals.length) args.push(positionals[at++]);
    else if (required) return undefined;
    else args.push(undefined);
  }
  return at < positionals.length ? undefined : args;
}
