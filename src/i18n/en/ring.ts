// English: where a dossier is filed, in the binder's words (render/style.ts dividerPhrase, atHour).
import { lazyArea } from '../lazy.js';

export const ring = lazyArea(() => ({
  overdueSince: (p: { day: string }) => `overdue since ${p.day}`,
  inTodaysStack: (p: { day: string }) => `in today's stack: ${p.day}`,
  /** A dated divider (the busy variant): 'behind Tue 8 Dec 2026'. */
  behindDated: (p: { day: string }) => `behind ${p.day}`,
  /** A day, month or year divider: 'behind 8: Tue 8 Dec 2026', 'behind July: Thu 1 Jul 2027'. */
  behind: (p: { divider: string; day: string }) => `behind ${p.divider}: ${p.day}`,
  /** After a date, its hour (with the space before it): ' at 15:00'. */
  at: (p: { hour: string }) => ` at ${p.hour}`,
}));
