// crm remind: every call due within the window, every promise of ours broken and every complaint
// past its date, each notified once: the binder notes what was sent (store.claimReminder), and
// only once it was handed over. Handing it over is the caller's (declared/notifier.ts): the
// handler passes each reminder to `send`, which throws when the notifier did not take it.
//
// What is due, decided here:
// - A filing with an hour, from the start of today (the binder's wall clock) up to now + the
//   window: one whose hour passed today without a reminder (a cron job that did not run at 14:55,
//   a laptop asleep) still reminds ("due 7 min ago"); a call logged since is filed elsewhere and
//   no longer due. Filings of earlier days are today's overdue stack, crm today's job.
// - A filing for the day (no hour) never reminds: it has no moment to be reminded at, and a morning
//   burst of the whole stack would teach the user to ignore the notifier. crm today lists them.
// - Our open promises due before today (broken) and open complaints due before today, once each.
//   The client's broken promises are theirs to keep: crm today shows them.
import { addDays, daysBetween, type Day } from '../binder/day.js';
import { storedHour } from '../binder/hours.js';
import { instantOf, minutesUntil, wallClockOf } from '../binder/zone.js';
import type { Reminded } from '../store/store.js';
import type { Deps } from './deps.js';

export interface RemindInput {
  /** How far ahead to look, in minutes. */
  within: number;
  /** Hands one reminder to the notifier (`today`: the binder's date now); throws when it was not taken (then nothing more is sent). */
  send(reminder: Reminder, today: Day): Promise<void>;
}

/** A call due: a dossier filed with an hour. */
export interface CallReminder {
  kind: 'call';
  handle: string;
  name: string;
  company: string | null;
  /** The primary number, or null. */
  phone: string | null;
  /** The filing: its day and hour ('HH:MM') on the binder's wall clock. */
  filedOn: Day;
  filedAt: string;
  /** The instant it is due, ISO UTC. */
  due: string;
  /** Whole minutes from now until it is due; negative when past ("due 3 min ago"). */
  minutes: number;
}

/** A promise of ours past its date, or a complaint. */
export interface CaseReminder {
  kind: 'promise' | 'complaint';
  /** The promise's or complaint's id (crm promise done <id>, crm complaint resolve <id>). */
  id: number;
  handle: string;
  name: string;
  what: string;
  due: Day;
  /** Days past `due`, at least 1. */
  daysLate: number;
}

export type Reminder = CallReminder | CaseReminder;

export interface RemindResult {
  /** The binder's date now. */
  today: Day;
  /** The window, in minutes. */
  within: number;
  /** Now, and the end of the window: ISO UTC. */
  now: string;
  until: string;
  /** What was sent, calls first by their hour, then promises, then complaints, each by due date. */
  sent: Reminder[];
}

const MINUTE = 60_000;

export async function remind(input: RemindInput, deps: Deps): Promise<RemindResult> {
  const { store } = deps;
  const moment = deps.moment();
  const today = moment.day;
  const until = new Date(Date.parse(moment.instant) + input.within * MINUTE).toISOString().replace(/\.000Z$/, 'Z');
  const due = [...(await callsDue(deps, today, moment.instant, until)), ...(await casesDue(deps, today))];
  const sent: Reminder[] = [];
  for (const reminder of due) {
    // Claimed before sending, each in its own transaction: of two crm remind running at the same
    // moment (cron, and one typed by hand), only one sends it; what was sent before a notifier
    // failed stays sent, and the one that failed is given back for the next run.
    if (!(await store.claimReminder(remindedOf(reminder), deps.now()))) continue;
    try {
      await input.send(reminder, today);
    } catch (error) {
      await store.releaseReminder(remindedOf(reminder));
      throw error;
    }
    sent.push(reminder);
  }
  return { today, within: input.within, now: moment.instant, until, sent };
}

/** Filings with an hour from the start of `today` up to `until`, soonest first. */
async function callsDue(deps: Deps, today: Day, now: string, until: string): Promise<CallReminder[]> {
  // The window may run past midnight into tomorrow's filings.
  const last = wallClockOf(until, deps.zone).day;
  const calls: CallReminder[] = [];
  for (const dossier of await deps.store.filedBetween(today, last < today ? today : last)) {
    const { handle, name, company, phone, filedOn, filedAt } = dossier;
    const hour = filedAt === null ? undefined : storedHour(filedAt);
    if (!hour || filedOn === null || filedAt === null) continue;
    const { instant } = instantOf(filedOn, hour, deps.zone);
    if (Date.parse(instant) > Date.parse(until)) continue;
    calls.push({ kind: 'call', handle, name, company, phone, filedOn, filedAt, due: instant, minutes: minutesUntil(instant, now) });
  }
  return calls.sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || (a.handle < b.handle ? -1 : 1));
}

/** Our promises broken and complaints past their date, as of `today`. */
async function casesDue(deps: Deps, today: Day): Promise<CaseReminder[]> {
  const promises = (await deps.store.promises({ open: true, dueBy: addDays(today, -1) })).filter((promise) => !promise.theirs);
  const complaints = (await deps.store.complaints({ open: true })).filter((complaint) => complaint.due < today);
  const reminder = (kind: CaseReminder['kind'], { id, handle, name, what, due }: Omit<CaseReminder, 'kind' | 'daysLate'>): CaseReminder => ({
    kind,
    id,
    handle,
    name,
    what,
    due,
    daysLate: daysBetween(due, today),
  });
  return [...promises.map((p) => reminder('promise', p)), ...complaints.map((c) => reminder('complaint', c))];
}

/** What the binder notes of a reminder sent. */
function remindedOf(reminder: Reminder): Reminded {
  if (reminder.kind === 'call') return { what: 'filing', handle: reminder.handle, due: reminder.due };
  return { what: reminder.kind, id: reminder.id, due: reminder.due };
}
