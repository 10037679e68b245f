// Runs one command against the binder: resolves the settings once, opens the binder once, closes
// it whatever happens, and prints what the command's renderer made of the result.
import type { BinderSettings } from './binder/settings.js';
import type { Deps } from './commands/deps.js';
import { resolveContext, type Context, type GlobalFlags } from './context.js';
import { useColor } from './render/style.js';
import type { OpenMode } from './store/sqlite.js';

export interface Run {
  deps: Deps;
  context: Context;
  settings: BinderSettings;
}

/**
 * Opens the binder (`read` sees an empty binder when there is no file; `write` creates it), runs
 * `work`, and writes what it returns to stdout.
 */
export async function run(flags: GlobalFlags, mode: OpenMode, work: (run: Run) => Promise<string>): Promise<void> {
  const context = resolveContext(flags);
  useColor(context.color);
  const { openSqliteStore } = await import('./store/sqlite.js');
  const store = openSqliteStore(context.dbPath, mode);
  let done = false;
  try {
    const settings = await store.readSettings();
    const deps: Deps = { store, today: context.today, settings, now: context.now };
    if (context.interactive && mode === 'write') {
      deps.ask = { card: async (handle, given) => (await import('./prompts/card.js')).askCard(handle, given) };
    }
    const output = await work({ deps, context, settings });
    done = true;
    process.stdout.write(output);
  } finally {
    // A command that failed leaves no trace: not even the binder file it was about to create.
    if (done) store.close();
    else store.abandon();
  }
}

/** A result as the one JSON document a script reads. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
