// Naming a client: BINDER.md "The software model". The exact handle always wins; else the folded
// handle; else a unique prefix of a word of the handle, name or company.
import { byText } from '../binder/day.js';
import type { Dossier } from '../binder/dossier.js';
import { fold, foldedWords, nameWords } from '../binder/fold.js';
import { padCells, widestCells } from '../binder/width.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { lookup as english } from '../i18n/en/lookup.js';
import { sortedByName } from '../i18n/collation.js';
import type { Store } from '../store/store.js';

/** How many candidates an ambiguous name lists before "and N more". */
const SHOWN = 10;

const say = messages('lookup', english);

export type Lookup = { kind: 'one'; dossier: Dossier } | { kind: 'none' } | { kind: 'many'; dossiers: Dossier[] };

export async function lookupClient(store: Store, name: string): Promise<Lookup> {
  const exact = await store.dossier(name);
  if (exact) return { kind: 'one', dossier: exact };
  const folded = fold(name.trim());
  if (folded === '') return { kind: 'none' };
  const byHandle = await store.dossiersByFoldedHandle(folded);
  if (byHandle.length === 1) return { kind: 'one', dossier: byHandle[0] as Dossier };
  const byPrefix = byHandle.length > 1 ? byHandle : await byWordPrefixes(store, folded);
  if (byPrefix.length === 0) return { kind: 'none' };
  if (byPrefix.length === 1) return { kind: 'one', dossier: byPrefix[0] as Dossier };
  return { kind: 'many', dossiers: byPrefix };
}

/**
 * Dossiers with a word starting with each word typed: `anna w` names Anna Weber, not Anna Nowak.
 * One word is the common case and a single indexed query.
 */
async function byWordPrefixes(store: Store, folded: string): Promise<Dossier[]> {
  const [first = '', ...others] = foldedWords(folded);
  if (others.length === 0) return store.dossiersByWordPrefix(first || folded, SHOWN + 1);
  const candidates = await store.dossiersByWordPrefix(first, 10_000);
  return candidates
    .filter((dossier) => {
      const words = nameWords(`${dossier.handle} ${dossier.name} ${dossier.company ?? ''}`);
      return others.every((typed) => words.some((word) => word.startsWith(typed)));
    })
    .slice(0, SHOWN + 1);
}

/** The one dossier `name` names, or a UserError that says what to type instead. */
export async function requireClient(store: Store, name: string): Promise<Dossier> {
  const found = await lookupClient(store, name);
  if (found.kind === 'one') return found.dossier;
  if (found.kind === 'many') throw ambiguous(name, found.dossiers);
  throw await unknown(store, name);
}

export function ambiguous(name: string, dossiers: Dossier[]): UserError {
  // The first SHOWN by code point (as the store finds them), listed as the language sorts them.
  const shown = sortedByName(dossiers.slice(0, SHOWN), (d) => d.handle);
  const width = widestCells(shown.map((d) => d.handle));
  const over = dossiers.length > SHOWN;
  const more = over ? [say().andMore] : [];
  return new UserError(
    say().ambiguous({ name, count: over ? SHOWN : dossiers.length, over }),
    2,
    [...shown.map((d) => `  ${padCells(d.handle, width)}  ${[d.name, d.company].filter(Boolean).join(', ')}`), ...more],
  );
}

export async function unknown(store: Store, name: string): Promise<UserError> {
  const near = nearest(name, await store.handles());
  return new UserError(near.length > 0 ? say().didYouMean({ name, handles: near }) : say().none({ name }));
}

/** Handles within two edits of what was typed (folded), closest first. */
function nearest(name: string, handles: string[]): string[] {
  const target = fold(name);
  return handles
    .map((handle) => ({ handle, distance: editDistance(target, fold(handle)) }))
    .filter(({ distance }) => distance <= Math.min(2, Math.floor(target.length / 3)))
    .sort((a, b) => a.distance - b.distance || byText(a.handle, b.handle))
    .slice(0, 3)
    .map(({ handle }) => handle);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
