// English: crm remind's notifications and what a run says it sent (render/remind.ts). The JSON an
// --exec command reads, and --json, keep these English words whatever the language.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const remind = lazyArea(() => ({
  minutes: (p: { minutes: number }) => `${p.minutes} min`,
  hours: (p: { hours: number }) => `${p.hours} h`,
  hoursMinutes: (p: { hours: number; minutes: number }) => `${p.hours} h ${p.minutes} min`,
  yesterday: 'yesterday',
  daysAgo: (p: { days: number }) => `${p.days} days ago`,
  /** When a call is, against now: 'in 5 min', 'due now', 'due 10 min ago'. */
  callIn: (p: { span: string }) => `in ${p.span}`,
  dueNow: 'due now',
  dueAgo: (p: { span: string }) => `due ${p.span} ago`,
  /** A notification's title starts with crm's own word: Call, Promise, Complaint. `who` is 'acme (Anna Nowak)'. */
  callTitle: (p: { who: string; hour: string }) => `Call ${p.who} at ${p.hour}`,
  callTitleOn: (p: { who: string; hour: string; day: string }) => `Call ${p.who} at ${p.hour} on ${p.day}`,
  /** How late a promise or a complaint is: 'due Mon 7 Dec, 3 days ago'. */
  due: (p: { day: string; ago: string }) => `due ${p.day}, ${p.ago}`,
  promiseTitle: (p: { who: string }) => `Promise to ${p.who} broken`,
  promiseText: (p: { what: string; due: string; id: number }) => `${p.what}: ${p.due} (kept: crm promise done ${p.id})`,
  complaintTitle: (p: { who: string }) => `Complaint of ${p.who} past its date`,
  complaintText: (p: { what: string; due: string; id: number }) => `${p.what}: ${p.due} (crm complaint resolve ${p.id} --note "...")`,
  nothing: (p: { span: string }) => `Nothing to remind of: no call due within ${p.span}, no promise or complaint past its date not reminded of already.`,
  /** Before the titles sent, a line each; `notifier` as typed (notify-send, osascript, --exec). */
  sent: (p: { count: number; notifier: string }) => `Sent ${counted('en', p.count, { one: '# reminder', other: '# reminders' })} with ${p.notifier}:`,
  /** A reminder the notifier did not take (declared/notifier.ts, remind.ts): `named` is the notifier as typed (notify-send, --exec "..."). */
  notStarted: (p: { named: string; code: string }) => `${p.named} did not start (${p.code})`,
  failed: (p: { named: string; how: string }) => `${p.named} failed (${p.how})`,
  /** `said` is the last line the program wrote to its standard error. */
  failedSaying: (p: { named: string; how: string; said: string }) => `${p.named} failed (${p.how}: ${p.said})`,
  /** How it failed: a program stopped after its time, ended by a signal (SIGTERM), or its exit code. */
  stoppedAfter: (p: { seconds: number }) => `stopped after ${p.seconds} s`,
  endedBy: (p: { signal: string }) => `ended by ${p.signal}`,
  exitCode: (p: { code: string }) => `exit ${p.code}`,
  /** `why` is one of the above; `title` the reminder's; `before` says what this run sent before it. */
  notSent: (p: { why: string; title: string; before: string }) => `${p.why}: "${p.title}" was not sent (${p.before}); it is sent on the next run`,
  nothingSentBefore: 'nothing was sent',
  sentBefore: (p: { count: number }) => `${p.count} sent before it`,
}));
