// The Persian calendar (issue 17), checked against Intl's persian calendar (ICU) for every day the
// binder is likely to see, 1925-2099, and by name at the year's turn and the months' ends.
import { describe, expect, it } from 'vitest';
import { addDays, type Day } from '../../src/binder/day.js';
import { addJalaliMonths, fromJalali, isJalaliLeapYear, jalaliMonthLength, monthIn, toJalali, weekStart } from '../../src/binder/jalali.js';

// Test-time only: crm itself reads no Intl to name a date.
const ORACLE = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function oracle(day: Day): { year: number; month: number; date: number } {
  const fields = Object.fromEntries(ORACLE.formatToParts(new Date(`${day}T12:00:00Z`)).map((part) => [part.type, part.value]));
  return { year: Number.parseInt(fields.year ?? '', 10), month: Number(fields.month), date: Number(fields.day) };
}

describe('jalali.ts', () => {
  it('agrees with Intl\'s persian calendar on every day from 1925-01-01 to 2099-12-31, both ways', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (let day = '1925-01-01'; day <= '2099-12-31'; day = addDays(day, 1)) {
      const expected = oracle(day);
      const got = toJalali(day);
      if (got.year !== expected.year || got.month !== expected.month || got.date !== expected.date) wrong.push(`${day}: ${JSON.stringify(got)} != ${JSON.stringify(expected)}`);
      if (fromJalali(got.year, got.month, got.date) !== day) wrong.push(`${day}: back to ${fromJalali(got.year, got.month, got.date)}`);
      checked++;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBe(63_918);
  });

  it('month lengths agree with Intl for every month of 1304-1478', () => {
    const wrong: string[] = [];
    for (let year = 1304; year <= 1478; year++) {
      for (let month = 1; month <= 12; month++) {
        const length = jalaliMonthLength(year, month);
        const last = fromJalali(year, month, length) as Day;
        const next = oracle(addDays(last, 1));
        if (oracle(last).date !== length || next.date !== 1) wrong.push(`${year}-${month}: ${length}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    // Esfand of a leap year (1403) has 30 days; Nowruz follows.
    { day: '2025-03-19', jalali: [1403, 12, 29] },
    { day: '2025-03-20', jalali: [1403, 12, 30] },
    { day: '2025-03-21', jalali: [1404, 1, 1] },
    // Esfand of a common year (1404, 1405) ends on the 29th.
    { day: '2026-03-20', jalali: [1404, 12, 29] },
    { day: '2026-03-21', jalali: [1405, 1, 1] },
    { day: '2027-03-20', jalali: [1405, 12, 29] },
    { day: '2027-03-21', jalali: [1406, 1, 1] },
    // 1408 is leap (the 33-year cycle: 1403, then 1408, not 1407).
    { day: '2029-03-19', jalali: [1407, 12, 29] },
    { day: '2029-03-20', jalali: [1408, 1, 1] },
    { day: '2030-03-20', jalali: [1408, 12, 30] },
    { day: '2030-03-21', jalali: [1409, 1, 1] },
    // Months 1-6 have 31 days, 7-11 30.
    { day: '2026-04-20', jalali: [1405, 1, 31] },
    { day: '2026-09-22', jalali: [1405, 6, 31] },
    { day: '2026-09-23', jalali: [1405, 7, 1] },
    { day: '2026-10-22', jalali: [1405, 7, 30] },
    { day: '2026-10-23', jalali: [1405, 8, 1] },
    { day: '2026-11-29', jalali: [1405, 9, 8] },
    { day: '2026-12-08', jalali: [1405, 9, 17] },
    { day: '2026-12-21', jalali: [1405, 9, 30] },
    { day: '2026-12-22', jalali: [1405, 10, 1] },
    { day: '2027-02-19', jalali: [1405, 11, 30] },
  ])('$day is $jalali', ({ day, jalali }) => {
    const [year, month, date] = jalali as [number, number, number];
    expect(toJalali(day)).toEqual({ year, month, date });
    expect(fromJalali(year, month, date)).toBe(day);
  });

  it('leap years and month lengths: 31, 30, and Esfand 29 or 30', () => {
    expect([1395, 1399, 1403, 1408].map(isJalaliLeapYear)).toEqual([true, true, true, true]);
    expect([1400, 1404, 1405, 1407].map(isJalaliLeapYear)).toEqual([false, false, false, false]);
    expect(Array.from({ length: 12 }, (_, i) => jalaliMonthLength(1405, i + 1))).toEqual([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29]);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
  });

  it('names no date that does not exist: 31 Mehr, 30 Esfand of a common year, month 13', () => {
    expect(fromJalali(1405, 7, 31)).toBeUndefined();
    expect(fromJalali(1405, 12, 30)).toBeUndefined();
    expect(fromJalali(1403, 12, 30)).toBe('2025-03-20');
    expect(fromJalali(1405, 13, 1)).toBeUndefined();
    expect(fromJalali(1405, 1, 0)).toBeUndefined();
  });

  it.each([
    { day: '2026-09-22', n: 1, expected: '2026-10-22' }, // 31 Shahrivar + 1 = 30 Mehr (cut back)
    { day: '2026-11-29', n: 1, expected: '2026-12-29' }, // 8 Azar -> 8 Dey
    { day: '2027-02-19', n: 1, expected: '2027-03-20' }, // 30 Bahman -> 29 Esfand 1405 (common year)
    { day: '2025-02-18', n: 1, expected: '2025-03-20' }, // 30 Bahman 1403 -> 30 Esfand (leap year)
    { day: '2027-03-20', n: 1, expected: '2027-04-18' }, // 29 Esfand 1405 -> 29 Farvardin 1406
    { day: '2026-12-08', n: 12, expected: '2027-12-08' },
    { day: '2026-12-08', n: -1, expected: '2026-11-08' },
  ])('$day + $n Jalali months = $expected', ({ day, n, expected }) => {
    expect(addJalaliMonths(day, n)).toBe(expected);
  });

  it("monthIn names a day's month in either calendar", () => {
    expect(monthIn('2026-11-29', 'persian')).toBe('1405-09');
    expect(monthIn('2026-11-29', 'gregorian')).toBe('2026-11');
  });

  it.each([
    { day: '2026-11-21', persian: '2026-11-21', gregorian: '2026-11-16' }, // a Saturday
    { day: '2026-11-23', persian: '2026-11-21', gregorian: '2026-11-23' }, // a Monday
    { day: '2026-11-27', persian: '2026-11-21', gregorian: '2026-11-23' }, // a Friday: the last day of an Iranian week
    { day: '2026-11-29', persian: '2026-11-28', gregorian: '2026-11-23' }, // a Sunday
  ])('weekStart of $day: Saturday $persian in the Persian calendar, Monday $gregorian otherwise', ({ day, persian, gregorian }) => {
    expect(weekStart(day, 'persian')).toBe(persian);
    expect(weekStart(day, 'gregorian')).toBe(gregorian);
  });
});
