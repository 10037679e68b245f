// Runs one command against the binder: resolves the settings once, opens the binder once, closes
// it whatever happens, and prints what the command's renderer made of the result.
import type { BinderSettings } from './binder/settings.js';
import { momentIn, stampOf } from './binder/clock.js';
import type { Deps } from './commands/deps.js';
import { resolveContext, type Context, type GlobalFlags } from './context.js';
import { currentLanguage } from './i18n/language.js';
import { currentPrinting, printingAs, type Io, type Printing } from './io.js';
import { streamSink, type Sink } from './sink.js';
// Small, and it loads only the store the binder's name calls for: in the main bundle, not a chunk of its own.
import { StoreError } from './store/errors.js';
import { openStore } from './store/open.js';
import type { OpenOptions, Store } from './store/store.js';

/** The global flags, --json, and on a team's binder whose dossiers the command's lists show (commands/scope.ts). */
export type RunFlags = GlobalFlags & { json?: unknown; scope?: { command: string; for?: string | undefined; team?: boolean | undefined } };

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
 * What a command does with the binder. `read` only reads: a missing binder reads as an empty one
 * and nothing is made. `write` is there to change it: it creates the binder, and refuses one this
 * process may not write before asking anything. Anything else says its needs as OpenOptions
 * (undo may write but creates nothing; restore opens a damaged binder too).
 */
export type Needs = 'read' | 'write' | OpenOptions;

const NEEDS: Record<'read' | 'write', OpenOptions> = {
  read: { create: false, write: false },
  write: { create: true, write: true, writableOnly: true },
};

/**
 * Opens the binder as the command `needs`, runs `work`, and writes what it returns to stdout.
 * `--quiet` holds back everything but JSON (and what the command streamed through `stdout`,
 * which is data).
 */
export async function run(io: Io, flags: RunFlags, needs: Needs, work: (run: Run) => Promise<string>): Promise<void> {
  const context = resolveContext(flags, io);
  // The language as the command line chose it (fast.ts exitCodeOf); the binder's own may change it (runIn).
  const { language, languageNamed, catalogue } = currentPrinting();
  const printing: Printing = {
    color: context.color,
    columns: io.stdout.isTTY ? (io.stdout.columns ?? 0) : undefined,
    ...(language && { language }),
    ...(languageNamed && { languageNamed }),
    ...(catalogue && { catalogue }),
  };
  // Renderers paint synchronously: a run in colour loads chalk first (a plain run never does).
  if (context.color) await (await import('./render/style.js')).loadColours();
  return printingAs(printing, () => runIn(io, context, flags, typeof needs === 'string' ? NEEDS[needs] : needs, work, printing));
}

/** A store's typed error as the user reads it (commands/words.ts, loaded only on failure). */
async function worded(error: unknown): Promise<unknown> {
  return (await import('./commands/words.js')).worded(error);
}

async function runIn(io: Io, machine: Context, flags: RunFlags, options: OpenOptions, work: (run: Run) => Promise<string>, printing: Printing): Promise<void> {
  let store: Store;
  try {
    // A binder made by a run in Persian names its dividers in the Persian calendar (issue 17).
    const newBinder = currentLanguage() === 'fa' ? { newBinder: { calendar: 'persian' as const } } : {};
    store = await openStore(machine.dbPath, options, { now: machine.now, createFolders: machine.dbDefault, stateFolder: machine.stateFolder, env: io.env, ...newBinder });
  } catch (error) {
    throw await worded(error);
  }
  // On stderr: stdout is the command's own output, which a script may be reading.
  if (store.upgrade) {
    const { from, to, backup } = store.upgrade;
    const { messages } = await import('./i18n/catalogue.js');
    io.stderr.write(`${messages('errors', (await import('./i18n/en/errors.js')).errors)().upgraded({ path: machine.dbPath, from, to, backup })}\n`);
  }
  let done = false;
  // A terminal closed (or the process told to stop) while a question waits: leave no trace either.
  // Most writes are synchronous transactions, so a signal handler never runs in the middle of one;
  // an import written in parts may be stopped between two, and closing the binder rolls it back.
  // A signal handler cannot wait: SQLite's abandon does all its work before its first await.
  const forget = io.onStop?.(() => void store.abandon());
  try {
    const binderSettings = await readSettings(store, options);
    // The binder's language, unless the command line named one (i18n/language.ts chooseLanguage).
    if (!printing.languageNamed && binderSettings.language !== null && binderSettings.language !== (printing.language ?? 'en')) {
      printing.language = binderSettings.language;
      printing.catalogue = await (await import('./i18n/load.js')).catalogueOf(binderSettings.language);
    }
    // On a team's binder the capacity is the acting person's own when they set one (crm config
    // capacity); the binder's setting is the team's default.
    const own = store.team?.me?.capacity ?? null;
    const settings = own === null ? binderSettings : { ...binderSettings, capacity: own };
    // Renderers name dates in the binder's calendar without being told each time.
    printing.calendar = settings.calendar;
    if (printing.calendar === 'persian' || (printing.language !== undefined && printing.language !== 'en')) await (await import('./render/style.js')).loadDateNames();
    const context = inBinderZone(machine, settings);
    if (store.team) store.team.narrow((await import('./commands/scope.js')).scopeOf(store.team, context.today, flags.scope ?? {}, flags.scope?.command ?? ''));
    else if (flags.scope?.for !== undefined || flags.scope?.team) throw (await import('./commands/words.js')).needsTeam(`${flags.scope.command} ${flags.scope.team ? '--team' : '--for'}`, machine.dbPath);
    const deps: Deps = {
      store,
      today: context.today,
      settings,
      // CRM_NOW is a moment on the binder's wall clock: its stamps carry the binder's offset.
      now: context.fixedNow ? () => stampOf(momentIn(settings.timezone ?? context.systemZone(), { fixedNow: context.fixedNow, fixedToday: undefined })) : context.now,
      get zone() {
        return settings.timezone ?? context.systemZone();
      },
      // Intl's zone rules are read only by a command that asks the time of day.
      moment: () => momentIn(settings.timezone ?? context.systemZone(), { fixedNow: context.fixedNow, fixedToday: context.todayFixed ? context.today : undefined }),
      // Only a command that reads standard input makes it (main.ts).
      get stdin() {
        return io.stdin;
      },
    };
    if (context.interactive) {
      // inquirer colours its questions unless NO_COLOR is set; --no-color must reach it too. (Only a
      // run whose streams are the process's own terminal asks questions, so this is that process's.)
      if (!context.color) process.env.NO_COLOR = '1';
      deps.ask = {
        card: async (handle, given) => (await import('./prompts/card.js')).askCard(handle, given),
        log: async (dossier, given) => (await import('./prompts/log.js')).askLog(dossier, given, context.today, settings, deps.moment),
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
    // Only a store's own error needs wording (and loads the words); a cancelled prompt, a user's
    // error, go on as they are, without waiting on a module load after a terminal closed (Ctrl-D).
    const typed = store.typed(error);
    throw typed instanceof StoreError ? await worded(typed) : typed;
  } finally {
    forget?.();
    // A command that failed leaves no trace: not even the binder file it was about to create.
    if (done) await store.close();
    else await store.abandon();
  }
}

/**
 * The run's context on the binder's wall clock: a binder kept in another zone than the machine's
 * (a rep abroad, a team's binder) has its own today, and its stamps carry its offset. A machine in
 * the binder's zone, or a fixed today (CRM_TODAY, CRM_NOW), changes nothing, and reads no Intl.
 */
function inBinderZone(context: Context, settings: BinderSettings): Context {
  const zone = settings.timezone;
  if (zone === null || context.todayFixed || zone === context.systemZone()) return context;
  return { ...context, today: momentIn(zone, { fixedNow: undefined, fixedToday: undefined }).day, now: () => stampOf(momentIn(zone, { fixedNow: undefined, fixedToday: undefined }), true) };
}

/** The binder's settings; crm restore, which must work on a damaged binder, makes do with the defaults. */
async function readSettings(store: Store, options: OpenOptions): Promise<BinderSettings> {
  try {
    return await store.readSettings();
  } catch (error) {
    if (!options.damagedOk) throw error;
    return (await import('./binder/settings.js')).DEFAULT_SETTINGS;
  }
}

/** A result as the one JSON document a script reads. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
