// Lists of people in the order their language sorts names (issue 17): Polish Ł after L, Persian
// پ چ ژ گ after ب ج ز ک, Armenian and Bulgarian capitals beside their small letters. Only what a
// person reads: --json, exports and the completion scripts keep code-point order (byText), the same
// under every language. The collator is made at the first comparison, once per language (making
// one loads ICU's collation data: 20-50 ms measured on a busy machine, as much as crm find's
// whole query), never by a command that sorts no names, nor for a list English sorts as code
// points do (sortedByName).
import { currentLanguage, type Language } from './language.js';

/** Code-point order (binder/day.ts byText, repeated: the language sits below the binder). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let made: { language: Language; compare: (a: string, b: string) => number } | undefined;

/** The run's language's order of two names; names it holds equal (case, accents) by code point, so the order is one. */
export function byName(a: string, b: string): number {
  const language = currentLanguage();
  if (made?.language !== language) {
    // The pseudo-language sorts as English, the text it stands for.
    made = { language, compare: new Intl.Collator(language === 'qps' ? 'en' : language).compare };
  }
  return made.compare(a, b) || byText(a, b);
}

/** Plain lower-case ASCII words: English sorts them as their code points do (dots, dashes, underscores aside). */
const PLAIN_WORD = /^[a-z0-9._-]*$/;

/**
 * `items` in the order of the run's language by `name` of each, a new list. In English a list
 * whose names are all plain lower-case ASCII (most handles) is sorted by code point, which is
 * English's order for them, without making a collator: an English `crm find` pays nothing.
 */
export function sortedByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  const english = currentLanguage() === 'en' || currentLanguage() === 'qps';
  const order = english && items.every((item) => PLAIN_WORD.test(name(item))) ? byText : byName;
  return [...items].sort((a, b) => order(name(a), name(b)));
}
