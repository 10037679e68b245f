// The one step from a date a user typed to what it means in the binder: the form read against
// today (when.ts), then where a dossier is filed (a day off moves on, rule 5), the dates behind a
// divider as it stands (rule 6), or the period a review looks back on. Every command that takes a
// date goes through here, so a new date grammar or calendar (LANGUAGES.md) changes one place.
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { dates as english } from '../i18n/en/dates.js';
import { addDays, weekday, type Day } from './day.js';
import { firstMonthDividerDay } from './ring.js';
import type { BinderSettings } from './settings.js';
import { fileOn, parsePastWhen, parseWhen, selectRange, type Filing, type When } from './when.js';
import type { Moment } from './clock.js';
import { adjustedInEnglish, formatHour, parseHour, splitWhenAndHour, storedHour, type Hour, type HourAdjustment } from './hours.js';
import { instantOf } from './zone.js';

const say = messages('dates', english);

/** What the dates resolve against: the binder's today and its settings. */
export interface DateContext {
  today: Day;
  settings: BinderSettings;
}

/** What an hour resolves against besides: now on the binder's wall clock (its zone with it). */
export interface ClockContext extends DateContext {
  moment(): Moment;
}

/**
 * Where a dossier filed on `text` lands, for a date with no hour (a promise's, a complaint's, a
 * postponement's); `exact` keeps a day off (--exact). Throws a UserError for a form crm cannot
 * read, and for an hour, which only a filing takes (filingAt).
 */
export function filingFor(text: string, { today, settings }: DateContext, exact = false): Filing {
  const { when, hour } = splitWhenAndHour(text);
  if (hour !== null) {
    const typed = text.trim();
    throw new UserError(when === 'today' ? say().dateOnlyNoDate({ typed }) : say().dateOnly({ typed, date: when }));
  }
  return fileOn(parseWhen(when, today, settings.calendar), today, settings, exact);
}

/** A filing with the hour of the next contact (issue 14). */
export interface TimedFiling extends Filing {
  /** 'HH:MM' on the binder's wall clock, or null: for the day, or (a move) keeping the hour the dossier had. */
  at: string | null;
  /** Why the hour is not the one typed: it does not exist that day (clocks go forward); in English, as --json prints it. */
  adjusted?: string;
  /** The same, for a message in the run's language (adjustedNote). */
  adjustment?: HourAdjustment;
}

/**
 * Where a dossier filed on `text` lands and at what hour: a date form with an hour or without
 * (`fri 15:00`, `jul 5 9:30`, `3pm`: an hour alone is today's), or with `at` the hour given apart
 * (crm file --at). An hour today that has passed is refused; one the clocks skip that day (02:30
 * when summer time starts) is the hour after the gap, said in `adjusted`.
 */
export function filingAt(text: string, context: ClockContext, exact = false, at?: string): TimedFiling {
  const split = splitWhenAndHour(text);
  let hour = split.hour;
  if (at !== undefined) {
    if (hour !== null) throw new UserError(say().hourTwice({ typed: text.trim(), at: at.trim(), date: split.when }));
    hour = parseHour(at);
  }
  const filing = fileOn(parseWhen(split.when, context.today, context.settings.calendar), context.today, context.settings, exact);
  if (hour === null) return { ...filing, at: null };
  const now = context.moment();
  if (hasPassed(filing.day, hour, now)) {
    throw new UserError(say().hourGone({ hour: formatHour(hour), now: formatHour(now) }));
  }
  return { ...filing, ...hourOn(filing.day, hour, now.zone) };
}

/** Whether `hour` on `day` is already behind the moment `now` (the same minute is not). */
export function hasPassed(day: Day, hour: Hour, now: Moment): boolean {
  return day === now.day && hour.hour * 60 + hour.minute < now.hour * 60 + now.minute;
}

/**
 * The hour a filing on `day` keeps, in `zone`: as given, or after the gap when the clocks skip it
 * that day (a move keeps a dossier's 02:30 onto the day summer time starts).
 */
export function hourOn(day: Day, hour: Hour | string, zone: string): { at: string; adjusted?: string; adjustment?: HourAdjustment } {
  const asked = typeof hour === 'string' ? (storedHour(hour) as Hour) : hour;
  const { wall, gapMinutes } = instantOf(day, asked, zone);
  if (gapMinutes === 0) return { at: formatHour(asked) };
  const taken = formatHour(wall);
  const adjustment: HourAdjustment = { why: 'gap', asked: formatHour(asked), day, zone, minutes: gapMinutes, taken };
  return { at: taken, adjusted: adjustedInEnglish(adjustment), adjustment };
}

/** The dates behind the divider `text` names as it stands (8, jul, fri): no move to a working day. */
export interface DividerDates {
  /** What the form named: one day, or a month divider. */
  divider: When['kind'];
  from: Day;
  to: Day;
}

export function dividerDates(text: string, { today, settings }: DateContext): DividerDates {
  const when = parseWhen(text, today, settings.calendar);
  return { divider: when.kind, ...selectRange(when, firstMonthDividerDay(today, settings)) };
}

/**
 * The period: a date form read backward (a review names a day gone by: `fri` is the latest Friday,
 * `dec 7` the latest 7 December, on or before today), or with week its week: Monday to Sunday, or
 * Saturday to Friday in a Persian-calendar binder. The binder's calendar decides, not the language
 * crm prints in, so that `crm review --week --json` is the same under any LANG.
 */
export function reviewPeriod(when: string | undefined, week: boolean, today: Day, calendar: BinderSettings['calendar'] = 'gregorian'): { from: Day; to: Day } {
  const parsed = parsePastWhen(when ?? 'today', today, calendar);
  if (parsed.kind !== 'day') throw new UserError((week ? say().reviewMonthWeek : say().reviewMonth)({ typed: `${when}`, example: addDays(today, -3) }));
  const day = parsed.day;
  const firstDay = calendar === 'persian' ? 6 : 1;
  const first = addDays(day, -((weekday(day) - firstDay + 7) % 7));
  const period = week ? { from: first, to: addDays(first, 6) } : { from: day, to: day };
  // What still reads ahead (tomorrow, +3d, an ISO date to come) is refused: a review looks back.
  if (period.from > today) {
    throw new UserError(say().reviewAhead({ typed: `${when}`, day, example: addDays(today, -3) }));
  }
  return period;
}

/**
 * A handover's last day (crm handover --until), inclusive: a date form read ahead and kept as
 * named (a Sunday stays a Sunday: nothing is filed, so nothing moves to a working day), today or later.
 */
export function lastDayOf(text: string, { today, settings }: DateContext): Day {
  const { when, hour } = splitWhenAndHour(text);
  const typed = text.trim();
  if (hour !== null) throw new UserError(when === 'today' ? say().handoverHourNoDate({ typed }) : say().handoverHour({ typed, date: when }));
  const parsed = parseWhen(when, today, settings.calendar);
  if (parsed.kind !== 'day') throw new UserError(say().handoverMonth({ typed }));
  if (parsed.day < today) throw new UserError(say().handoverPast({ day: parsed.day, example: addDays(today, 7) }));
  return parsed.day;
}
