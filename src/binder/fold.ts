// How the binder compares names: BINDER.md "The software model". Folded text is only ever
// compared with folded text; what the user typed is stored exactly as typed.
import { latinForms, transliterated } from './latin.js';

/** Letters NFKD keeps whole, and the Arabic/Persian forms of one letter, mapped to one form. */
const KEPT_WHOLE: Readonly<Record<string, string>> = {
  'ł': 'l',
  'đ': 'd',
  'ø': 'o',
  'ß': 'ss',
  'æ': 'ae',
  'œ': 'oe',
  'ı': 'i',
  'ħ': 'h',
  'þ': 'th',
  'ð': 'd',
  // Greek final sigma is the same letter as σ.
  'ς': 'σ',
  // Arabic yeh, alef maksura and Farsi yeh; Arabic kaf and keheh.
  'ى': 'ي',
  'ی': 'ي',
  'ک': 'ك',
};
const KEPT_WHOLE_PATTERN = new RegExp(`[${Object.keys(KEPT_WHOLE).join('')}]`, 'gu');

/**
 * Folds text for matching: NFKD, combining marks and invisible format characters (the Persian
 * zero-width non-joiner) dropped, lower case, the letters NFKD keeps whole mapped, digits of any
 * script made ASCII. `Łukasz Żółć` -> `lukasz zolc`.
 */
export function fold(text: string): string {
  return asciiDigits(
    text
      .normalize('NFKD')
      .replace(/[\p{M}\p{Cf}]/gu, '')
      .toLowerCase()
      .replace(KEPT_WHOLE_PATTERN, (ch) => KEPT_WHOLE[ch] ?? ch),
  );
}

/**
 * The texts that start with `typed` as the binder compares names (folded, so `Zo` and `zó` start
 * `zolc`), sorted: what a shell completes a handle from.
 */
export function startingWith(texts: readonly string[], typed: string): string[] {
  const start = fold(typed);
  return texts.filter((text) => fold(text).startsWith(start)).sort();
}

/** The words of a text, folded: what a client can be named by a prefix of. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * The Latin forms of the words of a text written in Cyrillic, Armenian or Greek (latin.ts), folded,
 * each once: what a client is also named and found by (`Анна Петрова` -> anna, petrova). None for
 * a text in other scripts: a Latin name is found as it is, and Persian is not transliterated.
 */
export function latinWords(text: string): string[] {
  if (!transliterated(text)) return [];
  // An apostrophe inside a word (Ukrainian Мар'яна) is part of it here: no Latin form has one.
  const words = text.replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '').split(/[^\p{L}\p{N}\p{M}]+/u);
  return [...new Set(words.flatMap(latinForms).flatMap(foldedWords))];
}

/** The folded words of a text and the Latin forms of those in Cyrillic, Armenian or Greek, each once. */
export function nameWords(text: string): string[] {
  return [...new Set([...foldedWords(text), ...latinWords(text)])];
}

/**
 * Digits of any script as ASCII (`۸`, `٨`, `८` -> `8`). Unicode encodes every decimal digit set
 * as a run of ten from zero, so a digit's value is its distance from the start of its run.
 */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    if (digit >= '0' && digit <= '9') return digit;
    let codePoint = digit.codePointAt(0) ?? 0;
    let value = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(codePoint - 1))) {
      codePoint -= 1;
      value += 1;
    }
    return String(value % 10);
  });
}
