// Every area of the catalogue, as English has it: the type each language's catalogue must be
// (catalogue.ts). Types only, so that how a run prints (printing.ts) may name it without a cycle.
import type { card } from './en/card.js';
import type { today } from './en/today.js';

/** Every area's messages, as English has them. */
export interface Catalogue {
  card: typeof card;
  today: typeof today;
}
