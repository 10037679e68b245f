// How names are matched, BINDER.md "The software model": NFKD, combining marks dropped, lower
// case, the letters NFKD keeps whole folded, Arabic and Persian forms of one letter made one.
import { describe, expect, it } from 'vitest';
import { asciiDigits, fold, foldedWords } from '../../src/binder/fold.js';

/** True when `typed` names `name` the way the binder matches: a prefix of one of its words. */
function names(typed: string, name: string): boolean {
  const prefix = fold(typed);
  return foldedWords(name).some((word) => word.startsWith(prefix));
}

describe('the BINDER.md examples', () => {
  it('`zolc` finds Łukasz Żółć', () => {
    expect(fold('Łukasz Żółć')).toBe('lukasz zolc');
    expect(names('zolc', 'Łukasz Żółć')).toBe(true);
    expect(names('luk', 'Łukasz Żółć')).toBe(true);
  });

  it('`петр` finds Ани Петрова, as a prefix of a word', () => {
    expect(names('петр', 'Ани Петрова')).toBe(true);
    expect(names('ПЕТР', 'Ани Петрова')).toBe(true);
    expect(names('етр', 'Ани Петрова')).toBe(false);
  });

  it('what the user typed with its diacritics matches too', () => {
    expect(names('Żółć', 'Łukasz Żółć')).toBe(true);
    expect(names('łuk', 'Lukasz Zolc')).toBe(true);
  });
});

describe('fold', () => {
  it.each([
    // Letters NFKD keeps whole.
    { text: 'ł', folded: 'l' },
    { text: 'Ł', folded: 'l' },
    { text: 'đ', folded: 'd' },
    { text: 'Đorđević', folded: 'dordevic' },
    { text: 'ø', folded: 'o' },
    { text: 'Ø', folded: 'o' },
    { text: 'Søren Kierkegaard', folded: 'soren kierkegaard' },
    { text: 'ß', folded: 'ss' },
    { text: 'Straße', folded: 'strasse' },
    { text: 'ẞ', folded: 'ss' },
    { text: 'æ', folded: 'ae' },
    { text: 'Ærøskøbing', folded: 'aeroskobing' },
    { text: 'œ', folded: 'oe' },
    { text: 'Œuvre', folded: 'oeuvre' },
    { text: 'ı', folded: 'i' },
    { text: 'Işık', folded: 'isik' },
    // Maltese ħ and Icelandic/Faroese þ and ð: NFKD leaves them whole, so only the table folds them.
    { text: 'ħ', folded: 'h' },
    { text: 'Ħal Qormi', folded: 'hal qormi' },
    { text: 'þ', folded: 'th' },
    { text: 'Þórsdóttir', folded: 'thorsdottir' },
    { text: 'ð', folded: 'd' },
    { text: 'Guðrún', folded: 'gudrun' },
    { text: 'Ð', folded: 'd' },
    { text: 'İstanbul', folded: 'istanbul' },
    // Combining marks dropped after NFKD.
    { text: 'Müller', folded: 'muller' },
    { text: 'Ångström', folded: 'angstrom' },
    { text: 'François', folded: 'francois' },
    { text: 'Dvořák', folded: 'dvorak' },
    { text: 'Nguyễn Thị Minh', folded: 'nguyen thi minh' },
    { text: 'Ёлкин Йосиф', folded: 'елкин иосиф' },
    // Compatibility forms: ligatures, fullwidth letters.
    { text: 'ﬁnance', folded: 'finance' },
    { text: 'ＡＣＭＥ', folded: 'acme' },
    // Greek: accents dropped, the final sigma is σ.
    { text: 'Οδυσσέας', folded: 'οδυσσεασ' },
    { text: 'ΟΔΥΣΣΕΑΣ', folded: 'οδυσσεασ' },
    { text: 'Σοφία', folded: 'σοφια' },
  ])('$text -> $folded', ({ text, folded }) => {
    expect(fold(text)).toBe(folded);
  });

  it('ħ, þ and ð are typed as h, th and d on a keyboard without them: `thor` finds Þórsdóttir, `gud` Guðrún, `hal` Ħal Qormi', () => {
    expect(names('thor', 'Sigríður Þórsdóttir')).toBe(true);
    expect(names('sigrid', 'Sigríður Þórsdóttir')).toBe(true);
    expect(names('gud', 'Guðrún Jónsdóttir')).toBe(true);
    expect(names('hal', 'Ħal Qormi Stores')).toBe(true);
  });

  it('the Greek final sigma matches σ both ways: a prefix typed with ς finds the name', () => {
    expect(names('οδυς', 'Οδυσσέας Ελύτης')).toBe(true);
    expect(names('ελυτησ', 'Οδυσσέας Ελύτης')).toBe(true);
    expect(fold('Ελύτης')).toBe(fold('ΕΛΥΤΗΣ'));
  });

  describe('Arabic and Persian forms of one letter are one', () => {
    it.each([
      // Arabic yeh U+064A, alef maksura U+0649, Farsi yeh U+06CC.
      { a: '\u064A', b: '\u0649' },
      { a: '\u064A', b: '\u06CC' },
      { a: '\u0649', b: '\u06CC' },
      // Arabic kaf U+0643, keheh U+06A9.
      { a: '\u0643', b: '\u06A9' },
      // Ali: Arabic spelling and Persian spelling.
      { a: '\u0639\u0644\u064A', b: '\u0639\u0644\u06CC' },
      // Karim: Arabic kaf and yeh vs Persian keheh and Farsi yeh.
      { a: '\u0643\u0631\u064A\u0645', b: '\u06A9\u0631\u06CC\u0645' },
      // Mustafa with alef maksura vs Farsi yeh.
      { a: '\u0645\u0635\u0637\u0641\u0649', b: '\u0645\u0635\u0637\u0641\u06CC' },
    ])('$a and $b fold alike', ({ a, b }) => {
      expect(fold(a)).toBe(fold(b));
    });

    it('a Persian prefix finds the Arabic spelling and back', () => {
      expect(names('\u06A9\u0631\u06CC', 'Ahmad \u0643\u0631\u064A\u0645')).toBe(true);
      expect(names('\u0643\u0631\u064A', '\u06A9\u0631\u06CC\u0645\u06CC')).toBe(true);
    });

    it('different letters stay different', () => {
      expect(fold('\u0643')).not.toBe(fold('\u064A'));
      expect(fold('\u06AF')).not.toBe(fold('\u06A9')); // Persian gaf is not keheh
    });
  });

  describe('the Persian zero-width non-joiner', () => {
    // Niknam, written with a ZWNJ (U+200C) between نیک and نام, and without it.
    const withZwnj = '\u0646\u06CC\u06A9\u200C\u0646\u0627\u0645';
    const without = '\u0646\u06CC\u06A9\u0646\u0627\u0645';

    it('is dropped, so the name matches whether or not it was typed', () => {
      expect(fold(withZwnj)).toBe(fold(without));
      expect(fold(withZwnj)).not.toContain('\u200C');
      expect(names(without, withZwnj)).toBe(true);
      expect(names(withZwnj, without)).toBe(true);
    });

    it('does not split the word', () => {
      expect(foldedWords(`Ali ${withZwnj}`)).toEqual(['ali', '\u0646\u064A\u0643\u0646\u0627\u0645']);
    });
  });

  it.each([
    { script: 'Persian', digits: '۰۱۲۳۴۵۶۷۸۹' },
    { script: 'Arabic-Indic', digits: '٠١٢٣٤٥٦٧٨٩' },
    { script: 'Devanagari', digits: '०१२३४५६७८९' },
    { script: 'Bengali', digits: '০১২৩৪৫৬৭৮৯' },
    { script: 'Thai', digits: '๐๑๒๓๔๕๖๗๘๙' },
    { script: 'fullwidth', digits: '０１２３４５６７８９' },
    { script: 'ASCII', digits: '0123456789' },
  ])('$script digits fold to ASCII', ({ digits }) => {
    expect(fold(digits)).toBe('0123456789');
    expect(fold(`Office ${digits}`)).toBe('office 0123456789');
  });

  it.each([
    { script: 'Armenian', text: 'Հովհաննիսյան Արամ', folded: 'հովհաննիսյան արամ' },
    { script: 'Georgian', text: 'გიორგი', folded: 'გიორგი' },
    { script: 'Chinese', text: '王小明', folded: '王小明' },
    { script: 'Japanese kanji', text: '山田太郎', folded: '山田太郎' },
    { script: 'Cyrillic', text: 'АНИ ПЕТРОВА', folded: 'ани петрова' },
  ])('$script text is kept, only lower-cased', ({ text, folded }) => {
    expect(fold(text)).toBe(folded);
  });

  it('Korean names still match by prefix and fold to the same text (NFKD splits syllables into jamo)', () => {
    expect(fold('김민수').normalize('NFC')).toBe('김민수');
    expect(names('김민', '김민수')).toBe(true);
    expect(names('김', '박민수')).toBe(false);
  });
});

describe('asciiDigits', () => {
  it.each([
    { text: '۸', ascii: '8' },
    { text: '٨', ascii: '8' },
    { text: '८', ascii: '8' },
    { text: '২৫', ascii: '25' },
    { text: '۲۰۲۶-۱۲-۰۵', ascii: '2026-12-05' },
    { text: 'jul ٥', ascii: 'jul 5' },
    { text: '+۳d', ascii: '+3d' },
    { text: 'no digits', ascii: 'no digits' },
  ])('$text -> $ascii', ({ text, ascii }) => {
    expect(asciiDigits(text)).toBe(ascii);
  });

  // U+1D7CE-1D7FF holds five runs of ten digits back to back (bold, double-struck, sans-serif,
  // sans-serif bold, monospace), so counting back to the first digit that is not one overshoots
  // the run's zero by 10, 20, 30 or 40: only the value modulo 10 is the digit.
  it.each([
    { style: 'bold', zero: 0x1d7ce },
    { style: 'double-struck', zero: 0x1d7d8 },
    { style: 'sans-serif', zero: 0x1d7e2 },
    { style: 'sans-serif bold', zero: 0x1d7ec },
    { style: 'monospace', zero: 0x1d7f6 },
  ])('mathematical $style digits, one run of five back to back, fold to 0-9', ({ zero }) => {
    const digits = Array.from({ length: 10 }, (_, i) => String.fromCodePoint(zero + i)).join('');
    expect(asciiDigits(digits)).toBe('0123456789');
    expect(fold(`Room ${[...digits].slice(4, 6).join('')}`)).toBe('room 45');
  });

  it('leaves letters of any script alone', () => {
    expect(asciiDigits('Петрова 王 Արամ')).toBe('Петрова 王 Արամ');
  });
});

describe('foldedWords', () => {
  it.each([
    { text: 'Acme Ltd.', words: ['acme', 'ltd'] },
    { text: '  Jean-Luc   Picard ', words: ['jean', 'luc', 'picard'] },
    { text: 'Żółć & Syn, Sp. z o.o.', words: ['zolc', 'syn', 'sp', 'z', 'o', 'o'] },
    { text: 'Ани Петрова', words: ['ани', 'петрова'] },
    { text: '王小明 (Beijing)', words: ['王小明', 'beijing'] },
    { text: 'Bureau №۷', words: ['bureau', 'no7'] },
    { text: 'Office 42', words: ['office', '42'] },
    { text: '', words: [] },
    { text: ' - ', words: [] },
  ])('$text -> $words', ({ text, words }) => {
    expect(foldedWords(text)).toEqual(words);
  });
});
