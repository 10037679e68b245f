// Lists of people in the order their language sorts names (i18n/collation.ts): what a person reads
// of crm find and of an ambiguous name; --json and the completion scripts keep code-point order.
import { describe, expect, it } from 'vitest';
import type { FindResult, FoundDossier } from '../../src/commands/find.js';
import { ambiguous } from '../../src/commands/lookup.js';
import type { Dossier } from '../../src/binder/dossier.js';
import { startingWith } from '../../src/binder/fold.js';
import { byName, sortedByName } from '../../src/i18n/collation.js';
import type { Language } from '../../src/i18n/language.js';
import { printingAs } from '../../src/io.js';
import { loadDateNames } from '../../src/render/style.js';
import { renderFind } from '../../src/render/list.js';

const as = <T>(language: Language, work: () => T): T => printingAs({ color: false, columns: undefined, language }, work);
const sorted = (language: Language, names: string[]) => as(language, () => [...names].sort(byName));

describe('byName', () => {
  it.each<[Language, string[], string[]]>([
    // Polish: Ł after L, not after Z; Ś after S.
    ['pl', ['Zając', 'Łukasz', 'Mazur', 'Lis', 'Łoś', 'Lubicz', 'Śliwa', 'Sowa', 'Tomczak'], ['Lis', 'Lubicz', 'Łoś', 'Łukasz', 'Mazur', 'Sowa', 'Śliwa', 'Tomczak', 'Zając']],
    // Persian: پ after ب, چ after ج, ژ after ز, گ after ک (by code point all four come after ی's neighbours).
    ['fa', ['گودرزی', 'کریمی', 'پاکزاد', 'بهرامی', 'تهرانی', 'چمران', 'جعفری', 'حسینی', 'ژیان', 'زارعی', 'سعیدی', 'لطفی'], ['بهرامی', 'پاکزاد', 'تهرانی', 'جعفری', 'چمران', 'حسینی', 'زارعی', 'ژیان', 'سعیدی', 'کریمی', 'گودرزی', 'لطفی']],
    // Bulgarian: a capital beside its small letter, not before every small one.
    ['bg', ['янев', 'Щерев', 'щеглов', 'Янков', 'Ъглов', 'Ангелов'], ['Ангелов', 'щеглов', 'Щерев', 'Ъглов', 'янев', 'Янков']],
    // Armenian: likewise (վ before ր, as in the alphabet).
    ['hy', ['Օհանյան', 'աբովյան', 'Բաղդասարյան', 'Աբրահամյան', 'Երևանցի', 'Եվրոպյան', 'Եզեկյան'], ['աբովյան', 'Աբրահամյան', 'Բաղդասարյան', 'Եզեկյան', 'Եվրոպյան', 'Երևանցի', 'Օհանյան']],
    // English, and Latin names under any language.
    ['en', ['nowak', 'Müller', 'muller', 'Adams'], ['Adams', 'muller', 'Müller', 'nowak']],
  ])('%s', (language, names, expected) => {
    expect(sorted(language, names)).toEqual(expected);
  });

  it('holds no two different names equal: the order is one', () => {
    expect(as('pl', () => byName('a', 'A'))).not.toBe(0);
    expect(as('fa', () => byName('كريمي', 'کریمی'))).not.toBe(0);
    expect(as('pl', () => byName('Łoś', 'Łoś'))).toBe(0);
  });

  it('is English outside a run, and for the pseudo-language', () => {
    expect([...['Łoś', 'Zając', 'Lis']].sort(byName)).toEqual(['Lis', 'Łoś', 'Zając']);
    expect(sorted('qps', ['Zając', 'Łoś', 'Lis'])).toEqual(['Lis', 'Łoś', 'Zając']);
  });
});

function dossier(handle: string, name: string): FoundDossier {
  return {
    handle, name, company: null, phone: null, priority: 'B', filedOn: '2026-11-25', filedAt: null, overdueDays: 0, lastNote: null,
    matches: [{ where: 'card', fields: ['name'], words: ['x'] }],
  } as unknown as FoundDossier;
}

describe('sortedByName', () => {
  it('sorts plain ASCII handles in English by code point, and any other list by the collator', () => {
    expect(as('en', () => sortedByName(['mazur', 'adams', 'lis'], (h) => h))).toEqual(['adams', 'lis', 'mazur']);
    expect(as('en', () => sortedByName(['mazur', 'łoś', 'lis'], (h) => h))).toEqual(['lis', 'łoś', 'mazur']);
    expect(as('pl', () => sortedByName(['mazur', 'łoś', 'lis'], (h) => h))).toEqual(['lis', 'łoś', 'mazur']);
    expect(as('fa', () => sortedByName(['گودرزی', 'کریمی', 'لطفی'], (h) => h))).toEqual(['کریمی', 'گودرزی', 'لطفی']);
  });
});

describe('what a person reads', () => {
  // As the store lists them: by handle, in code points.
  const result: FindResult = { text: 'x', more: false, dossiers: [dossier('lis', 'Jan Lis'), dossier('mazur', 'Ewa Mazur'), dossier('łoś', 'Anna Łoś')] };
  const handles = (text: string) => text.split('\n').slice(2).map((line) => line.trim().split(/\s+/)[1]).filter(Boolean);

  it('crm find lists the dossiers by handle as the language sorts it; the result itself keeps its order', async () => {
    // A run in another language reads its date names first (run.ts does it before rendering).
    await loadDateNames();
    expect(as('pl', () => handles(renderFind(result, '2026-11-23')))).toEqual(['lis', 'łoś', 'mazur']);
    expect(as('en', () => handles(renderFind(result, '2026-11-23')))).toEqual(['lis', 'łoś', 'mazur']);
    expect(result.dossiers.map((d) => d.handle)).toEqual(['lis', 'mazur', 'łoś']);
  });

  it('an ambiguous name lists its candidates so', () => {
    const candidates = ['lis', 'mazur', 'łoś'].map((handle) => ({ handle, name: handle, company: null }) as unknown as Dossier);
    const error = as('pl', () => ambiguous('x', candidates));
    expect(error.details.map((line) => line.trim().split(/\s+/)[0])).toEqual(['lis', 'łoś', 'mazur']);
  });

  it('completion keeps code-point order whatever the language', () => {
    expect(as('pl', () => startingWith(['łoś', 'mazur', 'lis'], ''))).toEqual(['lis', 'mazur', 'łoś']);
  });
});
