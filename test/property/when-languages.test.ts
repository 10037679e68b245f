// Property tests of the date grammar in every language (issue 17): every word of the tables, in
// any language, names what its English equivalent names, for random todays and both calendars;
// and no prefix of 3+ letters is taken silently when it could mean two things.
import fc from 'fast-check';
import './seed.js';
import { describe, expect, it } from 'vitest';
import { daysInMonth, makeDay, type Day } from '../../src/binder/day.js';
import { allDateWords, dateWord, englishName, wordFromTables, type DateWord } from '../../src/binder/date-words.js';
import { fold } from '../../src/binder/fold.js';
import { parsePastWhen, parseWhen, type Calendar } from '../../src/binder/when.js';
import { UserError } from '../../src/errors.js';
import { inZone } from '../unit/zones.js';

const anyDay: fc.Arbitrary<Day> = fc
  .tuple(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => makeDay(y, m, Math.min(d, daysInMonth(y, m))) as Day);
const calendar = fc.constantFrom<Calendar>('gregorian', 'persian');
const words = allDateWords();

/** The English form a word stands for: `july`, `tir`, `friday`, `tomorrow`. */
function english(means: DateWord): string {
  if (means.kind === 'offset') return { 0: 'today', 1: 'tomorrow', 2: '+2d', [-1]: 'yesterday' }[means.days] ?? '';
  return englishName(means).toLowerCase();
}

/** What parse returns, or the UserError's message: the two must agree either way. */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UserError) return { error: true };
    throw error;
  }
}

describe.each(['UTC', 'Asia/Tehran'])('date words in every language with TZ=%s', (zone) => {
  inZone(zone);

  it('any word alone names what its English equivalent names, ahead and back, in either calendar', () => {
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom('as is', 'upper case', 'spaced, a dot'), anyDay, calendar, ({ word, means }, how, today, cal) => {
        const typed = how === 'as is' ? word : how === 'upper case' ? word.toUpperCase() : ` ${word.replace(/\.$/, '')}. `;
        const expected = english(means);
        if (means.kind !== 'offset' || means.days >= 0) {
          const got = outcome(() => parseWhen(typed, today, cal));
          // `today` keeps its own form; `+2d` is an offset, as the day after tomorrow is.
          expect(got).toEqual(outcome(() => parseWhen(expected, today, cal)));
        }
        expect(outcome(() => parsePastWhen(typed, today, cal))).toEqual(outcome(() => parsePastWhen(expected, today, cal)));
      }),
      { numRuns: 5000 },
    );
  });

  it('a month word with a day, in either order, names what the English month and day name', () => {
    const months = words.filter((w) => w.means.kind === 'month');
    fc.assert(
      fc.property(fc.constantFrom(...months), fc.integer({ min: 1, max: 31 }), anyDay, fc.boolean(), ({ word, means }, date, today, dayFirst) => {
        const typed = dayFirst ? `${date} ${word}` : `${word} ${date}`;
        const expected = `${english(means)} ${date}`;
        expect(outcome(() => parseWhen(typed, today))).toEqual(outcome(() => parseWhen(expected, today)));
        expect(outcome(() => parsePastWhen(typed, today))).toEqual(outcome(() => parsePastWhen(expected, today)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('prefixes', () => {
  const key = (text: string) => fold(text).replace(/\s+/g, '').replace(/\.$/, '');
  const same = (a: DateWord, b: DateWord) => JSON.stringify(a) === JSON.stringify(b);

  it('no whole word means two things', () => {
    for (const { word, means } of words) {
      for (const other of words.filter((w) => key(w.word) === key(word))) expect(other.means, `${word} / ${other.word}`).toEqual(means);
    }
  });

  it('every 3+ letter prefix of every word resolves to the one meaning it can have, or names all it could have', () => {
    let ambiguous = 0;
    for (const { word, prefix } of words.filter((w) => w.prefix)) {
      const letters = [...key(word)];
      for (let n = 3; n <= letters.length; n++) {
        const typed = letters.slice(0, n).join('');
        if (!prefix) continue;
        const whole = words.find((w) => key(w.word) === typed);
        const meanings = words
          .filter((w) => w.prefix && key(w.word).startsWith(typed))
          .map((w) => w.means)
          .filter((m, i, all) => all.findIndex((o) => same(o, m)) === i);
        if (whole) {
          expect(dateWord(typed)).toEqual(whole.means);
        } else if (meanings.length === 1) {
          expect(dateWord(typed)).toEqual(meanings[0]);
        } else {
          ambiguous += 1;
          let message = '';
          try {
            dateWord(typed);
          } catch (error) {
            message = error instanceof UserError ? error.message : String(error);
          }
          expect(message).toMatch(/could be .*; type more letters$/);
          for (const m of meanings) expect(message).toContain(englishName(m));
        }
      }
    }
    // Armenian հու, հուն (January, June; հու also July) and nothing else (LANGUAGES.md).
    expect(ambiguous).toBeGreaterThan(0);
  });

  it("English's own reading (no tables built) is the tables' reading, for every English word and prefix", () => {
    for (const { word } of words.filter((w) => /^[a-z]+\.?$/i.test(w.word))) {
      for (let n = 3; n <= word.length; n++) {
        const typed = word.slice(0, n).toLowerCase();
        let fromTables: unknown;
        try {
          fromTables = wordFromTables(typed);
        } catch (error) {
          fromTables = error;
        }
        expect(dateWord(typed), typed).toEqual(fromTables);
      }
    }
  });

  it('the only ambiguous prefixes are Armenian հու and հուն', () => {
    const found = new Set<string>();
    for (const { word } of words.filter((w) => w.prefix)) {
      const letters = [...key(word)];
      for (let n = 3; n <= letters.length; n++) {
        const typed = letters.slice(0, n).join('');
        try {
          dateWord(typed);
        } catch {
          found.add(typed);
        }
      }
    }
    expect([...found].sort()).toEqual(['հու', 'հուն']);
  });
});
