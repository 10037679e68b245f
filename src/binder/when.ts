// The ring's date language: BINDER.md "The ring rules" 2-6. Pure: today comes in as an argument.
import { UserError } from '../errors.js';
import { addDays, addMonths, daysInMonth, makeDay, parts, weekday, type Day } from './day.js';
import { asciiDigits } from './fold.js';
import { MONTH_NAMES, WEEKDAY_NAMES, type BinderSettings } from './settings.js';
import { nextWorkingDay } from './workdays.js';

/** What a date form names: one date, or a month divider. */
export type When =
  | { kind: 'day'; day: Day; form: 'today' | 'tomorrow' | 'number' | 'month-day' | 'offset' | 'weekday' | 'iso' }
  | { kind: 'month'; year: number; month: number };

export const ACCEPTED_FORMS =
  'a day number (8), a month (jul), a month and day (jul 5), +3d, +2w or +1m, a weekday (fri), today, tomorrow, or 2026-12-05';

/**
 * Reads a date form as typed (`8`, `jul`, `jul 5`, `5 jul`, `+2w`, `fri`, `tomorrow`, `2026-12-05`).
 * Digits may be in any script. Throws a UserError naming the accepted forms.
 */
export function parseWhen(input: string, today: Day): When {
  return readWhen(input, today, 'ahead');
}

export const ACCEPTED_PAST_FORMS =
  'a day number (8), a month and day (dec 7), a weekday (fri), today, yesterday, -3d, -2w or -1m, or 2026-12-05';

/**
 * Reads a date form backward, for what names a day gone by (crm review): a day number, a weekday,
 * a month, or a month and day is the latest such one on or before today; `yesterday` and `-3d`,
 * `-2w`, `-1m` count back. ISO dates, `today` and `+3d` read as they do ahead.
 */
export function parsePastWhen(input: string, today: Day): When {
  return readWhen(input, today, 'back');
}

type Direction = 'ahead' | 'back';

function readWhen(input: string, today: Day, direction: Direction): When {
  const back = direction === 'back';
  const text = asciiDigits(input.normalize('NFKC')).trim().toLowerCase().replace(/\s+/g, ' ');

  if (text === 'today') return { kind: 'day', day: today, form: 'today' };
  if (text === 'tomorrow') return { kind: 'day', day: addDays(today, 1), form: 'tomorrow' };
  if (back && text === 'yesterday') return { kind: 'day', day: addDays(today, -1), form: 'offset' };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const day = makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) throw new UserError(`${input} is not a date on the calendar; use YYYY-MM-DD, for example ${addDays(today, back ? -7 : 7)}`);
    return { kind: 'day', day, form: 'iso' };
  }

  const number = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
  if (number) {
    const n = dayNumber(number[1], input, back);
    return { kind: 'day', day: back ? lastDayNumbered(n, today) : nextDayNumbered(n, today), form: 'number' };
  }

  const offset = (back ? /^([+-]) ?(\d{1,4}) ?([dwm])$/ : /^(\+) ?(\d{1,4}) ?([dwm])$/).exec(text);
  if (offset) {
    const n = offset[1] === '-' ? -Number(offset[2]) : Number(offset[2]);
    const unit = offset[3];
    const day = unit === 'm' ? addMonths(today, n) : addDays(today, unit === 'w' ? 7 * n : n);
    return { kind: 'day', day, form: 'offset' };
  }

  const month = monthNumber(text);
  if (month) return { kind: 'month', ...(back ? lastMonth(month, today) : nextMonth(month, today)) };

  const weekdayIndex = weekdayNumber(text);
  if (weekdayIndex !== undefined) {
    // Ahead: the next one after today, never today. Back: the latest on or before today.
    const days = back ? -((weekday(today) - weekdayIndex + 7) % 7) : ((weekdayIndex - weekday(today) + 6) % 7) + 1;
    return { kind: 'day', day: addDays(today, days), form: 'weekday' };
  }

  const monthDay =
    /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?$/u.exec(text) ?? swap(/^(\d{1,2})(?:st|nd|rd|th)?\.? (\p{L}+)\.?$/u.exec(text));
  if (monthDay) {
    const m = monthNumber(monthDay[1] ?? '');
    if (m) return { kind: 'day', day: monthDayFrom(m, dayNumber(monthDay[2], input, back), today, input, direction), form: 'month-day' };
  }

  throw new UserError(`"${input}" is not a date crm understands; type ${back ? ACCEPTED_PAST_FORMS : ACCEPTED_FORMS}`);
}

/** Where a filing lands: BINDER.md rule 5 (a day off moves forward, `today` never, `--exact` keeps it). */
export interface Filing {
  /** The date the dossier is filed on. */
  day: Day;
  /** The date the form named, before any move to a working day. */
  named: Day;
  /** True when `named` was a day off and the filing moved forward. */
  shifted: boolean;
}

export function fileOn(when: When, today: Day, settings: Pick<BinderSettings, 'workdays' | 'holidays'>, exact = false): Filing {
  const named = when.kind === 'month' ? (makeDay(when.year, when.month, 1) as Day) : when.day;
  if (named < today) {
    throw new UserError(`${named} is in the past; type today or a later date (tomorrow, +1w, ${addDays(today, 7)})`);
  }
  const day = exact || named === today ? named : nextWorkingDay(named, settings);
  return { day, named, shifted: day !== named };
}

/**
 * The dates a form selects as it stands, without moving to a working day (rule 6): one date, or
 * for a month name the dates behind that month divider.
 */
export function selectRange(when: When, firstMonthDividerDay: Day): { from: Day; to: Day } {
  if (when.kind === 'day') return { from: when.day, to: when.day };
  const first = makeDay(when.year, when.month, 1) as Day;
  const last = makeDay(when.year, when.month, daysInMonth(when.year, when.month)) as Day;
  return { from: first > firstMonthDividerDay ? first : firstMonthDividerDay, to: last };
}

/** Rule 2: the next date after today whose day of the month is n, or the month's last day. */
export function nextDayNumbered(n: number, today: Day): Day {
  let { year, month } = parts(today);
  for (;;) {
    const candidate = makeDay(year, month, Math.min(n, daysInMonth(year, month))) as Day;
    if (candidate > today) return candidate;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Read backward: the latest date on or before today whose day of the month is n, or the month's last day. */
export function lastDayNumbered(n: number, today: Day): Day {
  let { year, month } = parts(today);
  for (;;) {
    const candidate = makeDay(year, month, Math.min(n, daysInMonth(year, month))) as Day;
    if (candidate <= today) return candidate;
    month -= 1;
    if (month < 1) {
      month = 12;
      year -= 1;
    }
  }
}

/** Rule 3: the next such month after the current one. */
function nextMonth(month: number, today: Day): { year: number; month: number } {
  const current = parts(today);
  return { year: month > current.month ? current.year : current.year + 1, month };
}

/** Read backward: the latest such month, the current one included. */
function lastMonth(month: number, today: Day): { year: number; month: number } {
  const current = parts(today);
  return { year: month <= current.month ? current.year : current.year - 1, month };
}

/**
 * Rule 3: the next such date after today that exists (`feb 29` waits for a leap year); read
 * backward, the latest one on or before today.
 */
function monthDayFrom(month: number, date: number, today: Day, input: string, direction: Direction): Day {
  // February has 29 days in a leap year; no month has more than its longest length.
  const longest = month === 2 ? 29 : daysInMonth(2001, month);
  if (date > longest) {
    throw new UserError(`"${input}": ${capitalize(MONTH_NAMES[month - 1] ?? '')} has no day ${date}; type a date that exists`);
  }
  const { year } = parts(today);
  const step = direction === 'back' ? -1 : 1;
  for (let y = year; Math.abs(y - year) <= 8; y += step) {
    const candidate = makeDay(y, month, date);
    if (candidate && (direction === 'back' ? candidate <= today : candidate > today)) return candidate;
  }
  throw new UserError(`"${input}" names no ${direction === 'back' ? 'past' : 'coming'} date`);
}

function dayNumber(digits: string | undefined, input: string, back = false): number {
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 1 || n > 31) {
    throw new UserError(`"${input}": day dividers run from 1 to 31; type ${back ? ACCEPTED_PAST_FORMS : ACCEPTED_FORMS}`);
  }
  return n;
}

/** 1-12 for a month name or a prefix of at least three letters (`jul`, `sept`, `july`). */
function monthNumber(word: string): number | undefined {
  const name = word.replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(name));
  return index < 0 ? undefined : index + 1;
}

function weekdayNumber(word: string): number | undefined {
  const name = word.replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = WEEKDAY_NAMES.findIndex((full) => full.startsWith(name));
  return index < 0 ? undefined : index;
}

function swap(match: RegExpExecArray | null): [string, string | undefined, string | undefined] | null {
  return match ? [match[0], match[2], match[1]] : null;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
