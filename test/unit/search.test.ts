// What a dossier is found by (binder/search.ts): the words a client is looked up by, how crm find
// reads a query, and the piece of a history entry it shows around a match.
import { describe, expect, it } from 'vitest';
import { appendHistoryText, historySearchText, lookupWords, searchTerms, snippet } from '../../src/binder/search.js';

describe('lookupWords', () => {
  it.each([
    { handle: 'acme', name: 'Anna Nowak', company: 'ACME Sp. z o.o.', words: ['acme', 'anna', 'nowak', 'sp', 'z', 'o'] },
    // The handle whole as well as its words: crm show nowak-a names it exactly.
    { handle: 'nowak-a', name: 'Anna Nowak', company: null, words: ['nowak-a', 'nowak', 'a', 'anna'] },
    { handle: 'zolc', name: 'Łukasz Żółć', company: null, words: ['zolc', 'lukasz'] },
    { handle: 'yamada', name: '山田 太郎', company: '山田商事', words: ['yamada', '山田', '太郎', '山田商事'] },
  ])('$handle, $name', ({ handle, name, company, words }) => {
    expect(lookupWords(handle, { name, company })).toEqual(words);
  });
});

describe('searchTerms', () => {
  it.each([
    { text: 'nowak anna', words: [['nowak', null], ['anna', null]] },
    { text: '  Nowak,  ANNA ', words: [['nowak', null], ['anna', null]] },
    { text: 'zamówienie', words: [['zamowienie', null]] },
    // A phone number in any spacing is one term, its digits together.
    { text: '+48 601 234', words: [['+48 601 234', '48601234']] },
    { text: '(495) 123-45', words: [['(495) 123-45', '49512345']] },
    { text: 'nowak 601234', words: [['nowak', null], ['601234', '601234']] },
    // The zero-width non-joiner goes, the Arabic and Persian letter forms are one.
    { text: 'پیش\u200cفاکتور', words: [['پيشفاكتور', null]] },
    { text: 'anna Anna ANNA', words: [['anna', null]] },
    { text: '\u200c', words: [] },
  ])('$text', ({ text, words }) => {
    expect(searchTerms(text).map((term) => [term.folded, term.digits])).toEqual(words);
  });
});

describe('the history text', () => {
  const entries = [{ note: 'Zamówienie 200 szt.' }, { note: null }, { note: 'Oferta', offer: 'Rabat 8%' }, { form: { name: 'visit', answers: { mood: 'Dobry', budget: 4800 } } }];

  it('is each note, offer and text answer folded, a line each, oldest first', () => {
    expect(historySearchText(entries)).toBe('zamowienie 200 szt.\noferta\nrabat 8%\ndobry');
  });

  it('appended a few entries at a time, is what it is made whole', () => {
    expect(appendHistoryText(appendHistoryText(historySearchText(entries.slice(0, 2)), entries.slice(2, 3)), entries.slice(3))).toBe(historySearchText(entries));
    expect(appendHistoryText('', [{ note: null }])).toBe('');
  });
});

describe('snippet', () => {
  const terms = (text: string) => searchTerms(text);
  it('is the whole text when short, on one line', () => {
    expect(snippet('Potwierdziła\nzamówienie.', terms('zamowienie'))).toBe('Potwierdziła zamówienie.');
  });

  it('is cut around the first match with an ellipsis at a cut end', () => {
    const text = `${'a'.repeat(100)} Potwierdziła zamówienie ${'b'.repeat(100)}`;
    const piece = snippet(text, terms('zamowienie'), 40);
    expect(piece).toMatch(/^….*zamówienie.*…$/);
    expect([...piece].length).toBeLessThanOrEqual(42);
  });

  it('keeps a letter with its combining marks, and finds a folded match in text with them', () => {
    const text = `${'x'.repeat(50)} Z\u0301amo\u0301wienie`;
    expect(snippet(text, terms('zamowienie'), 20).endsWith('Z\u0301amo\u0301wienie')).toBe(true);
  });
});
