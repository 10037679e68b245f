// crm open <divider>: the dossiers behind one divider, as it stands (BINDER.md rule 6).
import type { DividerDates } from '../binder/dates.js';
import { addDays, type Day } from '../binder/day.js';
import { monthIn } from '../binder/jalali.js';
import type { Deps } from './deps.js';
import { view, type DossierView } from './stack.js';

export interface OpenResult {
  /** 'day' for one date; 'month' for a month divider, whose dates run from `from` to `to`. */
  divider: 'day' | 'month';
  from: Day;
  to: Day;
  /** For a month divider: the month, 'YYYY-MM' in the binder's calendar. Its first days may sit behind day dividers. */
  month: string | null;
  /** Beside a Jalali month ('1405-10', Dey): a Persian-calendar binder's month divider. */
  calendar?: 'persian';
  dossiers: DossierView[];
}

/** The divider's dates are resolved from what was typed (binder/dates.ts dividerDates). */
export async function openDivider(input: DividerDates, deps: Deps): Promise<OpenResult> {
  const { store, today, settings } = deps;
  const { divider, from, to } = input;
  const dossiers = from <= to ? await store.filedBetween(from, to) : [];
  // In a Persian-calendar binder a month divider is a Jalali month: the dates up to its last day
  // (a Gregorian month named there, `mar`, still reads as the Gregorian month it names).
  const jalali = divider === 'month' && settings.calendar === 'persian' && monthIn(addDays(to, 1), 'persian') !== monthIn(to, 'persian') && monthIn(from, 'persian') === monthIn(to, 'persian');
  return {
    divider,
    from,
    to,
    // A month divider's last day is always in its month.
    month: divider === 'month' ? (jalali ? monthIn(to, 'persian') : to.slice(0, 7)) : null,
    ...(jalali && { calendar: 'persian' as const }),
    dossiers: dossiers.map((dossier) => view(dossier, today)),
  };
}
