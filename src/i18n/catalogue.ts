// The typed message catalogue (issue 17). English is the source: each area of messages is an
// object in src/i18n/en/, written where its renderer reads it. Polish, Bulgarian, Armenian and
// Persian each give every area with the same keys and placeholders (src/i18n/<language>/index.ts is
// typed as the whole Catalogue, so a missing key or an unknown placeholder does not compile; a test
// compares the placeholders each message uses with English's). Only the run's language is loaded
// (load.ts); English is the renderers' own import and costs nothing more than the text it holds.
import { currentPrinting } from '../printing.js';
import type { Catalogue } from './areas.js';
import { pseudo } from './pseudo.js';

export type { Catalogue } from './areas.js';

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

/**
 * A message of `G` (a group of an area's messages) kept to be said later, in whichever language:
 * its key, and its placeholders. What a store finds (crm doctor's problems) is kept so, and said in
 * the run's language on a terminal, in English where a script reads it (--json).
 */
export type Kept<G> = {
  [K in keyof G]: G[K] extends string ? { key: K } : G[K] extends (facts: infer P) => string ? { key: K; facts: P } : never;
}[keyof G];

/** A kept message as `words` (its group, in one language) say it. */
export function sayKept<G>(words: G, kept: Kept<G>): string {
  const message = words[kept.key] as unknown;
  return typeof message === 'function' ? (message as (facts: unknown) => string)((kept as { facts?: unknown }).facts) : (message as string);
}
