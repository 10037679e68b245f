// The Persian (Solar Hijri, Jalali) calendar over the binder's days (issue 17). Stored dates stay
// Gregorian ISO ('YYYY-MM-DD'); a Persian-calendar binder only names them in Jalali years, months
// and days. jalaali-js does the arithmetic (Borkowski's algorithm, which agrees with Intl's
// persian calendar from 1800 to 2256; test/unit/jalali.test.ts checks every day 1925-2099).
import { isLeapJalaaliYear, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { addDays, addMonths, makeDay, parts, weekday, type Day } from './day.js';

/** The calendar a binder names its dividers in (the `calendar` setting). */
export type Calendar = 'gregorian' | 'persian';

/** A date's year, month (1 = Farvardin ... 12 = Esfand) and day of the month in the Jalali calendar. */
export interface JalaliDate {
  year: number;
  month: number;
  date: number;
}

/** The Jalali date of a day: 2026-11-29 is 8 Azar (month 9) 1405. */
export function toJalali(day: Day): JalaliDate {
  const { year, month, date } = parts(day);
  const { jy, jm, jd } = toJalaali(year, month, date);
  return { year: jy, month: jm, date: jd };
}

/** The day of a Jalali date, or undefined when it does not exist (31 Mehr, 30 Esfand of a common year). */
export function fromJalali(year: number, month: number, date: number): Day | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 3177 || month < 1 || month > 12 || date < 1 || date > jalaliMonthLength(year, month)) return undefined;
  const { gy, gm, gd } = toGregorian(year, month, date);
  return makeDay(gy, gm, gd);
}

/** 31 days in months 1-6, 30 in months 7-11, Esfand 29, or 30 in a leap year. */
export function jalaliMonthLength(year: number, month: number): number {
  return jalaaliMonthLength(year, month);
}

/** Whether Esfand of the Jalali year has 30 days (1403 does: 30 Esfand 1403 = 2025-03-20). */
export function isJalaliLeapYear(year: number): boolean {
  return isLeapJalaaliYear(year);
}

/** Adds Jalali months, cut back to the last day of a shorter month (31 Shahrivar + 1 month = 30 Mehr). */
export function addJalaliMonths(day: Day, n: number): Day {
  const { year, month, date } = toJalali(day);
  const index = year * 12 + (month - 1) + n;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return fromJalali(toYear, toMonth, Math.min(date, jalaliMonthLength(toYear, toMonth))) as Day;
}

/** A day's year, month and day of the month in `calendar`. */
export function partsIn(day: Day, calendar: Calendar): JalaliDate {
  return calendar === 'persian' ? toJalali(day) : parts(day);
}

/** Adds months of `calendar`, cut back to the last day of a shorter month. */
export function addMonthsIn(day: Day, n: number, calendar: Calendar): Day {
  return calendar === 'persian' ? addJalaliMonths(day, n) : addMonths(day, n);
}

/** The first day of a month of `calendar`; the month may run past 12 (the next years' months). */
export function monthStartIn(year: number, month: number, calendar: Calendar): Day {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return (calendar === 'persian' ? fromJalali(y, m, 1) : makeDay(y, m, 1)) as Day;
}

/** 'YYYY-MM' of a day in `calendar`: '1405-09' for 2026-11-29 in the Persian calendar. */
export function monthIn(day: Day, calendar: Calendar): string {
  if (calendar !== 'persian') return day.slice(0, 7);
  const { year, month } = toJalali(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The first day of the week `day` is in: its Saturday in a Persian-calendar binder (Iran's week), else its Monday. */
export function weekStart(day: Day, calendar: Calendar): Day {
  const first = calendar === 'persian' ? 6 : 1;
  return addDays(day, -((weekday(day) - first + 7) % 7));
}
