// What crm remind says: each reminder as a notification's title and text (the desktop's notifier,
// a line on standard output, or the JSON an --exec command reads), and what was sent.
import type { Day } from '../binder/day.js';
import type { Reminder, RemindResult } from '../commands/remind.js';
import { paint, plural, safe, shortDay } from './style.js';

/** A reminder as a notification says it. The title always starts with crm's own word (Call, Promise, Complaint). */
export interface Message {
  title: string;
  text: string;
}

/** A reminder as JSON: the reminder itself with its notification's title and text. */
export type ReminderJson = Reminder & Message;

/** '5 min', '1 h 30 min'. */
function span(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** '3 days ago', 'yesterday'. */
function daysAgo(days: number): string {
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** The notification for one reminder; `today` on the binder's wall clock. */
export function message(reminder: Reminder, today: Day): Message {
  const who = `${safe(reminder.handle)} (${safe(reminder.name)})`;
  if (reminder.kind === 'call') {
    const { minutes, filedOn, filedAt, phone, company } = reminder;
    const when = minutes > 0 ? `in ${span(minutes)}` : minutes === 0 ? 'due now' : `due ${span(-minutes)} ago`;
    const day = filedOn === today ? '' : ` on ${shortDay(filedOn, today)}`;
    return { title: `Call ${who} at ${filedAt}${day}`, text: [when, phone, company].filter((part) => part !== null).map((part) => safe(part)).join(' · ') };
  }
  const due = `due ${shortDay(reminder.due, today)}, ${daysAgo(reminder.daysLate)}`;
  if (reminder.kind === 'promise') {
    return { title: `Promise to ${who} broken`, text: `${safe(reminder.what)}: ${due} (kept: crm promise done ${reminder.id})` };
  }
  return { title: `Complaint of ${who} past its date`, text: `${safe(reminder.what)}: ${due} (crm complaint resolve ${reminder.id} --note "...")` };
}

/** A reminder as a line of standard output, when that is where reminders go. */
export function messageLine({ title, text }: Message): string {
  return `${paint.bold(title)}: ${text}\n`;
}

/** One reminder as JSON: what an --exec command reads on its standard input. */
export function reminderJson(reminder: Reminder, today: Day): ReminderJson {
  return { ...reminder, ...message(reminder, today) };
}

/**
 * What a run says when its reminders went to a notifier (`notifier`: notify-send, osascript or the
 * --exec command); nothing at all when nothing was due and no one is at a terminal (cron mails
 * whatever a job prints).
 */
export function renderSent(result: RemindResult, notifier: string, atTerminal: boolean): string {
  if (result.sent.length === 0) return atTerminal ? `Nothing to remind of: no call due within ${span(result.within)}, no promise or complaint past its date not reminded of already.\n` : '';
  const lines = result.sent.map((reminder) => `  ${message(reminder, result.today).title}\n`);
  return `Sent ${plural(result.sent.length, 'reminder')} with ${notifier}:\n${lines.join('')}`;
}

/** crm remind --json. */
export function remindJson(result: RemindResult, notifier: string): object {
  return { within: result.within, now: result.now, until: result.until, notifier, sent: result.sent.map((reminder) => reminderJson(reminder, result.today)) };
}
