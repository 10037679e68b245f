// How the run in progress prints: colour, the width lines are cut to, and the language it speaks.
// Per run, not per process: two runs in one process (tests do that) each print their own way. Below
// the binder (test/unit/layers.test.ts), whose messages are said in the run's language.
import type { AsyncLocalStorage } from 'node:async_hooks';
import type { Catalogue } from './i18n/areas.js';
import type { Language } from './i18n/languages.js';

/** How the run in progress prints: colour, and the width lines are cut to. */
export interface Printing {
  color: boolean;
  /** Columns of the terminal standard output is, or undefined for a pipe or a file. */
  columns: number | undefined;
  /** The interface language (i18n/language.ts); English when absent. */
  language?: Language;
  /** Whether the user named the language for this run (--lang, CRM_LANG): a binder's own setting then does not change it. */
  languageNamed?: boolean;
  /** The calendar dates are named in: the binder's (its `calendar` setting), set once it is read; Gregorian when absent. */
  calendar?: 'gregorian' | 'persian';
  /** The language's messages (i18n/load.ts), absent for English and the pseudo-language, which are made from English. */
  catalogue?: Catalogue;
}

const PLAIN: Printing = { color: false, columns: undefined };

// Per run, not per process: two runs in one process (tests do that) each print their own way, kept
// apart by an AsyncLocalStorage. The command itself (main.ts) runs one command per process, and
// says so: then the way of printing is the process's, set and restored around each nested run,
// and no AsyncLocalStorage is made. Making one turns on Node 22's promise hooks for the rest of the
// run, which cost crm today some 2 ms of its start-up (measured).
let perRun: AsyncLocalStorage<Printing> | undefined;
// The process's way of printing when it runs one command (main.ts); undefined: per run.
let ofProcess: Printing | undefined;

/** For the process's entry (main.ts): this process runs one command, so printing is per process. */
export function oneRunPerProcess(): void {
  ofProcess ??= PLAIN;
}

/** Runs `work` with `how` as the way everything it renders prints. */
export function printingAs<T>(how: Printing, work: () => T): T {
  if (!ofProcess) {
    perRun ??= new (globalThis.process.getBuiltinModule('node:async_hooks').AsyncLocalStorage)<Printing>();
    return perRun.run(how, work);
  }
  // A run inside the run (a sheet in English, help in English) is awaited by it: the one before is
  // put back when it ends.
  const before = ofProcess;
  ofProcess = how;
  let result: T;
  try {
    result = work();
  } catch (error) {
    ofProcess = before;
    throw error;
  }
  if (result instanceof Promise) {
    return result.finally(() => {
      ofProcess = before;
    }) as T;
  }
  ofProcess = before;
  return result;
}

/** How the run in progress prints; plain outside a run (a renderer under a unit test). */
export function currentPrinting(): Printing {
  return ofProcess ?? perRun?.getStore() ?? PLAIN;
}
