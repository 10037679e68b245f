// A client found from another script (binder/latin.ts): the Latin forms of names in Cyrillic,
// Armenian and Greek, by any-ascii's letters and the standards that differ from them.
import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { fold, latinWords, nameWords } from '../../src/binder/fold.js';
import { latinForms, SCRIPT_BLOCKS, transliterated } from '../../src/binder/latin.js';
import { anyAscii as copied } from '../../src/binder/latin-table.js';
import { cardFieldsMatching, cardSearchText, lookupWords, searchTerms } from '../../src/binder/search.js';
import { emptyCard } from '../../src/binder/dossier.js';

describe('latinForms', () => {
  it.each([
    // Russian: any-ascii (BGN/PCGN without apostrophes), and BGN/PCGN's initial ye.
    ['Петрова', ['petrova']],
    ['Анна', ['anna']],
    ['Игорь', ['igor']],
    ['Евгений', ['evgeniy', 'yevgeniy']],
    ['Хачатурян', ['khachaturyan', 'hachaturyan']],
    ['Фёдоров', ['fedorov']],
    ['Юлия', ['yuliya', 'yulia']],
    // Bulgarian: the Transliteration Act 2009 beside any-ascii.
    ['Щерев', ['shcherev', 'shterev']],
    ['Христо', ['khristo', 'hristo']],
    ['Ъглов', ['glov', 'aglov']],
    ['Стоянова', ['stoyanova']],
    ['Мария', ['mariya', 'maria']],
    ['Жечев', ['zhechev']],
    // Ukrainian (і ї є ґ): the 2010 table.
    ['Євгенія', ['ievgeniya', 'yevheniia']],
    ['Їжак', ['izhak', 'yizhak']],
    ['Ґалаґан', ['galagan']],
    ['Згурська', ['zgurska']],
    ['Згурська-Іванів', ['zgurska-ivaniv', 'zghurska-ivaniv']],
    ['Гончаренко', ['goncharenko']],
    ['Жельо', ['zhelo', 'zhelyo']],
    // Armenian: ու u, ռ r, and BGN/PCGN's initial ye, vo, yev.
    ['Հակոբյան', ['hakobyan']],
    ['Հարությունյան', ['harutyunyan']],
    ['Երևան', ['erevan', 'yerevan']],
    ['Ոսկանյան', ['oskanyan', 'voskanyan']],
    ['Թադևոսյան', ['tadevosyan']],
    ['Ղուկաս', ['ghukas']],
    ['Ռուբեն', ['ruben']],
    ['Չոբանյան', ['chobanyan']],
    // Greek: ELOT 743.
    ['Σωκράτης', ['sokratis']],
    ['ΣΩΚΡΑΤΗΣ', ['sokratis']],
    ['Παπαδόπουλος', ['papadopoulos']],
    ['Χρήστος', ['christos']],
    ['Ευάγγελος', ['evangelos']],
    ['Ευθύμιος', ['efthymios']],
    ['Αυγερινός', ['avgerinos']],
    ['Ψαράς', ['psaras']],
    ['Γιώργος', ['giorgos']],
    ['Μπάμπης', ['mpampis']],
  ])('%s -> %j', (word, forms) => {
    expect(latinForms(word)).toEqual(forms);
  });

  it.each(['Nowak', 'Łukasz', 'محمد', 'ابراهیمی', '王', '2026', 'O'])('%s has none: Latin is found as it is, Arabic script is not transliterated', (word) => {
    expect(latinForms(word)).toEqual([]);
  });
});

describe('latinWords and nameWords', () => {
  it('give the Latin forms of every word, folded, and leave Latin words to foldedWords', () => {
    expect(latinWords('Анна Петрова')).toEqual(['anna', 'petrova']);
    expect(latinWords('Anna Nowak')).toEqual([]);
    expect(nameWords('Анна Петрова')).toEqual(['анна', 'петрова', 'anna', 'petrova']);
    expect(nameWords('Łukasz Żółć')).toEqual(['lukasz', 'zolc']);
    // The aspirate's apostrophe does not split the word.
    expect(latinWords('Թադևոսյան Փիլիպոս')).toEqual(['tadevosyan', 'pilipos']);
    // Nor the Ukrainian apostrophe.
    expect(latinWords("Мар'яна")).toContain('maryana');
  });
});

describe('the copy of any-ascii', () => {
  it('is the library\'s own Latin for every letter it holds', () => {
    for (const [letter, latin] of Object.entries(copied())) expect(anyAscii(letter)).toBe(latin);
    for (const letter of 'абвгдежзийклмнопрстуфхцчшщъыьэюяёєіїґաբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆևαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ') {
      expect(copied()[letter]).toBe(anyAscii(letter));
    }
  });
});

describe('what a dossier is found by', () => {
  const card = { ...emptyCard('Анна Петрова'), company: 'Петрова ЕООД' };

  it('lookup words: the originals first, then their Latin forms', () => {
    expect(lookupWords('петрова', card)).toEqual(['петрова', 'анна', 'еоод', 'petrova', 'anna', 'eood', 'yeood']);
    expect(lookupWords('acme', { name: 'Anna Nowak', company: null })).toEqual(['acme', 'anna', 'nowak']);
  });

  it("find's text: the card as it was, then the Latin forms on a line of their own", () => {
    expect(cardSearchText('petrova', card)).toBe(`${fold('petrova\nАнна Петрова\nПетрова ЕООД')}\nanna petrova eood yeood`);
    expect(cardSearchText('acme', emptyCard('Anna Nowak'))).toBe('acme\nanna nowak');
  });

  it('says the name matched, typed in either script', () => {
    const [latin] = searchTerms('petr');
    const [cyrillic] = searchTerms('петр');
    expect(cardFieldsMatching('p', card, latin!)).toEqual(['name', 'company']);
    expect(cardFieldsMatching('p', card, cyrillic!)).toEqual(['name', 'company']);
  });
});

describe('which texts are transliterated', () => {
  // The quick test by blocks stands before the script tables: a letter of those scripts outside the blocks would not be found.
  it('every letter of Cyrillic, Armenian and Greek falls in the blocks tested first', () => {
    const scripts = /[\p{sc=Cyrillic}\p{sc=Armenian}\p{sc=Greek}]/u;
    const outside: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      const ch = String.fromCodePoint(code);
      if (scripts.test(ch) && !SCRIPT_BLOCKS.test(ch)) outside.push(code.toString(16));
    }
    expect(outside).toEqual([]);
  });

  it.each([
    ['Анна Петрова', true],
    ['Հակոբյան', true],
    ['Σωκράτης', true],
    ['Kowalski', false],
    ['محمد رحیمی', false],
    // In the Greek block, but of no script with Latin forms: Coptic's letters and the Greek question mark's block neighbours.
    ['\u03e2', false],
  ])('%s: %s', (text, expected) => {
    expect(transliterated(text)).toBe(expected);
  });
});
