// What one run of crm talks to: its standard streams, its environment, and how the process stops.
// The entry (main.ts) hands in the process's own; a test hands in buffers, so that a command runs
// in-process exactly as it runs from a shell. Nothing below the runner reaches for `process.*`.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Readable, Writable } from 'node:stream';
import type { Language } from './i18n/language.js';

/** A stream crm writes to; a terminal says so (isTTY) and how wide it is. */
export type Output = Writable & { isTTY?: boolean; columns?: number };

/** Standard input; a terminal says so. */
export type Input = Readable & { isTTY?: boolean };

export interface Io {
  stdin: Input;
  stdout: Output;
  stderr: Output;
  /** CRM_DB, CRM_TODAY, NO_COLOR, TERM, XDG_DATA_HOME, HOME, VISUAL, EDITOR. */
  env: NodeJS.ProcessEnv;
  /**
   * Runs `cleanup` before the process ends on a signal (a terminal closed, Ctrl-C) while a command
   * waits on a question; returns what forgets it again. Absent in-process: nothing to stop.
   */
  onStop?(cleanup: () => void): () => void;
}

/** How the run in progress prints: colour, and the width lines are cut to. */
export interface Printing {
  color: boolean;
  /** Columns of the terminal standard output is, or undefined for a pipe or a file. */
  columns: number | undefined;
  /** The interface language (i18n/language.ts); English when absent. */
  language?: Language;
  /** The calendar dates are named in: the binder's (its `calendar` setting), set once it is read; Gregorian when absent. */
  calendar?: 'gregorian' | 'persian';
}

const PLAIN: Printing = { color: false, columns: undefined };

// Per run, not per process: two runs in one process (tests do that) each print their own way.
const printing = new AsyncLocalStorage<Printing>();

/** Runs `work` with `how` as the way everything it renders prints. */
export function printingAs<T>(how: Printing, work: () => T): T {
  return printing.run(how, work);
}

/** How the run in progress prints; plain outside a run (a renderer under a unit test). */
export function currentPrinting(): Printing {
  return printing.getStore() ?? PLAIN;
}
