import { addDays, weekday, type Day } from './day.js';
import type { BinderSettings } from './settings.js';

type WorkCalendar = Pick<BinderSettings, 'workdays' | 'holidays'>;

export function isWorkingDay(day: Day, calendar: WorkCalendar): boolean {
  return calendar.workdays.includes(weekday(day)) && !calendar.holidays.includes(day);
}

/** The day itself when it is a working day, else the next working day after it. */
export function nextWorkingDay(day: Day, calendar: WorkCalendar): Day {
  let candidate = day;
  // Settings always keep at least one working weekday, so a week past the last holiday ends this.
  for (let guard = 0; guard < 366 * 10; guard++) {
    if (isWorkingDay(candidate, calendar)) return candidate;
    candidate = addDays(candidate, 1);
  }
  return day;
}

/** The first `count` working days from `from` on (fewer only past ten years of days off). */
export function nextWorkingDays(from: Day, count: number, calendar: WorkCalendar): Day[] {
  const days: Day[] = [];
  for (let day = from, guard = 0; days.length < count && guard < 366 * 10; day = addDays(day, 1), guard++) {
    if (isWorkingDay(day, calendar)) days.push(day);
  }
  return days;
}
