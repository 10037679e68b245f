// The one step from a date a user typed to what it means in the binder: the form read against
// today (when.ts), then where a dossier is filed (a day off moves on, rule 5), the dates behind a
// divider as it stands (rule 6), or the period a review looks back on. Every command that takes a
// date goes through here, so a new date grammar or calendar (LANGUAGES.md) changes one place.
import { UserError } from '../errors.js';
import { addDays, weekday, type Day } from './day.js';
import { firstMonthDividerDay } from './ring.js';
import type { BinderSettings } from './settings.js';
import { fileOn, parsePastWhen, parseWhen, selectRange, type Filing, type When } from './when.js';

/** What the dates resolve against: the binder's today and its settings. */
export interface DateContext {
  today: Day;
  settings: BinderSettings;
}

/** Where a dossier filed on `text` lands; `exact` keeps a day off (--exact). Throws a UserError for a form crm cannot read. */
export function filingFor(text: string, { today, settings }: DateContext, exact = false): Filing {
  return fileOn(parseWhen(text, today), today, settings, exact);
}

/** The dates behind the divider `text` names as it stands (8, jul, fri): no move to a working day. */
export interface DividerDates {
  /** What the form named: one day, or a month divider. */
  divider: When['kind'];
  from: Day;
  to: Day;
}

export function dividerDates(text: string, { today, settings }: DateContext): DividerDates {
  const when = parseWhen(text, today);
  return { divider: when.kind, ...selectRange(when, firstMonthDividerDay(today, settings)) };
}

/**
 * The period: a date form read backward (a review names a day gone by: `fri` is the latest Friday,
 * `dec 7` the latest 7 December, on or before today), or with week its Monday to Sunday.
 */
export function reviewPeriod(when: string | undefined, week: boolean, today: Day): { from: Day; to: Day } {
  const parsed = parsePastWhen(when ?? 'today', today);
  if (parsed.kind !== 'day') throw new UserError(`"${when}" is a whole month; review a date (yesterday, ${addDays(today, -3)})${week ? '' : ' or add --week'}`);
  const day = parsed.day;
  const monday = addDays(day, -((weekday(day) + 6) % 7));
  const period = week ? { from: monday, to: addDays(monday, 6) } : { from: day, to: day };
  // What still reads ahead (tomorrow, +3d, an ISO date to come) is refused: a review looks back.
  if (period.from > today) {
    throw new UserError(`"${when}" is ${day}, still to come; review today or a past date: yesterday, --days-ago 3, ${addDays(today, -3)}`);
  }
  return period;
}
