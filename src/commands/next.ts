// crm next: the one call due now or next today, for a shell prompt, a status line or a quick look.
//
// Design, for the owner: `next` is about the hours. Among today's filings with an hour, still in
// the stack (not yet refiled), the earliest hour is next, whether it has passed or not: a call
// missed at 09:00 stays the one to make until it is logged. Only when no filing of today has an
// hour is it the first of today's stack in its own order (overdue first, then by priority). A
// filing of an earlier day keeps its place at the top of `crm today` but is not an hour of today;
// tomorrow's are not today's, however close midnight is.
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
  // The stack's order puts today's hours in order after the overdue (stack.ts).
  const dossier = stack.find((d) => d.overdueDays === 0 && d.filedAt !== null) ?? stack[0] ?? null;
  return { date: deps.today, dossier, next: dossier === null ? await deps.store.nextFiled(deps.today) : null };
}
