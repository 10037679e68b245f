// English: crm today (render/today.ts).
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const today = lazyArea(() => ({
  dossiers: (p: { count: number }) => counted('en', p.count, { one: '# dossier', other: '# dossiers' }),
  /** An empty stack: 'Tue 8 Dec 2026: nothing in today's stack. A clear desk.' */
  clearDesk: (p: { date: string }) => `${p.date}: nothing in today's stack. A clear desk.`,
  nextUp: (p: { dossiers: string; day: string }) => `Next up: ${p.dossiers} on ${p.day}.`,
  /** The stack's first line: 'Tue 8 Dec 2026 · 4 dossiers in today's stack (1 overdue, 3 due today)'. */
  heading: (p: { date: string; dossiers: string; counts: string }) => `${p.date} · ${p.dossiers} in today's stack (${p.counts})`,
  /** Between the counts of the first line. */
  separator: ', ',
  overdue: (p: { count: number }) => `${p.count} overdue`,
  dueToday: (p: { count: number }) => `${p.count} due today`,
  pastTheirHour: (p: { count: number }) => counted('en', p.count, { one: '# past its hour', other: '# past their hours' }),
  withinMinutes: (p: { count: number; minutes: number }) => `${p.count} within ${p.minutes} min`,
  overBy: (p: { count: number }) => `${p.count} over`,
  /** After overBy, painted apart: '3 over the capacity of 10'. */
  overCapacity: (p: { over: string; capacity: number }) => `${p.over} the capacity of ${p.capacity}`,
  capacity: (p: { capacity: number }) => `capacity ${p.capacity}`,
  tooMuch: 'Too much for one day? crm postpone --auto proposes what to move, or crm postpone to choose.',
  commitments: 'Promises and complaints',
  theyPromised: 'they promised',
  wePromised: 'we promised',
  complaint: 'complaint',
  brokenDue: (p: { day: string }) => `broken: due ${p.day}`,
  dueTodayMark: 'due today',
  lateTarget: (p: { day: string }) => `late: target ${p.day}`,
  target: (p: { day: string }) => `target ${p.day}`,
}));
