// What a dossier is found by (crm find): the folded text of its card and of its history, and how a
// query is read. The store indexes these texts; the rule of what goes into them lives here, once.
import type { Card, FilledForm } from './dossier.js';
import { asciiDigits, fold, latinWords, nameWords } from './fold.js';

/** A word of a query: every one must be found somewhere in the dossier, card or history. */
export interface SearchTerm {
  /** As typed, for saying what matched where. */
  typed: string;
  folded: string;
  /** The digits of a phone number (three or more), found in the card's phone whatever its spacing. */
  digits: string | null;
}

/** What find reads of a history entry. */
export interface SearchedEntry {
  note?: string | null;
  offer?: string | null;
  form?: FilledForm | null;
}

/** Where in a history entry its text is: the note, the offer, or an answer of the form filled in. */
export type EntryField = 'note' | 'offer' | `form:${string}`;

/**
 * The words a client is looked up by (crm log "anna w", crm show acme): the folded handle whole,
 * and each folded word of the handle, the name and the company, and the Latin forms of those in
 * Cyrillic, Armenian or Greek (crm show petrova names Анна Петрова), each once.
 */
export function lookupWords(handle: string, card: Pick<Card, 'name' | 'company'>): string[] {
  return [...new Set([fold(handle), ...nameWords(namingText(handle, card))])];
}

/** The text a client is named by: handle, name, company. */
function namingText(handle: string, card: Pick<Card, 'name' | 'company'>): string {
  return `${handle} ${card.name} ${card.company ?? ''}`;
}

/**
 * The words of a query, each folded. A query that is a phone number (`+48 601 234`, `(495)
 * 123-45`) is one term, so its digits are found together; any other query is split at spaces
 * into words found in any order (`nowak anna` finds Anna Nowak), each word's outer punctuation
 * let go (`nowak,`).
 */
export function searchTerms(text: string): SearchTerm[] {
  const whole = text.trim();
  const wholeDigits = phoneQuery(whole);
  if (wholeDigits !== null) return [{ typed: whole, folded: fold(whole), digits: wholeDigits }];
  const terms = new Map<string, SearchTerm>();
  for (const word of whole.split(/\s+/u)) {
    const trimmed = word.replace(/^\p{P}+|\p{P}+$/gu, '') || word;
    const folded = fold(trimmed);
    if (folded === '' || terms.has(folded)) continue;
    terms.set(folded, { typed: trimmed, folded, digits: phoneQuery(trimmed) });
  }
  return [...terms.values()];
}

/** The digits of a text that is a phone number, or part of one, in any spacing; else null. */
function phoneQuery(text: string): string | null {
  const digits = asciiDigits(text).replace(/[\s+\-().]/gu, '');
  return /^\d{3,}$/.test(digits) ? digits : null;
}

/** The card fields a dossier is found by, besides its handle and phone. */
export const CARD_SEARCH_FIELDS = ['name', 'position', 'company', 'email', 'notes', 'tags', 'preferences'] as const;

/**
 * The folded card text find searches: handle, name, position, company, every e-mail address, notes,
 * tags, preferences; then, on a line of their own, the Latin forms of the words of handle, name and
 * company written in Cyrillic, Armenian or Greek (crm find petrova finds Анна Петрова).
 */
export function cardSearchText(handle: string, card: Card): string {
  const text = fold([handle, ...CARD_SEARCH_FIELDS.flatMap((field) => (field === 'email' ? card.emails.map((email) => email.address) : [card[field]]))].filter(Boolean).join('\n'));
  const latin = latinWords(namingText(handle, card));
  return latin.length > 0 ? `${text}\n${latin.join(' ')}` : text;
}

/** The digits of every phone number on the card, a space between numbers (so no match runs across two). */
export function phoneDigits(card: Card): string | null {
  return card.phones.length > 0 ? card.phones.map((phone) => numberDigits(phone.number)).join(' ') : null;
}

/** One number's digits, whatever its spacing and script: what a number typed in find is compared with. */
function numberDigits(number: string): string {
  return asciiDigits(number).replace(/\D/g, '');
}

/** The fields whose words have Latin forms in the search text. */
const NAMING_FIELDS = new Set(['handle', 'name', 'company']);

/** The card fields in which a term is found (`handle`, `name`, ..., `phone`). */
export function cardFieldsMatching(handle: string, card: Card, term: SearchTerm): string[] {
  const fields: [string, string | null][] = [
    ['handle', handle],
    ...CARD_SEARCH_FIELDS.flatMap((field): [string, string | null][] =>
      field === 'email' ? card.emails.map((email): [string, string] => ['email', email.address]) : [[field, card[field]]],
    ),
    ...card.phones.map((phone): [string, string] => ['phone', phone.number]),
  ];
  const found = fields
    .filter(([field, value]) => {
      if (!value) return false;
      if (field === 'phone' && term.digits !== null && numberDigits(value).includes(term.digits)) return true;
      if (NAMING_FIELDS.has(field) && latinWords(value).some((word) => word.includes(term.folded))) return true;
      return fold(value).includes(term.folded);
    })
    .map(([field]) => field);
  return [...new Set(found)];
}

/** The texts of a history entry that find searches: its note, its offer, the text answers of its form. */
export function entrySearchParts(entry: SearchedEntry): { field: EntryField; text: string }[] {
  const parts: { field: EntryField; text: string }[] = [];
  if (entry.note) parts.push({ field: 'note', text: entry.note });
  if (entry.offer) parts.push({ field: 'offer', text: entry.offer });
  for (const [key, answer] of Object.entries(entry.form?.answers ?? {})) {
    if (typeof answer === 'string' && answer !== '') parts.push({ field: `form:${key}`, text: answer });
  }
  return parts;
}

/** The folded history text of a dossier: every searched text of its entries, oldest first, a line each. */
export function historySearchText(entries: SearchedEntry[]): string {
  return appendHistoryText('', entries);
}

/** A dossier's history text with the texts of newer entries added: historySearchText of all of them. */
export function appendHistoryText(text: string, entries: SearchedEntry[]): string {
  const lines = entries.flatMap((entry) => entrySearchParts(entry).map((part) => fold(part.text)));
  return [...(text === '' ? [] : [text]), ...lines].join('\n');
}

const foldedChars = new Map<string, string>();

/** fold() of one character, remembered: a snippet folds each character of a text on its own. */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = fold(ch);
    foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * A short piece of `text` around the first place one of the terms is found, on one line, cut
 * with an ellipsis at either end it does not reach: `…klient potwierdził zamówienie na 200…`.
 * Raw text: the renderer makes it safe for a terminal.
 */
export function snippet(text: string, terms: SearchTerm[], width = 60): string {
  // Fold a character at a time, remembering where each folded character came from.
  const chars = [...text];
  let folded = '';
  const origin: number[] = [];
  chars.forEach((ch, index) => {
    const piece = foldChar(ch);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
  });
  let start = 0;
  let end = 0;
  let best = Infinity;
  for (const term of terms) {
    const at = folded.indexOf(term.folded);
    if (at >= 0 && at < best) {
      best = at;
      start = origin[at] ?? 0;
      end = (origin[at + term.folded.length - 1] ?? start) + 1;
    }
  }
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(chars.length, from + Math.max(width, end - start));
  from = Math.max(0, Math.min(from, to - width));
  // A letter's marks stay with it.
  while (to < chars.length && /[\p{M}\p{Cf}]/u.test(chars[to] ?? '')) to++;
  const piece = chars.slice(from, to).join('').replace(/\s+/gu, ' ').trim();
  return `${from > 0 ? '…' : ''}${piece}${to < chars.length ? '…' : ''}`;
}
