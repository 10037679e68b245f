// What crm remind says: each reminder as a notification's title and text (the desktop's notifier,
// a line on standard output, or the JSON an --exec command reads), and what was sent.
import type { Day } from '../binder/day.js';
import type { Reminder, RemindResult } from '../commands/remind.js';
import { messages } from '../i18n/catalogue.js';
import { remind as english } from '../i18n/en/remind.js';
import { inNotification, promiseWhat } from './stored.js';
import { clock, paint, safe, shortDay } from './style.js';

const say = messages('remind', english);
type Said = typeof english;

/** A reminder as a notification says it. The title always starts with crm's own word (Call, Promise, Complaint). */
export interface Message {
  title: string;
  text: string;
}

/** A reminder as JSON: the reminder itself with its notification's title and text. */
export type ReminderJson = Reminder & Message;

/** '5 min', '1 h 30 min'. */
function span(minutes: number, said: Said = say()): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? said.minutes({ minutes: rest }) : rest === 0 ? said.hours({ hours }) : said.hoursMinutes({ hours, minutes: rest });
}

/** '3 days ago', 'yesterday'. */
function daysAgo(days: number, said: Said): string {
  return days === 1 ? said.yesterday : said.daysAgo({ days });
}

/** The notification for one reminder; `today` on the binder's wall clock; in the run's language unless told (JSON is English). */
export function message(reminder: Reminder, today: Day, said: Said = say()): Message {
  const who = `${safe(reminder.handle)} (${safe(reminder.name)})`;
  if (reminder.kind === 'call') {
    const { minutes, filedOn, filedAt, phone, company } = reminder;
    const when = minutes > 0 ? said.callIn({ span: span(minutes, said) }) : minutes === 0 ? said.dueNow : said.dueAgo({ span: span(-minutes, said) });
    const title = filedOn === today ? said.callTitle({ who, hour: clock(filedAt) }) : said.callTitleOn({ who, hour: clock(filedAt), day: shortDay(filedOn, today) });
    return { title, text: [when, phone, company].filter((part) => part !== null).map((part) => safe(part)).join(' · ') };
  }
  const due = said.due({ day: shortDay(reminder.due, today), ago: daysAgo(reminder.daysLate, said) });
  if (reminder.kind === 'promise') {
    // The JSON's English shows a promise crm wrote as it is stored, as English always does.
    const what = said === english ? safe(reminder.what) : promiseWhat(reminder.what, inNotification);
    return { title: said.promiseTitle({ who }), text: said.promiseText({ what, due, id: reminder.id }) };
  }
  return { title: said.complaintTitle({ who }), text: said.complaintText({ what: safe(reminder.what), due, id: reminder.id }) };
}

/** A reminder as a line of standard output, when that is where reminders go. */
export function messageLine({ title, text }: Message): string {
  return `${paint.bold(title)}: ${text}\n`;
}

/** One reminder as JSON: what an --exec command reads on its standard input. */
export function reminderJson(reminder: Reminder, today: Day): ReminderJson {
  return { ...reminder, ...message(reminder, today, english) };
}

/**
 * What a run says when its reminders went to a notifier (`notifier`: notify-send, osascript or the
 * --exec command); nothing at all when nothing was due and no one is at a terminal (cron mails
 * whatever a job prints).
 */
export function renderSent(result: RemindResult, notifier: string, atTerminal: boolean): string {
  const said = say();
  if (result.sent.length === 0) return atTerminal ? `${said.nothing({ span: span(result.within, said) })}\n` : '';
  const lines = result.sent.map((reminder) => `  ${message(reminder, result.today, said).title}\n`);
  return `${said.sent({ count: result.sent.length, notifier })}\n${lines.join('')}`;
}

/** crm remind --json. */
export function remindJson(result: RemindResult, notifier: string): object {
  return { within: result.within, now: result.now, until: result.until, notifier, sent: result.sent.map((reminder) => reminderJson(reminder, result.today)) };
}
