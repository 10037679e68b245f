// The ring's date language: BINDER.md "The ring rules" 2-6. Pure: today comes in as an argument.
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { dates as english } from '../i18n/en/dates.js';
import { addDays, addMonths, daysInMonth, makeDay, parts, weekday, type Day } from './day.js';
import { isLeapJalaaliYear, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { afterWeekdayPreposition, dateWord, monthWords, relativeStep, type RelativeStep } from './date-words.js';
import { fold } from './fold.js';
import type { BinderSettings } from './settings.js';
import { nextWorkingDay } from './workdays.js';

/** The calendar of a binder's ring and of dates typed as bare numbers (issue 17). */
export type Calendar = BinderSettings['calendar'];

/** What a date form names: one date, or a month divider (of a Gregorian or a Jalali month). */
export type When =
  | { kind: 'day'; day: Day; form: 'today' | 'tomorrow' | 'number' | 'month-day' | 'offset' | 'weekday' | 'iso' }
  | { kind: 'month'; year: number; month: number; calendar: Calendar };

const say = messages('dates', english);

/**
 * Reads a date form as typed (`8`, `jul`, `jul 5`, `5 jul`, `+2w`, `fri`, `tomorrow`, `2026-12-05`),
 * and the same forms in Polish, Bulgarian, Armenian and Persian (`5 lipca`, `w środę`, `след 2
 * седмици`, `հուլիսի 5`, `۵ تیر`), whatever the interface language. Digits may be in any script.
 * `calendar` is the binder's: in a Persian one, a bare number and `+Nm` count Jalali days and
 * months. Throws a UserError naming the accepted forms.
 */
export function parseWhen(input: string, today: Day, calendar: Calendar = 'gregorian'): When {
  return readWhen(input, today, 'ahead', calendar);
}

/**
 * Reads a date form backward, for what names a day gone by (crm review): a day number, a weekday,
 * a month, or a month and day is the latest such one on or before today; `yesterday` and `-3d`,
 * `-2w`, `-1m` count back. ISO dates, `today` and `+3d` read as they do ahead.
 */
export function parsePastWhen(input: string, today: Day, calendar: Calendar = 'gregorian'): When {
  return readWhen(input, today, 'back', calendar);
}

type Direction = 'ahead' | 'back';

function readWhen(input: string, today: Day, direction: Direction, calendar: Calendar): When {
  const back = direction === 'back';
  const persian = calendar === 'persian';
  const text = fold(input.normalize('NFKC')).trim().replace(/\s+/g, ' ');
  const refused = () => new UserError((back ? say().notAPastDate : say().notADate)({ input }));

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const day = makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) throw new UserError(say().notOnCalendar({ input, example: addDays(today, back ? -7 : 7) }));
    return { kind: 'day', day, form: 'iso' };
  }

  // 1405/4/5: a year of 1300-1499 is Jalali (LANGUAGES.md); ISO's dashes stay Gregorian.
  const jalali = /^(1[34]\d\d)\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (jalali) {
    const day = fromJalali(Number(jalali[1]), Number(jalali[2]), Number(jalali[3]));
    if (!day) throw new UserError(say().notOnPersianCalendar({ input }));
    return { kind: 'day', day, form: 'iso' };
  }

  const number = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
  if (number) {
    const n = dayNumber(number[1], input, back);
    const day = persian ? (back ? lastJalaliDayNumbered(n, today) : nextJalaliDayNumbered(n, today)) : back ? lastDayNumbered(n, today) : nextDayNumbered(n, today);
    return { kind: 'day', day, form: 'number' };
  }

  const offset = (back ? /^([+-]) ?(\d{1,4}) ?([dwm])$/ : /^(\+) ?(\d{1,4}) ?([dwm])$/).exec(text);
  if (offset) {
    const n = offset[1] === '-' ? -Number(offset[2]) : Number(offset[2]);
    return { kind: 'day', day: stepped(today, n, offset[3] as 'd' | 'w' | 'm', calendar), form: 'offset' };
  }

  // za 2 tygodnie, след 2 седмици, 2 շաբաթից, ۲ هفته دیگر; read backward, 2 dni temu too.
  const step = relativeStep(text, 'ahead') ?? (back ? negated(relativeStep(text, 'back')) : undefined);
  if (step) return { kind: 'day', day: stepped(today, step.n, step.unit, calendar), form: 'offset' };

  // A number and a word (`5 lipca`) is a month and day, below: no one word.
  const word = /\d/.test(text) && text.includes(' ') ? undefined : dateWord(text);
  if (word?.kind === 'offset') {
    // Yesterday's words only read backward; ahead they are not a date to file on.
    if (word.days < 0 && !back) throw refused();
    const form = word.days === 0 ? 'today' : word.days === 1 ? 'tomorrow' : 'offset';
    return { kind: 'day', day: addDays(today, word.days), form };
  }
  if (word?.kind === 'month') return monthDivider(word.month, word.calendar, today, direction);
  const weekdayIndex = word?.kind === 'weekday' ? word.weekday : weekdayAfterPreposition(text);
  if (weekdayIndex !== undefined) {
    // Ahead: the next one after today, never today. Back: the latest on or before today.
    const days = back ? -((weekday(today) - weekdayIndex + 7) % 7) : ((weekdayIndex - weekday(today) + 6) % 7) + 1;
    return { kind: 'day', day: addDays(today, days), form: 'weekday' };
  }

  const monthDay =
    /^(\p{L}[\p{L}\p{M}.-]*) (\d{1,2})(?:st|nd|rd|th)?$/u.exec(text) ?? swap(/^(\d{1,2})(?:st|nd|rd|th)?\.? (\p{L}[\p{L}\p{M}.-]*)$/u.exec(text));
  if (monthDay) {
    const month = dateWord(monthDay[1] ?? '');
    if (month?.kind === 'month') {
      const date = dayNumber(monthDay[2], input, back);
      const day = month.calendar === 'persian' ? jalaliMonthDayFrom(month.month, date, today, input, direction) : monthDayFrom(month.month, date, today, input, direction);
      return { kind: 'day', day, form: 'month-day' };
    }
  }

  throw refused();
}

function negated(step: RelativeStep | undefined): RelativeStep | undefined {
  return step && { n: -step.n, unit: step.unit };
}

/** `w środę`, `we wtorek`, `в петък`: the weekday after a preposition. */
function weekdayAfterPreposition(text: string): number | undefined {
  const rest = afterWeekdayPreposition(text);
  const word = rest === undefined ? undefined : dateWord(rest);
  return word?.kind === 'weekday' ? word.weekday : undefined;
}

/** n days, weeks or months from `day`; months are Jalali ones in a Persian binder. */
function stepped(day: Day, n: number, unit: RelativeStep['unit'], calendar: Calendar): Day {
  if (unit !== 'm') return addDays(day, unit === 'w' ? 7 * n : n);
  return calendar === 'persian' ? addJalaliMonths(day, n) : addMonths(day, n);
}

/** Rule 3: a month name is the divider of the next such month after the current one (read backward, the latest, the current one included). */
function monthDivider(month: number, calendar: Calendar, today: Day, direction: Direction): When {
  const current = calendar === 'persian' ? jalaliParts(today) : parts(today);
  const year = direction === 'back' ? (month <= current.month ? current.year : current.year - 1) : month > current.month ? current.year : current.year + 1;
  return { kind: 'month', year, month, calendar };
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
  const named = when.kind === 'month' ? monthBounds(when).first : when.day;
  if (named < today) {
    throw new UserError(say().inPast({ day: named, later: addDays(today, 7) }));
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
  const { first, last } = monthBounds(when);
  return { from: first > firstMonthDividerDay ? first : firstMonthDividerDay, to: last };
}

/** The Gregorian first and last days of a month divider, Gregorian or Jalali. */
function monthBounds({ year, month, calendar }: Extract<When, { kind: 'month' }>): { first: Day; last: Day } {
  if (calendar === 'persian') return { first: fromJalali(year, month, 1) as Day, last: fromJalali(year, month, jalaaliMonthLength(year, month)) as Day };
  return { first: makeDay(year, month, 1) as Day, last: makeDay(year, month, daysInMonth(year, month)) as Day };
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

/**
 * Rule 3: the next such date after today that exists (`feb 29` waits for a leap year); read
 * backward, the latest one on or before today.
 */
function monthDayFrom(month: number, date: number, today: Day, input: string, direction: Direction): Day {
  // February has 29 days in a leap year; no month has more than its longest length.
  const longest = month === 2 ? 29 : daysInMonth(2001, month);
  if (date > longest) {
    throw new UserError(say().noSuchDay({ input, month: monthWords(month).name, date }));
  }
  const { year } = parts(today);
  const step = direction === 'back' ? -1 : 1;
  for (let y = year; Math.abs(y - year) <= 8; y += step) {
    const candidate = makeDay(y, month, date);
    if (candidate && (direction === 'back' ? candidate <= today : candidate > today)) return candidate;
  }
  throw new UserError((direction === 'back' ? say().noPastDate : say().noComingDate)({ input }));
}

/** A day's Jalali year, month and date. */
export function jalaliParts(day: Day): { year: number; month: number; date: number } {
  const { year, month, date } = parts(day);
  const { jy, jm, jd } = toJalaali(year, month, date);
  return { year: jy, month: jm, date: jd };
}

/** The Gregorian day of a Jalali date, or undefined when it does not exist (31 Mehr, 30 Esfand of a common year). */
export function fromJalali(year: number, month: number, date: number): Day | undefined {
  if (month < 1 || month > 12 || date < 1 || date > jalaaliMonthLength(year, month)) return undefined;
  const { gy, gm, gd } = toGregorian(year, month, date);
  return makeDay(gy, gm, gd);
}

/** Rule 2 in a Persian binder: the next date after today whose Jalali day is n, or the Jalali month's last day. */
export function nextJalaliDayNumbered(n: number, today: Day): Day {
  let { year, month } = jalaliParts(today);
  for (;;) {
    const candidate = fromJalali(year, month, Math.min(n, jalaaliMonthLength(year, month))) as Day;
    if (candidate > today) return candidate;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** Read backward in a Persian binder: the latest date on or before today whose Jalali day is n, or the month's last day. */
export function lastJalaliDayNumbered(n: number, today: Day): Day {
  let { year, month } = jalaliParts(today);
  for (;;) {
    const candidate = fromJalali(year, month, Math.min(n, jalaaliMonthLength(year, month))) as Day;
    if (candidate <= today) return candidate;
    [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  }
}

/** Adds Jalali months, cut back to the last day of a shorter month (31 Shahrivar + 1 month = 30 Mehr). */
export function addJalaliMonths(day: Day, n: number): Day {
  const { year, month, date } = jalaliParts(day);
  const index = year * 12 + (month - 1) + n;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return fromJalali(y, m, Math.min(date, jalaaliMonthLength(y, m))) as Day;
}

/** Rule 3 for a Jalali month and day: the next such date after today that exists (`۳۰ اسفند` waits for a leap year). */
function jalaliMonthDayFrom(month: number, date: number, today: Day, input: string, direction: Direction): Day {
  // Esfand has 30 days in a leap year; months 1-6 have 31, 7-11 have 30.
  const longest = month <= 6 ? 31 : 30;
  if (date > longest) throw new UserError(say().noSuchJalaliDay({ input, month: monthWords(month, 'persian').name, days: longest, date }));
  const { year } = jalaliParts(today);
  const step = direction === 'back' ? -1 : 1;
  for (let y = year; Math.abs(y - year) <= 8; y += step) {
    if (month === 12 && date === 30 && !isLeapJalaaliYear(y)) continue;
    const candidate = fromJalali(y, month, date);
    if (candidate && (direction === 'back' ? candidate <= today : candidate > today)) return candidate;
  }
  throw new UserError((direction === 'back' ? say().noPastDate : say().noComingDate)({ input }));
}

function dayNumber(digits: string | undefined, input: string, back = false): number {
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 1 || n > 31) {
    throw new UserError((back ? say().pastDayDividers : say().dayDividers)({ input }));
  }
  return n;
}

function swap(match: RegExpExecArray | null): [string, string | undefined, string | undefined] | null {
  return match ? [match[0], match[2], match[1]] : null;
}
