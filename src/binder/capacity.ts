// Capacity and postponing: BINDER.md rule 8. Pure: the stack, the loads and the settings come in.
import { addDays, byText, type Day } from './day.js';
import type { BinderSettings } from './settings.js';
import { nextWorkingDay, nextWorkingDays } from './workdays.js';

interface Postponable {
  handle: string;
  priority: string;
  filedOn: Day | null;
  /** The hour agreed, if any ('HH:MM'). */
  filedAt?: string | null;
}

/**
 * The dossiers to postpone when today's stack is over capacity: the lowest priority first; among
 * equals those filed for the day before those with an hour (an hour was agreed with the client),
 * then those not yet overdue (an overdue client has waited already), then the latest filed.
 */
export function lowestPriority<T extends Postponable>(stack: T[], today: Day, count: number): T[] {
  const overdue = (d: T) => (d.filedOn !== null && d.filedOn < today ? 1 : 0);
  const agreed = (d: T) => (d.filedAt ? 1 : 0);
  return [...stack]
    .sort(
      (a, b) =>
        byText(b.priority, a.priority) ||
        agreed(a) - agreed(b) ||
        overdue(a) - overdue(b) ||
        byText(b.filedOn ?? '', a.filedOn ?? '') ||
        byText(b.handle, a.handle),
    )
    .slice(0, Math.max(0, count));
}

export interface Placement {
  handle: string;
  day: Day;
  /** True when the day taken was already full (every coming working day was). */
  overCapacity: boolean;
}

/**
 * Where postponed dossiers go (BINDER.md rule 8): each to the nearest coming working day that still
 * has room under the capacity, tomorrow first if it has room, not to the emptiest day further out:
 * a client put off should be called as soon as there is time. When several go, the most important
 * (A before B before C) take the nearest places; the placements come back in the order given.
 * Without a capacity every day has room, so each goes to the next working day. `loads` counts what
 * is already filed on each date.
 */
export function nearestWithRoom(
  dossiers: readonly { handle: string; priority: string }[],
  today: Day,
  loads: ReadonlyMap<Day, number>,
  settings: BinderSettings,
): Placement[] {
  const load = new Map(loads);
  const placed = new Map<number, Placement>();
  const order = dossiers.map((_, index) => index).sort((a, b) => byText(dossiers[a]?.priority ?? '', dossiers[b]?.priority ?? '') || a - b);
  for (const index of order) {
    const handle = dossiers[index]?.handle as string;
    let day = nextWorkingDay(addDays(today, 1), settings);
    // Days fill up one by one, and past the last filed date every day is empty: this ends. The
    // guard only stops a binder whose every working day for ten years is full.
    for (let guard = 0; settings.capacity !== null && (load.get(day) ?? 0) >= settings.capacity && guard < 366 * 10; guard++) {
      day = nextWorkingDay(addDays(day, 1), settings);
    }
    const count = load.get(day) ?? 0;
    load.set(day, count + 1);
    placed.set(index, { handle, day, overCapacity: settings.capacity !== null && count >= settings.capacity });
  }
  return dossiers.map((_, index) => placed.get(index) as Placement);
}

/** How far ahead new dossiers without a daily limit are spread: the coming two working weeks. */
export const SPREAD_WORKING_DAYS = 10;

/**
 * Spreads dossiers over the lightest of the coming working days (the next SPREAD_WORKING_DAYS),
 * each to the day with the fewest dossiers, the earliest of equals: where an import's new leads
 * go when neither a capacity nor --per-day limits a day. `loads` counts what is already filed on
 * each date.
 */
export function spread(handles: string[], today: Day, loads: ReadonlyMap<Day, number>, settings: BinderSettings): Placement[] {
  const days = nextWorkingDays(addDays(today, 1), SPREAD_WORKING_DAYS, settings);
  const load = new Map(days.map((day) => [day, loads.get(day) ?? 0]));
  return handles.map((handle) => {
    let best: Day | undefined;
    for (const day of days) if (best === undefined || (load.get(day) ?? 0) < (load.get(best) ?? 0)) best = day;
    const day = best ?? addDays(today, 1);
    const count = load.get(day) ?? 0;
    load.set(day, count + 1);
    return { handle, day, overCapacity: settings.capacity !== null && count >= settings.capacity };
  });
}

/**
 * Dates for `count` new dossiers (an import of leads), from the next working day on: each day takes
 * what it has room for, `perDay`, else what is left under the capacity, before the next is used.
 * Without either limit they are spread evenly over the coming working days, as postponing does.
 */
export function fillWithinCapacity(
  count: number,
  today: Day,
  loads: ReadonlyMap<Day, number>,
  settings: BinderSettings,
  perDay: number | null,
): Day[] {
  const limit = perDay ?? settings.capacity;
  if (limit === null) {
    const handles = Array.from({ length: count }, (_, index) => String(index));
    return spread(handles, today, loads, settings).map((placement) => placement.day);
  }
  const days: Day[] = [];
  let day = today;
  while (days.length < count) {
    day = nextWorkingDay(addDays(day, 1), settings);
    // A --per-day limit counts only the new dossiers; the capacity counts what is filed already.
    const room = perDay ?? limit - (loads.get(day) ?? 0);
    for (let placed = 0; placed < room && days.length < count; placed++) days.push(day);
  }
  return days;
}
