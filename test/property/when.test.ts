// Property tests of the date grammar, BINDER.md "The ring rules" 2-5: random text and random
// todays (1970-2100, month ends and leap days often) instead of the table's chosen rows. The
// expected dates come from an oracle of plain UTC milliseconds, not from date-fns as crm uses it.
import fc from 'fast-check';
import './seed.js';
import { describe, expect, it } from 'vitest';
import { daysInMonth, makeDay, parseDay, parts, toDate, dayFromDate, type Day } from '../../src/binder/day.js';
import { MONTH_NAMES, WEEKDAY_NAMES, type BinderSettings } from '../../src/binder/settings.js';
import { fileOn, parsePastWhen, parseWhen, type When } from '../../src/binder/when.js';
import { UserError } from '../../src/errors.js';
import { inZone } from '../unit/zones.js';

type Calendar = Pick<BinderSettings, 'workdays' | 'holidays'>;

// ---- The oracle: calendar arithmetic on UTC midnights, where no day is skipped or doubled. ----

const DAY_MS = 86_400_000;

function ms(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function plusDays(day: Day, n: number): Day {
  return new Date(ms(day) + n * DAY_MS).toISOString().slice(0, 10);
}

function daysFrom(from: Day, to: Day): number {
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
function weekdayOf(day: Day): number {
  return new Date(ms(day)).getUTCDay();
}

function lastDate(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(day: Day): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function working(day: Day, calendar: Calendar): boolean {
  return calendar.workdays.includes(weekdayOf(day)) && !calendar.holidays.includes(day);
}

// ---- Generators. ----

const year = fc.integer({ min: 1970, max: 2100 });
const month = fc.integer({ min: 1, max: 12 });

/** Any calendar day of 1970-2100, built with crm's own makeDay; month ends, Feb 28/29 and Dec 31 come often. */
const anyDay: fc.Arbitrary<Day> = fc.oneof(
  { arbitrary: fc.tuple(year, month, fc.integer({ min: 1, max: 31 })), weight: 5 },
  { arbitrary: fc.tuple(year, month, fc.constant(31)), weight: 2 },
  { arbitrary: fc.tuple(year, fc.constant(2), fc.constantFrom(28, 29)), weight: 1 },
  { arbitrary: fc.tuple(year, fc.constant(12), fc.constant(31)), weight: 1 },
).map(([y, m, d]) => makeDay(y, m, Math.min(d, daysInMonth(y, m))) as Day);

/** Any calendar day of 1970-9999, by the oracle's arithmetic; the turns of centuries (no Feb 29 in 2100, 2200, 2300) and the last years often. */
const farDay: fc.Arbitrary<Day> = fc.oneof(
  fc.integer({ min: ms('1970-01-01') / DAY_MS, max: ms('9999-12-31') / DAY_MS }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 20, max: 99 }), fc.integer({ min: -5, max: 4 }), fc.nat({ max: 365 }))
    .map(([century, offset, n]) => plusDays(`${century * 100 + offset}-01-01`, n)),
  // The last years crm can name: from 9997 on there is no Feb 29 ahead.
  fc.integer({ min: ms('9990-01-01') / DAY_MS, max: ms('9999-12-31') / DAY_MS }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10)),
);

/** The Gregorian rule, from its definition. */
function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** The first Feb 29 after today, or null when there is none before the year 10000 (crm's dates have four digits). */
function nextFeb29(today: Day): Day | null {
  for (let y = ymd(today).y; ; y++) {
    const day = `${String(y).padStart(4, '0')}-02-29`;
    if (isLeapYear(y) && day > today) return y <= 9999 ? day : null;
  }
}

/** The latest Feb 29 on or before today. */
function lastFeb29(today: Day): Day {
  for (let y = ymd(today).y; ; y--) {
    const day = `${String(y).padStart(4, '0')}-02-29`;
    if (isLeapYear(y) && day <= today) return day;
  }
}

/**
 * The zero of every decimal digit set Unicode has (\p{Nd}, as this Node knows it): ASCII, Arabic-Indic,
 * Persian, Devanagari, ..., Adlam, and each of the five mathematical sets that sit back to back at
 * U+1D7CE-1D7FF. Unicode encodes every set as ten code points in a row from its zero, so the
 * digits, in code point order, fall into tens: each ten is one set. (crm finds a digit's value by
 * walking back to where its run starts; this oracle counts in tens from the first digit instead.)
 */
const ZEROS: number[] = (() => {
  const digits: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) if (/\p{Nd}/u.test(String.fromCodePoint(c))) digits.push(c);
  const zeros: number[] = [];
  for (let i = 0; i < digits.length; i += 10) {
    const set = digits.slice(i, i + 10);
    if (set.length !== 10 || set.some((c, k) => c !== (set[0] as number) + k)) throw new Error(`U+${set[0]?.toString(16)}: not a set of ten`);
    zeros.push(set[0] as number);
  }
  return zeros;
})();

/** A number as some script writes it. */
function digitsIn(n: number | string, zero: number): string {
  return [...String(n)].map((c) => String.fromCodePoint(zero + Number(c))).join('');
}

const someCase = (word: string) =>
  fc.constantFrom(word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1));

/** A name or a prefix of at least three letters, in some case, perhaps with a dot. */
const nameOf = (full: string) =>
  fc
    .tuple(fc.integer({ min: 3, max: full.length }), fc.boolean())
    .chain(([length, dot]) => someCase(full.slice(0, length)).map((word) => (dot ? `${word}.` : word)));

const spaces = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\u2003');

/** Bits of the grammar, near misses and hostile characters, to be glued together at random. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(3, '0')),
  fc.tuple(fc.nat({ max: 9999 }), fc.constantFrom(...ZEROS)).map(([n, zero]) => digitsIn(n, zero)),
  fc.constantFrom(...MONTH_NAMES).chain(nameOf),
  fc.constantFrom(...WEEKDAY_NAMES).chain(nameOf),
  fc.constantFrom('today', 'tomorrow', 'yesterday', 'next week', 'next', 'week', 'now', 'noon'),
  fc.constantFrom('+', '-', '+-', '++', '.', ',', '/', ':', 'd', 'w', 'm', 'y', 'st', 'nd', 'rd', 'th', 'e', 'x'),
  fc
    .tuple(fc.nat({ max: 99_999 }), fc.nat({ max: 999 }), fc.nat({ max: 999 }), fc.constantFrom('-', '/', '.', '－', '‐'))
    .map(([y, m, d, sep]) => `${y}${sep}${m}${sep}${d}`),
  spaces,
  fc.constantFrom('\n', '\r\n', '\u2028', '\u200b', '\u200c', '\u200d', '\ufeff'),
  fc.constantFrom('\u0000', '\u0007', '\u001b', '\u001b[31m', '\u0085', '\u009b', '\u007f'),
  // Compatibility characters that NFKC turns into ASCII letters and digits, and a few that it does not.
  fc.constantFrom('ſ', 'K', 'İ', 'ı', 'ﬀ', '＋', '①', '²', '½', '\u0301', '👍🏽', '\ud800', '\udfff', 'ǆ', 'ǈ'),
);


/** A binder's calendar: some working weekdays (never none) and holidays around today. */
const calendarAround = (today: Day): fc.Arbitrary<Calendar> =>
  fc
    .record({
      workdays: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
      scattered: fc.uniqueArray(fc.integer({ min: -5, max: 120 }), { maxLength: 20 }),
      // A run of days off (a holiday season) starting somewhere soon.
      run: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 })),
    })
    .map(({ workdays, scattered, run: [start, length] }) => {
      const offsets = new Set([...scattered, ...Array.from({ length }, (_, i) => start + i)]);
      return { workdays, holidays: [...offsets].map((n) => plusDays(today, n)).sort() };
    });

/** A form BINDER.md says looks forward (rules 2-4), with what it says of the date it names. */
type Forward =
  | { form: 'number'; n: number }
  | { form: 'month'; month: number }
  | { form: 'month-day'; month: number; date: number }
  | { form: 'weekday'; weekday: number }
  | { form: 'offset'; n: number; unit: 'd' | 'w' | 'm' }
  | { form: 'tomorrow' };

const ordinal = fc.constantFrom('', '', 'st', 'nd', 'rd', 'th');
const zero = fc.constantFrom(...ZEROS);

const forwardForm: fc.Arbitrary<{ text: string; spec: Forward }> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 31 }), ordinal, zero, fc.boolean()).map(([n, suffix, z, pad]) => ({
    text: digitsIn(pad ? String(n).padStart(2, '0') : n, z) + suffix,
    spec: { form: 'number' as const, n },
  })),
  month.chain((m) => nameOf(MONTH_NAMES[m - 1] as string).map((text) => ({ text, spec: { form: 'month' as const, month: m } }))),
  month
    .chain((m) => fc.tuple(fc.constant(m), fc.integer({ min: 1, max: m === 2 ? 29 : daysInMonth(2001, m) })))
    .chain(([m, date]) =>
      fc
        .tuple(nameOf(MONTH_NAMES[m - 1] as string), ordinal, zero, fc.boolean(), spaces)
        .map(([name, suffix, z, dayFirst, space]) => {
          const day = digitsIn(date, z) + suffix;
          return { text: dayFirst ? `${day}${space}${name}` : `${name}${space}${day}`, spec: { form: 'month-day' as const, month: m, date } };
        }),
    ),
  fc.integer({ min: 0, max: 6 }).chain((w) =>
    nameOf(WEEKDAY_NAMES[w] as string).map((text) => ({ text, spec: { form: 'weekday' as const, weekday: w } })),
  ),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('d' as const, 'w' as const, 'm' as const), fc.boolean(), fc.boolean(), zero)
    .map(([n, unit, upper, spaced, z]) => ({
      text: `+${spaced ? ' ' : ''}${digitsIn(n, z)}${spaced ? ' ' : ''}${upper ? unit.toUpperCase() : unit}`,
      spec: { form: 'offset' as const, n, unit },
    })),
  someCase('tomorrow').map((text) => ({ text, spec: { form: 'tomorrow' as const } })),
);

/** A text of the grammar with a few edits: a fragment put in, a character taken out, case changed. */
const nearMiss: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(forwardForm.map((f) => f.text), anyDay, fc.constantFrom('today', 'tomorrow', '+0d')),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'upper'), fragment), { maxLength: 3 }),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, edit, bit]) => {
      const chars = [...t];
      const i = chars.length === 0 ? 0 : at % (chars.length + 1);
      if (edit === 'insert') chars.splice(i, 0, bit);
      else if (edit === 'delete') chars.splice(i, 1);
      else chars[i] = (chars[i] ?? '').toUpperCase();
      return chars.join('');
    }, text),
  );

/** Any text: arbitrary code points, graphemes, ASCII, the grammar's bits glued together, and near misses. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ maxLength: 16 }),
  fc.string({ unit: fragment, maxLength: 6 }),
  fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join(' ')),
  nearMiss,
);

/** Surrounding whitespace never matters. */
const padded = (text: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), text, fc.constantFrom('', ' ', '\n')).map(([a, t, b]) => `${a}${t}${b}`);

// ---- What the oracle says each forward form names. ----

/** The date a forward form names, by BINDER.md alone; null for a month divider. */
function expectedDay(spec: Forward, today: Day): Day | null {
  const t = ymd(today);
  switch (spec.form) {
    case 'tomorrow':
      return plusDays(today, 1);
    case 'number': {
      // Rule 2: the next date after today whose day of the month is n, or a shorter month's last day.
      for (let day = plusDays(today, 1); ; day = plusDays(day, 1)) {
        const { y, m, d } = ymd(day);
        if (d === Math.min(spec.n, lastDate(y, m))) return day;
      }
    }
    case 'weekday':
      return plusDays(today, ((spec.weekday - weekdayOf(today) + 7) % 7) || 7);
    case 'month-day': {
      // Rule 3: the next such date after today that exists (feb 29 waits for a leap year).
      for (let y = t.y; ; y++) {
        if (spec.date > lastDate(y, spec.month)) continue;
        const day = `${String(y).padStart(4, '0')}-${String(spec.month).padStart(2, '0')}-${String(spec.date).padStart(2, '0')}`;
        if (day > today) return day;
      }
    }
    case 'offset': {
      if (spec.unit !== 'm') return plusDays(today, spec.unit === 'w' ? 7 * spec.n : spec.n);
      // Calendar months, cut back to the last day of a shorter month.
      const first = new Date(Date.UTC(t.y, t.m - 1 + spec.n, 1));
      const y = first.getUTCFullYear();
      const m = first.getUTCMonth() + 1;
      return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(t.d, lastDate(y, m))).padStart(2, '0')}`;
    }
    case 'month':
      return null;
  }
}

/** A When that is well formed: a real calendar day, or a real month. */
function expectWellFormed(when: When): void {
  if (when.kind === 'day') {
    expect(parseDay(when.day), `${when.day} is a calendar day`).toBe(when.day);
  } else {
    expect(Number.isInteger(when.year)).toBe(true);
    expect(when.month).toBeGreaterThanOrEqual(1);
    expect(when.month).toBeLessThanOrEqual(12);
  }
}

/** Runs `run`; it may throw only a UserError (exit code 2), never any other error. */
function onlyUserErrors<T>(run: () => T): T | UserError {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UserError)) throw new Error(`not a UserError: ${String(error)}`, { cause: error });
    expect(error.exitCode).toBe(2);
    expect(error.message.length).toBeGreaterThan(0);
    return error;
  }
}

// Dates are calendar dates in every zone: the properties run in UTC and in Apia, which skipped
// 2011-12-30 and had DST at midnight (see test/unit/zones.ts).
describe.each(['UTC', 'Pacific/Apia'])('the date grammar with TZ=%s', (zone) => {
  inZone(zone);

  it('any text, any today: parseWhen returns a well-formed When or throws a UserError, nothing else (10,000 runs)', () => {
    fc.assert(
      fc.property(anyText, anyDay, (input, today) => {
        const result = onlyUserErrors(() => parseWhen(input, today));
        if (!(result instanceof UserError)) expectWellFormed(result);
      }),
      { numRuns: 10_000 },
    );
  });

  it('any text, any today, any calendar: filing is a UserError or lands on or after today (5,000 runs)', () => {
    fc.assert(
      fc.property(
        anyText,
        anyDay.chain((today) => fc.tuple(fc.constant(today), calendarAround(today))),
        fc.boolean(),
        (input, [today, calendar], exact) => {
          const filing = onlyUserErrors(() => fileOn(parseWhen(input, today), today, calendar, exact));
          if (!(filing instanceof UserError)) expect(filing.day >= today, `${input} filed on ${filing.day}, today ${today}`).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('forward forms (a day number, month, month and day, weekday, +N, tomorrow) name the date BINDER.md says, after today (5,000 runs)', () => {
    fc.assert(
      fc.property(forwardForm.chain((f) => padded(fc.constant(f.text)).map((text) => ({ ...f, text }))), anyDay, ({ text, spec }, today) => {
        const when = parseWhen(text, today);
        if (spec.form === 'month') {
          // Rule 3: the divider of the next such month after the current one.
          expect(when.kind).toBe('month');
          if (when.kind !== 'month') return;
          const ahead = when.year * 12 + when.month - (ymd(today).y * 12 + ymd(today).m);
          expect(when.month).toBe(spec.month);
          expect(ahead).toBeGreaterThanOrEqual(1);
          expect(ahead).toBeLessThanOrEqual(12);
          return;
        }
        expect(when.kind).toBe('day');
        if (when.kind !== 'day') return;
        expect(when.day).toBe(expectedDay(spec, today));
        expect(when.day > today, `${text} named ${when.day}, not after today ${today}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('a forward form is filed after today, on the first working day from the date it names (--exact: on that date) (5,000 runs)', () => {
    fc.assert(
      fc.property(
        forwardForm,
        anyDay.chain((today) => fc.tuple(fc.constant(today), calendarAround(today))),
        fc.boolean(),
        ({ text }, [today, calendar], exact) => {
          const when = parseWhen(text, today);
          const filing = fileOn(when, today, calendar, exact);
          const named = when.kind === 'day' ? when.day : `${when.year}-${String(when.month).padStart(2, '0')}-01`;
          expect(filing.named).toBe(named);
          expect(filing.day > today, `${text}: filed on ${filing.day}, today ${today}`).toBe(true);
          expect(filing.shifted).toBe(filing.day !== named);
          if (exact) {
            expect(filing.day).toBe(named);
            return;
          }
          // Rule 5: a day off moves forward to the next working day, and no further.
          expect(working(filing.day, calendar), `${filing.day} is a working day of ${JSON.stringify(calendar)}`).toBe(true);
          for (let day = named; day < filing.day; day = plusDays(day, 1)) {
            expect(working(day, calendar), `${day} was skipped, but it is a working day`).toBe(false);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('`today` and +0d are filed on today as it is, even on a day off (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('today', 'TODAY', ' Today ', '+0d', '+0w', '+0m', '+ 00 d', '+٠d'),
        anyDay.chain((today) => fc.tuple(fc.constant(today), calendarAround(today))),
        fc.boolean(),
        (text, [today, calendar], exact) => {
          expect(fileOn(parseWhen(text, today), today, calendar, exact)).toEqual({ day: today, named: today, shifted: false });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('ISO round trip: any day 1970-9999, as typed in any script or unpadded, names exactly that day; formatting it again is the same text (5,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anyDay, farDay), anyDay, zero, fc.boolean(), (day, today, z, unpadded) => {
        const { y, m, d } = ymd(day);
        const typed = unpadded ? `${digitsIn(y, z)}-${digitsIn(m, z)}-${digitsIn(d, z)}` : digitsIn(day.replace(/-/g, ''), z).replace(/^(.{4})(.{2})/u, '$1-$2-');
        const when = parseWhen(` ${typed} `, today);
        expect(when).toEqual({ kind: 'day', day, form: 'iso' });
        // Formatting and re-parsing is the identity, through each of crm's own conversions.
        expect(parseDay(day)).toBe(day);
        expect(makeDay(parts(day).year, parts(day).month, parts(day).date)).toBe(day);
        expect(dayFromDate(toDate(day))).toBe(day);
        expect(parseWhen(day, today)).toEqual(when);
        // ...and it is the day the oracle knows.
        expect(new Date(ms(day)).toISOString().slice(0, 10)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('`feb 29` in any of its forms and scripts, from any today 1970-9999, names the next Feb 29 there is (up to 8 years on), or is refused when that is past 9999; read backward, the latest (3,000 runs)', () => {
    const feb29 = fc
      .tuple(nameOf('february'), ordinal, zero, fc.boolean(), fc.boolean(), spaces)
      .map(([name, suffix, z, pad, dayFirst, space]) => {
        const day = digitsIn(pad ? '29' : 29, z) + suffix;
        return dayFirst ? `${day}${space}${name}` : `${name}${space}${day}`;
      });
    fc.assert(
      fc.property(padded(feb29), farDay, (text, today) => {
        const expected = nextFeb29(today);
        const ahead = onlyUserErrors(() => parseWhen(text, today));
        if (expected === null) expect(ahead, `${text} from ${today}`).toBeInstanceOf(UserError);
        else expect(ahead, `${text} from ${today}`).toEqual({ kind: 'day', day: expected, form: 'month-day' });
        expect(parsePastWhen(text, today), `${text} back from ${today}`).toEqual({ kind: 'day', day: lastFeb29(today), form: 'month-day' });
      }),
      { numRuns: 3000 },
    );
  });

  it('ISO dates that are not on the calendar (2026-02-30, 2026-13-01, day 0, month 0) are UserErrors that quote them (2,000 runs)', () => {
    const notOnTheCalendar = fc.oneof(
      fc.tuple(year, fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 })),
      fc.tuple(year, month, fc.constant(0)),
      year.chain((y) => month.chain((m) => fc.tuple(fc.constant(y), fc.constant(m), fc.integer({ min: lastDate(y, m) + 1, max: 99 })))),
    );
    fc.assert(
      fc.property(notOnTheCalendar, anyDay, fc.boolean(), ([y, m, d], today, pad) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        const typed = `${y}-${p(m)}-${p(d)}`;
        const error = onlyUserErrors(() => parseWhen(typed, today));
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).message).toContain(typed);
      }),
      { numRuns: 2000 },
    );
  });

  it('ISO dates before today are refused when filing, with or without --exact (1,000 runs)', () => {
    fc.assert(
      fc.property(
        anyDay.chain((today) => fc.tuple(fc.constant(today), fc.integer({ min: 1, max: 20_000 }))),
        fc.boolean(),
        ([today, back], exact) => {
          const past = plusDays(today, -back);
          const error = onlyUserErrors(() => fileOn(parseWhen(past, today), today, { workdays: [1, 2, 3, 4, 5], holidays: [] }, exact));
          expect(error).toBeInstanceOf(UserError);
          expect((error as UserError).message).toContain(past);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Guards the oracle itself against a slip: it must agree with BINDER.md's worked cases.
describe('the oracle', () => {
  it('knows every digit set: ASCII, Persian, Adlam, and all five mathematical ones back to back', () => {
    for (const z of [0x30, 0x660, 0x6f0, 0x966, 0xe50, 0xff10, 0x1e950, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6]) expect(ZEROS).toContain(z);
    expect(ZEROS.length).toBeGreaterThanOrEqual(60);
    // Where NFKD has a plain digit for one, it is the digit the oracle counts: its place in its ten.
    for (const z of ZEROS) {
      for (let k = 0; k < 10; k++) {
        const plain = String.fromCodePoint(z + k).normalize('NFKD');
        if (/^[0-9]$/.test(plain)) expect(plain, `U+${(z + k).toString(16)}`).toBe(String(k));
      }
    }
  });

  it.each([
    { today: '2096-02-29', next: '2104-02-29', last: '2096-02-29' },
    { today: '2096-03-01', next: '2104-02-29', last: '2096-02-29' },
    { today: '2104-02-28', next: '2104-02-29', last: '2096-02-29' },
    { today: '2399-12-31', next: '2400-02-29', last: '2396-02-29' },
    { today: '9996-02-29', next: null, last: '9996-02-29' },
    { today: '9999-12-31', next: null, last: '9996-02-29' },
  ])('Feb 29 from $today: next $next, last $last', ({ today, next, last }) => {
    expect(nextFeb29(today)).toBe(next);
    expect(lastFeb29(today)).toBe(last);
  });

  it.each([
    { today: '2026-11-23', spec: { form: 'number', n: 25 }, expected: '2026-11-25' },
    { today: '2026-11-23', spec: { form: 'number', n: 23 }, expected: '2026-12-23' },
    { today: '2026-11-23', spec: { form: 'number', n: 31 }, expected: '2026-11-30' },
    { today: '2026-11-30', spec: { form: 'number', n: 31 }, expected: '2026-12-31' },
    { today: '2026-11-23', spec: { form: 'month-day', month: 12, date: 24 }, expected: '2026-12-24' },
    { today: '2026-11-23', spec: { form: 'month-day', month: 2, date: 29 }, expected: '2028-02-29' },
    { today: '2099-03-01', spec: { form: 'month-day', month: 2, date: 29 }, expected: '2104-02-29' },
    { today: '2026-11-23', spec: { form: 'offset', n: 2, unit: 'w' }, expected: '2026-12-07' },
    { today: '2027-01-31', spec: { form: 'offset', n: 1, unit: 'm' }, expected: '2027-02-28' },
    { today: '2026-11-23', spec: { form: 'weekday', weekday: 1 }, expected: '2026-11-30' },
    { today: '2026-11-23', spec: { form: 'weekday', weekday: 2 }, expected: '2026-11-24' },
  ] as { today: Day; spec: Forward; expected: Day }[])('today $today, $spec.form: $expected', ({ today, spec, expected }) => {
    expect(expectedDay(spec, today)).toBe(expected);
    expect(daysFrom(today, expected)).toBeGreaterThan(0);
  });
});
