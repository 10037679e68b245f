// What one run of crm talks to: its standard streams, its environment, and how the process stops.
// The entry (main.ts) hands in the process's own; a test hands in buffers, so that a command runs
// in-process exactly as it runs from a shell. Nothing below the runner reaches for `process.*`.
import type { Readable, Writable } from 'node:stream';

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

// How the run in progress prints (colour, width, language) lives with the language, below the
// binder, whose messages speak it: src/printing.ts.
export { currentPrinting, printingAs, type Printing } from './printing.js';
