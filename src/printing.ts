// How the run in progress prints: colour, the width lines are cut to, and the language it speaks.
// Per run, not per process: two runs in one process (tests do that) each print their own way. Below
// the binder (test/unit/layers.test.ts), whose messages are said in the run's language.
import { AsyncLocalStorage } from 'node:async_hooks';
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
