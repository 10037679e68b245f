// The ring of dividers: BINDER.md rules 1 and 7. Pure: today and the settings come in as arguments.
// A Persian-calendar binder (issue 17) has the same ring in Jalali days and months: its day
// dividers are the Jalali days of the month, its month dividers Farvardin to Esfand.
import { addDays, type Day } from './day.js';
import { addMonthsIn, monthIn, monthStartIn, partsIn, type Calendar } from './jalali.js';
import type { BinderSettings } from './settings.js';
import { isWorkingDay } from './workdays.js';

/**
 * Beside a divider named in the Persian calendar: its number is a Jalali day, its month ('1405-10',
 * Dey 1405) and year Jalali. Absent in a Gregorian binder, whose JSON is as it always was.
 */
export interface InCalendar {
  calendar?: 'persian';
}

/** The divider a filed date sits behind, seen from today. */
export type Divider =
  | { kind: 'overdue'; day: Day }
  | { kind: 'today'; day: Day }
  /** A numbered day divider (1-31), or with dated dividers the sheet of that date. */
  | ({ kind: 'day'; number: number; day: Day } & InCalendar)
  /** A month divider, 'YYYY-MM' in the binder's calendar. */
  | ({ kind: 'month'; month: string } & InCalendar)
  | ({ kind: 'year'; year: number } & InCalendar);

/** The settings the ring is made from; a binder without a calendar (a test's) is Gregorian. */
type RingSettings = Pick<BinderSettings, 'dividers' | 'datedMonths'> & { calendar?: Calendar };

function calendarOf(settings: RingSettings): Calendar {
  return settings.calendar ?? 'gregorian';
}

/** `{ calendar: 'persian' }` in a Persian-calendar binder, nothing in a Gregorian one. */
function named(calendar: Calendar): InCalendar {
  return calendar === 'persian' ? { calendar } : {};
}

/** The last date behind a day divider: the same day next month, or that month's last day. */
export function ringEnd(today: Day, settings: RingSettings): Day {
  return addMonthsIn(today, settings.dividers === 'dated' ? settings.datedMonths : 1, calendarOf(settings));
}

/** The 12 month dividers, 'YYYY-MM' in the binder's calendar, starting with the month in which the ring ends. */
export function monthDividers(today: Day, settings: RingSettings): string[] {
  const calendar = calendarOf(settings);
  const { year, month } = partsIn(ringEnd(today, settings), calendar);
  return Array.from({ length: 12 }, (_, i) => monthIn(monthStartIn(year, month + i, calendar), calendar));
}

export function dividerFor(day: Day, today: Day, settings: RingSettings): Divider {
  if (day < today) return { kind: 'overdue', day };
  if (day === today) return { kind: 'today', day };
  const calendar = calendarOf(settings);
  if (day <= ringEnd(today, settings)) return { kind: 'day', number: partsIn(day, calendar).date, day, ...named(calendar) };
  const month = monthIn(day, calendar);
  if (month <= (monthDividers(today, settings)[11] as string)) return { kind: 'month', month, ...named(calendar) };
  return { kind: 'year', year: partsIn(day, calendar).year, ...named(calendar) };
}

/** The first date filed behind a month divider rather than a day divider. */
export function firstMonthDividerDay(today: Day, settings: RingSettings): Day {
  return addDays(ringEnd(today, settings), 1);
}

export interface Overview {
  today: { date: Day; count: number; overdue: number };
  days: ({ divider: number; date: Day; count: number; workingDay: boolean } & InCalendar)[];
  months: ({ month: string; count: number } & InCalendar)[];
  /** The first date behind the month dividers (the ring ends the day before). */
  monthsFrom: Day;
  later: ({ year: number; count: number } & InCalendar)[];
}

/**
 * The ring at a glance from per-date counts of filed dossiers. Numbered dividers: one per date of
 * the ring. Dated dividers: one per working day, plus any day off that has dossiers filed on it.
 */
export function overview(today: Day, settings: BinderSettings, counts: ReadonlyMap<Day, number>): Overview {
  const calendar = calendarOf(settings);
  const end = ringEnd(today, settings);
  const months = monthDividers(today, settings);
  const monthCounts = new Map(months.map((m) => [m, 0]));
  const yearCounts = new Map<number, number>();
  let overdue = 0;
  for (const [day, count] of counts) {
    if (day < today) overdue += count;
    else if (day > end) {
      const month = monthIn(day, calendar);
      if (monthCounts.has(month)) monthCounts.set(month, (monthCounts.get(month) ?? 0) + count);
      else {
        const year = partsIn(day, calendar).year;
        yearCounts.set(year, (yearCounts.get(year) ?? 0) + count);
      }
    }
  }

  const days: Overview['days'] = [];
  for (let day = addDays(today, 1); day <= end; day = addDays(day, 1)) {
    const count = counts.get(day) ?? 0;
    const workingDay = isWorkingDay(day, settings);
    if (settings.dividers === 'dated' && !workingDay && count === 0) continue;
    days.push({ divider: partsIn(day, calendar).date, date: day, count, workingDay, ...named(calendar) });
  }

  return {
    today: { date: today, count: (counts.get(today) ?? 0) + overdue, overdue },
    days,
    months: months.map((month) => ({ month, ...named(calendar), count: monthCounts.get(month) ?? 0 })),
    monthsFrom: addDays(end, 1),
    later: [...yearCounts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, ...named(calendar), count })),
  };
}
