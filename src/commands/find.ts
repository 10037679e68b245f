// crm find <text>: every word of the text, in any order, somewhere in a dossier: its card
// (handle, name, position, company, phone, e-mail, notes, tags, preferences) or its history
// (notes, offers, form answers). Case, accents and the digits' script do not matter.
import type { HistoryEntry } from '../binder/dossier.js';
import { CARD_SEARCH_FIELDS, cardFieldsMatching, entrySearchParts, searchTerms, snippet, type SearchTerm } from '../binder/search.js';
import { fold } from '../binder/fold.js';
import { UserError } from '../errors.js';
import type { Deps } from './deps.js';
import { view, type DossierView } from './stack.js';

export const FIND_LIMIT = 200;

const CARD_FIELDS_FOUND = ['handle', ...CARD_SEARCH_FIELDS, 'phone'];

/** A place in a dossier where words of the query were found. */
export type FindMatch =
  | { where: 'card'; fields: string[]; words: string[] }
  | { where: 'history'; id: number; at: string; kind: HistoryEntry['kind']; fields: string[]; words: string[]; snippet: string };

export interface FoundDossier extends DossierView {
  /** The card first, then the history entries, newest first. */
  matches: FindMatch[];
}

export interface FindResult {
  text: string;
  dossiers: FoundDossier[];
  /** True when more dossiers matched than are listed. */
  more: boolean;
}

export async function findDossiers(input: { text: string }, deps: Deps): Promise<FindResult> {
  const terms = searchTerms(input.text);
  if (terms.length === 0) throw new UserError('find needs some text to look for, such as crm find nowak');
  const found = await deps.store.search(terms, FIND_LIMIT + 1);
  const listed = found.slice(0, FIND_LIMIT);
  const entries = new Map<string, HistoryEntry[]>();
  for (const entry of listed.length > 0 ? await deps.store.searchedEntries(listed.map((dossier) => dossier.handle)) : []) {
    const list = entries.get(entry.handle);
    if (list) list.push(entry);
    else entries.set(entry.handle, [entry]);
  }
  return {
    text: input.text,
    dossiers: listed.map((dossier) => {
      const matches: FindMatch[] = [];
      const cardFields = new Set<string>();
      const cardWords = terms.filter((term) => {
        const fields = cardFieldsMatching(dossier.handle, dossier, term);
        for (const field of fields) cardFields.add(field);
        return fields.length > 0;
      });
      if (cardWords.length > 0) {
        // In the card's own order, whichever word was found first.
        const fields = CARD_FIELDS_FOUND.filter((field) => cardFields.has(field));
        matches.push({ where: 'card', fields, words: cardWords.map((term) => term.typed) });
      }
      for (const entry of entries.get(dossier.handle) ?? []) {
        const match = entryMatch(entry, terms);
        if (match) matches.push(match);
      }
      return { ...view(dossier, deps.today), matches };
    }),
    more: found.length > FIND_LIMIT,
  };
}

/** Where in a history entry the terms are, with a piece of its text around the first. */
function entryMatch(entry: HistoryEntry, terms: SearchTerm[]): FindMatch | undefined {
  const parts = entrySearchParts(entry).map((part) => {
    const folded = fold(part.text);
    return { ...part, words: terms.filter((term) => folded.includes(term.folded)) };
  });
  const hits = parts.filter((part) => part.words.length > 0);
  const first = hits[0];
  if (!first) return undefined;
  const words = terms.filter((term) => hits.some((part) => part.words.includes(term)));
  return {
    where: 'history',
    id: entry.id,
    at: entry.at,
    kind: entry.kind,
    fields: hits.map((part) => part.field),
    words: words.map((term) => term.typed),
    snippet: snippet(first.text, first.words),
  };
}
