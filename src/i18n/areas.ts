// Every area of the catalogue, as English has it: the type each language's catalogue must be
// (catalogue.ts). Types only, so that how a run prints (printing.ts) may name it without a cycle.
import type { call } from './en/call.js';
import type { card } from './en/card.js';
import type { changes } from './en/changes.js';
import type { dossier } from './en/dossier.js';
import type { prompts } from './en/prompts.js';
import type { refusals } from './en/refusals.js';
import type { today } from './en/today.js';

/** Every area's messages, as English has them. */
export interface Catalogue {
  call: typeof call;
  card: typeof card;
  changes: typeof changes;
  dossier: typeof dossier;
  prompts: typeof prompts;
  refusals: typeof refusals;
  today: typeof today;
}
