// crm today: the morning's stack.
import type { Day } from '../binder/day.js';
import { timingOf } from '../binder/due.js';
import type { Moment } from '../binder/clock.js';
import { complaintView, type ComplaintView } from './complaints.js';
import type { Deps } from './deps.js';
import { promiseView, type PromiseView } from './promises.js';
import { byStackOrder, view, type StackDossier } from './stack.js';

export interface TodayResult {
  date: Day;
  stack: StackDossier[];
  overdue: number;
  capacity: number | null;
  /** How many dossiers over the daily capacity the stack is (0 when within it or unset). */
  overCapacity: number;
  /** When the stack is empty: the next date with dossiers filed on it. */
  next: { day: Day; count: number } | null;
  /** Open promises due today or broken (past their date), whatever day their dossier is filed on. */
  promises: PromiseView[];
  /** Open complaints: they stay in the morning's view until resolved. */
  complaints: ComplaintView[];
  /** On a team's binder, every person's name by login: a dossier that is someone else's is marked "for <name>". */
  names?: Readonly<Record<string, string>>;
  /** On a team's binder, the login reading (whose own work is not marked). */
  login?: string;
}

/** Everything filed on today, plus everything filed earlier and not yet refiled. */
export async function todayStack(deps: Deps): Promise<TodayResult> {
  const { store, today, settings } = deps;
  const stack = await stackOf(deps);
  const capacity = settings.capacity;
  return {
    date: today,
    stack,
    overdue: stack.filter((dossier) => dossier.overdueDays > 0).length,
    capacity,
    overCapacity: capacity === null ? 0 : Math.max(0, stack.length - capacity),
    next: stack.length === 0 ? await store.nextFiled(today) : null,
    promises: (await store.promises({ open: true, dueBy: today })).map((p) => promiseView(p, today)),
    complaints: (await store.complaints({ open: true })).map((c) => complaintView(c, today)),
    ...(store.team && { names: store.team.names, login: store.team.login }),
  };
}

/** Today's stack in its order (stack.ts), each dossier timed against now. */
export async function stackOf(deps: Deps): Promise<StackDossier[]> {
  const { store, today } = deps;
  // The clock is read once, and only when a dossier has an hour: Intl is slow to start.
  let now: Moment | undefined;
  const moment = () => (now ??= deps.moment());
  return (await store.filedBetween('0000-01-01', today))
    .map((dossier) => ({ ...view(dossier, today), ...timingOf(dossier.filedOn as Day, dossier.filedAt, today, moment) }))
    .sort(byStackOrder);
}
