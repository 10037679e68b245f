// The typed message catalogue (issue 17). English is the source: each area of messages is an
// object in src/i18n/en/, written where its renderer reads it. Polish, Bulgarian, Armenian and
// Persian each give every area with the same keys and placeholders (src/i18n/<language>/index.ts is
// typed as the whole Catalogue, so a missing key or an unknown placeholder does not compile; a test
// compares the placeholders each message uses with English's). Only the run's language is loaded
// (load.ts); English is the renderers' own import and costs nothing more than the text it holds.
import { currentPrinting } from '../io.js';
import type { card } from './en/card.js';
import type { today } from './en/today.js';
import type { errors } from './en/errors.js';
import type { lookup } from './en/lookup.js';
import type { store } from './en/store.js';
import type { fields } from './en/fields.js';
import type { storeWhy } from './en/storeWhy.js';
import { pseudo } from './pseudo.js';

/** Every area's messages, as English has them. */
export interface Catalogue {
  card: typeof card;
  today: typeof today;
  errors: typeof errors;
  lookup: typeof lookup;
  store: typeof store;
  fields: typeof fields;
  storeWhy: typeof storeWhy;
}

export type Area = keyof Catalogue;

const PSEUDO = new Map<Area, unknown>();

/**
 * The messages of `area` in the run's language: `english` (the renderer's import of the area)
 * unless the run's catalogue is another language's; under `qps` English made visible as such.
 */
export function messages<A extends Area>(area: A, english: Catalogue[A]): () => Catalogue[A] {
  return () => {
    const { language, catalogue } = currentPrinting();
    if (catalogue) return catalogue[area];
    if (language !== 'qps') return english;
    let made = PSEUDO.get(area) as Catalogue[A] | undefined;
    if (!made) PSEUDO.set(area, (made = pseudo(english)));
    return made;
  };
}
