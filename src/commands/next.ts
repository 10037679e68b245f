// crm next: the one call due now or next today, for a shell prompt, a status line or a quick look.
//
// Design, for the owner: the call due now, else the one due next. Due now, in this order: a call
// whose hour has come or passed, or comes within 15 minutes (the earliest first: a call missed at
// 09:00 stays the one to make until it is logged); then what is due at any time today, the
// overdue and the filings for the day, in `crm today`'s order. Only when none of those is left is
// it the next hour to come: at 09:00, with an overdue client and a call at 16:00, the overdue
// client is next, not a call seven hours away. Tomorrow's are not today's, however close midnight is.
import type { Day } from '../binder/day.js';
import type { Deps } from './deps.js';
import type { StackDossier } from './stack.js';
import { stackOf } from './today.js';

export interface NextResult {
  date: Day;
  /** The call due now or next; null when today's stack is empty. */
  dossier: StackDossier | null;
  /** When today's stack is empty: the next date with dossiers filed on it. */
  next: { day: Day; count: number } | null;
}

export async function nextCall(deps: Deps): Promise<NextResult> {
  const stack = await stackOf(deps);
  // The stack's order puts the overdue first, then today's hours in order, then the rest (stack.ts).
  const dossier =
    stack.find((d) => d.due === 'past' || d.due === 'soon') ?? stack.find((d) => d.due === 'overdue' || d.due === 'day') ?? stack[0] ?? null;
  return { date: deps.today, dossier, next: dossier === null ? await deps.store.nextFiled(deps.today) : null };
}
