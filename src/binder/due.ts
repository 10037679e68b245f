// When a dossier of today's stack is due, against the moment (issue 14, item 2): what `crm today`
// marks beside each card and what `crm next` picks.
//
// Design, for the owner:
// - "overdue" is a filing on a day before today, as before issue 14: it stays at the top of the
//   stack whatever its hour was.
// - A filing for today with an hour is "past" once that hour is a whole minute gone (14:01:00 for
//   14:00), "soon" from SOON_MINUTES before it until then (the hour itself reads "now"), and "later"
//   before that. A filing for today without an hour is for the "day".
// - Minutes are counted between instants (zone.ts), never between wall-clock digits: across a
//   change of the clocks, 01:30 to 03:30 may be one hour, and the binder's zone need not be the
//   system's.
import type { Day } from './day.js';
import type { Moment } from './clock.js';
import { storedHour } from './hours.js';
import { instantOf, minutesUntil } from './zone.js';

/** How far ahead `crm today` marks a call as coming up: "due within the next 15 minutes". */
export const SOON_MINUTES = 15;

/** Where a dossier of today's stack stands: `overdue`, `past`, `soon`, `later` (its hour today), `day` (for the day). */
export type Due = 'overdue' | 'past' | 'soon' | 'later' | 'day';

export interface Timing {
  due: Due;
  /** Whole minutes from now to the filing's hour, negative once it has passed; null for a filing for the day. */
  minutesUntil: number | null;
}

/**
 * How a filing on `filedOn` at `filedAt` ('HH:MM' or null) stands at `moment`, today being `today`.
 * `moment` is asked for only when the filing has an hour (Intl is slow to start).
 */
export function timingOf(filedOn: Day, filedAt: string | null, today: Day, moment: () => Moment): Timing {
  const hour = filedAt === null ? undefined : storedHour(filedAt);
  const overdue = filedOn < today;
  if (!hour) return { due: overdue ? 'overdue' : 'day', minutesUntil: null };
  const now = moment();
  const minutes = minutesUntil(instantOf(filedOn, hour, now.zone).instant, now.instant);
  if (overdue) return { due: 'overdue', minutesUntil: minutes };
  return { due: minutes < 0 ? 'past' : minutes <= SOON_MINUTES ? 'soon' : 'later', minutesUntil: minutes };
}
