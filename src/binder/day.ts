// Calendar dates as the binder keeps them: 'YYYY-MM-DD' strings, compared as text.
// date-fns does the calendar work (month lengths, leap years, clamping at month ends) on UTCDate
// objects: a calendar date has no time zone, and local midnights are not safe (a DST change at
// midnight, or Samoa skipping 30 Dec 2011, would shift a date by one). The mini UTCDate: the full
// one builds three Intl formatters when it loads, a fifth of crm's start-up, for nothing we use.
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** A calendar date, 'YYYY-MM-DD'. Lexical order is calendar order. */
export type Day = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Day for a calendar date, or undefined when it does not exist (2026-02-30). */
export function makeDay(year: number, month: number, date: number): Day | undefined {
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

/** Parses 'YYYY-MM-DD'; undefined when the text is not an existing date. */
export function parseDay(text: string): Day | undefined {
  const m = ISO_DAY.exec(text);
  if (!m) return undefined;
  return makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The calendar date of a Date's fields (local ones for a plain Date, UTC ones for a UTCDate). */
export function dayFromDate(date: Date): Day {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

export function toDate(day: Day): Date {
  const { year, month, date } = parts(day);
  return new UTCDate(year, month - 1, date);
}

export function parts(day: Day): { year: number; month: number; date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

export function addDays(day: Day, n: number): Day {
  return dayFromDate(addDaysFns(toDate(day), n));
}

/** Adds calendar months, cut back to the last day of a shorter month (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: Day, n: number): Day {
  return dayFromDate(addMonthsFns(toDate(day), n));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

/** 0 = Sunday ... 6 = Saturday, as Date.getDay. */
export function weekday(day: Day): number {
  return toDate(day).getDay();
}

/** 'YYYY-MM' of a day. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/**
 * Orders text by code point: the same order on every machine, whatever its locale, and without
 * loading a collator (localeCompare's first call costs a command's start-up a few milliseconds).
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
