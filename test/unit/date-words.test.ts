// The date words' tables (issue 17): the generated one is what scripts/cldr-words.mjs makes from
// the installed CLDR data (so the two cannot drift), and the hand-kept Jalali month names are the
// ones Intl's persian calendar prints. Jalali arithmetic is checked against Intl for every day.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { generate, TARGET } from '../../scripts/cldr-words.mjs';
import { JALALI_MONTHS } from '../../src/binder/date-words.js';
import { addDays } from '../../src/binder/day.js';
import { fromJalali, jalaliParts } from '../../src/binder/when.js';
import { calendarDays } from './zones.js';

describe('date-words.generated.ts', () => {
  it('is what scripts/cldr-words.mjs writes from cldr-dates-full today (run it after an upgrade)', () => {
    expect(readFileSync(TARGET, 'utf8')).toBe((generate as () => string)());
  });
});

describe('the Jalali months kept by hand', () => {
  // The 15th of each Jalali month of 1405, as Intl names its month.
  const monthName = (locale: string, month: number) =>
    new Intl.DateTimeFormat(`${locale}-u-ca-persian`, { month: 'long', timeZone: 'UTC' }).format(new Date(`${fromJalali(1405, month, 15)}T12:00:00Z`));

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('month %i is named as Intl names it, in Persian and in English', (month) => {
    expect(monthName('fa', month)).toBe(JALALI_MONTHS.fa[month - 1]);
    expect(monthName('en', month)).toBe(JALALI_MONTHS.en[month - 1]);
  });
});

describe('Jalali dates', () => {
  it("match Intl's persian calendar for every day of 1925-2099, both ways", () => {
    const format = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    let checked = 0;
    for (const day of calendarDays('1925-01-01', '2099-12-31')) {
      const fields = Object.fromEntries(format.formatToParts(new Date(`${day}T12:00:00Z`)).map((p) => [p.type, p.value]));
      const expected = { year: Number.parseInt(fields.year ?? '', 10), month: Number(fields.month), date: Number(fields.day) };
      const got = jalaliParts(day);
      if (got.year !== expected.year || got.month !== expected.month || got.date !== expected.date) expect({ day, got }).toEqual({ day, got: expected });
      if (fromJalali(got.year, got.month, got.date) !== day) expect(fromJalali(got.year, got.month, got.date)).toBe(day);
      checked += 1;
    }
    expect(checked).toBe(63918);
    expect(addDays('1925-01-01', 63917)).toBe('2099-12-31');
  });
});
