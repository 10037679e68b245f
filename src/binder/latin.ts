// A client found from another script (issue 17): the Latin forms of a name's word written in
// Cyrillic, Armenian or Greek, so that `petrova` finds Петрова, `hakobyan` Հակոբյան and `sokratis`
// Σωκράτης. The letters are any-ascii's (latin-table.ts, copied from the library); where a standard
// romanisation differs, its rules go first, and a word is found by each form that differs:
// - Cyrillic: any-ascii's, which is BGN/PCGN's Russian (1947) without its apostrophes and ë; and
//   BGN/PCGN's ye for е and ё at a word's start and after a vowel (Yevgeniy beside Evgeniy);
// - Bulgarian: the Transliteration Act (2009): щ sht, ъ a, ьо yo, х h, a final -ия -ia (Shterev,
//   Hristo, Bulgaria; any-ascii's shch, kh beside them);
// - Ukrainian, for words with і, ї, є or ґ: the Cabinet of Ministers' table (resolution 55, 2010):
//   г h, и y, є ї й ю я as ye yi y yu ya at a word's start and ie i i iu ia elsewhere, зг zgh;
// - Armenian: ու is u (any-ascii's letter by letter "ow" is no one's spelling), ռ r, եւ ev, and
//   BGN/PCGN's (1981) ye, vo, yev at a word's start (Yerevan beside Erevan);
// - Greek: ELOT 743 (ISO 843), as on Greek passports: ου ou, αυ ευ ηυ av ev iv (af ef if before a
//   voiceless consonant and at the end), γγ ng, γξ nx, γχ nch.
// The apostrophes of the aspirates (t', ch') and of the soft and hard signs are dropped: they do
// not split a word. Persian and Arabic script are not transliterated: they do not write the short
// vowels, so the letters alone do not make a Latin spelling (محمد is Mohammad, Muhammad, Mehmet).
import { anyAscii } from './latin-table.js';

// The Unicode blocks that hold the letters of those scripts, wider than the scripts: a text with
// none of them (most names) is answered without building the script tables, which costs half a
// millisecond at every start of a command that folds a name (measured). test/unit/latin.test.ts
// checks that every letter of the three scripts falls in these blocks.
export const SCRIPT_BLOCKS =
  // eslint-disable-next-line no-misleading-character-class -- ranges of code points, marks among them, each matched alone
  /[\u0370-\u058f\u1c80-\u1c8f\u1d00-\u1dbf\u1f00-\u1fff\u2126\u2de0-\u2dff\ua640-\ua69f\uab30-\uab6f\ufb00-\ufb4f\ufe20-\ufe2f\u{10140}-\u{101cf}\u{1d200}-\u{1d24f}\u{1e030}-\u{1e08f}]/u;
let scripts: RegExp | undefined;

/** Whether a text has a letter of the scripts that have Latin forms (Cyrillic, Armenian, Greek). */
export function transliterated(text: string): boolean {
  return SCRIPT_BLOCKS.test(text) && (scripts ??= /[\p{sc=Cyrillic}\p{sc=Armenian}\p{sc=Greek}]/u).test(text);
}

type Rule = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

// The standards' rules, made at the first word in those letters (a few dozen patterns that most
// commands never use).
let made: ReturnType<typeof standards> | undefined;
function standards() {
  const RUSSIAN_BGN: readonly Rule[] = [[/(?<=^|[аеёиоуыэюяйъь])[её]/gu, 'ye']];

  const BULGARIAN: readonly Rule[] = [
    [/щ/gu, 'sht'],
    [/ъ/gu, 'a'],
    [/ьо/gu, 'yo'],
    [/х/gu, 'h'],
    [/ия$/u, 'ia'],
  ];

  const UKRAINIAN_LETTERS = /[ієїґ]/u;
  const UKRAINIAN: readonly Rule[] = [
    [/зг/gu, 'zgh'],
    [/г/gu, 'h'],
    [/ґ/gu, 'g'],
    [/^є/u, 'ye'],
    [/є/gu, 'ie'],
    [/^ї/u, 'yi'],
    [/ї/gu, 'i'],
    [/^й/u, 'y'],
    [/й/gu, 'i'],
    [/^ю/u, 'yu'],
    [/ю/gu, 'iu'],
    [/^я/u, 'ya'],
    [/я/gu, 'ia'],
    [/и/gu, 'y'],
  ];

  const ARMENIAN: readonly Rule[] = [
    [/ու/gu, 'u'],
    [/եւ/gu, 'ev'],
    [/ռ/gu, 'r'],
  ];
  const ARMENIAN_BGN: readonly Rule[] = [
    [/^ու/u, 'u'],
    [/^(?:և|եւ)/u, 'yev'],
    [/^ե/u, 'ye'],
    [/^ո/u, 'vo'],
    ...ARMENIAN,
  ];

  const GREEK_VOWEL: Readonly<Record<string, string>> = { α: 'a', ε: 'e', η: 'i' };
  const GREEK: readonly Rule[] = [
    [/([αεη])υ(?=[θκξπστφχψς]|$)/gu, (_, vowel) => `${GREEK_VOWEL[vowel] ?? vowel}f`],
    [/([αεη])υ/gu, (_, vowel) => `${GREEK_VOWEL[vowel] ?? vowel}v`],
    [/ου/gu, 'ou'],
    [/γγ/gu, 'ng'],
    [/γξ/gu, 'nx'],
    [/γχ/gu, 'nch'],
  ];
  return { RUSSIAN_BGN, BULGARIAN, UKRAINIAN_LETTERS, UKRAINIAN, ARMENIAN, ARMENIAN_BGN, GREEK };
}

/** A word in Latin letters: the rules of a standard first, then any-ascii's letters; apostrophes dropped. */
function romanised(word: string, rules: readonly Rule[]): string {
  let text = word;
  for (const [pattern, latin] of rules) text = typeof latin === 'string' ? text.replace(pattern, latin) : text.replace(pattern, latin);
  const letters = anyAscii();
  let result = '';
  for (const ch of text) result += letters[ch] ?? ch;
  return result.replace(/['’ʼ]/gu, '');
}

/**
 * The Latin forms of one word in Cyrillic, Armenian or Greek letters, lower case, each once
 * (`Христо` -> khristo, hristo); none for a word in other letters.
 */
export function latinForms(word: string): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  if (!transliterated(lower)) return [];
  const { RUSSIAN_BGN, BULGARIAN, UKRAINIAN_LETTERS, UKRAINIAN, ARMENIAN, ARMENIAN_BGN, GREEK } = (made ??= standards());
  const forms: string[] = [];
  if (/\p{sc=Cyrillic}/u.test(lower)) {
    forms.push(romanised(lower, []), romanised(lower, RUSSIAN_BGN), romanised(lower, BULGARIAN));
    if (UKRAINIAN_LETTERS.test(lower)) forms.push(romanised(lower, UKRAINIAN));
  }
  if (/\p{sc=Armenian}/u.test(lower)) forms.push(romanised(lower, ARMENIAN), romanised(lower, ARMENIAN_BGN));
  if (/\p{sc=Greek}/u.test(lower)) {
    // Accents and breathings dropped, the diaeresis kept: it says αϋ is two vowels, not av.
    const greek = lower.normalize('NFD').replace(/(?!\u0308)\p{M}/gu, '').normalize('NFC');
    forms.push(romanised(greek, GREEK));
  }
  return [...new Set(forms)];
}
