// Runs one command against the binder: resolves the settings once, opens the binder once, closes
// it whatever happens, and prints what the command's renderer made of the result.
import type { BinderSettings } from './binder/settings.js';
import type { Deps } from './commands/deps.js';
import { resolveContext, type Context, type GlobalFlags } from './context.js';
import { printingAs, type Io } from './io.js';
import { streamSink, type Sink } from './sink.js';
import type { OpenMode } from './store/sqlite.js';
import type { Store } from './store/store.js';

export interface Run {
  deps: Deps;
  context: Context;
  settings: BinderSettings;
  /**
   * Standard output for data that a command writes as it makes it (crm export): what the command
   * was asked for, so written whatever --quiet says; each write waits while the reader is behind.
   */
  stdout: Sink;
}

/**
 * Opens the binder (`read` sees an empty binder when there is no file; `write` creates it), runs
 * `work`, and writes what it returns to stdout. `--quiet` holds back everything but JSON (and
 * what the command streamed through `stdout`, which is data).
 */
export async function run(io: Io, flags: GlobalFlags & { json?: unknown }, mode: OpenMode, work: (run: Run) => Promise<string>): Promise<void> {
  const context = resolveContext(flags, io);
  const printing = { color: context.color, columns: io.stdout.isTTY ? (io.stdout.columns ?? 0) : undefined };
  // Renderers paint synchronously: a run in colour loads chalk first (a plain run never does).
  if (context.color) await (await import('./render/style.js')).loadColours();
  return printingAs(printing, () => runIn(io, context, flags, mode, work));
}

async function runIn(io: Io, context: Context, flags: GlobalFlags & { json?: unknown }, mode: OpenMode, work: (run: Run) => Promise<string>): Promise<void> {
  const { asBinderError, openSqliteStore } = await import('./store/sqlite.js');
  const store = await openSqliteStore(context.dbPath, mode, context.now, { createFolders: context.dbDefault });
  // On stderr: stdout is the command's own output, which a script may be reading.
  if (store.upgrade) {
    const { from, to, backup } = store.upgrade;
    io.stderr.write(`Upgraded the binder ${context.dbPath} from version ${from} to ${to}; the binder as it was is in ${backup}\n`);
  }
  let done = false;
  // A terminal closed (or the process told to stop) while a question waits: leave no trace either.
  // Most writes are synchronous transactions, so a signal handler never runs in the middle of one;
  // an import written in parts may be stopped between two, and closing the binder rolls it back.
  const forget = io.onStop?.(() => store.abandon());
  try {
    const settings = await readSettings(store, mode);
    const deps: Deps = { store, today: context.today, settings, now: context.now, stdin: io.stdin };
    if (context.interactive) {
      // inquirer colours its questions unless NO_COLOR is set; --no-color must reach it too. (Only a
      // run whose streams are the process's own terminal asks questions, so this is that process's.)
      if (!context.color) process.env.NO_COLOR = '1';
      deps.ask = {
        card: async (handle, given) => (await import('./prompts/card.js')).askCard(handle, given),
        log: async (dossier, given) => (await import('./prompts/log.js')).askLog(dossier, given, context.today, settings),
        pick: async (stack, suggested) => (await import('./prompts/postpone.js')).pickToPostpone(stack, suggested),
        whereTo: async () => (await import('./prompts/postpone.js')).askWhereTo(context.today, settings),
        confirm: async (message, fallback) => (await import('./prompts/postpone.js')).confirm(message, fallback),
        form: async (form, given) => (await import('./prompts/form.js')).askForm(form, given, context.today),
      };
    }
    const output = await work({ deps, context, settings, stdout: streamSink(io.stdout) });
    done = true;
    if (!flags.quiet || flags.json) io.stdout.write(output);
  } catch (error) {
    // SQLite may find the binder damaged (or not writable) in the middle of any query: said in one
    // line, exit 3; a write it stopped was rolled back whole.
    throw asBinderError(error, context.dbPath);
  } finally {
    forget?.();
    // A command that failed leaves no trace: not even the binder file it was about to create.
    if (done) store.close();
    else store.abandon();
  }
}

/** The binder's settings; crm restore, which must work on a damaged binder, makes do with the defaults. */
async function readSettings(store: Store, mode: OpenMode): Promise<BinderSettings> {
  try {
    return await store.readSettings();
  } catch (error) {
    if (mode !== 'replace') throw error;
    return (await import('./binder/settings.js')).DEFAULT_SETTINGS;
  }
}

/** A result as the one JSON document a script reads. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
