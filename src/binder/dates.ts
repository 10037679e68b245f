// The one step from a date a user typed to what it means in the binder: the form read against
// today (when.ts), then either where a dossier is filed (a day off moves on, rule 5) or the dates
// behind a divider as it stands (rule 6). Every command that takes a date goes through here, so a
// new date grammar or calendar (LANGUAGES.md) changes one place.
import type { Day } from './day.js';
import { firstMonthDividerDay } from './ring.js';
import type { BinderSettings } from './settings.js';
import { fileOn, parseWhen, selectRange, type Filing, type When } from './when.js';

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

export function dividerFor(text: string, { today, settings }: DateContext): DividerDates {
  const when = parseWhen(text, today);
  return { divider: when.kind, ...selectRange(when, firstMonthDividerDay(today, settings)) };
}
