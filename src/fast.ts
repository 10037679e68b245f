// The fast path for the hot commands (today, next, log, show, find, binder): parsed by their
// declarations without loading commander, run, and ended as runCli ends any command. What it does
// not take (help, errors, anything unusual) it hands back, and commander's path runs it.
import { UserError } from './errors.js';
import type { CommandDeclaration } from './hot/declare.js';
import { commandNamed, parseFast } from './hot/parse.js';
import { chooseLanguage, languageAsked } from './i18n/language.js';
import { messages } from './i18n/catalogue.js';
import { errors as english } from './i18n/en/errors.js';
import { printingAs, type Io, type Printing } from './io.js';
import { safe } from './render/style.js';
import { storeKind } from './store/open.js';

/** The one store a fast-path bundle holds, set by the build (scripts/bundle.mjs); undefined elsewhere: both. */
declare const CRM_FAST_PATH_STORE: 'sqlite' | 'postgres' | undefined;

const say = messages('errors', english);

/** The hot commands' declarations, each loaded only when its name is typed. */
export const HOT: Record<string, () => Promise<CommandDeclaration>> = {
  today: async () => (await import('./hot/today.js')).today,
  next: async () => (await import('./hot/next.js')).next,
  log: async () => (await import('./hot/log.js')).log,
  show: async () => (await import('./hot/show.js')).show,
  find: async () => (await import('./hot/find.js')).find,
  binder: async () => (await import('./hot/binder.js')).binder,
};

/** Runs `args` on the fast path and resolves to the exit code; undefined when it is commander's to run. */
export async function runFast(args: string[], io: Io): Promise<number | undefined> {
  const name = commandNamed(args)?.name;
  // Own names only: `crm __proto__` or `crm constructor` is commander's unknown command.
  const declared = name !== undefined && Object.hasOwn(HOT, name) ? HOT[name] : undefined;
  if (!declared) return undefined;
  const declaration = await declared();
  const call = parseFast(declaration, args);
  if (!call || (declaration.asks && io.stdout.isTTY && io.stdin.isTTY)) return undefined;
  if (declaration.slowWith?.some((key) => key in call.options)) return undefined;
  // A binder of the store this bundle leaves out (scripts/bundle.mjs) is commander's path's.
  if (typeof CRM_FAST_PATH_STORE !== 'undefined' && storeKind(call.globals.db ?? (io.env.CRM_DB || '')) !== CRM_FAST_PATH_STORE) return undefined;
  return exitCodeOf(args, io, async () => (await declaration.run(io, call)) ?? 0);
}

/** Runs `work`; a failure is said on stderr (a stack trace only for a bug, with --debug) and becomes the exit code. */
export async function exitCodeOf(args: string[], io: Io, work: () => Promise<number>): Promise<number> {
  // The run's way of printing, once its language is chosen: a failure is said in that language too.
  let how: Printing = { color: false, columns: undefined };
  try {
    // The language first: everything the run prints, its errors and help too, speaks it.
    const { language, named } = chooseLanguage(languageAsked(args), io.env);
    const catalogue = language === 'en' || language === 'qps' ? undefined : await (await import('./i18n/load.js')).catalogueOf(language);
    how = { color: false, columns: undefined, language, languageNamed: named, ...(catalogue && { catalogue }) };
    return await printingAs(how, work);
  } catch (error) {
    return printingAs(how, () => failed(error, args, io));
  }
}

/** What went wrong, on stderr, and the exit code it makes. */
function failed(error: unknown, args: string[], io: Io): number {
  if (error instanceof UserError) {
    // Messages quote what was typed and what is stored: neutralise control characters in both.
    io.stderr.write(`crm: ${safe(error.message)}\n${error.details.map((line) => `${safe(line)}\n`).join('')}`);
    return error.exitCode;
  }
  const said = say();
  if (isPromptCancel(error)) {
    io.stderr.write(`crm: ${said.cancelled}\n`);
    return 130;
  }
  const debug = args.includes('--debug');
  io.stderr.write(`crm: ${said.unexpected({ reason: error instanceof Error ? error.message : String(error) })}\n`);
  io.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : `${said.runWithDebug}\n`);
  return 1;
}

/** Ctrl-C or Ctrl-D at a prompt is the user's choice, not a crash. */
function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
