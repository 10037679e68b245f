// Lists of people in the order their language sorts names (issue 17): Polish Ł after L, Persian
// پ چ ژ گ after ب ج ز ک, Armenian and Bulgarian capitals beside their small letters. Only what a
// person reads: --json, exports and the completion scripts keep code-point order (byText), the same
// under every language. The collator is made at the first comparison, once per language (making
// one costs a command a few milliseconds), never by a command that sorts no names.
import { byText } from '../binder/day.js';
import { currentLanguage, type Language } from './language.js';

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
