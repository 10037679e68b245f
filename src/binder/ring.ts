// The ring of dividers: BINDER.md rules 1 and 7. Pure: today and the settings come in as arguments.
import { addDays, addMonths, makeDay, monthOf, parts, type Day } from './day.js';
import type { BinderSettings } from './settings.js';
import { isWorkingDay } from './workdays.js';

/** The divider a filed date sits behind, seen from today. */
export type Divider =
  | { kind: 'overdue'; day: Day }
  | { kind: 'today'; day: Day }
  /** A numbered day divider (1-31), or with dated dividers the sheet of that date. */
  | { kind: 'day'; number: number; day: Day }
  /** A month divider, 'YYYY-MM'. */
  | { kind: 'month'; month: string }
  | { kind: 'year'; year: number };

type RingSettings = Pick<BinderSettings, 'dividers' | 'datedMonths'>;

/** The last date behind a day divider: the same day next month, or that month's last day. */
export function ringEnd(today: Day, settings: RingSettings): Day {
  return addMonths(today, settings.dividers === 'dated' ? settings.datedMonths : 1);
}

/** The 12 month dividers, 'YYYY-MM', starting with the month in which the ring ends. */
export function monthDividers(today: Day, settings: RingSettings): string[] {
  const { year, month } = parts(ringEnd(today, settings));
  return Array.from({ length: 12 }, (_, i) => monthOf(makeDay(year + Math.floor((month - 1 + i) / 12), ((month - 1 + i) % 12) + 1, 1) as Day));
}

export function dividerFor(day: Day, today: Day, settings: RingSettings): Divider {
  if (day < today) return { kind: 'overdue', day };
  if (day === today) return { kind: 'today', day };
  if (day <= ringEnd(today, settings)) return { kind: 'day', number: parts(day).date, day };
  const month = monthOf(day);
  if (month <= (monthDividers(today, settings)[11] as string)) return { kind: 'month', month };
  return { kind: 'year', year: parts(day).year };
}

/** The first date filed behind a month divider rather than a day divider. */
export function firstMonthDividerDay(today: Day, settings: RingSettings): Day {
  return addDays(ringEnd(today, settings), 1);
}

export interface Overview {
  today: { date: Day; count: number; overdue: number };
  days: { divider: number; date: Day; count: number; workingDay: boolean }[];
  months: { month: string; count: number }[];
  /** The first date behind the month dividers (the ring ends the day before). */
  monthsFrom: Day;
  later: { year: number; count: number }[];
}

/**
 * The ring at a glance from per-date counts of filed dossiers. Numbered dividers: one per date of
 * the ring. Dated dividers: one per working day, plus any day off that has dossiers filed on it.
 */
export function overview(today: Day, settings: BinderSettings, counts: ReadonlyMap<Day, number>): Overview {
  const end = ringEnd(today, settings);
  const months = monthDividers(today, settings);
  const monthCounts = new Map(months.map((m) => [m, 0]));
  const yearCounts = new Map<number, number>();
  let overdue = 0;
  for (const [day, count] of counts) {
    if (day < today) overdue += count;
    else if (day > end) {
      const month = monthOf(day);
      if (monthCounts.has(month)) monthCounts.set(month, (monthCounts.get(month) ?? 0) + count);
      else {
        const year = parts(day).year;
        yearCounts.set(year, (yearCounts.get(year) ?? 0) + count);
      }
    }
  }

  const days: Overview['days'] = [];
  for (let day = addDays(today, 1); day <= end; day = addDays(day, 1)) {
    const count = counts.get(day) ?? 0;
    const workingDay = isWorkingDay(day, settings);
    if (settings.dividers === 'dated' && !workingDay && count === 0) continue;
    days.push({ divider: parts(day).date, date: day, count, workingDay });
  }

  return {
    today: { date: today, count: (counts.get(today) ?? 0) + overdue, overdue },
    days,
    months: months.map((month) => ({ month, count: monthCounts.get(month) ?? 0 })),
    monthsFrom: addDays(end, 1),
    later: [...yearCounts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
  };
}
